;; A trap after a write: engines agree on the trap kind and the state left.
(module
  (memory 1)
  (global $g (mut i32) (i32.const 5))
  (func (export "f") (param i32) (result i32)
    (i32.store (i32.const 0) (local.get 0))
    (global.set $g (local.get 0))
    (i32.div_u (i32.const 1) (i32.const 0))))
