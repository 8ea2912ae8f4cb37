;; The callee has a memory: it stores its argument and reads it back.
(module
  (global $sp (mut i32) (i32.const 1024))
  (memory 1)
  (func (export "f") (param i32) (result i32)
    (i32.store (i32.const 0) (local.get 0))
    (i32.load (i32.const 0))))
