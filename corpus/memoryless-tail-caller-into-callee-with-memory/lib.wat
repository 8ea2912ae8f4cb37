;; A library with a memory: `store` writes 1 at address 8 of it and returns 7.
(module
  (memory (export "mem") 1)
  (func (export "store") (result i32)
    (i32.store (i32.const 8) (i32.const 1))
    (i32.const 7)))
