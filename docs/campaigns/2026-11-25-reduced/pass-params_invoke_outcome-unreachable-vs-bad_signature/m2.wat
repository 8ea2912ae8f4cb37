(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func))
  (type (;2;) (func (result f64)))
  (import "m0" "f0" (func (;0;) (type 1)))
  (import "m0" "f1" (func (;1;) (type 0) (result i32)))
  (import "m0" "tab" (table (;0;) 32 funcref))
  (memory (;0;) 1)
  (export "f0" (func 2))
  (elem (;0;) (table 0) (i32.const 16) func 0 3 1)
  (func (;2;) (type 0) (result i32)
    i32.const 4
    call_indirect (type 0)
  )
  (func (;3;) (type 2) (result f64)
    unreachable
  )
)
