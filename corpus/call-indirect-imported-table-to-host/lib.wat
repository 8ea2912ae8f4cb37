;; Exports a table whose slot 0 holds a host function.
(module
  (import "env" "h" (func $h (param i32)))
  (global $sp (mut i32) (i32.const 1024))
  (memory 1)
  (table (export "tab") 2 funcref)
  (elem (i32.const 0) func $h))
