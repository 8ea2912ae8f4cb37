;; The caller has no memory of its own. Correct answer: 5.
(module
  (import "lib" "f" (func $f (param i32) (result i32)))
  (global $sp (mut i32) (i32.const 2048))
  (func (export "go") (result i32) (call $f (i32.const 5))))
