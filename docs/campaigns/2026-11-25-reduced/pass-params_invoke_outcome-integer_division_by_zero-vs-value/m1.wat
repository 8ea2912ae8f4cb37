(module
  (type (;0;) (func (param i32 i32 i32 f32 i32 i32 i32) (result i32 i32)))
  (type (;1;) (func (result i32)))
  (import "m0" "f0" (func (;0;) (type 0) (param i32 i32 i32 f32 i32 i32 i32) (result i32 i32)))
  (import "env" "__stack_pointer" (global (;0;) (mut i32)))
  (memory (;0;) 1 4)
  (export "f0" (func 1))
  (func (;1;) (type 1) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 f32 i32 i32 i32 f32 i32 i32 i32 f32 i32 i32 i32)
    global.get 0
    i32.const 1
    i32.const 1
    i32.const 0
    f32.convert_i32_s
    i32.const 0
    i32.const 1
    local.get 20
    call 0
    i32.xor
  )
)
