(module
  (type (;0;) (func (result i32)))
  (import "m0" "tab" (table (;0;) 32 funcref))
  (global (;0;) (mut i32) i32.const 0)
  (export "tab" (table 0))
  (elem (;0;) (table 0) (i32.const 8) func 0 1 2)
  (func (;0;) (type 0) (result i32)
    i32.const 1
    global.set 0
    i32.const 0
    call_indirect (type 0)
  )
  (func (;1;) (type 0) (result i32)
    unreachable
  )
  (func (;2;) (type 0) (result i32)
    unreachable
  )
)
