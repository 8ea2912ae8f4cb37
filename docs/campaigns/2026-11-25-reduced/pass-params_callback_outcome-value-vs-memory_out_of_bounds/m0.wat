(module
  (type (;0;) (func (result i32 i32)))
  (import "env" "table" (table (;0;) 32 funcref))
  (memory (;0;) 1 4)
  (export "tab" (table 0))
  (elem (;0;) (table 0) (i32.const 0) func 0)
  (func (;0;) (type 0) (result i32 i32)
    i32.const 0
    i32.const 0
    i32.store
    i32.const 0
    i32.const 0
  )
)
