(module
  (type (;0;) (func (param i64 f64 f64 i64 f64 f32 i32 i32 i32 i64 i32 i64) (result f64 i32 i32)))
  (type (;1;) (func))
  (type (;2;) (func (result i32 i32)))
  (type (;3;) (func (param i64) (result i64 f64)))
  (import "env" "h0_0" (func (;0;) (type 0) (param i64 f64 f64 i64 f64 f32 i32 i32 i32 i64 i32 i64) (result f64 i32 i32)))
  (import "env" "h0_1" (func (;1;) (type 1)))
  (import "env" "table" (table (;0;) 32 funcref))
  (global (;0;) (mut i32) i32.const 0)
  (export "tab" (table 0))
  (elem (;0;) (table 0) (i32.const 0) func 0 1 3 3 2 3 2)
  (func (;2;) (type 2) (result i32 i32)
    unreachable
  )
  (func (;3;) (type 3) (param i64) (result i64 f64)
    (local i32 i64)
    local.get 0
    local.set 2
    i64.const 0
    f64.const -0x1.f428p+11 (;=-4001.25;)
    f64.const -0x1.f448p+11 (;=-4002.25;)
    local.get 2
    f64.const -0x1.f488p+11 (;=-4004.25;)
    f32.const 0x1.77bp+11 (;=3005.5;)
    global.get 0
    local.get 1
    i32.const 1
    i64.const 0
    i32.const 0
    i64.const 0
    i32.const 0
    call_indirect (type 0)
    i32.xor
    local.set 1
    i64.reinterpret_f64
    f64.const -0x1.f428p+11 (;=-4001.25;)
    local.get 2
    f64.convert_i64_s
    local.get 2
    f64.const -0x1.f488p+11 (;=-4004.25;)
    local.get 1
    f32.convert_i32_s
    i32.const 286326790
    local.get 1
    i32.const 286326792
    local.get 0
    i32.const 286326794
    i64.const 2459528346497712139
    call 0
    i32.xor
    local.set 1
    i64.reinterpret_f64
    local.get 2
    f64.convert_i64_s
  )
)
