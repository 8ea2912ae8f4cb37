(module
  (type (;0;) (func (param i32) (result i64 f64)))
  (type (;1;) (func (result f32)))
  (import "m0" "f1" (func (;0;) (type 0) (param i32) (result i64 f64)))
  (memory (;0;) 1 3)
  (global (;0;) (mut i32) i32.const 0)
  (export "f0" (func 1))
  (func (;1;) (type 1) (result f32)
    global.get 0
    call 0
    drop
    drop
    i32.const 0
    f32.convert_i32_s
  )
)
