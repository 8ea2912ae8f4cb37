(module
  (type $t0 (;0;) (func (param i32 i64 f32) (result f64)))
  (type $t1 (;1;) (func (param i32 i64 i64) (result i32)))
  (type $t2 (;2;) (func (result i64 f64)))
  (type $t3 (;3;) (func (param i32 i64 f64 f64 i64 i32 i64 f32 i32 i64 i32 i32) (result i32 i32)))
  (type $t4 (;4;) (func (param i32 f32) (result i32 i64 f64)))
  (import "env" "h1_1" (func $h1 (;0;) (type $t1) (param i32 i64 i64) (result i32)))
  (import "m0" "f2" (func $x1 (;1;) (type $t2) (result i64 f64)))
  (import "m0" "f1" (func $x2 (;2;) (type $t3) (param i32 i64 f64 f64 i64 i32 i64 f32 i32 i64 i32 i32) (result i32 i32)))
  (table $tab (;0;) 32 funcref)
  (memory $mem0 (;0;) 1 3)
  (memory $mem1 (;1;) 1 2)
  (global $acc (;0;) (mut i64) i64.const 2898264065)
  (export "mem" (memory $mem0))
  (export "f0" (func $f0))
  (elem (;0;) (table $tab) (i32.const 8) func $x1)
  (func $f0 (;3;) (type $t4) (param $p0 i32) (param $p1 f32) (result i32 i64 f64)
    (local $fp i32) (local $ai i32) (local $al i64) (local i32)
    i32.const 1592590592
    local.get $p0
    i32.sub
    local.set $ai
    i64.const 6840123409045651712
    local.set $al
    i32.const 4352
    local.tee $fp
    local.get $ai
    i32.store
    i32.const 8
    call_indirect (type $t2)
    i64.reinterpret_f64
    i64.xor
    local.set $al
    local.get $fp
    i32.load
    i64.const 2459528346497712129
    i64.const 2459528346497712130
    call $h1
    local.get $ai
    i32.xor
    local.set $ai
    local.get $fp
    i32.load
    local.get $ai
    i32.store offset=4
    memory.size
    i64.load
    local.get $al
    i64.xor
    local.set $al
    i32.const 8
    call_indirect (type $t2)
    i64.reinterpret_f64
    local.get $al
    i64.sub
    i64.xor
    local.set $al
    local.get $al
    local.get $ai
    i64.extend_i32_u
    i64.xor
    global.set $acc
    local.get $ai
    local.get $al
    i64.const 16843009
    f64.convert_i64_s
  )
)
