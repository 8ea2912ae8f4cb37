(module
  (type (;0;) (func (result i32 i32)))
  (type (;1;) (func))
  (type (;2;) (func (param i64 i32 i32 i32) (result f64)))
  (import "env" "h2_1" (func (;0;) (type 0) (result i32 i32)))
  (import "m0" "f1" (func (;1;) (type 1)))
  (table (;0;) 32 funcref)
  (export "f1" (func 2))
  (elem (;0;) (table 0) (i32.const 16) func 1 1 0)
  (func (;2;) (type 2) (param i64 i32 i32 i32) (result f64)
    (local i32)
    i32.const 1
    local.get 1
    i32.sub
    local.get 2
    i32.sub
    local.set 4
    i32.const 16
    call_indirect (type 1)
    i64.const 0
    local.get 4
    i64.extend_i32_u
    i64.xor
    f64.convert_i64_s
  )
)
