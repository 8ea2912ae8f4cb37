;; A library function in another instance (with a memory of its own, so
;; that the application's module is compiled with m0 and the library's too).
(module
  (memory 1)
  (func (export "f") (result i32) (i32.const 5)))
