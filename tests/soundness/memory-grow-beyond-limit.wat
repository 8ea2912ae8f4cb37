;; The memory analogue of table-grow-beyond-limit.wat: memory.grow by 20,000
;; pages (1.25 GiB) from an unbounded memory is allowed to fail; the oracle's
;; one limit (16,384 pages) makes it fail on every engine.
(module
  (memory 0)
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
)
