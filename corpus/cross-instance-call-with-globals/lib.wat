;; The callee instance: its own global #0 and memory (42 at address 0).
(module
  (global $g (mut i32) (i32.const 8192))
  (memory 1)
  (data (i32.const 0) "\2a\00\00\00")
  (func (export "read0") (param i32) (result i32)
    (i32.add (i32.load (i32.const 0)) (local.get 0))))
