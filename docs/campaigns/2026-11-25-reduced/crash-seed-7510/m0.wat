(module
  (type (;0;) (func))
  (type (;1;) (func (result i32)))
  (type (;2;) (func (result i32 i32)))
  (import "env" "h0_0" (func (;0;) (type 0)))
  (memory (;0;) 1)
  (export "f1" (func 2))
  (func (;1;) (type 1) (result i32)
    call 0
    i32.const 0
  )
  (func (;2;) (type 2) (result i32 i32)
    (local i32)
    i32.const 1
    local.set 0
    i32.const 4112
    local.get 0
    i32.store
    call 1
    local.get 0
  )
)
