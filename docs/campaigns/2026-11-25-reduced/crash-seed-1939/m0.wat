(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (result i32 i64 f64)))
  (import "env" "h0_0" (func (;0;) (type 0) (result i32)))
  (memory (;0;) 1 3)
  (export "f2" (func 2))
  (func (;1;) (type 0) (result i32)
    call 0
  )
  (func (;2;) (type 1) (result i32 i64 f64)
    (local i32)
    i32.const -43627262
    local.set 0
    i32.const 1
    local.get 0
    i32.store
    call 1
    i64.const 0
    i64.const 0
    f64.convert_i64_s
  )
)
