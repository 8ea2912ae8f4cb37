(module
  (type (;0;) (func (param i32) (result i32)))
  (type (;1;) (func (result f64)))
  (import "m1" "f3" (func (;0;) (type 0) (param i32) (result i32)))
  (memory (;0;) 1 1)
  (export "f0" (func 1))
  (func (;1;) (type 1) (result f64)
    i32.const 0
    call 0
    i32.const 0
    i32.store offset=4
    i64.const 0
    f64.convert_i64_s
  )
)
