;; Instance 0 defines a fixed-size funcref table (minimum = maximum, as
;; Clang emits tables) and calls through it.
(module
  (table (export "tab") 4 4 funcref)
  (func $one (result i32) (i32.const 1))
  (func (export "two") (result i32) (i32.const 2))
  (elem (table 0) (i32.const 0) func $one)
  (func (export "call0") (result i32) (call_indirect (result i32) (i32.const 0)))
  (func (export "call1") (result i32) (call_indirect (result i32) (i32.const 1))))
