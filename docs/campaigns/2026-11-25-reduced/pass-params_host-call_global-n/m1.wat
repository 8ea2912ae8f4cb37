(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (param i64) (result i32 i32)))
  (type (;2;) (func (result f64)))
  (import "env" "h1_0" (func (;0;) (type 0) (result i32)))
  (import "m0" "f0" (func (;1;) (type 1) (param i64) (result i32 i32)))
  (import "env" "memory" (memory (;0;) 1 4))
  (global (;0;) (mut i32) i32.const 0)
  (export "f0" (func 2))
  (func (;2;) (type 2) (result f64)
    (local i32)
    i64.const 0
    call 1
    i32.sub
    local.set 0
    call 0
    global.set 0
    i64.const 0
    f64.convert_i64_s
  )
)
