;; A module with a memory (so its functions take m0) and a table no active
;; element segment fills; the code stores a host function in slot 2 and
;; calls through it.
(module
  (import "env" "h" (func $h (param i32 i32) (result i32)))
  (table 8 funcref)
  (memory 1)
  (elem declare func $h)
  (func (export "f") (param i32) (result i32)
    (table.set (i32.const 2) (ref.func $h))
    (call_indirect (param i32 i32) (result i32) (i32.const 7) (local.get 0) (i32.const 2))))
