;; A host function called through a table must receive exactly (11, 22)
;; (DESIGN.md invariant 1).
(module
  (type $t (func (param i32 i32) (result i32)))
  (import "env" "h" (func $h (type $t)))
  (global $sp (mut i32) (i32.const 65536))
  (memory 1)
  (table 1 funcref)
  (elem (i32.const 0) func $h)
  (func (export "f") (result i32)
    (call_indirect (type $t) (i32.const 11) (i32.const 22) (i32.const 0))))
