(module
  (type (;0;) (func (result f32)))
  (type (;1;) (func (result f64)))
  (global (;0;) (mut i32) i32.const 0)
  (export "f2" (func 1))
  (func (;0;) (type 0) (result f32)
    i32.const 1
    if ;; label = @1
      i32.const 0
      i32.const 0
      i32.div_u
      drop
    end
    i32.const 1
    f32.convert_i32_s
  )
  (func (;1;) (type 1) (result f64)
    call 0
    i32.reinterpret_f32
    global.set 0
    i64.const 0
    f64.convert_i64_s
  )
)
