;; As cross-instance-call-uses-callers-memory, by `return_call`.
;; Correct answer: 42 + 1 = 43.
(module
  (import "lib" "read0" (func $read0 (param i32) (result i32)))
  (memory 1)
  (data (i32.const 0) "\63\00\00\00")
  (func (export "go") (result i32) (return_call $read0 (i32.const 1))))
