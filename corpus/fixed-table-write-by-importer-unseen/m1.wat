;; Instance 1 imports that table, stores a function in slot 1 and asks
;; instance 0 to call through slot 1.
(module
  (import "m0" "tab" (table 4 4 funcref))
  (import "m0" "two" (func $two (result i32)))
  (import "m0" "call1" (func $call1 (result i32)))
  (elem declare func $two)
  (func (export "set_then_call") (result i32)
    (table.set (i32.const 1) (ref.func $two))
    (call $call1)))
