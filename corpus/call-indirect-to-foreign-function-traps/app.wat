;; The caller puts the library's `read0` in its own table and calls it with
;; call_indirect. Correct answer: 42 + 1 = 43.
(module
  (type $t (func (param i32) (result i32)))
  (import "lib" "read0" (func $read0 (param i32) (result i32)))
  (memory 1)
  (data (i32.const 0) "\63\00\00\00")
  (table 1 funcref)
  (elem (i32.const 0) func $read0)
  (func (export "go") (result i32) (call_indirect (type $t) (i32.const 1) (i32.const 0))))
