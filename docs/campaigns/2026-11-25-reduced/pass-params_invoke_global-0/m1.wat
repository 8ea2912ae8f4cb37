(module
  (type (;0;) (func (param i64) (result i32 i32)))
  (type (;1;) (func (result i64)))
  (import "m0" "f0" (func (;0;) (type 0) (param i64) (result i32 i32)))
  (memory (;0;) 1 1)
  (global (;0;) (mut i32) i32.const 0)
  (export "f0" (func 1))
  (func (;1;) (type 1) (result i64)
    i64.const 0
    call 0
    i32.add
    global.set 0
    i64.const 0
  )
)
