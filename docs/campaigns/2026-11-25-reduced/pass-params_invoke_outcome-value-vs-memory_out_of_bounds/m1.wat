(module
  (type (;0;) (func (result i32 i64 f64)))
  (type (;1;) (func (result f32)))
  (import "m0" "f1" (func (;0;) (type 0) (result i32 i64 f64)))
  (memory (;0;) 1 2)
  (export "f0" (func 1))
  (func (;1;) (type 1) (result f32)
    call 0
    drop
    drop
    f32.convert_i32_s
  )
)
