(module
  (type (;0;) (func (result i64 f64)))
  (export "f0" (func 0))
  (func (;0;) (type 0) (result i64 f64)
    i64.const 0
    f64.const 0x0p+0 (;=0;)
  )
)
