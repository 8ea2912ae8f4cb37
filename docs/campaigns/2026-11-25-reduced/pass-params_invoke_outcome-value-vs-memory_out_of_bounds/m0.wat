(module
  (type (;0;) (func (result i32 i64 f64)))
  (memory (;0;) 1 2)
  (export "f1" (func 0))
  (func (;0;) (type 0) (result i32 i64 f64)
    (local i32)
    i32.const 1
    memory.grow
    local.set 0
    memory.size
    i32.const 16
    i32.shl
    i32.const 8
    i32.sub
    i64.const 0
    i64.store
    local.get 0
    i64.const 0
    i64.const 0
    f64.convert_i64_s
  )
)
