(module
  (type (;0;) (func (result f32)))
  (type (;1;) (func (result i32 i32)))
  (import "m0" "f0" (func (;0;) (type 0) (result f32)))
  (export "f0" (func 1))
  (func (;1;) (type 1) (result i32 i32)
    call 0
    i32.reinterpret_f32
    i32.const 0
  )
)
