(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (result i32 i32)))
  (import "env" "h1_0" (func (;0;) (type 0) (result i32)))
  (import "m0" "tab" (table (;0;) 32 funcref))
  (memory (;0;) 1)
  (export "f0" (func 1))
  (export "f3" (func 2))
  (elem (;0;) (table 0) (i32.const 8) func 0 1 1)
  (func (;1;) (type 0) (result i32)
    return_call 0
  )
  (func (;2;) (type 1) (result i32 i32)
    memory.size
    i32.const 0
    return_call_indirect (type 1)
  )
)
