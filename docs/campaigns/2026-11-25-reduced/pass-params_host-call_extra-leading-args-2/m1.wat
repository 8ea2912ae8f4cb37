(module
  (type (;0;) (func (param i32) (result i32 i64 f64)))
  (type (;1;) (func (result i64 f64)))
  (import "m0" "f1" (func (;0;) (type 0) (param i32) (result i32 i64 f64)))
  (import "env" "__stack_pointer" (global (;0;) (mut i32)))
  (memory (;0;) 1 4)
  (export "f1" (func 1))
  (func (;1;) (type 1) (result i64 f64)
    (local i64)
    i32.const 286326786
    call 0
    i64.reinterpret_f64
    i64.xor
    local.set 0
    global.set 0
    local.get 0
    i32.const 0
    i64.extend_i32_u
    f64.convert_i64_s
  )
)
