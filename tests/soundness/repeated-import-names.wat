;; From the spec testsuite, imports.wast line 263 (Apache-2.0, commit 193e551):
;; one module imports spectest.global_i32 four times. A host has one thing
;; per name (Wasmer's Imports keeps one extern per name); the oracle gave
;; wasmi a fresh global per import, with different initial values, and
;; called the difference a divergence.
(module
  (import "spectest" "global_i32" (global i32))
  (global (import "spectest" "global_i32") i32)
  (import "spectest" "global_i32" (global $x i32))
  (global $y (import "spectest" "global_i32") i32)
  (func (export "get-0") (result i32) (global.get 0))
  (func (export "get-1") (result i32) (global.get 1))
  (func (export "get-x") (result i32) (global.get $x))
  (func (export "get-y") (result i32) (global.get $y))
)
