(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (param i32)))
  (import "m0" "tab" (table (;0;) 32 funcref))
  (memory (;0;) 1 1)
  (export "f0" (func 0))
  (func (;0;) (type 0) (result i32)
    i32.const 0
    i32.const 6
    call_indirect (type 1)
    i32.const 0
  )
)
