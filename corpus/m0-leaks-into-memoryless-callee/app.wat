;; A module with a memory calls the memoryless module's `id` with (11, 22).
;; The host must receive (11, 22).
(module
  (import "nomem" "id" (func $id (param i32 i32) (result i32)))
  (memory 1)
  (func (export "go") (result i32) (call $id (i32.const 11) (i32.const 22))))
