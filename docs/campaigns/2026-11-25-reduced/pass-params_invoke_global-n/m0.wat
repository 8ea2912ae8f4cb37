(module
  (type (;0;) (func (param i64) (result i64 f64)))
  (import "env" "table" (table (;0;) 32 funcref))
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (export "tab" (table 0))
  (elem (;0;) (table 0) (i32.const 0) func 0 0 0 0 0)
  (func (;0;) (type 0) (param i64) (result i64 f64)
    (local i64)
    local.get 0
    global.set 1
    local.get 1
    local.get 1
    f64.convert_i64_s
  )
)
