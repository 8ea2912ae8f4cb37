(module
  (type (;0;) (func (result i32 i32)))
  (import "m0" "f1" (func (;0;) (type 0) (result i32 i32)))
  (export "f0" (func 1))
  (func (;1;) (type 0) (result i32 i32)
    return_call 0
  )
)
