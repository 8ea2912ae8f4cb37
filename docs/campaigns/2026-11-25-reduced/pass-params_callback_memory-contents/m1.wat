(module
  (type (;0;) (func (result f32)))
  (type (;1;) (func (result i32 i32)))
  (import "env" "h1_0" (func (;0;) (type 0) (result f32)))
  (import "m0" "f0" (func (;1;) (type 1) (result i32 i32)))
  (export "f0" (func 2))
  (func (;2;) (type 1) (result i32 i32)
    call 0
    return_call 1
  )
)
