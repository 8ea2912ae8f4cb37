(module
  (type (;0;) (func (result f32)))
  (memory (;0;) 1 2)
  (export "f0" (func 0))
  (func (;0;) (type 0) (result f32)
    i32.const 0
    i32.const 0
    i32.store offset=8
    i32.const 1
    if ;; label = @1
      unreachable
    end
    i32.const 0
    f32.convert_i32_s
  )
)
