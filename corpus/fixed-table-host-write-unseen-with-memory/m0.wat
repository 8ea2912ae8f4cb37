;; As fixed-table-host-write-unseen, in a module with a memory (its code
;; takes m0) and an element segment: the shape campaigns find.
(module
  (import "env" "h" (func $h))
  (memory 1)
  (table 4 4 funcref)
  (func $one (result i32) (i32.const 1))
  (func $two (result i32) (i32.const 2))
  (elem (table 0) (i32.const 0) func $one)
  (elem declare func $two)
  (func (export "set") (call $h))
  (func (export "call1") (result i32) (call_indirect (result i32) (i32.const 1))))
