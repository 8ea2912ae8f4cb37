(module
  (type (;0;) (func (param i64) (result i32 i32)))
  (type (;1;) (func (result i64 f64)))
  (import "m0" "f1" (func (;0;) (type 0) (param i64) (result i32 i32)))
  (import "env" "memory" (memory (;0;) 1 4))
  (export "f0" (func 1))
  (func (;1;) (type 1) (result i64 f64)
    (local i32)
    i64.const 0
    call 0
    i32.sub
    local.set 0
    i64.const 0
    call 0
    i32.store offset=4
    i64.const 0
    i64.const 0
    f64.convert_i64_s
  )
)
