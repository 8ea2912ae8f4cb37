(module
  (type (;0;) (func (result i32)))
  (export "f1" (func 0))
  (func (;0;) (type 0) (result i32)
    i32.const 0
  )
)
