(module $main.wasm
  (@dylink.0
    (mem-info (memory 176 4) (table 4 0))
  )
  (type (;0;) (func (param i32 i32) (result i32)))
  (type (;1;) (func (param i32) (result i32)))
  (type (;2;) (func (param i32 i32 i32) (result i32)))
  (type (;3;) (func))
  (type (;4;) (func (param i32 i32)))
  (type (;5;) (func (param i32 i32 i32 i32) (result i32)))
  (type (;6;) (func (result i32)))
  (type (;7;) (func (param i32)))
  (import "env" "memory" (memory (;0;) 1))
  (import "env" "__indirect_function_table" (table (;0;) 4 funcref))
  (import "env" "__stack_pointer" (global $__stack_pointer (;0;) (mut i32)))
  (import "env" "__memory_base" (global $__memory_base (;1;) i32))
  (import "env" "__table_base" (global $__table_base (;2;) i32))
  (import "env" "math_descend" (func $math_descend (;0;) (type 2) (param i32 i32 i32) (result i32)))
  (import "env" "str_nest" (func $str_nest (;1;) (type 0) (param i32 i32) (result i32)))
  (import "env" "math_reset" (func $math_reset (;2;) (type 3)))
  (import "env" "str_reset" (func $str_reset (;3;) (type 3)))
  (import "env" "math_sum" (func $math_sum (;4;) (type 0) (param i32 i32) (result i32)))
  (import "env" "math_fact_frames" (func $math_fact_frames (;5;) (type 0) (param i32 i32) (result i32)))
  (import "env" "host_log" (func $host_log (;6;) (type 4) (param i32 i32)))
  (import "env" "str_rev_copy" (func $str_rev_copy (;7;) (type 0) (param i32 i32) (result i32)))
  (import "env" "str_digits" (func $str_digits (;8;) (type 0) (param i32 i32) (result i32)))
  (import "env" "math_fold" (func $math_fold (;9;) (type 5) (param i32 i32 i32 i32) (result i32)))
  (import "env" "math_map" (func $math_map (;10;) (type 2) (param i32 i32 i32) (result i32)))
  (import "env" "math_get_op" (func $math_get_op (;11;) (type 1) (param i32) (result i32)))
  (import "env" "math_via_ptrtab" (func $math_via_ptrtab (;12;) (type 1) (param i32) (result i32)))
  (import "env" "str_apply_all" (func $str_apply_all (;13;) (type 1) (param i32) (result i32)))
  (import "env" "str_pick" (func $str_pick (;14;) (type 1) (param i32) (result i32)))
  (import "env" "math_apply_main" (func $math_apply_main (;15;) (type 1) (param i32) (result i32)))
  (import "env" "math_sum_table" (func $math_sum_table (;16;) (type 6) (result i32)))
  (import "env" "math_scale_main_data" (func $math_scale_main_data (;17;) (type 7) (param i32)))
  (import "env" "str_hash" (func $str_hash (;18;) (type 1) (param i32) (result i32)))
  (import "env" "str_bump_math" (func $str_bump_math (;19;) (type 6) (result i32)))
  (import "env" "str_len" (func $str_len (;20;) (type 1) (param i32) (result i32)))
  (import "env" "math_add" (func $math_add (;21;) (type 0) (param i32 i32) (result i32)))
  (import "env" "math_mul" (func $math_mul (;22;) (type 0) (param i32 i32) (result i32)))
  (import "env" "host_add" (func $host_add (;23;) (type 0) (param i32 i32) (result i32)))
  (import "env" "math_host_mix" (func $math_host_mix (;24;) (type 0) (param i32 i32) (result i32)))
  (import "GOT.mem" "math_table" (global $math_table (;3;) (mut i32)))
  (import "GOT.mem" "str_hist" (global $str_hist (;4;) (mut i32)))
  (import "GOT.mem" "str_buf" (global $str_buf (;5;) (mut i32)))
  (import "GOT.mem" "math_calls" (global $math_calls (;6;) (mut i32)))
  (import "GOT.mem" "str_ctor_value" (global $str_ctor_value (;7;) (mut i32)))
  (import "GOT.mem" "str_ctor_fn" (global $str_ctor_fn (;8;) (mut i32)))
  (import "GOT.func" "math_add" (global $math_add (;9;) (mut i32)))
  (import "GOT.func" "math_neg" (global $math_neg (;10;) (mut i32)))
  (import "GOT.func" "math_sub" (global $math_sub (;11;) (mut i32)))
  (import "GOT.func" "math_mul" (global $math_mul (;12;) (mut i32)))
  (global $GOT.func.internal.main_descend (;13;) (mut i32) i32.const 0)
  (global $GOT.data.internal.main_data (;14;) (mut i32) i32.const 112)
  (global $GOT.data.internal.main_scale (;15;) (mut i32) i32.const 48)
  (global $GOT.func.internal.main_mix (;16;) (mut i32) i32.const 1)
  (global $GOT.func.internal.main_twice (;17;) (mut i32) i32.const 2)
  (global $GOT.data.internal.main_data_ptrs (;18;) (mut i32) i32.const 52)
  (global $GOT.func.internal.main_square (;19;) (mut i32) i32.const 3)
  (global (;20;) i32 i32.const 112)
  (global (;21;) i32 i32.const 48)
  (global (;22;) i32 i32.const 52)
  (export "main_square" (func $main_square))
  (export "main_twice" (func $main_twice))
  (export "main_mix" (func $main_mix))
  (export "main_descend" (func $main_descend))
  (export "main_nest" (func $main_nest))
  (export "test_stack" (func $test_stack))
  (export "main_data" (global 20))
  (export "main_scale" (global 21))
  (export "test_callbacks" (func $test_callbacks))
  (export "test_data" (func $test_data))
  (export "main_data_ptrs" (global 22))
  (export "test_cross" (func $test_cross))
  (export "test_fnptr_identity" (func $test_fnptr_identity))
  (export "test_host" (func $test_host))
  (export "run_all" (func $run_all))
  (export "__wasm_apply_data_relocs" (func $__wasm_apply_data_relocs))
  (start $__wasm_start)
  (elem (;0;) (global.get $__table_base) func $main_descend $main_mix $main_twice $main_square)
  (func $__wasm_call_ctors (;25;) (type 3))
  (func $__wasm_apply_data_relocs (;26;) (type 3)
    i32.const 52
    global.get $__memory_base
    i32.add
    global.get $math_table
    i32.const 8
    i32.add
    i32.store
    i32.const 56
    global.get $__memory_base
    i32.add
    global.get $str_hist
    i32.const 4
    i32.add
    i32.store
    i32.const 60
    global.get $__memory_base
    i32.add
    global.get $__memory_base
    i32.const 124
    i32.add
    i32.store
    i32.const 64
    global.get $__memory_base
    i32.add
    global.get $math_add
    i32.store
    i32.const 72
    global.get $__memory_base
    i32.add
    global.get $math_sub
    i32.store
    i32.const 80
    global.get $__memory_base
    i32.add
    global.get $math_mul
    i32.store
    i32.const 88
    global.get $__memory_base
    i32.add
    global.get $__table_base
    i32.const 1
    i32.add
    i32.store
  )
  (func $__wasm_init_memory (;27;) (type 3)
    i32.const 112
    global.get $__memory_base
    i32.add
    i32.const 0
    i32.const 64
    memory.fill
  )
  (func $__wasm_apply_global_relocs (;28;) (type 3)
    global.get $__table_base
    i32.const 0
    i32.add
    global.set $GOT.func.internal.main_descend
    global.get $__memory_base
    i32.const 112
    i32.add
    global.set $GOT.data.internal.main_data
    global.get $__memory_base
    i32.const 48
    i32.add
    global.set $GOT.data.internal.main_scale
    global.get $__table_base
    i32.const 1
    i32.add
    global.set $GOT.func.internal.main_mix
    global.get $__table_base
    i32.const 2
    i32.add
    global.set $GOT.func.internal.main_twice
    global.get $__memory_base
    i32.const 52
    i32.add
    global.set $GOT.data.internal.main_data_ptrs
    global.get $__table_base
    i32.const 3
    i32.add
    global.set $GOT.func.internal.main_square
  )
  (func $__wasm_start (;29;) (type 3)
    call $__wasm_apply_global_relocs
    call $__wasm_init_memory
  )
  (func $main_square (;30;) (type 1) (param i32) (result i32)
    local.get 0
    local.get 0
    i32.mul
  )
  (func $main_twice (;31;) (type 1) (param i32) (result i32)
    local.get 0
    i32.const 1
    i32.shl
  )
  (func $main_mix (;32;) (type 0) (param i32 i32) (result i32)
    local.get 0
    i32.const 31
    i32.mul
    local.get 1
    i32.add
  )
  (func $main_descend (;33;) (type 0) (param i32 i32) (result i32)
    (local i32)
    global.get $__stack_pointer
    i32.const 16
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    local.get 2
    local.get 1
    i32.store offset=12
    local.get 2
    local.get 0
    i32.const 10
    i32.mul
    i32.const 1
    i32.or
    i32.store offset=8
    local.get 0
    local.get 2
    i32.const 8
    i32.add
    global.get $GOT.func.internal.main_descend
    call $math_descend
    local.set 0
    local.get 2
    i32.load offset=8
    local.set 1
    local.get 2
    i32.const 16
    i32.add
    global.set $__stack_pointer
    local.get 1
    local.get 0
    i32.add
  )
  (func $main_nest (;34;) (type 0) (param i32 i32) (result i32)
    (local i32)
    local.get 1
    local.get 1
    i32.load
    i32.const 5
    i32.mul
    local.get 0
    i32.const 3
    i32.mul
    local.tee 2
    i32.add
    i32.store
    local.get 2
    local.get 0
    i32.const -1
    i32.add
    local.get 1
    call $str_nest
    i32.add
  )
  (func $test_stack (;35;) (type 6) (result i32)
    (local i32 i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 128
    i32.sub
    local.tee 0
    global.set $__stack_pointer
    i32.const 1
    local.set 1
    global.get $GOT.data.internal.main_data
    local.set 2
    loop ;; label = @1
      local.get 2
      local.tee 2
      local.get 1
      local.tee 1
      i32.store
      local.get 1
      i32.const 1
      i32.add
      local.tee 3
      local.set 1
      local.get 2
      i32.const 4
      i32.add
      local.set 2
      local.get 3
      i32.const 17
      i32.ne
      br_if 0 (;@1;)
    end
    global.get $GOT.data.internal.main_scale
    i32.const 3
    i32.store
    call $math_reset
    call $str_reset
    local.get 0
    i32.const 80
    i32.add
    local.set 2
    i32.const 0
    local.set 1
    loop ;; label = @1
      local.get 2
      local.tee 2
      local.get 1
      local.tee 1
      local.get 1
      i32.mul
      i32.const 3
      i32.add
      i32.store
      local.get 2
      i32.const 4
      i32.add
      local.set 2
      local.get 1
      i32.const 1
      i32.add
      local.tee 3
      local.set 1
      local.get 3
      i32.const 12
      i32.ne
      br_if 0 (;@1;)
    end
    local.get 0
    i32.const 80
    i32.add
    i32.const 12
    call $math_sum
    local.set 4
    local.get 0
    i32.const 48
    i32.add
    local.set 1
    i32.const -1
    local.set 2
    loop ;; label = @1
      local.get 1
      local.tee 1
      local.get 2
      local.tee 2
      i32.store
      local.get 1
      i32.const 4
      i32.add
      local.set 1
      local.get 2
      i32.const -1
      i32.add
      local.tee 3
      local.set 2
      local.get 3
      i32.const -8
      i32.ne
      br_if 0 (;@1;)
    end
    i32.const 0
    local.set 1
    i32.const 7
    local.get 0
    i32.const 48
    i32.add
    call $math_fact_frames
    local.get 4
    i32.const 31
    i32.mul
    i32.add
    local.set 2
    loop ;; label = @1
      local.get 1
      local.tee 3
      i32.const 4
      i32.add
      local.tee 4
      local.set 1
      local.get 3
      local.get 0
      i32.const 48
      i32.add
      i32.add
      i32.load
      local.get 2
      i32.const 31
      i32.mul
      i32.add
      local.tee 3
      local.set 2
      local.get 4
      i32.const 28
      i32.ne
      br_if 0 (;@1;)
    end
    i32.const 20481
    local.get 3
    call $host_log
    local.get 0
    i64.const 61
    i64.store offset=16 align=4
    i32.const 6
    local.get 0
    i32.const 16
    i32.add
    global.get $GOT.func.internal.main_descend
    call $math_descend
    local.set 2
    local.get 0
    i32.load offset=16
    local.set 4
    local.get 0
    i32.const 1
    i32.store offset=44
    i32.const 0
    local.set 1
    i32.const 7
    local.get 0
    i32.const 44
    i32.add
    call $str_nest
    local.get 4
    local.get 2
    local.get 3
    i32.const 31
    i32.mul
    i32.add
    i32.add
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    local.get 0
    i32.load offset=44
    i32.add
    i32.const 31
    i32.mul
    local.get 0
    i32.const 16
    i32.add
    global.get $__memory_base
    i32.const 0
    i32.add
    call $str_rev_copy
    i32.add
    local.set 2
    loop ;; label = @1
      local.get 1
      local.tee 3
      i32.const 1
      i32.add
      local.tee 4
      local.set 1
      local.get 2
      i32.const 31
      i32.mul
      local.get 3
      local.get 0
      i32.const 16
      i32.add
      i32.add
      i32.load8_u
      i32.add
      local.tee 3
      local.set 2
      local.get 4
      i32.const 16
      i32.ne
      br_if 0 (;@1;)
    end
    i32.const -40961
    local.get 0
    i32.const 4
    i32.add
    call $str_digits
    local.get 3
    i32.const 31
    i32.mul
    i32.add
    local.set 3
    block ;; label = @1
      block ;; label = @2
        local.get 0
        i32.load8_u offset=4
        local.tee 2
        br_if 0 (;@2;)
        local.get 3
        local.set 5
        br 1 (;@1;)
      end
      local.get 0
      i32.const 4
      i32.add
      i32.const 1
      i32.add
      local.set 1
      local.get 2
      local.set 2
      local.get 3
      local.set 3
      loop ;; label = @2
        local.get 3
        i32.const 31
        i32.mul
        local.get 2
        i32.const 255
        i32.and
        i32.add
        local.tee 3
        local.set 5
        local.get 1
        local.tee 2
        i32.const 1
        i32.add
        local.set 1
        local.get 2
        i32.load8_u
        local.tee 4
        local.set 2
        local.get 3
        local.set 3
        local.get 4
        br_if 0 (;@2;)
      end
    end
    i32.const 20482
    local.get 0
    i32.const 80
    i32.add
    i32.const 12
    call $math_sum
    local.get 5
    i32.const 31
    i32.mul
    i32.add
    local.tee 1
    call $host_log
    local.get 0
    i32.const 128
    i32.add
    global.set $__stack_pointer
    local.get 1
  )
  (func $test_callbacks (;36;) (type 6) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 32
    i32.sub
    local.tee 0
    global.set $__stack_pointer
    i32.const 1
    local.set 1
    global.get $GOT.data.internal.main_data
    local.set 2
    loop ;; label = @1
      local.get 2
      local.tee 2
      local.get 1
      local.tee 1
      i32.store
      local.get 1
      i32.const 1
      i32.add
      local.tee 3
      local.set 1
      local.get 2
      i32.const 4
      i32.add
      local.set 2
      local.get 3
      i32.const 17
      i32.ne
      br_if 0 (;@1;)
    end
    global.get $GOT.data.internal.main_scale
    i32.const 3
    i32.store
    call $math_reset
    call $str_reset
    local.get 0
    local.set 1
    i32.const -7
    local.set 2
    loop ;; label = @1
      local.get 1
      local.tee 1
      local.get 2
      local.tee 2
      i32.store
      local.get 1
      i32.const 4
      i32.add
      local.set 1
      local.get 2
      i32.const 3
      i32.add
      local.tee 3
      local.set 2
      local.get 3
      i32.const 17
      i32.ne
      br_if 0 (;@1;)
    end
    i32.const 0
    local.set 1
    local.get 0
    i32.const 8
    global.get $GOT.func.internal.main_mix
    i32.const 7
    call $math_fold
    i32.const 31
    i32.mul
    local.get 0
    i32.const 8
    global.get $GOT.func.internal.main_twice
    call $math_map
    i32.add
    local.set 2
    loop ;; label = @1
      local.get 1
      local.tee 3
      i32.const 4
      i32.add
      local.tee 4
      local.set 1
      local.get 0
      local.get 3
      i32.add
      i32.load
      local.get 2
      i32.const 31
      i32.mul
      i32.add
      local.tee 3
      local.set 2
      local.get 4
      i32.const 32
      i32.ne
      br_if 0 (;@1;)
    end
    i32.const 7
    local.set 2
    local.get 3
    local.set 3
    i32.const 0
    local.set 1
    loop ;; label = @1
      local.get 2
      local.tee 4
      i32.const -1
      i32.add
      local.set 2
      local.get 1
      local.tee 1
      i32.const 100
      i32.add
      local.get 4
      local.get 1
      call $math_get_op
      local.tee 5
      call_indirect (type 0)
      local.get 3
      i32.const 31
      i32.mul
      i32.add
      i32.const 31
      i32.mul
      local.get 0
      i32.const 8
      local.get 5
      local.get 1
      call $math_fold
      i32.add
      local.tee 5
      local.set 3
      local.get 1
      i32.const 1
      i32.add
      local.tee 4
      local.set 1
      local.get 4
      i32.const 4
      i32.ne
      br_if 0 (;@1;)
    end
    global.get $__memory_base
    i32.const 64
    i32.add
    local.set 2
    i32.const 9
    local.set 3
    local.get 5
    local.set 4
    loop ;; label = @1
      local.get 2
      local.tee 1
      i32.const 8
      i32.add
      local.set 2
      local.get 3
      local.tee 5
      i32.const 1
      i32.add
      local.tee 6
      local.set 3
      local.get 1
      i32.const 4
      i32.add
      i32.load
      local.get 5
      local.get 1
      i32.load
      call_indirect (type 0)
      local.get 4
      i32.const 31
      i32.mul
      i32.add
      local.tee 1
      local.set 4
      local.get 6
      i32.const 13
      i32.ne
      br_if 0 (;@1;)
    end
    i32.const 0
    local.set 2
    i32.const 5
    call $math_via_ptrtab
    local.get 1
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    i32.const 6
    call $str_apply_all
    i32.add
    local.set 3
    loop ;; label = @1
      local.get 2
      local.tee 1
      i32.const 1
      i32.add
      local.tee 4
      local.set 2
      local.get 1
      i32.const 11
      i32.add
      local.get 1
      call $str_pick
      call_indirect (type 1)
      local.get 3
      i32.const 31
      i32.mul
      i32.add
      local.tee 1
      local.set 3
      local.get 4
      i32.const 4
      i32.ne
      br_if 0 (;@1;)
    end
    i32.const 20483
    i32.const 9
    call $math_apply_main
    local.get 1
    i32.const 31
    i32.mul
    i32.add
    local.tee 1
    call $host_log
    local.get 0
    i32.const 32
    i32.add
    global.set $__stack_pointer
    local.get 1
  )
  (func $test_data (;37;) (type 6) (result i32)
    (local i32 i32 i32 i32 i32 i32)
    i32.const 1
    local.set 0
    global.get $GOT.data.internal.main_data
    local.set 1
    loop ;; label = @1
      local.get 1
      local.tee 1
      local.get 0
      local.tee 0
      i32.store
      local.get 0
      i32.const 1
      i32.add
      local.tee 2
      local.set 0
      local.get 1
      i32.const 4
      i32.add
      local.set 1
      local.get 2
      i32.const 17
      i32.ne
      br_if 0 (;@1;)
    end
    global.get $GOT.data.internal.main_scale
    i32.const 3
    i32.store
    call $math_reset
    call $str_reset
    global.get $math_table
    local.set 0
    i32.const 0
    local.set 1
    loop ;; label = @1
      local.get 0
      local.tee 0
      local.get 1
      local.tee 1
      local.get 0
      i32.load
      i32.const 1
      i32.shl
      i32.add
      i32.store
      local.get 0
      i32.const 4
      i32.add
      local.set 0
      local.get 1
      i32.const 1
      i32.add
      local.tee 2
      local.set 1
      local.get 2
      i32.const 8
      i32.ne
      br_if 0 (;@1;)
    end
    global.get $GOT.data.internal.main_scale
    local.set 0
    call $math_sum_table
    local.set 1
    local.get 0
    i32.const 5
    i32.store
    i32.const 7
    call $math_scale_main_data
    i32.const -64
    local.set 0
    local.get 1
    local.set 1
    loop ;; label = @1
      local.get 0
      local.tee 2
      i32.const 4
      i32.add
      local.tee 3
      local.set 0
      local.get 2
      global.get $GOT.data.internal.main_data
      i32.add
      i32.const 64
      i32.add
      i32.load
      local.get 1
      i32.const 31
      i32.mul
      i32.add
      local.tee 2
      local.set 1
      local.get 3
      br_if 0 (;@1;)
    end
    i32.const -32
    local.set 0
    global.get $__memory_base
    i32.const 0
    i32.add
    call $str_hash
    local.get 2
    i32.const 31
    i32.mul
    i32.add
    local.set 1
    loop ;; label = @1
      local.get 0
      local.tee 2
      i32.const 4
      i32.add
      local.tee 3
      local.set 0
      local.get 2
      global.get $str_hist
      i32.add
      i32.const 32
      i32.add
      i32.load
      local.get 1
      i32.const 31
      i32.mul
      i32.add
      local.tee 2
      local.set 1
      local.get 3
      br_if 0 (;@1;)
    end
    i32.const -32
    local.set 0
    call $str_bump_math
    local.get 2
    i32.const 31
    i32.mul
    i32.add
    local.set 1
    loop ;; label = @1
      local.get 0
      local.tee 2
      i32.const 4
      i32.add
      local.tee 3
      local.set 0
      local.get 2
      global.get $math_table
      i32.add
      i32.const 32
      i32.add
      i32.load
      local.get 1
      i32.const 31
      i32.mul
      i32.add
      local.tee 2
      local.set 1
      local.get 3
      br_if 0 (;@1;)
    end
    global.get $GOT.data.internal.main_data_ptrs
    local.tee 0
    i32.load
    local.tee 1
    local.get 1
    i32.load
    i32.const 1000
    i32.add
    i32.store
    local.get 0
    i32.load offset=4
    local.tee 1
    local.get 1
    i32.load
    i32.const 2000
    i32.add
    i32.store
    local.get 0
    i32.load offset=8
    local.tee 0
    local.get 0
    i32.load
    i32.const 3000
    i32.add
    i32.store
    global.get $GOT.data.internal.main_data
    i32.load offset=12
    local.set 3
    global.get $str_hist
    i32.load offset=4
    local.set 4
    global.get $math_table
    i32.load offset=8
    local.set 5
    i32.const -10
    local.set 0
    loop ;; label = @1
      global.get $str_buf
      local.get 0
      local.tee 0
      i32.add
      i32.const 10
      i32.add
      global.get $__memory_base
      i32.const 0
      i32.add
      local.get 0
      i32.add
      i32.const 10
      i32.add
      i32.load8_u
      i32.store8
      local.get 0
      i32.const 1
      i32.add
      local.tee 1
      local.set 0
      local.get 1
      br_if 0 (;@1;)
    end
    global.get $str_buf
    local.tee 0
    i32.const 0
    i32.store8 offset=10
    i32.const 20484
    local.get 0
    call $str_len
    local.get 5
    local.get 2
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    local.get 4
    i32.add
    i32.const 31
    i32.mul
    local.get 3
    i32.add
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    local.get 0
    call $str_hash
    i32.add
    i32.const 31
    i32.mul
    global.get $math_calls
    i32.load
    i32.add
    local.tee 0
    call $host_log
    local.get 0
  )
  (func $test_cross (;38;) (type 6) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 16
    i32.sub
    local.tee 0
    global.set $__stack_pointer
    i32.const 1
    local.set 1
    global.get $GOT.data.internal.main_data
    local.set 2
    loop ;; label = @1
      local.get 2
      local.tee 2
      local.get 1
      local.tee 1
      i32.store
      local.get 1
      i32.const 1
      i32.add
      local.tee 3
      local.set 1
      local.get 2
      i32.const 4
      i32.add
      local.set 2
      local.get 3
      i32.const 17
      i32.ne
      br_if 0 (;@1;)
    end
    global.get $GOT.data.internal.main_scale
    i32.const 3
    i32.store
    global.get $__memory_base
    local.set 1
    call $math_reset
    call $str_reset
    i32.const 40
    i32.const 2
    call $math_add
    local.set 2
    i32.const -6
    i32.const 7
    call $math_mul
    local.set 3
    local.get 1
    i32.const 16
    i32.add
    call $str_hash
    local.set 1
    i32.const 123456
    local.get 0
    i32.const 4
    i32.add
    call $str_digits
    local.set 4
    local.get 0
    i32.const 4
    i32.add
    call $str_len
    local.set 5
    local.get 0
    i32.const 22
    i32.store
    i32.const 3
    local.get 0
    call $str_nest
    local.set 6
    local.get 0
    i32.load
    local.set 7
    global.get $math_calls
    i32.load
    local.set 8
    global.get $str_ctor_value
    i32.load
    local.set 9
    i32.const 5
    global.get $str_ctor_fn
    i32.load
    call_indirect (type 1)
    local.set 10
    local.get 0
    i32.const 16
    i32.add
    global.set $__stack_pointer
    local.get 10
    local.get 9
    local.get 8
    local.get 7
    local.get 6
    local.get 5
    local.get 4
    local.get 1
    local.get 3
    local.get 2
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    i32.add
    i32.const 11082252
    i32.add
  )
  (func $test_fnptr_identity (;39;) (type 6) (result i32)
    (local i32 i32 i32)
    global.get $GOT.func.internal.main_mix
    local.set 0
    i32.const 0
    call $math_get_op
    local.set 1
    i32.const 3
    call $math_get_op
    local.set 2
    local.get 1
    global.get $math_add
    i32.eq
    local.tee 1
    i32.const 2
    i32.or
    local.get 1
    local.get 2
    local.get 0
    i32.eq
    select
    local.tee 0
    i32.const 4
    i32.or
    local.get 0
    global.get $GOT.func.internal.main_square
    i32.const 1
    call $str_pick
    i32.eq
    select
    local.tee 0
    i32.const 8
    i32.or
    local.get 0
    global.get $math_neg
    i32.const 2
    call $str_pick
    i32.eq
    select
    i32.const 16
    i32.const 48
    i32.const 0
    call $str_pick
    i32.const 3
    call $str_pick
    i32.eq
    select
    i32.or
  )
  (func $test_host (;40;) (type 6) (result i32)
    (local i32 i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 16
    i32.sub
    local.tee 0
    global.set $__stack_pointer
    global.get $__memory_base
    local.set 1
    i32.const 3
    i32.const 4
    call $host_add
    local.set 2
    i32.const 10
    i32.const 20
    call $math_host_mix
    local.set 3
    local.get 0
    local.get 1
    i32.const 32
    i32.add
    local.tee 1
    i64.load offset=8
    i64.store offset=8
    local.get 0
    local.get 1
    i64.load
    i64.store
    local.get 0
    local.set 1
    i32.const 0
    local.set 4
    loop ;; label = @1
      local.get 1
      local.set 1
      local.get 1
      local.get 1
      i32.load
      local.get 4
      local.tee 4
      call $host_add
      i32.store
      local.get 1
      i32.const 4
      i32.add
      local.set 1
      local.get 4
      i32.const 100
      i32.add
      local.tee 5
      local.set 4
      local.get 5
      i32.const 400
      i32.ne
      br_if 0 (;@1;)
    end
    local.get 0
    i32.const 4
    call $math_sum
    local.set 1
    local.get 0
    i32.const 16
    i32.add
    global.set $__stack_pointer
    local.get 1
    local.get 2
    i32.const 31
    i32.mul
    local.get 3
    i32.add
    i32.const 31
    i32.mul
    i32.add
  )
  (func $run_all (;41;) (type 6) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32)
    global.get $GOT.func.internal.main_mix
    local.set 0
    call $test_stack
    local.set 1
    call $test_callbacks
    local.set 2
    call $test_data
    local.set 3
    call $test_cross
    local.set 4
    i32.const 0
    call $math_get_op
    local.set 5
    i32.const 3
    call $math_get_op
    local.set 6
    local.get 5
    global.get $math_add
    i32.eq
    local.tee 5
    i32.const 2
    i32.or
    local.get 5
    local.get 6
    local.get 0
    i32.eq
    select
    local.tee 0
    i32.const 4
    i32.or
    local.get 0
    global.get $GOT.func.internal.main_square
    i32.const 1
    call $str_pick
    i32.eq
    select
    local.tee 0
    i32.const 8
    i32.or
    local.get 0
    global.get $math_neg
    i32.const 2
    call $str_pick
    i32.eq
    select
    i32.const 16
    i32.const 48
    i32.const 0
    call $str_pick
    i32.const 3
    call $str_pick
    i32.eq
    select
    i32.or
    local.get 4
    local.get 3
    local.get 2
    local.get 1
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    i32.add
    i32.const 31
    i32.mul
    i32.add
  )
  (data $.data (;0;) (global.get $__memory_base) "dynamic linking\00abc\00\00\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\03\00\00\00\00\00\00\00\00\00\00\00|\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00\03\00\00\00\01\00\00\00\04\00\00\00\00\00\00\00\00\00\00\00")
  (@producers
    (processed-by "Debian clang" "22.1.8 (1~deb12u1)")
  )
  (@custom "target_features" (after data) "\08+\0bbulk-memory+\0fbulk-memory-opt+\16call-indirect-overlong+\0amultivalue+\0fmutable-globals+\13nontrapping-fptoint+\0freference-types+\08sign-ext")
)
