(module
  (type (;0;) (func (param i32 i32 i32 f32 i32 i32 i32) (result i32 i32)))
  (export "f0" (func 0))
  (func (;0;) (type 0) (param i32 i32 i32 f32 i32 i32 i32) (result i32 i32)
    (local i32)
    local.get 1
    i32.const 1
    i32.and
    if ;; label = @1
      local.get 7
      local.get 7
      i32.div_u
      drop
    end
    i32.const 0
    i32.const 16
  )
)
