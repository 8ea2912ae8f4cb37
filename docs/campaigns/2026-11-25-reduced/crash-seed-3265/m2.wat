(module
  (type (;0;) (func (result i32 i32)))
  (type (;1;) (func (result f32)))
  (import "m0" "f0" (func (;0;) (type 0) (result i32 i32)))
  (import "m1" "f0" (func (;1;) (type 1) (result f32)))
  (export "f0" (func 2))
  (func (;2;) (type 0) (result i32 i32)
    call 1
    return_call 0
  )
)
