(module
  (type (;0;) (func (param i64) (result i64 f64)))
  (type (;1;) (func (result i64 f64)))
  (import "m0" "tab" (table (;0;) 32 funcref))
  (memory (;0;) 1 2)
  (export "f0" (func 0))
  (func (;0;) (type 1) (result i64 f64)
    i64.const 1
    i32.const 2
    call_indirect (type 0)
    i64.reinterpret_f64
    f64.convert_i64_s
  )
)
