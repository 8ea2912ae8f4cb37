(module
  (type $t0 (;0;) (func (param i64) (result i64)))
  (type $t1 (;1;) (func (param i64 i32) (result i32)))
  (type $t2 (;2;) (func (param i32 i64 f64 f64 i64 i32 i64 f32 i32 i64 i32 i32) (result i32 i32)))
  (type $t3 (;3;) (func (result i64 f64)))
  (type $t4 (;4;) (func (result i32 i64 f64)))
  (import "env" "table" (table $tab (;0;) 32 funcref))
  (memory $mem0 (;0;) 1 2)
  (global $sp (;0;) (mut i32) i32.const 33360)
  (global $acc (;1;) (mut i64) i64.const 2898264064)
  (export "f0" (func $f0))
  (export "f1" (func $f1))
  (export "f2" (func $f2))
  (export "f3" (func $f3))
  (func $f0 (;0;) (type $t1) (param $p0 i64) (param $p1 i32) (result i32)
    (local $p2 i32) (local $spl i32) (local $fp i32) (local $ai i64) (local $al f32)
    i64.const 6840123409045651456
    local.get $p0
    i64.sub
    local.set $ai
    global.get $sp
    local.tee $p2
    global.set $sp
    local.get $p2
    i32.const 65520
    i32.and
    i32.const 8
    i32.sub
    i64.load
    local.get $ai
    i64.sub
    local.set $ai
    local.get $ai
    local.get $fp
    i64.extend_i32_u
    i64.xor
    global.set $acc
    local.get $fp
  )
  (func $f1 (;1;) (type $t2) (param $p0 i32) (param $p1 i64) (param $p2 f64) (param $p3 f64) (param $p4 i64) (param $p5 i32) (param $p6 i64) (param $p7 f32) (param $p8 i32) (param $p9 i64) (param $p10 i32) (param $p11 i32) (result i32 i32)
    (local $p12 i32) (local $p13 i32) (local $p14 i32) (local $p15 i64) (local $p16 f32) (local $p17 i64) (local $spl i32) (local $fp i32) (local $ai i64) (local $al i32) (local i32)
    i64.const 6840123409045651457
    local.get $ai
    i64.sub
    local.get $p17
    i64.xor
    local.set $p15
    global.get $sp
    local.tee $p12
    i32.const 65520
    i32.and
    local.get $p14
    i32.store
    local.get $p15
    global.get $sp
    i32.const 5
    local.set 22
    local.get 22
    call_indirect (type $t1)
    local.set $p14
    local.get $p13
    i32.load
    i32.const 16
    i32.add
    global.set $sp
    local.get $p15
    local.get $p14
    i64.extend_i32_u
    i64.xor
    global.set $acc
    local.get $p14
    local.get $p14
  )
  (func $f2 (;2;) (type $t3) (result i64 f64)
    (local $spl i32) (local $fp i32) (local $ai i32) (local $al i64)
    i32.const 1592590338
    local.set $ai
    i64.const 6840123409045651458
    local.set $al
    global.get $sp
    i32.const 16
    i32.sub
    i64.load
    local.get $al
    i64.sub
    local.set $al
    global.get $sp
    global.set $sp
    local.get $al
    local.get $ai
    i64.extend_i32_u
    i64.xor
    local.get $al
    i64.const 16843009
    i64.xor
    f64.convert_i64_s
  )
  (func $f3 (;3;) (type $t4) (result i32 i64 f64)
    i32.const 0
    i64.const 0
    f64.const 0x0p+0 (;=0;)
  )
)
