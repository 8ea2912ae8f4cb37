(module
  (type (;0;) (func))
  (table (;0;) 12 funcref)
  (memory (;0;) 3)
  (global (;0;) (mut i32) i32.const 66944)
  (export "memory" (memory 0))
  (export "__indirect_function_table" (table 0))
  (export "__stack_pointer" (global 0))
  (start $fill)
  (func $fill (;0;) (type 0)
    (local $a i32)
    loop $l
      local.get $a
      local.get $a
      i32.const -1640531535
      i32.mul
      i32.const 1909825537
      i32.xor
      i32.store
      local.get $a
      i32.const 4
      i32.add
      local.tee $a
      i32.const 196608
      i32.lt_u
      br_if $l
    end
    i32.const 1024
    i32.const 0
    i32.const 100
    memory.fill
    i32.const 1136
    i32.const 0
    i32.const 96
    memory.fill
    i32.const 1232
    i32.const 0
    i32.const 176
    memory.fill
    i32.const 1408
    i32.const 0
    i32.const 65536
    memory.fill
  )
)
