;; An instance with a memory tail-calls the library: to_f64(42) is 42.0.
(module
  (import "lib" "to_f64" (func $to_f64 (param i64) (result f64)))
  (memory 1)
  (func (export "go") (result f64)
    (return_call $to_f64 (i64.const 42))))
