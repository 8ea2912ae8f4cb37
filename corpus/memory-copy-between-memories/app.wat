;; memory.copy from memory 0 into memory 1 (multi-memory): memory 1 must
;; hold a copy of memory 0's first bytes, memory 0 must be unchanged.
(module
  (global $sp (mut i32) (i32.const 1024)) ;; Wasmer 7.0.1 with g0m0 panics without a global
  (memory $m0 1)
  (memory $m1 1)
  (data (memory $m0) (i32.const 0) "\01\02\03\04\05\06\07\08")
  (func (export "f") (result i32)
    (memory.copy $m1 $m0 (i32.const 0) (i32.const 0) (i32.const 8))
    (i32.load $m1 (i32.const 4))))
