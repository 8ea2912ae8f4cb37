//! Dead-value elimination: removes computations whose value is only
//! dropped. A `drop` and the instruction that produced its operand go away
//! together when that instruction has no effect but its value (constants,
//! `local.get`, `global.get`, arithmetic, loads, …); its own operands are
//! dropped instead, and the next round removes their producers. A
//! `local.set` of a local that is never read counts as a `drop`.
//!
//! This is what the parameter-dropping pass leaves behind at call sites (the
//! dropped argument's computation), and what stubbed callees leave in their
//! callers. The producer must be in the same straight-line stretch of code
//! as the `drop`, with the stack never lower in between, which the
//! validator's operand-stack heights tell.

use super::params::{ModuleInfo, Sig};
use std::collections::{HashMap, HashSet};
use wasm_encoder::reencode::{Error as ReError, Reencode};
use wasm_encoder::Instruction;
use wasmparser::{Operator, ValidPayload, Validator};

/// `wasm` with dead values removed; `None` when there are none (or the
/// module does not validate).
pub fn eliminate(wasm: &[u8]) -> Option<Vec<u8>> {
    let mut cur = wasm.to_vec();
    let mut changed = false;
    // Each round removes one layer (a producer's operands become drops).
    for _ in 0..64 {
        let edits = analyse(&cur)?;
        if edits.values().all(Edits::is_empty) {
            break;
        }
        let mut r = Rewrite { edits: &edits, defined: 0 };
        let mut module = wasm_encoder::Module::new();
        r.parse_core_module(&mut module, wasmparser::Parser::new(0), &cur).ok()?;
        cur = module.finish();
        changed = true;
    }
    changed.then_some(cur)
}

/// Edits of one function body, by operator position.
#[derive(Default)]
struct Edits {
    /// Operators removed (the `drop`s).
    delete: HashSet<usize>,
    /// Producers replaced by this many `drop`s (of their operands).
    to_drops: HashMap<usize, u32>,
    /// `local.set`s of locals never read, turned into `drop`s.
    set_to_drop: HashSet<usize>,
}

impl Edits {
    fn is_empty(&self) -> bool {
        self.delete.is_empty() && self.to_drops.is_empty() && self.set_to_drop.is_empty()
    }
}

/// Whether `op` has no effect besides its result (and possibly a trap).
fn pure(op: &Operator) -> bool {
    match op {
        Operator::LocalGet { .. }
        | Operator::GlobalGet { .. }
        | Operator::MemorySize { .. }
        | Operator::TableSize { .. }
        | Operator::TableGet { .. }
        | Operator::RefNull { .. }
        | Operator::RefFunc { .. }
        | Operator::RefIsNull
        | Operator::Select
        | Operator::TypedSelect { .. } => true,
        _ => {
            // Constants, numeric and vector operations and loads; stores
            // and atomics have effects.
            let name = format!("{op:?}");
            ["I32", "I64", "F32", "F64", "V128", "I8x16", "I16x8", "I32x4", "I64x2", "F32x4", "F64x2"]
                .iter()
                .any(|p| name.starts_with(p))
                && !name.contains("Store")
                && !name.contains("Atomic")
        }
    }
}

/// Edits for every defined function, by defined-function index.
fn analyse(wasm: &[u8]) -> Option<HashMap<u32, Edits>> {
    let info = ModuleInfo::parse(wasm).ok()?;
    let mut validator = Validator::new_with_features(crate::prepare::features());
    let mut out = HashMap::new();
    let mut defined = 0u32;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let payload = payload.ok()?;
        if let ValidPayload::Func(to_validate, body) = validator.payload(&payload).ok()? {
            let mut fv = to_validate.into_validator(Default::default());
            let mut reader = body.get_binary_reader();
            fv.read_locals(&mut reader).ok()?;
            // (operator, stack height before, stack height after)
            let mut ops = Vec::new();
            let mut it = body.get_operators_reader().ok()?;
            while !it.eof() {
                let (op, offset) = it.read_with_offset().ok()?;
                let before = fv.operand_stack_height();
                fv.op(offset, &op).ok()?;
                ops.push((op, before, fv.operand_stack_height()));
            }
            out.insert(defined, edits_of(&ops, &info));
            defined += 1;
        }
    }
    Some(out)
}

/// A plain (non-atomic) store: pops its operands, pushes nothing.
fn is_store(op: &Operator) -> bool {
    let name = format!("{op:?}");
    name.contains("Store") && !name.contains("Atomic")
}

/// How many operands `op` pops and how many values it pushes, for the
/// operators the scan can see through (`None` for the others), given the
/// stack heights before and after it.
fn arity(op: &Operator, before: u32, after: u32, info: &ModuleInfo) -> Option<(u32, u32)> {
    let call = |sig: Option<&Sig>| sig.map(|s| (s.params.len() as u32, s.results.len() as u32));
    match op {
        Operator::Call { function_index } => call(info.func_sig(*function_index)),
        Operator::CallIndirect { type_index, .. } => call(info.type_sig(*type_index)).map(|(p, r)| (p + 1, r)),
        Operator::LocalTee { .. } => Some((1, 1)),
        Operator::Drop
        | Operator::LocalSet { .. }
        | Operator::GlobalSet { .. }
        | Operator::TableSet { .. }
        | Operator::MemoryFill { .. }
        | Operator::MemoryCopy { .. }
        | Operator::MemoryInit { .. }
        | Operator::DataDrop { .. }
        | Operator::ElemDrop { .. }
        | Operator::TableCopy { .. }
        | Operator::TableInit { .. } => Some((before.checked_sub(after)?, 0)),
        op if is_store(op) => Some((before.checked_sub(after)?, 0)),
        op if pure(op) => Some(((before + 1).checked_sub(after)?, 1)),
        _ => None,
    }
}

fn edits_of(ops: &[(Operator, u32, u32)], info: &ModuleInfo) -> Edits {
    let mut e = Edits::default();
    let read: HashSet<u32> = ops
        .iter()
        .filter_map(|(op, ..)| match op {
            Operator::LocalGet { local_index } | Operator::LocalTee { local_index } => Some(*local_index),
            _ => None,
        })
        .collect();
    let mut used = HashSet::new();
    for (d, (op, before, _)) in ops.iter().enumerate() {
        if let Operator::LocalSet { local_index } = op {
            if !read.contains(local_index) {
                e.set_to_drop.insert(d);
            }
            continue;
        }
        if !matches!(op, Operator::Drop) || *before == 0 {
            continue;
        }
        // The dropped value sits at stack position h - 1. Walk back to the
        // operator that pushed it, through operators that leave it alone.
        let h = *before;
        for i in (0..d).rev() {
            let (p, pb, pa) = &ops[i];
            let Some((pops, pushes)) = arity(p, *pb, *pa, info) else { break };
            let Some(lowest) = pb.checked_sub(pops) else { break };
            if lowest >= h {
                continue; // worked above the value
            }
            // It popped or pushed at h - 1: the producer if it pushed
            // exactly that one value and has no other effect.
            if pushes == 1 && *pa == h && pure(p) && !used.contains(&i) {
                used.insert(i);
                e.delete.insert(d);
                e.to_drops.insert(i, pops);
            }
            break;
        }
    }
    e
}

struct Rewrite<'a> {
    edits: &'a HashMap<u32, Edits>,
    defined: u32,
}

impl Reencode for Rewrite<'_> {
    type Error = std::convert::Infallible;

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), ReError<Self::Error>> {
        let edits = self.edits.get(&self.defined);
        self.defined += 1;
        let mut f = self.new_function_with_parsed_locals(&func)?;
        for (i, op) in func.get_operators_reader()?.into_iter().enumerate() {
            let op = op?;
            match edits {
                Some(e) if e.delete.contains(&i) => {}
                Some(e) if e.set_to_drop.contains(&i) => {
                    f.instruction(&Instruction::Drop);
                }
                Some(e) if e.to_drops.contains_key(&i) => {
                    for _ in 0..e.to_drops[&i] {
                        f.instruction(&Instruction::Drop);
                    }
                }
                _ => {
                    f.instruction(&self.instruction(op)?);
                }
            }
        }
        code.function(&f);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropped_computations_and_dead_stores_disappear() {
        let wasm = wat::parse_str(
            r#"(module
                 (global (mut i32) (i32.const 0))
                 (func (export "f") (param i32) (result i32) (local i64)
                   local.get 0
                   i64.extend_i32_u
                   i64.const 3
                   i64.add
                   local.set 1
                   global.get 0
                   i32.const 1
                   call 1
                   drop
                   drop
                   local.get 0)
                 (func (param i32) (result i32) (global.set 0 (local.get 0)) (i32.const 5)))"#,
        )
        .unwrap();
        let out = eliminate(&wasm).unwrap();
        wasmparser::Validator::new().validate_all(&out).unwrap();
        let text = crate::prepare::to_wat(&out);
        let f = text.split("(func (;0;)").nth(1).unwrap().split("(func (;1;)").next().unwrap();
        // The dead i64 computation and the global.get go; the call stays
        // (its result is dropped, but it has effects).
        assert!(!f.contains("i64.add") && !f.contains("i64.extend") && !f.contains("local.set"), "{text}");
        assert!(!f.contains("global.get"), "{text}");
        assert!(f.contains("call 1"), "{text}");
        assert!(eliminate(&out).is_none(), "a fixed point: {text}");
    }
}
