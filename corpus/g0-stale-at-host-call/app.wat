;; The guest moves its stack pointer (global #0) and calls the host: the
;; host must see the moved value (DESIGN.md invariant 2).
(module
  (import "env" "observe" (func $observe))
  (global $sp (mut i32) (i32.const 65536))
  (memory 1)
  (func (export "f") (result i32)
    (global.set $sp (i32.sub (global.get $sp) (i32.const 16)))
    (call $observe)
    (global.get $sp)))
