;; Slot 5 of the table holds the host function `h2`, put there by the
;; table's second element segment. call_indirect of slot 5 must pass 7 to h2.
(module
  (import "env" "h" (func $h (param i32) (result i32)))
  (import "env" "h2" (func $h2 (param i32) (result i32)))
  (memory 1)
  (global $sp (mut i32) (i32.const 65536))
  (table 8 funcref)
  ;; The first segment for the table holds a host function and a local one.
  (elem (i32.const 0) func $h $local)
  ;; A second segment puts another host function at slot 5.
  (elem (i32.const 5) func $h2)
  (func $local (param i32) (result i32) local.get 0)
  (func (export "call_slot") (param i32) (result i32)
    (call_indirect (param i32) (result i32) (i32.const 7) (local.get 0))))
