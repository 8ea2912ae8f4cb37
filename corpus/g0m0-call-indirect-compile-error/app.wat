(module
  (type (;0;) (func (param i32 i32) (result i32)))
  (type (;1;) (func (param i32) (result i32)))
  (import "env" "mix" (func (;0;) (type 0) (param i32 i32) (result i32)))
  (import "lib" "lib_store" (func (;1;) (type 0) (param i32 i32) (result i32)))
  (table (;0;) 3 funcref)
  (memory (;0;) 1 4)
  (elem (;0;) (table 0) (i32.const 0) func 0 1 2)
  (func (;2;) (type 0) (param i32 i32) (result i32)
    unreachable
  )
  (func (;3;) (type 1) (param i32) (result i32)
    i32.const 0
    i32.const 1
    i32.store
    i32.const 1
    i32.const 2
    local.get 0
    call_indirect (type 0)
  )
)
