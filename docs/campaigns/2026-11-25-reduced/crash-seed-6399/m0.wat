(module
  (type (;0;) (func (result i64)))
  (import "env" "memory" (memory (;0;) 1 4))
  (export "f2" (func 0))
  (func (;0;) (type 0) (result i64)
    i32.const 0
    i64.const 0
    i64.store offset=8
    i64.const 0
  )
)
