(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (result i64 f64)))
  (type (;2;) (func (result f32)))
  (type (;3;) (func))
  (import "env" "h2_0" (func (;0;) (type 0) (result i32)))
  (import "m0" "f0" (func (;1;) (type 1) (result i64 f64)))
  (import "env" "table" (table (;0;) 32 funcref))
  (memory (;0;) 1)
  (export "f0" (func 2))
  (export "f1" (func 3))
  (elem (;0;) (table 0) (i32.const 16) func 5 4 1 4)
  (func (;2;) (type 2) (result f32)
    call 0
    f32.convert_i32_s
  )
  (func (;3;) (type 3)
    i32.const 18
    call_indirect (type 1)
    drop
    drop
  )
  (func (;4;) (type 2) (result f32)
    unreachable
  )
  (func (;5;) (type 2) (result f32)
    unreachable
  )
)
