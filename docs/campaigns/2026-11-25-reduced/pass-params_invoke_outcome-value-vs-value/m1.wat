(module
  (type (;0;) (func (param i32) (result i32 i32)))
  (type (;1;) (func (result i32 i32)))
  (import "m0" "f1" (func (;0;) (type 0) (param i32) (result i32 i32)))
  (memory (;0;) 1)
  (global (;0;) (mut i32) i32.const 0)
  (export "f0" (func 1))
  (func (;1;) (type 1) (result i32 i32)
    global.get 0
    return_call 0
  )
)
