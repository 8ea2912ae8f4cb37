(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (param i32 f64 i32) (result i64)))
  (import "m0" "tab" (table (;0;) 32 funcref))
  (memory (;0;) 1)
  (export "f0" (func 0))
  (func (;0;) (type 0) (result i64)
    i32.const 1
    i64.const 0
    f64.convert_i64_s
    i32.const 0
    i32.const 0
    return_call_indirect (type 1)
  )
)
