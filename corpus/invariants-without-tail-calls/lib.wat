;; Instance 0 of the `invariants` case: a library with its own memory and
;; its own global #0, called from instance 1 directly, through a table and
;; by tail call (DESIGN.md invariant 5).
(module
  (global $sp (mut i32) (i32.const 8192))
  (memory 1)
  (data (i32.const 16) "\2a\00\00\00")
  ;; Writes `v` at `addr` of *this* instance's memory, moves this
  ;; instance's stack pointer, and returns what was at address 16 plus v.
  (func $lib_store (export "lib_store") (param $addr i32) (param $v i32) (result i32)
    (global.set $sp (i32.sub (global.get $sp) (i32.const 16)))
    (i32.store (local.get $addr) (local.get $v))
    (i32.add (i32.load (i32.const 16)) (local.get $v)))
  (func (export "lib_size") (result i32) (memory.size))
)
