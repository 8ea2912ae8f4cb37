(module
  (type (;0;) (func))
  (type (;1;) (func (result i32)))
  (import "env" "table" (table (;0;) 32 funcref))
  (export "tab" (table 0))
  (elem (;0;) (table 0) (i32.const 0) func 0 1 0 1 1 0)
  (func (;0;) (type 0))
  (func (;1;) (type 1) (result i32)
    unreachable
  )
)
