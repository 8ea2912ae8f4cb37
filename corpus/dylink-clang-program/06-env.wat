(module
  (type (;0;) (func (param i32 i32) (result i32)))
  (type (;1;) (func (result i32)))
  (type (;2;) (func (param i32) (result i32)))
  (import "__dylink_base" "memory" (memory (;0;) 1))
  (import "__dylink_base" "__indirect_function_table" (table (;0;) 1 funcref))
  (import "__dylink_base" "__stack_pointer" (global $sp (;0;) (mut i32)))
  (import "libmath" "math_add" (func $f0 (;0;) (type 0) (param i32 i32) (result i32)))
  (import "libmath" "math_sum_table" (func $f3 (;1;) (type 1) (result i32)))
  (import "libmath" "math_neg" (func $f4 (;2;) (type 2) (param i32) (result i32)))
  (global (;1;) i32 i32.const 1136)
  (global (;2;) i32 i32.const 1)
  (export "memory" (memory 0))
  (export "__indirect_function_table" (table 0))
  (export "__stack_pointer" (global $sp))
  (export "__memory_base" (global 1))
  (export "__table_base" (global 2))
  (export "math_add" (func $f0))
  (export "main_square" (func $f1))
  (export "main_nest" (func $f2))
  (export "math_sum_table" (func $f3))
  (export "math_neg" (func $f4))
  (func $f1 (;3;) (type 2) (param i32) (result i32)
    local.get 0
    i32.const 6
    call_indirect (type 2)
  )
  (func $f2 (;4;) (type 0) (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.const 11
    call_indirect (type 0)
  )
)
