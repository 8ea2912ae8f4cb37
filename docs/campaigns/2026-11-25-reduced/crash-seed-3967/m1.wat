(module
  (type (;0;) (func (result i32 i32)))
  (type (;1;) (func (result i32 i64 f64)))
  (type (;2;) (func (result f32)))
  (import "env" "h1_0" (func (;0;) (type 0) (result i32 i32)))
  (import "env" "table" (table (;0;) 32 funcref))
  (memory (;0;) 1 3)
  (export "f0" (func 1))
  (elem (;0;) (table 0) (i32.const 8) func 0 1 2 2 0 0 2)
  (func (;1;) (type 1) (result i32 i64 f64)
    i32.const 12
    call_indirect (type 0)
    i32.xor
    i64.const 0
    i64.const 16843009
    f64.convert_i64_s
  )
  (func (;2;) (type 2) (result f32)
    unreachable
  )
)
