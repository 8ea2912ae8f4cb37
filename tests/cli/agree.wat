;; A host call with a moved stack pointer: every engine agrees.
(module
  (import "env" "log" (func $log (param i32 i64 f32 f64) (result i32)))
  (global $sp (mut i32) (i32.const 65536))
  (memory 1)
  (func (export "f") (param i32) (result i32)
    (global.set $sp (i32.sub (global.get $sp) (i32.const 16)))
    (i32.store (global.get $sp) (local.get 0))
    (call $log (local.get 0) (i64.const 7) (f32.const 1.5) (f64.const 2.5))))
