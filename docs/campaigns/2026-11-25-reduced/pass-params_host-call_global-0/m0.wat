(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (param i64) (result i32 i32)))
  (import "env" "h0_1" (func (;0;) (type 0) (result i32)))
  (global (;0;) (mut i64) i64.const 0)
  (export "f1" (func 2))
  (func (;1;) (type 0) (result i32)
    call 0
  )
  (func (;2;) (type 1) (param i64) (result i32 i32)
    (local i32 i64)
    local.get 0
    local.set 2
    call 1
    local.set 1
    local.get 2
    global.set 0
    local.get 1
    local.get 1
  )
)
