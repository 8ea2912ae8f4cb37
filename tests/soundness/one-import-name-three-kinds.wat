;; After imports.wast (spec testsuite, Apache-2.0, commit 193e551), which
;; imports test.memory-2-inf with several types: one name imported as a
;; memory, a global and a table. One host object per name cannot be all
;; three, so every engine must refuse to link; wasmi got one object per
;; import and linked, Wasmer did not.
(module
  (import "test" "memory-2-inf" (memory 2))
  (import "test" "memory-2-inf" (global i32))
  (import "test" "memory-2-inf" (table 10 funcref))
  (func (export "f") (result i32) (i32.const 1))
)
