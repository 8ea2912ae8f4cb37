(module
  (type $t0 (;0;) (func (result i32)))
  (type $t1 (;1;) (func (param i32 i64 f64 f64 i64 i32 i64 f32 i32 i64 i32 i32) (result i32 i32)))
  (type $t3 (;2;) (func (param f64) (result i32)))
  (export "f0" (func $f0))
  (func $f0 (;0;) (type $t3) (param $p0 f64) (result i32)
    i32.const 0
  )
)
