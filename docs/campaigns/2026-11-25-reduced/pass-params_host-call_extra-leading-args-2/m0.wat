(module
  (type (;0;) (func (param i32 i64 i32)))
  (type (;1;) (func (param i32) (result i32 i64 f64)))
  (import "env" "h0_0" (func (;0;) (type 0) (param i32 i64 i32)))
  (export "f1" (func 1))
  (func (;1;) (type 1) (param i32) (result i32 i64 f64)
    (local i32)
    local.get 0
    local.set 1
    local.get 0
    local.get 1
    i64.extend_i32_u
    i32.const 286326786
    call 0
    local.get 1
    i64.const 0
    i64.const 0
    f64.convert_i64_s
  )
)
