(module
  (type (;0;) (func (result i64 f64)))
  (type (;1;) (func (param i32)))
  (type (;2;) (func (result f32)))
  (import "env" "h0_0" (func (;0;) (type 0) (result i64 f64)))
  (import "env" "h0_1" (func (;1;) (type 1) (param i32)))
  (table (;0;) 32 funcref)
  (export "tab" (table 0))
  (elem (;0;) (table 0) (i32.const 0) func 3 2 3 2 0 2 1 1)
  (func (;2;) (type 2) (result f32)
    unreachable
  )
  (func (;3;) (type 0) (result i64 f64)
    unreachable
  )
)
