(module
  (type (;0;) (func (param i32 i64) (result f64)))
  (export "f0" (func 0))
  (func (;0;) (type 0) (param i32 i64) (result f64)
    local.get 1
    f64.convert_i64_s
  )
)
