(module $libmath.wasm
  (@dylink.0
    (mem-info (memory 100 4))
  )
  (type (;0;) (func (param i32 i32) (result i32)))
  (type (;1;) (func (param i32) (result i32)))
  (type (;2;) (func (param i32 i32)))
  (type (;3;) (func))
  (type (;4;) (func (result i32)))
  (type (;5;) (func (param i32 i32 i32 i32) (result i32)))
  (type (;6;) (func (param i32 i32 i32) (result i32)))
  (type (;7;) (func (param i32)))
  (import "env" "memory" (memory (;0;) 1))
  (import "env" "__indirect_function_table" (table (;0;) 0 funcref))
  (import "env" "__stack_pointer" (global $__stack_pointer (;0;) (mut i32)))
  (import "env" "__memory_base" (global $__memory_base (;1;) i32))
  (import "env" "__table_base" (global $__table_base (;2;) i32))
  (import "env" "host_log" (func $host_log (;0;) (type 2) (param i32 i32)))
  (import "env" "host_add" (func $host_add (;1;) (type 0) (param i32 i32) (result i32)))
  (import "GOT.mem" "math_table" (global $math_table (;3;) (mut i32)))
  (import "GOT.mem" "math_calls" (global $math_calls (;4;) (mut i32)))
  (import "GOT.func" "main_twice" (global $main_twice (;5;) (mut i32)))
  (import "GOT.func" "main_square" (global $main_square (;6;) (mut i32)))
  (import "GOT.mem" "main_scale" (global $main_scale (;7;) (mut i32)))
  (import "GOT.mem" "main_data" (global $main_data (;8;) (mut i32)))
  (import "GOT.func" "math_neg" (global $math_neg (;9;) (mut i32)))
  (import "GOT.func" "math_add" (global $math_add (;10;) (mut i32)))
  (import "GOT.func" "math_sub" (global $math_sub (;11;) (mut i32)))
  (import "GOT.func" "math_mul" (global $math_mul (;12;) (mut i32)))
  (import "GOT.func" "main_mix" (global $main_mix (;13;) (mut i32)))
  (global (;14;) i32 i32.const 32)
  (global (;15;) i32 i32.const 96)
  (export "__wasm_call_ctors" (func $__wasm_call_ctors))
  (export "math_reset" (func $math_reset))
  (export "math_table" (global 14))
  (export "math_calls" (global 15))
  (export "math_add" (func $math_add))
  (export "math_sub" (func $math_sub))
  (export "math_mul" (func $math_mul))
  (export "math_neg" (func $math_neg))
  (export "math_get_op" (func $math_get_op))
  (export "math_sum" (func $math_sum))
  (export "math_sum_table" (func $math_sum_table))
  (export "math_fold" (func $math_fold))
  (export "math_map" (func $math_map))
  (export "math_fact_frames" (func $math_fact_frames))
  (export "math_descend" (func $math_descend))
  (export "math_apply_main" (func $math_apply_main))
  (export "math_via_ptrtab" (func $math_via_ptrtab))
  (export "math_scale_main_data" (func $math_scale_main_data))
  (export "math_host_mix" (func $math_host_mix))
  (export "__wasm_apply_data_relocs" (func $__wasm_apply_data_relocs))
  (start $__wasm_init_memory)
  (func $__wasm_call_ctors (;2;) (type 3))
  (func $__wasm_apply_data_relocs (;3;) (type 3)
    i32.const 64
    global.get $__memory_base
    i32.add
    global.get $math_neg
    i32.store
    i32.const 68
    global.get $__memory_base
    i32.add
    global.get $main_square
    i32.store
    i32.const 72
    global.get $__memory_base
    i32.add
    global.get $main_twice
    i32.store
    i32.const 80
    global.get $__memory_base
    i32.add
    global.get $math_add
    i32.store
    i32.const 84
    global.get $__memory_base
    i32.add
    global.get $math_sub
    i32.store
    i32.const 88
    global.get $__memory_base
    i32.add
    global.get $math_mul
    i32.store
    i32.const 92
    global.get $__memory_base
    i32.add
    global.get $main_mix
    i32.store
  )
  (func $__wasm_init_memory (;4;) (type 3)
    i32.const 96
    global.get $__memory_base
    i32.add
    i32.const 0
    i32.const 4
    memory.fill
  )
  (func $math_reset (;5;) (type 3)
    (local i32 i32)
    i32.const -32
    local.set 0
    loop ;; label = @1
      global.get $math_table
      local.get 0
      local.tee 0
      i32.add
      i32.const 32
      i32.add
      global.get $__memory_base
      i32.const 0
      i32.add
      local.get 0
      i32.add
      i32.const 32
      i32.add
      i32.load
      i32.store
      local.get 0
      i32.const 4
      i32.add
      local.tee 1
      local.set 0
      local.get 1
      br_if 0 (;@1;)
    end
    global.get $math_calls
    i32.const 0
    i32.store
  )
  (func $math_add (;6;) (type 0) (param i32 i32) (result i32)
    (local i32)
    global.get $math_calls
    local.tee 2
    local.get 2
    i32.load
    i32.const 1
    i32.add
    i32.store
    local.get 1
    local.get 0
    i32.add
  )
  (func $math_sub (;7;) (type 0) (param i32 i32) (result i32)
    (local i32)
    global.get $math_calls
    local.tee 2
    local.get 2
    i32.load
    i32.const 1
    i32.add
    i32.store
    local.get 0
    local.get 1
    i32.sub
  )
  (func $math_mul (;8;) (type 0) (param i32 i32) (result i32)
    (local i32)
    global.get $math_calls
    local.tee 2
    local.get 2
    i32.load
    i32.const 1
    i32.add
    i32.store
    local.get 1
    local.get 0
    i32.mul
  )
  (func $math_neg (;9;) (type 1) (param i32) (result i32)
    (local i32)
    global.get $math_calls
    local.tee 1
    local.get 1
    i32.load
    i32.const 1
    i32.add
    i32.store
    i32.const 0
    local.get 0
    i32.sub
  )
  (func $math_get_op (;10;) (type 1) (param i32) (result i32)
    global.get $__memory_base
    i32.const 80
    i32.add
    local.get 0
    i32.const 3
    i32.and
    i32.const 2
    i32.shl
    i32.add
    i32.load
  )
  (func $math_sum (;11;) (type 0) (param i32 i32) (result i32)
    (local i32 i32 i32 i32)
    block ;; label = @1
      block ;; label = @2
        local.get 1
        i32.const 1
        i32.ge_s
        br_if 0 (;@2;)
        i32.const 0
        local.set 2
        br 1 (;@1;)
      end
      local.get 0
      local.set 3
      i32.const 0
      local.set 4
      i32.const 0
      local.set 5
      loop ;; label = @2
        local.get 3
        local.tee 3
        i32.load
        local.get 4
        i32.const 1
        i32.add
        local.tee 0
        i32.mul
        local.get 5
        i32.add
        local.tee 5
        local.set 2
        local.get 3
        i32.const 4
        i32.add
        local.set 3
        local.get 0
        local.set 4
        local.get 5
        local.set 5
        local.get 1
        local.get 0
        i32.ne
        br_if 0 (;@2;)
      end
    end
    global.get $math_calls
    local.tee 0
    local.get 0
    i32.load
    i32.const 1
    i32.add
    i32.store
    local.get 2
  )
  (func $math_sum_table (;12;) (type 4) (result i32)
    (local i32 i32 i32 i32 i32 i32)
    global.get $math_table
    local.set 0
    i32.const 1
    local.set 1
    i32.const 0
    local.set 2
    loop ;; label = @1
      local.get 0
      local.tee 3
      i32.const 4
      i32.add
      local.set 0
      local.get 1
      local.tee 4
      i32.const 1
      i32.add
      local.tee 5
      local.set 1
      local.get 4
      local.get 3
      i32.load
      i32.mul
      local.get 2
      i32.add
      local.tee 3
      local.set 2
      local.get 5
      i32.const 9
      i32.ne
      br_if 0 (;@1;)
    end
    global.get $math_calls
    local.tee 0
    local.get 0
    i32.load
    i32.const 1
    i32.add
    i32.store
    local.get 3
  )
  (func $math_fold (;13;) (type 5) (param i32 i32 i32 i32) (result i32)
    (local i32 i32)
    block ;; label = @1
      block ;; label = @2
        local.get 1
        i32.const 1
        i32.ge_s
        br_if 0 (;@2;)
        local.get 3
        local.set 4
        br 1 (;@1;)
      end
      local.get 0
      local.set 0
      local.get 1
      local.set 1
      local.get 3
      local.set 3
      loop ;; label = @2
        local.get 3
        local.get 0
        local.tee 0
        i32.load
        local.get 2
        call_indirect (type 0)
        local.tee 3
        local.set 4
        local.get 0
        i32.const 4
        i32.add
        local.set 0
        local.get 1
        i32.const -1
        i32.add
        local.tee 5
        local.set 1
        local.get 3
        local.set 3
        local.get 5
        br_if 0 (;@2;)
      end
    end
    local.get 4
  )
  (func $math_map (;14;) (type 6) (param i32 i32 i32) (result i32)
    (local i32 i32 i32)
    block ;; label = @1
      block ;; label = @2
        local.get 1
        i32.const 1
        i32.ge_s
        br_if 0 (;@2;)
        i32.const 0
        local.set 3
        br 1 (;@1;)
      end
      local.get 0
      local.set 0
      local.get 1
      local.set 1
      i32.const 0
      local.set 4
      loop ;; label = @2
        local.get 0
        local.set 0
        local.get 0
        local.get 0
        i32.load
        local.get 2
        call_indirect (type 1)
        local.tee 5
        i32.store
        local.get 5
        local.get 4
        i32.const 31
        i32.mul
        i32.add
        local.tee 4
        local.set 3
        local.get 0
        i32.const 4
        i32.add
        local.set 0
        local.get 1
        i32.const -1
        i32.add
        local.tee 5
        local.set 1
        local.get 4
        local.set 4
        local.get 5
        br_if 0 (;@2;)
      end
    end
    local.get 3
  )
  (func $math_fact_frames (;15;) (type 0) (param i32 i32) (result i32)
    (local i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 16
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    local.get 0
    i32.const 2
    i32.shl
    local.set 3
    i32.const 0
    local.set 4
    loop ;; label = @1
      local.get 2
      local.get 4
      local.tee 4
      i32.add
      local.get 3
      local.tee 3
      i32.store
      local.get 3
      i32.const 1
      i32.add
      local.set 3
      local.get 4
      i32.const 4
      i32.add
      local.tee 5
      local.set 4
      local.get 5
      i32.const 16
      i32.ne
      br_if 0 (;@1;)
    end
    block ;; label = @1
      block ;; label = @2
        local.get 0
        i32.const 2
        i32.ge_s
        br_if 0 (;@2;)
        local.get 1
        i32.const 1
        i32.store
        i32.const 19713
        local.get 2
        i32.load offset=12
        call $host_log
        i32.const 1
        local.set 3
        br 1 (;@1;)
      end
      local.get 1
      local.get 0
      i32.const -1
      i32.add
      local.tee 3
      i32.const 2
      i32.shl
      i32.add
      local.get 3
      local.get 1
      call $math_fact_frames
      local.tee 3
      local.get 0
      i32.mul
      i32.store
      local.get 3
      i32.const -16
      i32.add
      local.get 0
      i32.mul
      local.get 2
      i32.load
      i32.add
      local.get 2
      i32.load offset=4
      i32.add
      local.get 2
      i32.load offset=8
      i32.add
      local.get 2
      i32.load offset=12
      i32.add
      i32.const -6
      i32.add
      local.set 3
    end
    local.get 2
    i32.const 16
    i32.add
    global.set $__stack_pointer
    local.get 3
  )
  (func $math_descend (;16;) (type 6) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 32
    i32.sub
    local.tee 3
    global.set $__stack_pointer
    local.get 3
    local.get 1
    i32.store offset=28
    local.get 3
    local.get 0
    i32.const 7
    i32.mul
    i32.const 2
    i32.add
    i32.store offset=24
    local.get 3
    local.set 1
    i32.const 0
    local.set 4
    loop ;; label = @1
      local.get 1
      local.tee 1
      local.get 0
      local.get 4
      local.tee 4
      i32.add
      i32.store
      local.get 1
      i32.const 4
      i32.add
      local.set 1
      local.get 4
      i32.const 3
      i32.add
      local.tee 5
      local.set 4
      local.get 5
      i32.const 15
      i32.ne
      br_if 0 (;@1;)
    end
    block ;; label = @1
      block ;; label = @2
        local.get 0
        br_if 0 (;@2;)
        i32.const 1
        local.set 1
        i32.const 0
        local.set 4
        local.get 3
        i32.const 24
        i32.add
        local.set 5
        loop ;; label = @3
          local.get 1
          local.tee 0
          i32.const 1
          i32.add
          local.set 1
          local.get 0
          local.get 5
          local.tee 5
          i32.load
          i32.mul
          local.get 4
          i32.add
          local.tee 2
          local.set 4
          local.get 5
          i32.load offset=4
          local.tee 0
          local.set 5
          local.get 0
          br_if 0 (;@3;)
        end
        i32.const 19714
        local.get 2
        call $host_log
        i32.const 1
        local.set 1
        i32.const 0
        local.set 4
        local.get 3
        i32.const 24
        i32.add
        local.set 5
        loop ;; label = @3
          local.get 1
          local.tee 0
          i32.const 1
          i32.add
          local.set 1
          local.get 0
          local.get 5
          local.tee 5
          i32.load
          i32.mul
          local.get 4
          i32.add
          local.tee 0
          local.set 4
          local.get 5
          i32.load offset=4
          local.tee 2
          local.set 5
          local.get 0
          local.set 0
          local.get 2
          br_if 0 (;@3;)
          br 2 (;@1;)
        end
      end
      local.get 0
      i32.const -1
      i32.add
      local.get 3
      i32.const 24
      i32.add
      local.get 2
      call_indirect (type 0)
      local.set 6
      local.get 3
      local.set 1
      i32.const 1
      local.set 4
      i32.const 0
      local.set 5
      loop ;; label = @2
        local.get 1
        local.tee 0
        i32.const 4
        i32.add
        local.set 1
        local.get 4
        local.tee 2
        i32.const 1
        i32.add
        local.tee 7
        local.set 4
        local.get 2
        local.get 0
        i32.load
        i32.mul
        local.get 5
        i32.add
        local.tee 0
        local.set 5
        local.get 7
        i32.const 6
        i32.ne
        br_if 0 (;@2;)
      end
      global.get $math_calls
      local.tee 1
      local.get 1
      i32.load
      i32.const 1
      i32.add
      i32.store
      local.get 0
      local.get 6
      i32.const 3
      i32.mul
      i32.add
      local.set 0
    end
    local.get 3
    i32.const 32
    i32.add
    global.set $__stack_pointer
    local.get 0
  )
  (func $math_apply_main (;17;) (type 1) (param i32) (result i32)
    (local i32 i32)
    global.get $__stack_pointer
    i32.const 16
    i32.sub
    local.tee 1
    global.set $__stack_pointer
    local.get 1
    global.get $main_twice
    i32.store offset=12
    local.get 1
    global.get $main_square
    i32.store offset=8
    local.get 0
    local.get 1
    i32.load offset=12
    call_indirect (type 1)
    local.set 2
    local.get 0
    i32.const 1
    i32.add
    local.get 1
    i32.load offset=8
    call_indirect (type 1)
    local.set 0
    local.get 1
    i32.const 16
    i32.add
    global.set $__stack_pointer
    local.get 0
    local.get 2
    i32.const 5
    i32.mul
    i32.add
  )
  (func $math_via_ptrtab (;18;) (type 1) (param i32) (result i32)
    (local i32 i32 i32 i32 i32)
    local.get 0
    local.set 0
    i32.const -12
    local.set 1
    i32.const 0
    local.set 2
    loop ;; label = @1
      local.get 0
      local.tee 3
      i32.const 1
      i32.add
      local.set 0
      local.get 1
      local.tee 4
      i32.const 4
      i32.add
      local.tee 5
      local.set 1
      local.get 3
      local.get 4
      global.get $__memory_base
      i32.const 64
      i32.add
      i32.add
      i32.const 12
      i32.add
      i32.load
      call_indirect (type 1)
      local.get 2
      i32.const 17
      i32.mul
      i32.add
      local.tee 3
      local.set 2
      local.get 5
      br_if 0 (;@1;)
    end
    local.get 3
  )
  (func $math_scale_main_data (;19;) (type 7) (param i32)
    (local i32 i32 i32)
    global.get $main_scale
    i32.load
    local.set 1
    i32.const -64
    local.set 2
    loop ;; label = @1
      global.get $main_data
      local.get 2
      local.tee 2
      i32.add
      i32.const 64
      i32.add
      local.tee 3
      local.get 3
      i32.load
      local.get 0
      i32.mul
      local.get 1
      i32.add
      i32.store
      local.get 2
      i32.const 4
      i32.add
      local.tee 3
      local.set 2
      local.get 3
      br_if 0 (;@1;)
    end
  )
  (func $math_host_mix (;20;) (type 0) (param i32 i32) (result i32)
    local.get 0
    local.get 1
    call $host_add
    i32.const 3
    i32.mul
    local.get 0
    i32.add
  )
  (data $.data (;0;) (global.get $__memory_base) "\0b\00\00\00\16\00\00\00!\00\00\00,\00\00\007\00\00\00B\00\00\00M\00\00\00X\00\00\00\0b\00\00\00\16\00\00\00!\00\00\00,\00\00\007\00\00\00B\00\00\00M\00\00\00X\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
  (@producers
    (processed-by "Debian clang" "22.1.8 (1~deb12u1)")
  )
  (@custom "target_features" (after data) "\08+\0bbulk-memory+\0fbulk-memory-opt+\16call-indirect-overlong+\0amultivalue+\0fmutable-globals+\13nontrapping-fptoint+\0freference-types+\08sign-ext")
)
