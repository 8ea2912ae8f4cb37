(module
  (type (;0;) (func (result f64)))
  (type (;1;) (func (result i32 i64 f64)))
  (memory (;0;) 1)
  (global (;0;) (mut i32) i32.const 0)
  (export "f3" (func 1))
  (func (;0;) (type 0) (result f64)
    (local i32)
    i32.const 1
    local.set 0
    global.get 0
    local.get 0
    i32.store offset=8
    i64.const 0
    f64.convert_i64_s
  )
  (func (;1;) (type 1) (result i32 i64 f64)
    (local i64)
    call 0
    i64.reinterpret_f64
    local.set 0
    i32.const 0
    local.get 0
    i64.const 1
    f64.convert_i64_s
  )
)
