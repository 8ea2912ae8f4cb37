;; A memoryless instance calls the library's function through its table.
;; The arithmetic before the call is what leaves a harmful value in the
;; register the callee takes as its memory base.
(module
  (import "lib" "store" (func $store))
  (table 32 funcref)
  (elem (i32.const 16) func $store)
  (func (export "go") (param i64 i32 i32 i32) (result f64)
    (local i32)
    (local.set 4 (i32.sub (i32.sub (i32.const 1) (local.get 1)) (local.get 2)))
    (call_indirect (i32.const 16))
    (f64.convert_i64_s (i64.extend_i32_u (local.get 4)))))
