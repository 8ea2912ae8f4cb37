(module
  (type (;0;) (func (result f32)))
  (table (;0;) 32 funcref)
  (memory (;0;) 1 4)
  (global (;0;) (mut i32) i32.const 1024)
  (export "tab" (table 0))
  (elem (;0;) (table 0) (i32.const 0) func 0 0 0 0)
  (func (;0;) (type 0) (result f32)
    global.get 0
    i32.const 16
    i32.sub
    i32.const 0
    i32.store
    i32.const 0
    f32.convert_i32_s
  )
)
