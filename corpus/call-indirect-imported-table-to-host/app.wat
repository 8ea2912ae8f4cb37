;; Calls slot 0 of the imported table with 11: the host must receive (11).
(module
  (type $t (func (param i32)))
  (import "lib" "tab" (table 2 funcref))
  (global $sp (mut i32) (i32.const 2048))
  (memory 1)
  (func (export "go") (call_indirect (type $t) (i32.const 11) (i32.const 0))))
