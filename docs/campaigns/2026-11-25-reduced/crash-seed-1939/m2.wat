(module
  (type (;0;) (func (result i32 i64 f64)))
  (type (;1;) (func (result i32)))
  (import "m0" "f2" (func (;0;) (type 0) (result i32 i64 f64)))
  (table (;0;) 32 funcref)
  (export "f0" (func 1))
  (elem (;0;) (table 0) (i32.const 16) func 0 0 1 0)
  (func (;1;) (type 1) (result i32)
    i32.const 19
    call_indirect (type 0)
    drop
    drop
  )
)
