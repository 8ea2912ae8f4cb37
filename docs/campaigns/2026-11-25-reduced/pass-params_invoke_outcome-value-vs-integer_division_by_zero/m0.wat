(module
  (type (;0;) (func (param i32) (result f32)))
  (export "f0" (func 0))
  (func (;0;) (type 0) (param i32) (result f32)
    local.get 0
    i32.const 3
    i32.and
    i32.eqz
    if ;; label = @1
      i32.const 0
      i32.const 0
      i32.div_u
      drop
    end
    i32.const 0
    f32.convert_i32_s
  )
)
