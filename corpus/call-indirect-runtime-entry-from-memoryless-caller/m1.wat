(module
  (type $t0 (;0;) (func (result i32)))
  (import "m0" "f2" (func $x0 (;0;) (type $t0) (result i32)))
  (table (;0;) 8 funcref)
  (export "f0" (func 1))
  (elem $pe (;0;) func $x0)
  (func (;1;) (type $t0) (result i32)
    i32.const 0
    i32.const 0
    i32.const 1
    table.init $pe
    i32.const 0
    call_indirect (type $t0)
  )
)
