(module
  (type (;0;) (func (result i32 i64 f64)))
  (type (;1;) (func (result i32)))
  (import "m1" "f3" (func (;0;) (type 0) (result i32 i64 f64)))
  (export "f0" (func 1))
  (func (;1;) (type 1) (result i32)
    call 0
    drop
    drop
  )
)
