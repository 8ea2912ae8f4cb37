;; The main module: the same imports; run keeps a 32-byte frame, calls the
;; side module directly, then reads its own frame back (7).
(module
  (import "base" "__stack_pointer" (global $sp (mut i32)))
  (import "base" "memory" (memory 1))
  (import "side" "leaf" (func $leaf (param i32) (result i32)))
  (func (export "run") (result i32)
    (local $fp i32)
    (global.set $sp (local.tee $fp (i32.sub (global.get $sp) (i32.const 32))))
    (i32.store (local.get $fp) (i32.const 7))
    (drop (call $leaf (i32.const 5)))
    (global.set $sp (i32.add (local.get $fp) (i32.const 32)))
    (i32.load (local.get $fp))))
