(module
  (type (;0;) (func))
  (memory (;0;) 1 2)
  (export "f1" (func 0))
  (func (;0;) (type 0)
    i32.const 65520
    i32.const 0
    i32.store offset=4
  )
)
