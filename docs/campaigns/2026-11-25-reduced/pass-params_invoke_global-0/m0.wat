(module
  (type (;0;) (func (param i64) (result i32 i32)))
  (global (;0;) (mut i64) i64.const 0)
  (export "f0" (func 0))
  (func (;0;) (type 0) (param i64) (result i32 i32)
    local.get 0
    global.set 0
    i32.const 0
    i32.const 0
  )
)
