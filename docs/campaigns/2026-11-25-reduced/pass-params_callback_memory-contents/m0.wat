(module
  (type (;0;) (func (result i32 i32)))
  (memory (;0;) 1 3)
  (global (;0;) (mut i32) i32.const 0)
  (export "f0" (func 0))
  (func (;0;) (type 0) (result i32 i32)
    (local i32)
    i32.const 1
    local.set 0
    global.get 0
    local.get 0
    i32.store offset=8
    i32.const 0
    local.get 0
  )
)
