(module
  (type (;0;) (func (param i32) (result i32)))
  (type (;1;) (func (param i32 i32) (result i32)))
  (type (;2;) (func))
  (import "__dylink_base" "__indirect_function_table" (table (;0;) 1 funcref))
  (import "__dylink_base" "memory" (memory (;0;) 0))
  (import "__dylink_base" "__stack_pointer" (global (;0;) (mut i32)))
  (import "libmath" "math_neg" (func $f0 (;0;) (type 0) (param i32) (result i32)))
  (import "libmath" "math_add" (func $f1 (;1;) (type 1) (param i32 i32) (result i32)))
  (import "libmath" "math_sub" (func $f2 (;2;) (type 1) (param i32 i32) (result i32)))
  (import "libmath" "math_mul" (func $f3 (;3;) (type 1) (param i32 i32) (result i32)))
  (start $install)
  (elem (;0;) declare func $f0 $f1 $f2 $f3)
  (func $install (;4;) (type 2)
    i32.const 7
    ref.func $f0
    table.set 0
    i32.const 8
    ref.func $f1
    table.set 0
    i32.const 9
    ref.func $f2
    table.set 0
    i32.const 10
    ref.func $f3
    table.set 0
  )
)
