;; A fixed-size funcref table; the host stores $two in slot 1 during the
;; call of env.h (as an embedder does with Table::set), then the guest calls
;; through slot 1.
(module
  (import "env" "h" (func $h))
  (table 4 4 funcref)
  (func $one (result i32) (i32.const 1))
  (func $two (result i32) (i32.const 2))
  (elem (table 0) (i32.const 0) func $one)
  (elem declare func $two)
  (func (export "set") (call $h))
  (func (export "call0") (result i32) (call_indirect (result i32) (i32.const 0)))
  (func (export "call1") (result i32) (call_indirect (result i32) (i32.const 1))))
