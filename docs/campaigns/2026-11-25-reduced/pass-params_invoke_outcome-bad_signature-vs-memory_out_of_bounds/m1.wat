(module
  (type (;0;) (func (param i32) (result i64)))
  (type (;1;) (func (result i32)))
  (type (;2;) (func (result i64 f64)))
  (import "m0" "f1" (func (;0;) (type 0) (param i32) (result i64)))
  (import "m0" "f1" (func (;1;) (type 0) (param i32) (result i64)))
  (import "env" "table" (table (;0;) 32 funcref))
  (global (;0;) (mut i32) i32.const 0)
  (export "f0" (func 2))
  (elem (;0;) (table 0) (i32.const 8) func 3 1 4 5 0 0)
  (func (;2;) (type 1) (result i32)
    global.get 0
    i32.const 12
    call_indirect (type 0)
    drop
    i32.const 0
  )
  (func (;3;) (type 2) (result i64 f64)
    unreachable
  )
  (func (;4;) (type 1) (result i32)
    unreachable
  )
  (func (;5;) (type 2) (result i64 f64)
    unreachable
  )
)
