(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (result i32 i64 f64)))
  (import "m0" "f0" (func (;0;) (type 0) (result i32)))
  (export "f3" (func 2))
  (func (;1;) (type 1) (result i32 i64 f64)
    unreachable
  )
  (func (;2;) (type 1) (result i32 i64 f64)
    call 0
    return_call 1
  )
)
