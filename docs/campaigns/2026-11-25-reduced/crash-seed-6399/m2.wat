(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (result f32)))
  (import "m0" "f2" (func (;0;) (type 0) (result i64)))
  (export "f0" (func 1))
  (func (;1;) (type 1) (result f32)
    call 0
    drop
    i32.const 0
    f32.convert_i32_s
  )
)
