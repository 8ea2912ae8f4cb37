;; A library without memory.
(module
  (func (export "to_f64") (param i64) (result f64)
    (f64.convert_i64_s (local.get 0))))
