(module
  (type (;0;) (func (result i32 i64 f64)))
  (type (;1;) (func (result i32)))
  (import "env" "h0_0" (func (;0;) (type 0) (result i32 i64 f64)))
  (import "env" "memory" (memory (;0;) 1 4))
  (table (;0;) 32 funcref)
  (export "f0" (func 1))
  (elem (;0;) (table 0) (i32.const 0) func 0 0)
  (func (;1;) (type 1) (result i32)
    (local i32)
    i32.const 1
    local.set 0
    local.get 0
    local.get 0
    i32.store
    i32.const 0
    call_indirect (type 0)
    drop
    drop
  )
)
