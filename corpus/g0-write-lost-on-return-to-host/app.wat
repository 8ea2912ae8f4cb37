;; An export writes global #0 and returns to the host: the host must see
;; the new value afterwards (DESIGN.md invariant 4).
(module
  (global $sp (mut i32) (i32.const 100))
  (memory 1)
  (func (export "set") (param i32)
    (global.set $sp (local.get 0))))
