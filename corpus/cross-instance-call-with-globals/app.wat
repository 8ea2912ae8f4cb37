;; The caller: its own global #0 and memory (99 at address 0); calls the
;; library directly. Correct answer: 42 + 1 = 43.
(module
  (import "lib" "read0" (func $read0 (param i32) (result i32)))
  (global $g (mut i32) (i32.const 4096))
  (memory 1)
  (data (i32.const 0) "\63\00\00\00")
  (func (export "go") (result i32) (call $read0 (i32.const 1))))
