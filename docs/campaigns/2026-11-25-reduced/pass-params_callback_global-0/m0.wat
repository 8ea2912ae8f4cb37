(module
  (type (;0;) (func (result i32 i64 f64)))
  (type (;1;) (func (result i32 i32)))
  (import "env" "h0_0" (func (;0;) (type 0) (result i32 i64 f64)))
  (import "env" "h0_3" (func (;1;) (type 1) (result i32 i32)))
  (table (;0;) 32 funcref)
  (export "tab" (table 0))
  (elem (;0;) (table 0) (i32.const 0) func 1 0)
)
