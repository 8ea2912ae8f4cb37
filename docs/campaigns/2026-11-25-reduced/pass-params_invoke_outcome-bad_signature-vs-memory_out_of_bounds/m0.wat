(module
  (type (;0;) (func (result i64 f64)))
  (type (;1;) (func (result i32 i32 i32)))
  (type (;2;) (func (result i32 i32)))
  (type (;3;) (func (param i32) (result i64)))
  (import "env" "h0_0" (func (;0;) (type 0) (result i64 f64)))
  (table (;0;) 32 funcref)
  (memory (;0;) 1 4)
  (export "f1" (func 2))
  (elem (;0;) (table 0) (i32.const 0) func 1 2 0)
  (func (;1;) (type 2) (result i32 i32)
    i32.const 0
    call_indirect (type 1)
    i32.xor
  )
  (func (;2;) (type 3) (param i32) (result i64)
    i32.const 1
    i32.const 1
    i32.store
    i32.const 0
    call_indirect (type 2)
    i32.sub
    if ;; label = @1
    end
    i64.const 0
  )
)
