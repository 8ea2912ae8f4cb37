;; The caller instance: its own memory holds 99 at address 0; it calls the
;; library's `read0` directly. Correct answer: 42 + 1 = 43.
(module
  (import "lib" "read0" (func $read0 (param i32) (result i32)))
  (memory 1)
  (data (i32.const 0) "\63\00\00\00")
  (func (export "go") (result i32) (call $read0 (i32.const 1))))
