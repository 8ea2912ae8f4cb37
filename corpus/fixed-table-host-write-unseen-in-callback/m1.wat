(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (result i32 i32)))
  (import "env" "h1_0" (func (;0;) (type 1) (result i32 i32)))
  (import "env" "h1_1" (func (;1;) (type 0) (result i32)))
  (import "env" "h1_2" (func (;2;) (type 0) (result i32)))
  (elem (;0;) declare func 2)
)
