(module $libstr.wasm
  (@dylink.0
    (mem-info (memory 96 4) (table 2 0))
  )
  (type (;0;) (func (param i32) (result i32)))
  (type (;1;) (func (param i32 i32) (result i32)))
  (type (;2;) (func (result i32)))
  (type (;3;) (func))
  (type (;4;) (func (param i32 i32 i32 i32) (result i32)))
  (import "env" "memory" (memory (;0;) 1))
  (import "env" "__indirect_function_table" (table (;0;) 2 funcref))
  (import "env" "__stack_pointer" (global $__stack_pointer (;0;) (mut i32)))
  (import "env" "__memory_base" (global $__memory_base (;1;) i32))
  (import "env" "__table_base" (global $__table_base (;2;) i32))
  (import "env" "math_add" (func $math_add (;0;) (type 1) (param i32 i32) (result i32)))
  (import "env" "main_square" (func $main_square (;1;) (type 0) (param i32) (result i32)))
  (import "env" "main_nest" (func $main_nest (;2;) (type 1) (param i32 i32) (result i32)))
  (import "env" "math_sum_table" (func $math_sum_table (;3;) (type 2) (result i32)))
  (import "env" "math_neg" (func $math_neg (;4;) (type 0) (param i32) (result i32)))
  (import "GOT.func" "main_twice" (global $main_twice (;3;) (mut i32)))
  (import "GOT.mem" "str_ctor_fn" (global $str_ctor_fn (;4;) (mut i32)))
  (import "GOT.mem" "str_hist" (global $str_hist (;5;) (mut i32)))
  (import "GOT.mem" "str_ctor_value" (global $str_ctor_value (;6;) (mut i32)))
  (import "GOT.mem" "str_buf" (global $str_buf (;7;) (mut i32)))
  (import "GOT.mem" "math_table" (global $math_table (;8;) (mut i32)))
  (import "GOT.func" "main_square" (global $main_square (;9;) (mut i32)))
  (import "GOT.func" "math_neg" (global $math_neg (;10;) (mut i32)))
  (global (;11;) i32 i32.const 52)
  (global (;12;) i32 i32.const 16)
  (global (;13;) i32 i32.const 48)
  (global (;14;) i32 i32.const 64)
  (export "__wasm_call_ctors" (func $__wasm_call_ctors))
  (export "str_ctor_fn" (global 11))
  (export "str_hist" (global 12))
  (export "str_ctor_value" (global 13))
  (export "str_reset" (func $str_reset))
  (export "str_buf" (global 14))
  (export "str_len" (func $str_len))
  (export "str_rev_copy" (func $str_rev_copy))
  (export "str_hash" (func $str_hash))
  (export "str_digits" (func $str_digits))
  (export "str_nest" (func $str_nest))
  (export "str_bump_math" (func $str_bump_math))
  (export "str_pick" (func $str_pick))
  (export "str_apply_all" (func $str_apply_all))
  (export "__wasm_apply_data_relocs" (func $__wasm_apply_data_relocs))
  (start $__wasm_init_memory)
  (elem (;0;) (global.get $__table_base) func $str_inc $str_dbl_neg)
  (func $__wasm_call_ctors (;5;) (type 3)
    call $str_init
  )
  (func $__wasm_apply_data_relocs (;6;) (type 3)
    i32.const 0
    global.get $__memory_base
    i32.add
    global.get $__table_base
    i32.const 0
    i32.add
    i32.store
    i32.const 4
    global.get $__memory_base
    i32.add
    global.get $main_square
    i32.store
    i32.const 8
    global.get $__memory_base
    i32.add
    global.get $math_neg
    i32.store
    i32.const 12
    global.get $__memory_base
    i32.add
    global.get $__table_base
    i32.const 1
    i32.add
    i32.store
  )
  (func $__wasm_init_memory (;7;) (type 3)
    i32.const 16
    global.get $__memory_base
    i32.add
    i32.const 0
    i32.const 80
    memory.fill
  )
  (func $str_init (;8;) (type 3)
    (local i32 i32 i32)
    global.get $main_twice
    local.set 0
    global.get $str_ctor_fn
    local.set 1
    i32.const 40
    i32.const 2
    call $math_add
    local.set 2
    local.get 1
    local.get 0
    i32.store
    global.get $str_hist
    i32.load offset=12
    local.set 0
    global.get $str_ctor_value
    local.get 0
    local.get 2
    i32.const 1000
    i32.mul
    i32.add
    i32.store
  )
  (func $str_reset (;9;) (type 3)
    (local i32 i32 i32)
    global.get $str_hist
    local.set 0
    i32.const 0
    local.set 1
    loop ;; label = @1
      local.get 0
      local.tee 0
      local.get 1
      local.tee 1
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
    i32.const 0
    local.set 0
    loop ;; label = @1
      global.get $str_buf
      local.get 0
      local.tee 0
      i32.add
      local.get 0
      local.get 0
      i32.const 26
      i32.div_u
      i32.const -26
      i32.mul
      i32.add
      i32.const 97
      i32.add
      i32.store8
      local.get 0
      i32.const 1
      i32.add
      local.tee 1
      local.set 0
      local.get 1
      i32.const 32
      i32.ne
      br_if 0 (;@1;)
    end
  )
  (func $str_len (;10;) (type 0) (param i32) (result i32)
    (local i32 i32 i32)
    i32.const 0
    local.set 1
    loop ;; label = @1
      local.get 1
      local.tee 2
      i32.const 1
      i32.add
      local.tee 3
      local.set 1
      local.get 0
      local.get 2
      i32.add
      i32.load8_u
      br_if 0 (;@1;)
    end
    local.get 3
    i32.const -1
    i32.add
  )
  (func $str_rev_copy (;11;) (type 1) (param i32 i32) (result i32)
    (local i32 i32 i32)
    i32.const 0
    local.set 2
    loop ;; label = @1
      local.get 2
      local.tee 3
      i32.const 1
      i32.add
      local.tee 4
      local.set 2
      local.get 1
      local.get 3
      i32.add
      i32.load8_u
      br_if 0 (;@1;)
    end
    block ;; label = @1
      local.get 4
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      local.get 0
      i32.const 0
      i32.store8
      i32.const 0
      return
    end
    local.get 0
    local.get 0
    local.get 1
    i32.const 0
    local.get 4
    i32.const -1
    i32.add
    call $rev_rec
    local.tee 2
    i32.add
    i32.const 0
    i32.store8
    local.get 2
  )
  (func $rev_rec (;12;) (type 4) (param i32 i32 i32 i32) (result i32)
    (local i32)
    local.get 1
    local.get 2
    i32.add
    i32.load8_u
    local.set 4
    block ;; label = @1
      local.get 2
      local.get 3
      i32.const -1
      i32.add
      i32.ne
      br_if 0 (;@1;)
      local.get 0
      local.get 4
      i32.store8
      i32.const 1
      return
    end
    local.get 0
    local.get 0
    local.get 1
    local.get 2
    i32.const 1
    i32.add
    local.get 3
    call $rev_rec
    local.tee 2
    i32.add
    local.get 4
    i32.store8
    local.get 2
    i32.const 1
    i32.add
  )
  (func $str_hash (;13;) (type 0) (param i32) (result i32)
    (local i32 i32 i32 i32)
    block ;; label = @1
      block ;; label = @2
        local.get 0
        i32.load8_u
        local.tee 1
        br_if 0 (;@2;)
        i32.const 5381
        local.set 2
        br 1 (;@1;)
      end
      local.get 0
      local.set 3
      local.get 1
      local.set 1
      i32.const 5381
      local.set 0
      loop ;; label = @2
        local.get 0
        i32.const 33
        i32.mul
        local.get 1
        i32.const 255
        i32.and
        call $math_add
        local.set 0
        local.get 3
        local.tee 3
        i32.load8_u
        local.set 1
        global.get $str_hist
        local.get 1
        i32.const 7
        i32.and
        i32.const 2
        i32.shl
        i32.add
        local.tee 1
        local.get 1
        i32.load
        i32.const 1
        i32.add
        i32.store
        local.get 0
        local.set 2
        local.get 3
        i32.const 1
        i32.add
        local.tee 1
        local.set 3
        local.get 1
        i32.load8_u
        local.tee 4
        local.set 1
        local.get 0
        local.set 0
        local.get 4
        br_if 0 (;@2;)
      end
    end
    local.get 2
  )
  (func $str_digits (;14;) (type 1) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 16
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    local.get 0
    local.get 0
    i32.const 31
    i32.shr_s
    local.tee 3
    i32.xor
    local.get 3
    i32.sub
    local.set 4
    i32.const 0
    local.set 5
    loop ;; label = @1
      local.get 2
      i32.const 4
      i32.add
      local.get 5
      local.tee 5
      i32.add
      local.get 4
      local.tee 3
      local.get 3
      i32.const 10
      i32.div_u
      local.tee 4
      i32.const 10
      i32.mul
      i32.sub
      i32.const 48
      i32.or
      i32.store8
      local.get 4
      local.set 4
      local.get 5
      i32.const 1
      i32.add
      local.tee 6
      local.set 5
      local.get 3
      i32.const 9
      i32.gt_u
      br_if 0 (;@1;)
    end
    i32.const 0
    local.set 3
    block ;; label = @1
      local.get 0
      i32.const -1
      i32.gt_s
      br_if 0 (;@1;)
      local.get 1
      i32.const 45
      i32.store8
      i32.const 1
      local.set 3
    end
    local.get 2
    i32.const 4
    i32.add
    i32.const -1
    i32.add
    local.set 0
    local.get 3
    local.set 3
    local.get 6
    local.set 4
    loop ;; label = @1
      local.get 1
      local.get 3
      local.tee 3
      i32.add
      local.get 0
      local.get 4
      local.tee 4
      i32.add
      i32.load8_u
      i32.store8
      local.get 3
      i32.const 1
      i32.add
      local.tee 6
      local.set 3
      local.get 4
      i32.const -1
      i32.add
      local.tee 5
      local.set 4
      local.get 5
      br_if 0 (;@1;)
    end
    local.get 1
    local.get 6
    i32.add
    i32.const 0
    i32.store8
    local.get 6
    call $main_square
    local.set 3
    local.get 2
    i32.const 16
    i32.add
    global.set $__stack_pointer
    local.get 3
    local.get 6
    i32.add
  )
  (func $str_nest (;15;) (type 1) (param i32 i32) (result i32)
    (local i32 i32 i32)
    global.get $__stack_pointer
    i32.const 16
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    i32.const 0
    local.set 3
    loop ;; label = @1
      local.get 2
      i32.const 10
      i32.add
      local.get 3
      local.tee 3
      i32.add
      local.get 0
      local.get 3
      i32.add
      i32.store8
      local.get 3
      i32.const 1
      i32.add
      local.tee 4
      local.set 3
      local.get 4
      i32.const 6
      i32.ne
      br_if 0 (;@1;)
    end
    local.get 1
    local.get 1
    i32.load
    i32.const 3
    i32.mul
    local.get 0
    i32.add
    i32.store
    block ;; label = @1
      block ;; label = @2
        local.get 0
        i32.const 1
        i32.ge_s
        br_if 0 (;@2;)
        local.get 2
        i32.load8_s offset=15
        local.set 3
        br 1 (;@1;)
      end
      local.get 0
      i32.const -1
      i32.add
      local.get 1
      call $main_nest
      i32.const 1
      i32.shl
      local.get 2
      i32.load8_s offset=10
      i32.add
      local.get 2
      i32.load8_s offset=15
      i32.add
      local.set 3
    end
    local.get 2
    i32.const 16
    i32.add
    global.set $__stack_pointer
    local.get 3
  )
  (func $str_bump_math (;16;) (type 2) (result i32)
    (local i32 i32 i32)
    i32.const 0
    local.set 0
    i32.const 0
    local.set 1
    loop ;; label = @1
      global.get $math_table
      local.get 0
      local.tee 0
      i32.add
      local.tee 2
      local.get 1
      local.tee 1
      local.get 2
      i32.load
      global.get $str_hist
      local.get 0
      i32.add
      i32.load
      i32.add
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
    call $math_sum_table
  )
  (func $str_pick (;17;) (type 0) (param i32) (result i32)
    global.get $__memory_base
    i32.const 0
    i32.add
    local.get 0
    i32.const 3
    i32.and
    i32.const 2
    i32.shl
    i32.add
    i32.load
  )
  (func $str_inc (;18;) (type 0) (param i32) (result i32)
    local.get 0
    i32.const 1
    i32.add
  )
  (func $str_apply_all (;19;) (type 0) (param i32) (result i32)
    (local i32 i32 i32 i32 i32)
    local.get 0
    local.set 0
    i32.const -16
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
      i32.const 0
      i32.add
      i32.add
      i32.const 16
      i32.add
      i32.load
      call_indirect (type 0)
      local.get 2
      i32.const 13
      i32.mul
      i32.add
      local.tee 3
      local.set 2
      local.get 5
      br_if 0 (;@1;)
    end
    local.get 3
  )
  (func $str_dbl_neg (;20;) (type 0) (param i32) (result i32)
    local.get 0
    i32.const 1
    i32.shl
    call $math_neg
  )
  (data $.data (;0;) (global.get $__memory_base) "\00\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00")
  (@producers
    (processed-by "Debian clang" "22.1.8 (1~deb12u1)")
  )
  (@custom "target_features" (after data) "\08+\0bbulk-memory+\0fbulk-memory-opt+\16call-indirect-overlong+\0amultivalue+\0fmutable-globals+\13nontrapping-fptoint+\0freference-types+\08sign-ext")
)
