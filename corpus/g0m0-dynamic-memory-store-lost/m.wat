;; One function stores 42 at address 16 of its own memory and loads it
;; back. Run with a dynamic memory style (a memory that may move when it
;; grows, so compiled code must load its base from the vmctx).
(module
  (global $sp (mut i32) (i32.const 1024))
  (memory 1)
  (func (export "store") (result i32)
    (i32.store (i32.const 16) (i32.const 42))
    (i32.load (i32.const 16))))
