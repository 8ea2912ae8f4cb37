;; The host moves global #0 during a call; the guest must read the host's
;; value after the call returns (DESIGN.md invariant 3).
(module
  (import "env" "move_sp" (func $move_sp))
  (global $sp (mut i32) (i32.const 65536))
  (memory 1)
  (func (export "f") (result i32)
    (call $move_sp)
    (global.get $sp)))
