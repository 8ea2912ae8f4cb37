;; A side module: imports the shared stack pointer as its global #0 and the
;; shared memory as its memory #0; leaf keeps a 16-byte frame on the shared
;; stack across a host call, as Clang's -fPIC output does.
(module
  (import "base" "__stack_pointer" (global $sp (mut i32)))
  (import "base" "memory" (memory 1))
  (import "env" "host_log" (func $log (param i32 i32)))
  (func (export "leaf") (param $x i32) (result i32)
    (local $fp i32)
    (global.set $sp (local.tee $fp (i32.sub (global.get $sp) (i32.const 16))))
    (i32.store (local.get $fp) (local.get $x))
    (call $log (local.get $x) (global.get $sp))
    (global.set $sp (i32.add (local.get $fp) (i32.const 16)))
    (i32.load (local.get $fp))))
