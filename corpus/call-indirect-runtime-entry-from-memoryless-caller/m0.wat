(module
  (type (;0;) (func (result i32)))
  (memory (;0;) 1 2)
  (export "f2" (func 0))
  (func (;0;) (type 0) (result i32)
    i32.const 4128
    i32.const 0
    i32.store
    i32.const 7
  )
)
