(module
  (type (;0;) (func (param i32) (result i32 i64 f64)))
  (import "m0" "f2" (func (;0;) (type 0) (param i32) (result i32 i64 f64)))
  (import "env" "memory" (memory (;0;) 1 4))
  (export "f0" (func 1))
  (func (;1;) (type 0) (param i32) (result i32 i64 f64)
    i32.const 1
    call 0
  )
)
