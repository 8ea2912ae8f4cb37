(module
  (type (;0;) (func))
  (type (;1;) (func (param i32 i64) (result f64)))
  (type (;2;) (func (result f64)))
  (import "env" "h2_1" (func (;0;) (type 0)))
  (import "m1" "f0" (func (;1;) (type 1) (param i32 i64) (result f64)))
  (import "m0" "mem" (memory (;0;) 1))
  (export "f0" (func 2))
  (func (;2;) (type 2) (result f64)
    call 0
    i32.const -43627262
    i64.const 0
    return_call 1
  )
)
