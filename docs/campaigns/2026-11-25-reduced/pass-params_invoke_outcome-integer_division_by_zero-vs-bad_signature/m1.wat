(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (result i64 f64)))
  (type (;2;) (func))
  (type (;3;) (func (result i32 i64 f64)))
  (import "m0" "f1" (func (;0;) (type 1) (result i64 f64)))
  (table (;0;) 32 funcref)
  (memory (;0;) 1 3)
  (export "f0" (func 1))
  (elem (;0;) (table 0) (i32.const 8) func 3 0 2 4)
  (func (;1;) (type 2)
    i32.const 9
    call_indirect (type 1)
    drop
    drop
  )
  (func (;2;) (type 0) (result i32)
    unreachable
  )
  (func (;3;) (type 3) (result i32 i64 f64)
    unreachable
  )
  (func (;4;) (type 3) (result i32 i64 f64)
    unreachable
  )
)
