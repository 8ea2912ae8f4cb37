(module
  (type (;0;) (func (param i64) (result i64 f64)))
  (type (;1;) (func (result i32 i64 f64)))
  (type (;2;) (func (param i32) (result i32)))
  (import "m0" "tab" (table (;0;) 32 funcref))
  (export "f3" (func 0))
  (func (;0;) (type 2) (param i32) (result i32)
    (local i32)
    local.get 0
    i64.extend_i32_u
    i32.const 0
    call_indirect (type 0)
    drop
    drop
    local.get 1
  )
)
