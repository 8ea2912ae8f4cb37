;; Unbounded recursion: every engine exhausts its stack, so the verdict is
;; inconclusive (exit 3), never a divergence.
(module
  (func $f (export "f") (result i32) (i32.add (call $f) (i32.const 1))))
