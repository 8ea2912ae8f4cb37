(module
  (type (;0;) (func (result f32)))
  (type (;1;) (func (result i32)))
  (import "env" "__stack_pointer" (global (;0;) (mut i32)))
  (memory (;0;) 1)
  (export "f1" (func 1))
  (func (;0;) (type 0) (result f32)
    global.get 0
    if ;; label = @1
      i32.const 0
      i32.const 0
      i32.div_u
      drop
    end
    i32.const 0
    f32.convert_i32_s
  )
  (func (;1;) (type 1) (result i32)
    i32.const 0
    i32.const 0
    i32.store offset=4
    call 0
    i32.reinterpret_f32
  )
)
