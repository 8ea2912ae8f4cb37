(module
  (type $t0 (;0;) (func (result i32)))
  (type (;1;) (func (result f64)))
  (type (;2;) (func (result f32)))
  (type (;3;) (func (result externref)))
  (type (;4;) (func))
  (import "env" "h0_3" (func $h3 (;0;) (type 2) (result f32)))
  (table (;0;) 32 32 funcref)
  (memory (;0;) 1 4)
  (global (;0;) (mut funcref) ref.null func)
  (global (;1;) (mut externref) ref.null extern)
  (export "f0" (func $f0))
  (export "f2" (func $f2))
  (func $f0 (;1;) (type 3) (result externref)
    (local $p0 i32) (local $fp i32) (local $ai i64)
    i64.const 6840123409045651456
    local.set $ai
    call $h3
    i32.reinterpret_f32
    local.get $fp
    i32.store offset=4
    global.get 1
  )
  (func $f1 (;2;) (type $t0) (result i32)
    (local $p0 i32) (local $p1 i32) (local $fp i64) (local $ai i32) (local $al i32)
    i32.const 29
    call_indirect (type $t0)
    i64.load
    local.set $fp
    local.get $p1
  )
  (func $f2 (;3;) (type 2) (result f32)
    call $f1
    f32.convert_i32_s
  )
)
