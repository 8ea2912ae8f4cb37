;; The library owns a memory and a table, and puts its own $store at slot 1.
;; $store writes 0x11223344 at address 16 of the library's memory.
(module
  (global $sp (mut i32) (i32.const 4096))
  (memory 1)
  (table (export "tab") 4 funcref)
  (elem (i32.const 1) func $store)
  (func $store (result i32)
    (i32.store (i32.const 16) (i32.const 0x11223344))
    (i32.const 7))
  (func (export "peek") (result i32) (i32.load (i32.const 16))))
