(module
  (type (;0;) (func (param i32 i32) (result i32)))
  (type (;1;) (func))
  (import "__dylink_base" "__indirect_function_table" (table (;0;) 1 funcref))
  (import "__dylink_base" "memory" (memory (;0;) 0))
  (import "__dylink_base" "__stack_pointer" (global (;0;) (mut i32)))
  (import "main" "main_nest" (func $f0 (;0;) (type 0) (param i32 i32) (result i32)))
  (start $install)
  (elem (;0;) declare func $f0)
  (func $install (;1;) (type 1)
    i32.const 11
    ref.func $f0
    table.set 0
  )
)
