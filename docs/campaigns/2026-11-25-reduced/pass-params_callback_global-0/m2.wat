(module
  (type (;0;) (func (result f64)))
  (type (;1;) (func (result i32)))
  (type (;2;) (func (result i64 f64)))
  (type (;3;) (func (result i64)))
  (type (;4;) (func (result i32 i64 f64)))
  (import "env" "h2_3" (func (;0;) (type 1) (result i32)))
  (import "m0" "f1" (func (;1;) (type 2) (result i64 f64)))
  (import "m1" "tab" (table (;0;) 32 funcref))
  (import "m0" "mem" (memory (;0;) 1))
  (export "f0" (func 2))
  (export "f1" (func 3))
  (elem (;0;) (table 0) (i32.const 16) func 4 4 1 3)
  (func (;2;) (type 3) (result i64)
    call 0
    i32.const 0
    i32.store offset=4
    i64.const 0
  )
  (func (;3;) (type 4) (result i32 i64 f64)
    i32.const 8
    call_indirect (type 1)
    i64.const 0
    i64.const 16843009
    f64.convert_i64_s
  )
  (func (;4;) (type 0) (result f64)
    f64.const 0x0p+0 (;=0;)
  )
)
