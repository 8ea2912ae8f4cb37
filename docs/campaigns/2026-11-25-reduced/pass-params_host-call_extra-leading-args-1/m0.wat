(module
  (type (;0;) (func (param i32 i32) (result i32)))
  (type (;1;) (func))
  (import "env" "h0_0" (func (;0;) (type 0) (param i32 i32) (result i32)))
  (table (;0;) 32 funcref)
  (export "tab" (table 0))
  (elem (;0;) (table 0) (i32.const 0) func 0 1)
  (func (;1;) (type 1))
)
