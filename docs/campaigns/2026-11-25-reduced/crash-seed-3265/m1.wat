(module
  (type (;0;) (func (result f32)))
  (memory (;0;) 1)
  (global (;0;) (mut i32) i32.const 0)
  (export "f0" (func 0))
  (func (;0;) (type 0) (result f32)
    i32.const 0
    i32.const 0
    i32.store
    global.get 0
    f32.convert_i32_s
  )
)
