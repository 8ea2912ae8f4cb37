(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (result i32)))
  (import "m0" "f0" (func (;0;) (type 0) (result i64)))
  (table (;0;) 32 funcref)
  (export "f1" (func 2))
  (elem (;0;) (table 0) (i32.const 8) func 1 1 2 2 0 2 2 1)
  (func (;1;) (type 1) (result i32)
    unreachable
  )
  (func (;2;) (type 0) (result i64)
    i32.const 12
    return_call_indirect (type 0)
  )
)
