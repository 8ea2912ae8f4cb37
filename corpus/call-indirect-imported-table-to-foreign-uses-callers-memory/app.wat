;; The application imports the library's table (and has no element segments
;; of its own) and calls slot 1: the library's function must write the
;; library's memory, not the application's.
(module
  (import "lib" "tab" (table 4 funcref))
  (global $sp (mut i32) (i32.const 4096))
  (memory 1)
  (func (export "go") (result i32) (call_indirect (result i32) (i32.const 1)))
  (func (export "peek") (result i32) (i32.load (i32.const 16))))
