(module
  (type (;0;) (func (result i64 f64)))
  (type (;1;) (func (result i64)))
  (import "m0" "f1" (func (;0;) (type 0) (result i64 f64)))
  (memory (;0;) 1 3)
  (export "f0" (func 1))
  (func (;1;) (type 1) (result i64)
    call 0
    drop
  )
)
