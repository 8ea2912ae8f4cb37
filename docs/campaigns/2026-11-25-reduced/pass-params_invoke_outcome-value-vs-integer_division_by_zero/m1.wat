(module
  (type (;0;) (func (param i32) (result f32)))
  (type (;1;) (func (param i32)))
  (import "m0" "f0" (func (;0;) (type 0) (param i32) (result f32)))
  (memory (;0;) 1 4)
  (export "f0" (func 1))
  (func (;1;) (type 1) (param i32)
    local.get 0
    call 0
    drop
  )
)
