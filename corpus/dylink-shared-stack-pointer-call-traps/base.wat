;; The loader's part of a dynamically linked program: the one memory and the
;; one mutable __stack_pointer (DynamicLinking.md), at 4096.
(module
  (memory (export "memory") 1)
  (global (export "__stack_pointer") (mut i32) (i32.const 4096)))
