;; The table is filled from slot 1: slots 1 and 2 hold a local function of
;; another type, slot 3 the library's `f`. call_indirect of slot 3 with f's
;; type must return 7. (With the segment at offset 0 and slot 2, all
;; engines agree: the offset is what matters.)
(module
  (type $t (func (result i32)))
  (type $u (func (param i32 f64)))
  (import "lib" "f" (func $f (type $t)))
  (global $sp (mut i32) (i32.const 2048))
  (memory 1)
  (table 4 funcref)
  (elem (i32.const 1) func $other $other $f)
  (func $other (type $u))
  (func (export "go") (result i32) (call_indirect (type $t) (i32.const 3))))
