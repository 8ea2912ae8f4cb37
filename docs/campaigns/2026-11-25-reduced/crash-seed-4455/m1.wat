(module
  (type (;0;) (func (param i32 i32 i32 f32 i64 i32 i32) (result i64)))
  (type (;1;) (func (result f32)))
  (type (;2;) (func (param i32 i32 i32 i64 i32 f64 i64) (result i32 i32)))
  (import "env" "h1_0" (func (;0;) (type 0) (param i32 i32 i32 f32 i64 i32 i32) (result i64)))
  (import "m0" "f0" (func (;1;) (type 1) (result f32)))
  (import "m0" "f0" (func (;2;) (type 1) (result f32)))
  (import "m0" "tab" (table (;0;) 32 funcref))
  (memory (;0;) 1 3)
  (global (;0;) (mut i64) i64.const 0)
  (export "f0" (func 3))
  (elem (;0;) (table 0) (i32.const 8) func 2 1)
  (func (;3;) (type 2) (param i32 i32 i32 i64 i32 f64 i64) (result i32 i32)
    (local i32 i64)
    local.get 3
    local.get 5
    i64.reinterpret_f64
    i64.sub
    local.set 8
    local.get 4
    i32.const 1
    local.get 4
    f32.const 0x1p+0 (;=1;)
    i64.const 0
    i32.const 1603838661
    i32.const 1
    call 0
    local.get 8
    i64.sub
    local.set 8
    i32.const 0
    i32.load
    local.set 7
    i32.const 0
    call_indirect (type 1)
    i32.reinterpret_f32
    local.get 7
    i32.store offset=4
    call 2
    i32.reinterpret_f32
    local.get 7
    i32.store offset=4
    local.get 8
    global.set 0
    local.get 7
    local.get 7
  )
)
