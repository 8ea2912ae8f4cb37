(module
  (type (;0;) (func (param i32 i32) (result i32)))
  (type (;1;) (func (result i32)))
  (memory (;0;) 1)
  (global $sp (;0;) (mut i32) i32.const 8192)
  (export "lib_store" (func $lib_store))
  (export "lib_size" (func 1))
  (func $lib_store (;0;) (type 0) (param $addr i32) (param $v i32) (result i32)
    i32.const 0
  )
  (func (;1;) (type 1) (result i32)
    i32.const 0
  )
  (data (;0;) (i32.const 16) "*\00\00\00")
)
