(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (result i64 f64)))
  (global (;0;) (mut i32) i32.const 0)
  (export "f1" (func 1))
  (func (;0;) (type 0) (result i64)
    global.get 0
    if ;; label = @1
      i32.const 0
      i32.const 0
      i32.div_u
      drop
    end
    i64.const 0
  )
  (func (;1;) (type 1) (result i64 f64)
    i32.const 1
    global.set 0
    call 0
    i64.const 0
    f64.convert_i64_s
  )
)
