(module
  (type (;0;) (func (result f32)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (result f64)))
  (type (;3;) (func (result i32 i32)))
  (import "env" "h2_0" (func (;0;) (type 0) (result f32)))
  (import "env" "h2_1" (func (;1;) (type 1) (result i64)))
  (import "m1" "f2" (func (;2;) (type 2) (result f64)))
  (import "env" "table" (table (;0;) 32 funcref))
  (import "m1" "mem" (memory (;0;) 1))
  (export "f0" (func 3))
  (export "f1" (func 4))
  (elem (;0;) (table 0) (i32.const 16) func 2 4 1 2 4 2)
  (func (;3;) (type 0) (result f32)
    call 0
  )
  (func (;4;) (type 3) (result i32 i32)
    i32.const 16
    call_indirect (type 2)
    drop
    i32.const 0
    i32.const 0
  )
)
