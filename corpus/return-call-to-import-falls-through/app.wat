;; `go` tail-calls the library's f from inside a block. What follows the
;; block is dead: `return_call` returns f's result (5) from `go`, and the
;; global is never written.
(module
  (import "lib" "f" (func $f (result i32)))
  (memory 1)
  (global $g (export "g") (mut i32) (i32.const 0))
  (func (export "go") (result i32)
    (block (return_call $f))
    (global.set $g (i32.const 99))
    (i32.const 7)))
