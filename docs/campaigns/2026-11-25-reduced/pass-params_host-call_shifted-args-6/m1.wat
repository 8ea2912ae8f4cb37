(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (param i64 f64 f32 f32 f32 f64 i32) (result i64)))
  (import "m0" "tab" (table (;0;) 32 funcref))
  (memory (;0;) 1)
  (export "f0" (func 0))
  (func (;0;) (type 0) (result i64)
    i64.const 1
    f64.const -0x1.f428p+11 (;=-4001.25;)
    f32.const 0x1.775p+11 (;=3002.5;)
    f32.const 0x1.777p+11 (;=3003.5;)
    i32.const 0
    f32.convert_i32_s
    f64.const 0x0p+0 (;=0;)
    i32.const 0
    i32.const 1
    call_indirect (type 1)
  )
)
