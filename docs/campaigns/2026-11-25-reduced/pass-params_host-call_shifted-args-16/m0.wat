(module
  (type (;0;) (func (param i64 f64 f32 i64 i32 i32 i32 f64 f64 f32 i64 f64 f32 i32 i32 i64 i64) (result i64 i32)))
  (type (;1;) (func (param i32) (result i64 f64)))
  (import "env" "h0_1" (func (;0;) (type 0) (param i64 f64 f32 i64 i32 i32 i32 f64 f64 f32 i64 f64 f32 i32 i32 i64 i64) (result i64 i32)))
  (import "env" "table" (table (;0;) 32 funcref))
  (global (;0;) (mut i32) i32.const 0)
  (export "f1" (func 1))
  (elem (;0;) (table 0) (i32.const 0) func 0 0)
  (func (;1;) (type 1) (param i32) (result i64 f64)
    (local i32)
    i64.const 0
    f64.const -0x1.f428p+11 (;=-4001.25;)
    f32.const 0x1.775p+11 (;=3002.5;)
    i64.const 1
    local.get 0
    global.get 0
    local.get 0
    f64.const 0x0p+0 (;=0;)
    f64.const -0x1.f508p+11 (;=-4008.25;)
    f32.const -0x1.332504p-17 (;=-0.000009153622;)
    i64.const 1
    i64.const 0
    f64.convert_i64_s
    f32.const 0x1.789p+11 (;=3012.5;)
    local.get 1
    local.get 1
    i64.const 2459528346497712143
    i64.const 0
    i32.const 0
    call_indirect (type 0)
    local.set 1
    i64.const 0
    f64.convert_i64_s
  )
)
