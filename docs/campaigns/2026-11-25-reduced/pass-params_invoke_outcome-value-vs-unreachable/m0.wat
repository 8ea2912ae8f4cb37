(module
  (type (;0;) (func (param i32) (result i32 i64 f64)))
  (export "f2" (func 0))
  (func (;0;) (type 0) (param i32) (result i32 i64 f64)
    local.get 0
    i32.const 3
    i32.and
    i32.eqz
    if ;; label = @1
      unreachable
    end
    i32.const 0
    i64.const 0
    i64.const 0
    f64.convert_i64_s
  )
)
