//! The parameter-dropping pass: removes one parameter from every function
//! type of one signature, in every module of a case at once, so that links
//! between modules stay valid.
//!
//! In each function of that type the dropped parameter becomes a local
//! (zero at entry) and local indices are renumbered. At each call site to
//! that type (`call`, `call_indirect`, `return_call`,
//! `return_call_indirect`) the arguments after the dropped one are parked in
//! scratch locals, the dropped argument is `drop`ped and the rest pushed
//! back, so the caller's code stays as it was. Invocations of exports of that
//! type lose the argument too. A candidate that no longer validates (say, a
//! block type used the signature) is simply not tried.

use crate::case::Case;
use std::collections::HashMap;
use wasm_encoder::reencode::{utils, Error as ReError, Reencode};
use wasm_encoder::{Function, Instruction, ValType as EncValType};
use wasmparser::{FuncType, Operator, ValType};

/// A function signature: parameters and results.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Sig {
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
}

impl Sig {
    fn of(f: &FuncType) -> Sig {
        Sig { params: f.params().to_vec(), results: f.results().to_vec() }
    }
}

/// The distinct function signatures with parameters of all modules of a
/// case, most parameters first.
pub fn signatures(case: &Case) -> Vec<Sig> {
    let mut out: Vec<Sig> = Vec::new();
    for m in &case.modules {
        let Ok(info) = ModuleInfo::parse(&m.wasm) else { continue };
        for t in info.types.into_iter().flatten() {
            if !t.params.is_empty() && !out.contains(&t) {
                out.push(t);
            }
        }
    }
    out.sort_by(|a, b| b.params.len().cmp(&a.params.len()));
    out
}

/// `case` with parameter `k` of every function of signature `sig` removed;
/// `None` when the rewrite fails (the caller validates the result).
pub fn drop_param(case: &Case, sig: &Sig, k: usize) -> Option<Case> {
    if k >= sig.params.len() {
        return None;
    }
    let mut out = case.clone();
    let mut infos = Vec::new();
    for m in &mut out.modules {
        let info = ModuleInfo::parse(&m.wasm).ok()?;
        let mut r = DropParam { sig, k, info: &info, defined: 0 };
        let mut module = wasm_encoder::Module::new();
        r.parse_core_module(&mut module, wasmparser::Parser::new(0), &m.wasm).ok()?;
        m.wasm = module.finish();
        infos.push(info);
    }
    // Invocations of exports of that signature lose the argument.
    if let Some(invs) = out.invocations.as_mut() {
        for inv in invs.iter_mut() {
            let Some(info) = infos.get(inv.instance) else { continue };
            let hit = info.exported_funcs.get(&inv.export).and_then(|&f| info.func_sig(f)).is_some_and(|s| s == sig);
            if hit && inv.args.len() == sig.params.len() {
                inv.args.remove(k);
            }
        }
    }
    Some(out)
}

/// What the rewrite needs to know of a module before it starts.
pub(super) struct ModuleInfo {
    /// Function types by type index (`None` for other kinds of type).
    pub(super) types: Vec<Option<Sig>>,
    /// Type index of every function, imports first.
    func_types: Vec<u32>,
    imported_funcs: u32,
    exported_funcs: HashMap<String, u32>,
}

impl ModuleInfo {
    pub(super) fn parse(wasm: &[u8]) -> wasmparser::Result<ModuleInfo> {
        let mut info =
            ModuleInfo { types: Vec::new(), func_types: Vec::new(), imported_funcs: 0, exported_funcs: HashMap::new() };
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            match payload? {
                wasmparser::Payload::TypeSection(r) => {
                    for ty in r.into_iter_err_on_gc_types() {
                        info.types.push(Some(Sig::of(&ty?)));
                    }
                }
                wasmparser::Payload::ImportSection(r) => {
                    for imp in r.into_imports() {
                        if let wasmparser::TypeRef::Func(t) | wasmparser::TypeRef::FuncExact(t) = imp?.ty {
                            info.func_types.push(t);
                            info.imported_funcs += 1;
                        }
                    }
                }
                wasmparser::Payload::FunctionSection(r) => {
                    for t in r {
                        info.func_types.push(t?);
                    }
                }
                wasmparser::Payload::ExportSection(r) => {
                    for e in r {
                        let e = e?;
                        if e.kind == wasmparser::ExternalKind::Func {
                            info.exported_funcs.insert(e.name.to_string(), e.index);
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(info)
    }

    pub(super) fn type_sig(&self, t: u32) -> Option<&Sig> {
        self.types.get(t as usize)?.as_ref()
    }

    /// The signature of the `n`-th defined (not imported) function.
    pub(super) fn defined_sig(&self, n: u32) -> Option<&Sig> {
        self.func_sig(self.imported_funcs + n)
    }

    pub(super) fn func_sig(&self, f: u32) -> Option<&Sig> {
        self.type_sig(*self.func_types.get(f as usize)?)
    }
}

/// `op` with its local index (if it has one) passed through `map`.
pub(super) fn renumber_local<'a>(op: Operator<'a>, map: impl Fn(u32) -> u32) -> Operator<'a> {
    match op {
        Operator::LocalGet { local_index } => Operator::LocalGet { local_index: map(local_index) },
        Operator::LocalSet { local_index } => Operator::LocalSet { local_index: map(local_index) },
        Operator::LocalTee { local_index } => Operator::LocalTee { local_index: map(local_index) },
        op => op,
    }
}

struct DropParam<'a> {
    sig: &'a Sig,
    k: usize,
    info: &'a ModuleInfo,
    /// Defined functions rewritten so far.
    defined: u32,
}

pub(super) fn enc(t: ValType) -> EncValType {
    match t {
        ValType::I32 => EncValType::I32,
        ValType::I64 => EncValType::I64,
        ValType::F32 => EncValType::F32,
        ValType::F64 => EncValType::F64,
        ValType::V128 => EncValType::V128,
        ValType::Ref(r) if r.is_func_ref() => EncValType::FUNCREF,
        ValType::Ref(_) => EncValType::EXTERNREF,
    }
}

impl DropParam<'_> {
    /// The signature a call instruction calls through, if it is the one
    /// losing a parameter; `indirect` tells whether a table index is on top.
    fn hit_call(&self, op: &Operator) -> Option<bool> {
        let (sig, indirect) = match op {
            Operator::Call { function_index } | Operator::ReturnCall { function_index } => {
                (self.info.func_sig(*function_index), false)
            }
            Operator::CallIndirect { type_index, .. } | Operator::ReturnCallIndirect { type_index, .. } => {
                (self.info.type_sig(*type_index), true)
            }
            _ => return None,
        };
        (sig? == self.sig).then_some(indirect)
    }
}

impl Reencode for DropParam<'_> {
    type Error = std::convert::Infallible;

    fn func_type(&mut self, f: FuncType) -> Result<wasm_encoder::FuncType, ReError<Self::Error>> {
        if Sig::of(&f) != *self.sig {
            return utils::func_type(self, f);
        }
        let mut params: Vec<EncValType> = f.params().iter().map(|t| enc(*t)).collect();
        params.remove(self.k);
        Ok(wasm_encoder::FuncType::new(params, f.results().iter().map(|t| enc(*t))))
    }

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), ReError<Self::Error>> {
        let own = self.info.defined_sig(self.defined).cloned().unwrap_or(Sig { params: vec![], results: vec![] });
        self.defined += 1;
        let changed = own == *self.sig;
        let n_params = own.params.len() as u32;
        let mut declared: Vec<(u32, ValType)> = Vec::new();
        for pair in func.get_locals_reader()? {
            declared.push(pair?);
        }
        let n_declared: u32 = declared.iter().map(|(n, _)| n).sum();
        // Locals after the rewrite: params (minus one), declared, then the
        // dropped parameter, then scratch locals for call sites.
        let mut locals: Vec<(u32, EncValType)> = declared.iter().map(|(n, t)| (*n, enc(*t))).collect();
        let mut next = n_params - changed as u32 + n_declared;
        let dropped_local = if changed {
            locals.push((1, enc(self.sig.params[self.k])));
            next += 1;
            Some(next - 1)
        } else {
            None
        };
        let ops: Vec<Operator> = func.get_operators_reader()?.into_iter().collect::<Result<_, _>>()?;
        // Scratch: one local per argument after the dropped one, and an i32
        // for the table index of indirect calls.
        let scratch = if ops.iter().any(|op| self.hit_call(op).is_some()) {
            let first = next;
            for t in &self.sig.params[self.k + 1..] {
                locals.push((1, enc(*t)));
            }
            locals.push((1, EncValType::I32));
            Some(first)
        } else {
            None
        };
        let k = self.k as u32;
        let map = |i: u32| -> u32 {
            match dropped_local {
                Some(d) if i == k => d,
                Some(_) if i > k => i - 1,
                _ => i,
            }
        };
        let mut f = Function::new(locals);
        for op in ops {
            if let (Some(indirect), Some(first)) = (self.hit_call(&op), scratch) {
                let trailing = (self.sig.params.len() - self.k - 1) as u32;
                let index_local = first + trailing;
                if indirect {
                    f.instruction(&Instruction::LocalSet(index_local));
                }
                for j in (0..trailing).rev() {
                    f.instruction(&Instruction::LocalSet(first + j));
                }
                f.instruction(&Instruction::Drop);
                for j in 0..trailing {
                    f.instruction(&Instruction::LocalGet(first + j));
                }
                if indirect {
                    f.instruction(&Instruction::LocalGet(index_local));
                }
            }
            f.instruction(&self.instruction(renumber_local(op, map))?);
        }
        code.function(&f);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Invocation;
    use crate::value::Val;

    #[test]
    fn dropping_a_parameter_rewrites_callee_callers_links_and_invocations() {
        let callee = r#"(module
            (func $f (export "f") (param i32 i64 f32) (result i64)
              (local i32)
              (local.set 3 (local.get 0))
              (i64.add (local.get 1) (i64.extend_i32_u (local.get 3)))))"#;
        let caller = r#"(module
            (import "m0" "f" (func $f (param i32 i64 f32) (result i64)))
            (type $t (func (param i32 i64 f32) (result i64)))
            (table 1 funcref) (elem (i32.const 0) $f)
            (func (export "g") (param i32) (result i64)
              (i64.add
                (call $f (local.get 0) (i64.const 5) (f32.const 1))
                (call_indirect (type $t) (i32.const 2) (i64.const 7) (f32.const 1) (i32.const 0)))))"#;
        let mut case = Case::from_wats(&[("m0", callee), ("m1", caller)]).unwrap();
        case.invocations = Some(vec![
            Invocation { instance: 0, export: "f".into(), args: vec![Val::I32(1), Val::I64(2), Val::F32(0)] },
            Invocation { instance: 1, export: "g".into(), args: vec![Val::I32(3)] },
        ]);
        let sigs = signatures(&case);
        assert_eq!(sigs[0].params, vec![ValType::I32, ValType::I64, ValType::F32]);
        // Drop the first parameter: the callee reads a zero local instead.
        let out = drop_param(&case, &sigs[0], 0).unwrap();
        crate::prepare::PreparedCase::new(&out).unwrap();
        let invs = out.invocations.as_ref().unwrap();
        assert_eq!(invs[0].args, vec![Val::I64(2), Val::F32(0)]);
        assert_eq!(invs[1].args, vec![Val::I32(3)]);
        let wat = crate::prepare::to_wat(&out.modules[0].wasm);
        assert!(wat.contains("(param i64 f32) (result i64)"), "{wat}");
        // Same results on the reference: 2 + 0 for f; 5 + 7 for g.
        let prepared = std::sync::Arc::new(crate::prepare::PreparedCase::new(&out).unwrap());
        let trace = crate::engine::EngineSpec::reference().run(&prepared, Vec::new(), None).unwrap();
        let text = format!("{:?}", trace.events);
        assert!(text.contains("I64(2)") && text.contains("I64(12)"), "{text}");
        // Drop the last parameter too, through the new signature.
        let sig = signatures(&out).into_iter().find(|s| s.params.len() == 2).unwrap();
        let out2 = drop_param(&out, &sig, 1).unwrap();
        crate::prepare::PreparedCase::new(&out2).unwrap();
    }
}
