(module
  (type (;0;) (func (result i64 f64)))
  (memory (;0;) 1)
  (export "f1" (func 0))
  (func (;0;) (type 0) (result i64 f64)
    (local i64)
    i64.const 1
    local.set 0
    i32.const 0
    local.get 0
    i64.store offset=8
    i32.const 0
    i64.load offset=8
    local.get 0
    f64.convert_i64_s
  )
)
