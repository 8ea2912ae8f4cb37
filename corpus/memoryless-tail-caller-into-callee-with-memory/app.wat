;; An instance without memory tail-calls the library's `store`.
(module
  (import "lib" "store" (func $store (result i32)))
  (func (export "go") (result i32)
    (return_call $store)))
