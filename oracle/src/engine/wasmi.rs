//! The reference engine: the wasmi interpreter.
//!
//! Fuel bounds every run (running out is inconclusive); host imports go
//! through wasmi's dynamic host functions (`Func::new`).

use super::{EngineError, Session};
use crate::host::{host_call, HostFnId, HostTrap, HostWorld, SharedRecorder};
use crate::prepare::{
    global_export, memory_export, table_export, ImportKind, PreparedCase, Provider, Sig, FUNC_TABLE_EXPORT,
};
use crate::trace::{digest, GlobalSnap, MemorySnap, Outcome, Snapshot, TableSnap, TrapKind};
use crate::value::{mix64, FuncId, Val, ValType};
use std::collections::HashMap;
use std::sync::Arc;
use wasmi::{AsContext, AsContextMut, Caller, Extern, Func, Instance, Store};

/// Version of the wasmi crate this adapter is built against.
pub const VERSION: &str = "2.0";

impl wasmi::errors::HostError for HostTrap {}

struct Data {
    /// Per instance, in case order; `None` where instantiation failed.
    instances: Vec<Option<Instance>>,
    case: Arc<PreparedCase>,
    rec: SharedRecorder,
    limits: wasmi::StoreLimits,
    funcs: Registry,
}

/// Function identities ([`FuncId`]): every function of every live
/// instance, read from the instrumentation's function table once the
/// instance is live. wasmi's `Func` handles have no equality, but their
/// `Debug` form names the store and the function's slot in it, which is
/// what identifies it.
#[derive(Default)]
struct Registry {
    by_key: HashMap<String, FuncId>,
    by_id: HashMap<FuncId, Func>,
}

impl Registry {
    fn key(f: &Func) -> String {
        format!("{f:?}")
    }
    fn id(&self, f: &Func) -> FuncId {
        self.by_key.get(&Self::key(f)).copied().unwrap_or(FuncId::UNKNOWN)
    }
}

/// Registers the functions of live instance `k`.
fn register(ctx: &mut impl AsContextMut<Data = Data>, k: usize, inst: Instance) {
    let Some(table) = inst.get_table(&*ctx, FUNC_TABLE_EXPORT) else { return };
    let funcs: Vec<Option<Func>> = (0..table.size(&*ctx))
        .map(|i| match table.get(&*ctx, i) {
            Some(wasmi::Ref::Func(wasmi::Nullable::Val(f))) => Some(f),
            _ => None,
        })
        .collect();
    let mut ctx = ctx.as_context_mut();
    let refs = ctx.data().case.modules[k].func_refs.clone();
    let reg = &mut ctx.data_mut().funcs;
    for (i, f) in funcs.into_iter().enumerate() {
        let (Some(f), Some(index)) = (f, refs.get(i)) else { continue };
        let id = FuncId::new(k, *index);
        if let std::collections::hash_map::Entry::Vacant(e) = reg.by_key.entry(Registry::key(&f)) {
            e.insert(id);
            reg.by_id.insert(id, f);
        }
    }
}

fn to_ref(ctx: &mut impl AsContextMut<Data = Data>, v: &Val) -> wasmi::Ref {
    match *v {
        Val::ExternRef(None) => wasmi::Ref::Extern(wasmi::Nullable::Null),
        Val::ExternRef(Some(h)) => wasmi::Ref::Extern(wasmi::Nullable::Val(wasmi::ExternRef::new(ctx, h))),
        Val::FuncRef(id) => {
            let f = id.and_then(|id| ctx.as_context().data().funcs.by_id.get(&id).copied());
            wasmi::Ref::Func(f.map_or(wasmi::Nullable::Null, wasmi::Nullable::Val))
        }
        _ => wasmi::Ref::Func(wasmi::Nullable::Null),
    }
}

fn to_wasmi(ctx: &mut impl AsContextMut<Data = Data>, v: &Val) -> wasmi::Val {
    match *v {
        Val::I32(x) => wasmi::Val::I32(x),
        Val::I64(x) => wasmi::Val::I64(x),
        Val::F32(b) => wasmi::Val::F32(wasmi::F32::from_bits(b)),
        Val::F64(b) => wasmi::Val::F64(wasmi::F64::from_bits(b)),
        Val::V128(b) => wasmi::Val::V128(wasmi::V128::from(b)),
        Val::FuncRef(_) | Val::ExternRef(_) => match to_ref(ctx, v) {
            wasmi::Ref::Func(f) => wasmi::Val::FuncRef(f),
            wasmi::Ref::Extern(e) => wasmi::Val::ExternRef(e),
        },
    }
}

fn extern_handle(ctx: &impl AsContext, r: &wasmi::ExternRef) -> u32 {
    // Every externref the oracle mints wraps its handle number; one it did
    // not mint cannot exist in the modules it accepts.
    r.data(ctx.as_context()).downcast_ref::<u32>().copied().unwrap_or(u32::MAX)
}

fn from_ref(ctx: &impl AsContext<Data = Data>, r: &wasmi::Ref) -> Val {
    match r {
        wasmi::Ref::Func(wasmi::Nullable::Null) => Val::FuncRef(None),
        wasmi::Ref::Func(wasmi::Nullable::Val(f)) => Val::FuncRef(Some(ctx.as_context().data().funcs.id(f))),
        wasmi::Ref::Extern(wasmi::Nullable::Null) => Val::ExternRef(None),
        wasmi::Ref::Extern(wasmi::Nullable::Val(e)) => Val::ExternRef(Some(extern_handle(ctx, e))),
    }
}

fn from_wasmi(ctx: &impl AsContext<Data = Data>, v: &wasmi::Val) -> Val {
    match v {
        wasmi::Val::I32(x) => Val::I32(*x),
        wasmi::Val::I64(x) => Val::I64(*x),
        wasmi::Val::F32(x) => Val::F32(x.to_bits()),
        wasmi::Val::F64(x) => Val::F64(x.to_bits()),
        wasmi::Val::V128(x) => Val::V128(x.as_u128()),
        wasmi::Val::FuncRef(f) => from_ref(ctx, &wasmi::Ref::Func(*f)),
        wasmi::Val::ExternRef(e) => from_ref(ctx, &wasmi::Ref::Extern(*e)),
    }
}

fn wasmi_ty(t: ValType) -> wasmi::ValType {
    match t {
        ValType::I32 => wasmi::ValType::I32,
        ValType::I64 => wasmi::ValType::I64,
        ValType::F32 => wasmi::ValType::F32,
        ValType::F64 => wasmi::ValType::F64,
        ValType::V128 => wasmi::ValType::V128,
        ValType::FuncRef => wasmi::ValType::FuncRef,
        ValType::ExternRef => wasmi::ValType::ExternRef,
    }
}

fn trap_kind(e: &wasmi::Error) -> TrapKind {
    use wasmi::TrapCode as C;
    if let Some(t) = e.downcast_ref::<HostTrap>() {
        return t.kind();
    }
    if is_segment_trap(e) {
        return TrapKind::TableOutOfBounds;
    }
    match e.as_trap_code() {
        Some(C::UnreachableCodeReached) => TrapKind::Unreachable,
        Some(C::MemoryOutOfBounds) => TrapKind::MemoryOutOfBounds,
        Some(C::TableOutOfBounds) => TrapKind::TableOutOfBounds,
        Some(C::IndirectCallToNull) => TrapKind::IndirectCallToNull,
        Some(C::IntegerDivisionByZero) => TrapKind::IntegerDivisionByZero,
        Some(C::IntegerOverflow) => TrapKind::IntegerOverflow,
        Some(C::BadConversionToInteger) => TrapKind::BadConversionToInteger,
        Some(C::StackOverflow) => TrapKind::StackOverflow,
        Some(C::BadSignature) => TrapKind::BadSignature,
        Some(C::OutOfFuel) => TrapKind::OutOfFuel,
        Some(C::OutOfSystemMemory) => TrapKind::StackOverflow,
        Some(other) => TrapKind::Other(format!("{other:?}")),
        None => TrapKind::Other(e.to_string()),
    }
}

/// An active element segment that does not fit its table: the spec makes
/// this a trap during instantiation (as every other engine reports it);
/// wasmi reports it as an instantiation error of its own.
fn is_segment_trap(e: &wasmi::Error) -> bool {
    matches!(
        e.kind(),
        wasmi::errors::ErrorKind::Instantiation(wasmi::errors::InstantiationError::ElementSegmentDoesNotFit { .. })
    )
}

fn snapshot(ctx: &mut impl AsContextMut<Data = Data>) -> Snapshot {
    let instances = ctx.as_context().data().instances.clone();
    let case = ctx.as_context().data().case.clone();
    let mut snap = Snapshot::default();
    for (k, inst) in instances.iter().enumerate() {
        let Some(inst) = inst else { continue };
        let m = &case.modules[k];
        for g in 0..m.globals.len() as u32 {
            if let Some(global) = inst.get_global(&*ctx, &global_export(g)) {
                let value = global.get(&*ctx);
                snap.globals.push(GlobalSnap { instance: k, index: g, value: from_wasmi(&*ctx, &value) });
            }
        }
        for i in 0..m.memories.len() as u32 {
            if let Some(mem) = inst.get_memory(&*ctx, &memory_export(i)) {
                let data = mem.data(&*ctx);
                snap.memories.push(MemorySnap { instance: k, index: i, size: data.len() as u64, digest: digest(data) });
            }
        }
        for t in 0..m.tables.len() as u32 {
            if let Some(table) = inst.get_table(&*ctx, &table_export(t)) {
                let elems = (0..table.size(&*ctx)).map(|i| match table.get(&*ctx, i) {
                    Some(r) => from_ref(&*ctx, &r),
                    None => Val::FuncRef(None),
                });
                snap.tables.push(TableSnap::of(k, t, elems));
            }
        }
    }
    snap
}

fn call(ctx: &mut impl AsContextMut<Data = Data>, instance: usize, export: &str, args: &[Val]) -> Outcome {
    let Some(Some(inst)) = ctx.as_context().data().instances.get(instance).copied() else {
        return Outcome::Trapped(TrapKind::Other(format!("instance {instance} is not live")));
    };
    let case = ctx.as_context().data().case.clone();
    let Some(sig) = case.modules[instance].export_sig(export) else {
        return Outcome::Trapped(TrapKind::Other(format!("no exported function {export}")));
    };
    let Some(func) = inst.get_func(&*ctx, export) else {
        return Outcome::Trapped(TrapKind::Other(format!("no exported function {export}")));
    };
    let params: Vec<wasmi::Val> = args.iter().map(|a| to_wasmi(ctx, a)).collect();
    let mut results: Vec<wasmi::Val> = sig.results.iter().map(|t| wasmi::Val::default_for_ty(wasmi_ty(*t))).collect();
    match func.call(&mut *ctx, &params, &mut results) {
        Ok(()) => Outcome::Returned(results.iter().map(|r| from_wasmi(&*ctx, r)).collect()),
        Err(e) => Outcome::Trapped(trap_kind(&e)),
    }
}

struct World<'a, 'b> {
    caller: &'a mut Caller<'b, Data>,
}

impl World<'_, '_> {
    fn instance(&self, k: usize) -> Option<Instance> {
        self.caller.data().instances.get(k).copied().flatten()
    }
}

impl HostWorld for World<'_, '_> {
    fn snapshot(&mut self) -> Snapshot {
        snapshot(self.caller)
    }

    fn get_global(&mut self, instance: usize, global: u32) -> Option<Val> {
        let g = self.instance(instance)?.get_global(&*self.caller, &global_export(global))?;
        let value = g.get(&*self.caller);
        Some(from_wasmi(&*self.caller, &value))
    }

    fn set_global(&mut self, instance: usize, global: u32, value: Val) -> bool {
        let Some(g) = self.instance(instance).and_then(|i| i.get_global(&*self.caller, &global_export(global))) else {
            return false;
        };
        let value = to_wasmi(self.caller, &value);
        g.set(&mut *self.caller, value).is_ok()
    }

    fn read_memory(&mut self, instance: usize, memory: u32, offset: u64, len: usize) -> Option<Vec<u8>> {
        let m = self.instance(instance)?.get_memory(&*self.caller, &memory_export(memory))?;
        if offset.checked_add(len as u64)? > m.data_size(&*self.caller) as u64 {
            return None;
        }
        let mut buf = vec![0; len];
        m.read(&*self.caller, offset as usize, &mut buf).ok()?;
        Some(buf)
    }

    fn write_memory(&mut self, instance: usize, memory: u32, offset: u64, bytes: &[u8]) -> bool {
        let Some(m) = self.instance(instance).and_then(|i| i.get_memory(&*self.caller, &memory_export(memory))) else {
            return false;
        };
        m.write(&mut *self.caller, offset as usize, bytes).is_ok()
    }

    fn grow_memory(&mut self, instance: usize, memory: u32, delta: u64) -> Option<u64> {
        let m = self.instance(instance)?.get_memory(&*self.caller, &memory_export(memory))?;
        m.grow(&mut *self.caller, delta).ok()
    }

    fn set_table(&mut self, instance: usize, table: u32, slot: u64, value: Val) -> bool {
        let Some(t) = self.instance(instance).and_then(|i| i.get_table(&*self.caller, &table_export(table))) else {
            return false;
        };
        if matches!(value, Val::FuncRef(Some(id)) if !self.caller.data().funcs.by_id.contains_key(&id)) {
            return false;
        }
        let r = to_ref(self.caller, &value);
        t.set(&mut *self.caller, slot, r).is_ok()
    }

    fn grow_table(&mut self, instance: usize, table: u32, delta: u64, value: Val) -> Option<u64> {
        let t = self.instance(instance)?.get_table(&*self.caller, &table_export(table))?;
        let r = to_ref(self.caller, &value);
        t.grow(&mut *self.caller, delta, r).ok()
    }

    fn call_export(&mut self, instance: usize, export: &str, args: &[Val]) -> Outcome {
        call(self.caller, instance, export, args)
    }

    fn live_instances(&self) -> usize {
        self.caller.data().instances.len()
    }
}

struct WasmiSession {
    store: Store<Data>,
    modules: Vec<wasmi::Module>,
}

/// Deterministic initial value for a host-owned global of instance `k`,
/// import `i`: the same on every engine.
pub fn host_global_init(k: usize, i: usize, ty: ValType) -> Val {
    crate::host::derived(ty, mix64(0x6c0b_a1 ^ ((k as u64) << 32) ^ i as u64))
}

impl Session for WasmiSession {
    fn instantiate(&mut self, k: usize) -> Outcome {
        let outcome = self.try_instantiate(k);
        if self.store.data().instances.len() == k {
            self.store.data_mut().instances.push(None); // failed: the instance stays absent
        }
        outcome
    }

    fn invoke(&mut self, instance: usize, export: &str, args: &[Val]) -> Outcome {
        call(&mut self.store, instance, export, args)
    }

    fn snapshot(&mut self) -> Snapshot {
        snapshot(&mut self.store)
    }
}

impl WasmiSession {
    /// Instantiates module `k`; on success the instance is pushed.
    fn try_instantiate(&mut self, k: usize) -> Outcome {
        let case = self.store.data().case.clone();
        let m = &case.modules[k];
        let mut imports = Vec::new();
        // Host objects by (module, name): an import repeated under one name
        // gets one object (Wasmer's `Imports` keeps one extern per name, and
        // a host has one thing per name), type-checked against every import.
        let mut host: std::collections::HashMap<(&str, &str), Extern> = Default::default();
        for (i, imp) in m.imports.iter().enumerate() {
            match case.provider(k, imp) {
                Provider::Instance(j) => {
                    let export =
                        self.store.data().instances[j].and_then(|inst| inst.get_export(&self.store, &imp.name));
                    match export {
                        Some(e) => imports.push(e),
                        None => return Outcome::LinkError(format!("{}.{} missing", imp.module, imp.name)),
                    }
                    continue;
                }
                Provider::Missing => {
                    return Outcome::LinkError(format!("unknown import {}.{}", imp.module, imp.name));
                }
                Provider::Host => {}
            }
            if let Some(e) = host.get(&(imp.module.as_str(), imp.name.as_str())) {
                imports.push(*e);
                continue;
            }
            let ext = match &imp.kind {
                ImportKind::Func(sig) => Extern::Func(self.host_func(HostFnId::new(k, i, imp, sig))),
                ImportKind::Global(g) => {
                    let init = to_wasmi(&mut self.store, &host_global_init(k, i, g.ty));
                    let mutability = if g.mutable { wasmi::Mutability::Var } else { wasmi::Mutability::Const };
                    Extern::Global(wasmi::Global::new(&mut self.store, init, mutability))
                }
                ImportKind::Memory(mi) => {
                    let ty = wasmi::MemoryType::new(mi.minimum as u32, mi.maximum.map(|x| x as u32));
                    match wasmi::Memory::new(&mut self.store, ty) {
                        Ok(mem) => {
                            let len = mem.data(&self.store).len();
                            let faults = self.store.data().rec.lock().unwrap().faults.clone();
                            let bytes = crate::host::host_memory_with_faults(&faults, k, i, len);
                            mem.data_mut(&mut self.store).copy_from_slice(&bytes);
                            Extern::Memory(mem)
                        }
                        Err(e) => return Outcome::LinkError(e.to_string()),
                    }
                }
                ImportKind::Table(t) => {
                    let (rt, init) = match t.element {
                        ValType::FuncRef => (wasmi::RefType::Func, wasmi::Ref::Func(wasmi::Nullable::Null)),
                        _ => (wasmi::RefType::Extern, wasmi::Ref::Extern(wasmi::Nullable::Null)),
                    };
                    let ty = wasmi::TableType::new(rt, t.minimum as u32, t.maximum.map(|x| x as u32));
                    match wasmi::Table::new(&mut self.store, ty, init) {
                        Ok(tab) => Extern::Table(tab),
                        Err(e) => return Outcome::LinkError(e.to_string()),
                    }
                }
            };
            host.insert((imp.module.as_str(), imp.name.as_str()), ext);
            imports.push(ext);
        }
        // Host calls made by the start function see the earlier instances
        // only (the same on every engine): the new one is registered after.
        // wasmi wants the imports in the order of its own `Module::imports`,
        // which groups them by kind; match ours by (module, name, kind). An
        // extern of the wrong kind for its import then fails wasmi's own
        // type check: a link error, as on every engine.
        let mut pool: Vec<Option<Extern>> = imports.into_iter().map(Some).collect();
        let mut ordered = Vec::with_capacity(pool.len());
        for wi in self.modules[k].imports() {
            let want = match wi.ty() {
                wasmi::ExternType::Func(_) => 0,
                wasmi::ExternType::Table(_) => 1,
                wasmi::ExternType::Memory(_) => 2,
                wasmi::ExternType::Global(_) => 3,
            };
            let found = m.imports.iter().enumerate().position(|(i, imp)| {
                imp.module == wi.module()
                    && imp.name == wi.name()
                    && Self::import_kind(&imp.kind) == want
                    && pool[i].is_some()
            });
            match found.and_then(|i| pool[i].take()) {
                Some(e) => ordered.push(e),
                None => return Outcome::LinkError(format!("{}.{}: no import to match", wi.module(), wi.name())),
            }
        }
        let imports = ordered;
        match Instance::new(&mut self.store, &self.modules[k], &imports) {
            Ok(inst) => {
                self.store.data_mut().instances.push(Some(inst));
                register(&mut self.store, k, inst);
                Outcome::Returned(vec![])
            }
            Err(e) => {
                if e.as_trap_code().is_some() || e.downcast_ref::<HostTrap>().is_some() || is_segment_trap(&e) {
                    Outcome::Trapped(trap_kind(&e))
                } else {
                    Outcome::LinkError(e.to_string())
                }
            }
        }
    }

    /// The kind of an import, numbered as wasmi groups them.
    fn import_kind(k: &ImportKind) -> u8 {
        match k {
            ImportKind::Func(_) => 0,
            ImportKind::Table(_) => 1,
            ImportKind::Memory(_) => 2,
            ImportKind::Global(_) => 3,
        }
    }

    fn host_func(&mut self, id: HostFnId) -> Func {
        let ty = func_type(&id.sig);
        Func::new(&mut self.store, ty, move |mut caller: Caller<'_, Data>, params, results| {
            let args: Vec<Val> = params.iter().map(|p| from_wasmi(&caller, p)).collect();
            let case = caller.data().case.clone();
            let rec = caller.data().rec.clone();
            let out = host_call(&mut World { caller: &mut caller }, &rec, &case, &id, &args);
            match out {
                Ok(vals) => {
                    for (slot, v) in results.iter_mut().zip(&vals) {
                        *slot = to_wasmi(&mut caller, v);
                    }
                    Ok(())
                }
                Err(t) => Err(wasmi::Error::host(t)),
            }
        })
    }
}

fn func_type(sig: &Sig) -> wasmi::FuncType {
    wasmi::FuncType::new(sig.params.iter().map(|t| wasmi_ty(*t)), sig.results.iter().map(|t| wasmi_ty(*t)))
}

fn engine_config(fuel: bool) -> wasmi::Config {
    let mut c = wasmi::Config::default();
    c.wasm_tail_call(true)
        .wasm_multi_memory(true)
        .wasm_memory64(false)
        .wasm_simd(true)
        .wasm_extended_const(true)
        .wasm_multi_value(true)
        .wasm_bulk_memory(true)
        .wasm_reference_types(true)
        .consume_fuel(fuel);
    c
}

/// Runs a prepared case on wasmi.
pub fn run(case: &Arc<PreparedCase>, rec: &SharedRecorder, fuel: u64) -> Result<(Vec<String>, f64), EngineError> {
    let compile_start = std::time::Instant::now();
    let engine = wasmi::Engine::new(&engine_config(true));
    let mut modules = Vec::new();
    for m in &case.modules {
        let wasm = select_fusion::guard(&m.wasm);
        let module = wasmi::Module::new(&engine, &wasm).map_err(|e| EngineError::Rejected {
            engine: super::EngineSpec::Wasmi { fuel }.label(),
            module: m.name.clone(),
            msg: e.to_string(),
        })?;
        modules.push(module);
    }
    let compile_seconds = compile_start.elapsed().as_secs_f64();
    let limits = wasmi::StoreLimitsBuilder::new()
        .memory_size((super::limits::MEMORY_PAGES * 65536) as usize)
        .table_elements(super::limits::TABLE_ELEMENTS as usize)
        .build();
    let data = Data { instances: Vec::new(), case: case.clone(), rec: rec.clone(), limits, funcs: Registry::default() };
    let mut store = Store::new(&engine, data);
    store.limiter(|d| &mut d.limits);
    store.set_fuel(fuel).map_err(|e| EngineError::Internal { engine: "wasmi".into(), msg: e.to_string() })?;
    let mut session = WasmiSession { store, modules };
    super::drive(&mut session, case, rec);
    Ok((Vec::new(), compile_seconds))
}

/// A workaround for a defect of wasmi 2.0.0 (corpus
/// `wasmi-select-of-eqz-reads-stale-register`): its translator fuses an
/// `i32.eqz` (or `i32.eq`/`i32.ne` with 0) that directly precedes a `select`
/// into the select (`try_fuse_select`), drops the comparison, and the select
/// then reads its condition from the register the comparison would have
/// written: a stale value. wasm-smith's safe divisor `select(1, x, x == 0)`
/// hits it, and every such case was a false "backend" divergence about
/// Wasmer. The reference runs each module with `i32.const 1; i32.and` after
/// every `i32.eqz`/`i32.eq`/`i32.ne` that feeds a `select` directly: the
/// comparison's result is 0 or 1, so this changes nothing but what wasmi can
/// fuse. Modules without the pattern are run as they are.
/// `tests/engines.rs` checks that wasmi without the guard still gets the
/// pattern wrong (so the guard goes when wasmi is fixed) and with it right.
pub mod select_fusion {
    use std::borrow::Cow;
    use wasm_encoder::reencode::{utils, Error as ReError, Reencode};
    use wasm_encoder::Instruction;
    use wasmparser::Operator;

    fn compares(op: &Operator) -> bool {
        matches!(op, Operator::I32Eqz | Operator::I32Eq | Operator::I32Ne)
    }

    fn selects(op: Option<&Operator>) -> bool {
        matches!(op, Some(Operator::Select | Operator::TypedSelect { .. }))
    }

    /// Whether some function body has a comparison directly before a
    /// `select`.
    fn has_pattern(wasm: &[u8]) -> bool {
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            let Ok(wasmparser::Payload::CodeSectionEntry(body)) = payload else { continue };
            let Ok(reader) = body.get_operators_reader() else { return true };
            let mut prev_compares = false;
            for op in reader {
                let Ok(op) = op else { return true };
                if prev_compares && selects(Some(&op)) {
                    return true;
                }
                prev_compares = compares(&op);
            }
        }
        false
    }

    struct Guard;

    impl Reencode for Guard {
        type Error = std::convert::Infallible;

        fn parse_function_body(
            &mut self,
            code: &mut wasm_encoder::CodeSection,
            func: wasmparser::FunctionBody<'_>,
        ) -> Result<(), ReError<Self::Error>> {
            let mut f = utils::new_function_with_parsed_locals(self, &func)?;
            let ops: Vec<Operator> = func.get_operators_reader()?.into_iter().collect::<Result<_, _>>()?;
            for (i, op) in ops.iter().enumerate() {
                f.instruction(&self.instruction(op.clone())?);
                if compares(op) && selects(ops.get(i + 1)) {
                    f.instruction(&Instruction::I32Const(1));
                    f.instruction(&Instruction::I32And);
                }
            }
            code.function(&f);
            Ok(())
        }
    }

    /// The module as the reference runs it (see the module documentation).
    pub fn guard(wasm: &[u8]) -> Cow<'_, [u8]> {
        if !has_pattern(wasm) {
            return Cow::Borrowed(wasm);
        }
        let mut module = wasm_encoder::Module::new();
        match Guard.parse_core_module(&mut module, wasmparser::Parser::new(0), wasm) {
            Ok(()) => Cow::Owned(module.finish()),
            // Not re-encodable: run it as it is (wasmi reports what is wrong).
            Err(_) => Cow::Borrowed(wasm),
        }
    }
}
