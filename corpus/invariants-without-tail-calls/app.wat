;; Instance 1 of the `invariants-without-tail-calls` case (the `invariants`
;; case minus `return_call`, which Wasmer 7.0.1 does not implement): exercises every invariant of
;; DESIGN.md at a boundary. The host plan (case.json) makes `set_sp` move
;; global #0 and grow memory, `reenter` call back into `callee`, and `fail`
;; trap.
(module
  (type $ii_i (func (param i32 i32) (result i32)))
  (import "env" "many" (func $many (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i32 i32 i32) (result i32)))
  (import "env" "observe" (func $observe))
  (import "env" "set_sp" (func $set_sp (param i32)))
  (import "env" "reenter" (func $reenter (param i32) (result i32)))
  (import "env" "fail" (func $fail))
  (import "env" "mix" (func $mix (param i32 i32) (result i32)))
  (import "lib" "lib_store" (func $lib_store (type $ii_i)))
  (global $sp (mut i32) (i32.const 65536))
  (memory 1 4)
  (table $t 3 funcref)
  (elem (table $t) (i32.const 0) func $mix $lib_store $local_add)

  (func $local_add (type $ii_i) (i32.add (local.get 0) (local.get 1)))

  ;; 1. the host receives exactly the arguments passed, in their slots.
  (func (export "args") (param i32 i64) (result i32)
    (call $many (local.get 0) (local.get 1) (f32.const 1.5) (f64.const -2.25)
                (i32.const 0x11110005) (i64.const 0x2222000000000006) (f32.const 7.0) (f64.const 8.0)
                (i32.const 0x11110009) (i32.const 0x1111000a) (i32.const 0x1111000b) (i32.const 0x1111000c)))

  ;; 2. global #0 seen by the host equals what a callee last wrote.
  (func $callee_moves_sp (global.set $sp (i32.sub (global.get $sp) (i32.const 32))))
  (func (export "callee_write") (result i32)
    (call $callee_moves_sp)
    (call $observe)
    (global.get $sp))

  ;; 3. a global written by the host is what the guest reads after.
  ;; 6. memory grown by the host is seen by the next access.
  (func (export "host_write") (result i32)
    (global.set $sp (i32.sub (global.get $sp) (i32.const 16)))
    (call $set_sp (global.get $sp))
    (i32.store (i32.const 70000) (global.get $sp))
    (i32.add (global.get $sp) (memory.size)))

  ;; host -> guest re-entry: `reenter` calls back into `callee`.
  (func (export "callee") (param i32) (result i32)
    (global.set $sp (i32.add (global.get $sp) (local.get 0)))
    (i32.store (i32.const 64) (local.get 0))
    (global.get $sp))
  (func (export "reentry") (result i32)
    (call $reenter (i32.const 5))
    (call $observe)
    (i32.add (global.get $sp)))

  ;; 5. a function of another instance runs against its own memory and
  ;; globals: directly, through a table, and by tail call.
  (func (export "cross_direct") (result i32)
    (i32.store (i32.const 16) (i32.const 99))
    (call $lib_store (i32.const 32) (i32.const 1)))
  (func (export "cross_indirect") (param $i i32) (result i32)
    (i32.store (i32.const 16) (i32.const 99))
    (call_indirect (type $ii_i) (i32.const 40) (i32.const 2) (i32.rem_u (local.get $i) (i32.const 3))))
  ;; 6. memory grown by the guest is seen by later accesses.
  (func (export "guest_grow") (result i32)
    (drop (memory.grow (i32.const 1)))
    (i32.store (i32.const 131068) (i32.const 7))
    (i32.load (i32.const 131068)))

  ;; 7. a trap after a write leaves the same state behind; so does a host
  ;; trap after a global write.
  (func (export "trap_after_write")
    (i32.store (i32.const 128) (i32.const 0x5eed))
    (global.set $sp (i32.const 1234))
    (unreachable))
  (func (export "host_trap_after_write")
    (global.set $sp (i32.const 4321))
    (call $fail))
)
