(module
  (import "env" "h" (func $h (param i32) (result i32)))
  (memory 1)
  (func (export "go") (param i32) (result i32)
    block
      local.get 0
      return_call $h
    end
    ;; Dead code: return_call has returned from go. With m0 it runs.
    i32.const 16
    i32.const 99
    i32.store
    i32.const 7))
