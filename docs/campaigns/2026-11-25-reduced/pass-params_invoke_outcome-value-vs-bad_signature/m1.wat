(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (result f64)))
  (type (;2;) (func))
  (import "m0" "f1" (func (;0;) (type 0) (result i32)))
  (table (;0;) 32 funcref)
  (memory (;0;) 1 2)
  (export "f0" (func 1))
  (elem (;0;) (table 0) (i32.const 8) func 2 2 0)
  (func (;1;) (type 1) (result f64)
    i32.const 10
    call_indirect (type 0)
    i32.const 0
    i32.store offset=4
    i64.const 0
    f64.convert_i64_s
  )
  (func (;2;) (type 2))
)
