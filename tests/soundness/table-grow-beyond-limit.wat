;; From the spec testsuite, table_grow.wast line 54 (Apache-2.0, commit
;; 193e551), called with the oracle's canary arguments: table.grow by
;; 0x0C01A5A5 elements succeeded on wasmi and failed on Wasmer. Both are
;; allowed (growth may fail for want of resources); the oracle now applies
;; one limit to every engine, so both fail (-1).
(module
  (table $t 0 externref)
  (func (export "grow") (param i32) (result i32)
    (table.grow $t (ref.null extern) (local.get 0))
  )
  (func (export "size") (result i32) (table.size $t))
)
