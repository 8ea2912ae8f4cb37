;; A library with a memory; its function stores into it, in bounds.
(module
  (memory 1 2)
  (func (export "store")
    (i32.store offset=4 (i32.const 65520) (i32.const 0))))
