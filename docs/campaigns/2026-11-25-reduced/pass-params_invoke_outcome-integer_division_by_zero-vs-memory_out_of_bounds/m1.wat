(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (param i64) (result i64)))
  (import "m0" "f1" (func (;0;) (type 0) (result i32)))
  (import "m0" "sp" (global (;0;) (mut i32)))
  (export "f1" (func 1))
  (func (;1;) (type 1) (param i64) (result i64)
    call 0
    global.set 0
    i64.const 0
  )
)
