;; A library function of another instance (with a global and a memory:
;; Wasmer 7.0.1's g0m0 mode panics on modules without either).
(module
  (global $sp (mut i32) (i32.const 1024))
  (memory 1)
  (func (export "f") (result i32) (i32.const 7)))
