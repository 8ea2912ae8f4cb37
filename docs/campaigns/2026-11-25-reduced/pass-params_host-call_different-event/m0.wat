(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (result i64)))
  (import "env" "h0_0" (func (;0;) (type 0) (result i32)))
  (memory (;0;) 1 2)
  (export "f0" (func 1))
  (func (;1;) (type 1) (result i64)
    i32.const 0
    i32.const 0
    i32.store
    call 0
    i32.const 0
    i32.store offset=4
    i64.const 0
  )
)
