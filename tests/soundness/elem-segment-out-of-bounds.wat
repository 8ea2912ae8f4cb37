;; From the spec testsuite, elem.wast line 593 (Apache-2.0, commit 193e551):
;; an active element segment that does not fit its table. The spec makes this
;; a trap during instantiation; wasmi reported a link error of its own and
;; Wasmer a table_out_of_bounds trap, which the oracle took for a divergence.
(module
  (table 0 funcref)
  (func $f)
  (elem (i32.const 0) $f)
)
