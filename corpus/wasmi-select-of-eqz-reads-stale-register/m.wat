;; The "safe divisor" wasm-smith emits without traps: select(1, x, x == 0),
;; i.e. x, or 1 when x is 0. For x = 5, 7 rem_u 5 = 2.
(module
  (func $f (param i32) (result i32)
    i32.const 7
    i32.const 1
    local.get 0
    local.get 0
    i32.eqz
    select
    i32.rem_u)
  (func (export "x5") (result i32) (call $f (i32.const 5))))
