//! The system under test: Wasmer with the LLVM compiler.
//!
//! One adapter, configured by [`WasmerConfig`]: pass-params (m0) on or off
//! through `CompilerConfig::enable_m0_pass_param`, the LLVM opt level, and
//! the memory style through the engine's tunables (m0 is only in effect for
//! a static memory #0). Host imports are served through both of Wasmer's
//! host-function paths: dynamic (`Function::new_with_env`) and typed
//! (`Function::new_typed_with_env`, for the signatures listed in [`typed`]).

use super::{EngineError, MemoryStyle, OptLevel, Session, WasmerConfig};
use crate::case::HostFnStyle;
use crate::host::{host_call, HostFnId, HostTrap, HostWorld, SharedRecorder};
use crate::prepare::{
    global_export, memory_export, table_export, ImportKind, PreparedCase, Provider, Sig, FUNC_TABLE_EXPORT,
};
use crate::trace::{digest, GlobalSnap, MemorySnap, Outcome, Snapshot, TableSnap, TrapKind};
use crate::value::{FuncId, Val, ValType};
use std::collections::HashMap;
use std::num::NonZero;
use std::ptr::NonNull;
use std::sync::Arc;
use wasmer::sys::{EngineBuilder, Features, NativeEngineExt, Tunables, LLVM};
use wasmer::{
    AsStoreMut, AsStoreRef, Extern, Function, FunctionEnv, FunctionEnvMut, Global, Imports, Instance, Memory,
    RuntimeError, Store, Type, Value,
};

/// Version of Wasmer this adapter is built against.
pub const VERSION: &str = compat::VERSION;
/// Whether this Wasmer's LLVM backend compiles tail calls (generators leave
/// them out otherwise, so that campaigns do not spend their time on cases
/// every configuration rejects).
pub const TAIL_CALLS: bool = compat::TAIL_CALLS;

/// Everything that differs between the Wasmer versions the adapter supports,
/// in one place. Wasmer 7.5 (default): m0 switched by
/// `CompilerConfig::enable_m0_pass_param`. Wasmer 7.0.x (feature `g0m0`):
/// global #0 and m0 switched by `LLVM::enable_pass_params_opt()` (off by
/// default, no way to turn it off once on), tunables with memory bounds.
#[cfg(not(feature = "g0m0"))]
mod compat {
    use super::MemoryStyle;
    pub const VERSION: &str = "7.5";
    pub const TAIL_CALLS: bool = true;

    pub fn set_pass_params(llvm: &mut wasmer::sys::LLVM, on: bool) {
        wasmer::sys::CompilerConfig::enable_m0_pass_param(llvm, on);
    }

    pub fn extra_features(f: &mut wasmer::sys::Features) {
        f.extended_const(true);
    }

    pub fn base_tunables(_engine: &wasmer::Engine) -> wasmer::sys::BaseTunables {
        wasmer::sys::BaseTunables::new()
    }

    pub fn memory_style(_base: &wasmer::sys::BaseTunables, style: MemoryStyle) -> wasmer::MemoryStyle {
        match style {
            MemoryStyle::Static => wasmer::MemoryStyle::Static,
            MemoryStyle::Dynamic => wasmer::MemoryStyle::Dynamic { offset_guard_size: 0 },
        }
    }
}

#[cfg(feature = "g0m0")]
mod compat {
    use super::MemoryStyle;
    use wasmer::sys::NativeEngineExt;
    pub const VERSION: &str = "7.0.1";
    /// The 7.0.x LLVM backend rejects `return_call` and `return_call_indirect`.
    pub const TAIL_CALLS: bool = false;

    pub fn set_pass_params(llvm: &mut wasmer::sys::LLVM, on: bool) {
        if on {
            llvm.enable_pass_params_opt();
        }
    }

    pub fn extra_features(_f: &mut wasmer::sys::Features) {}

    pub fn base_tunables(engine: &wasmer::Engine) -> wasmer::sys::BaseTunables {
        wasmer::sys::BaseTunables::for_target(engine.target())
    }

    pub fn memory_style(base: &wasmer::sys::BaseTunables, style: MemoryStyle) -> wasmer::MemoryStyle {
        match style {
            MemoryStyle::Static => wasmer::MemoryStyle::Static {
                bound: base.static_memory_bound,
                offset_guard_size: base.static_memory_offset_guard_size,
            },
            MemoryStyle::Dynamic => {
                wasmer::MemoryStyle::Dynamic { offset_guard_size: base.dynamic_memory_offset_guard_size }
            }
        }
    }
}

#[derive(Clone)]
struct Handles {
    instance: Instance,
    globals: Vec<Global>,
    memories: Vec<Memory>,
    tables: Vec<wasmer::Table>,
}

/// Function identities ([`FuncId`]): every function of every live
/// instance, read from the instrumentation's function table once the
/// instance is live. A `Function` read from a table is a new handle each
/// time, so functions are known by the address of their `anyfunc` (the
/// raw value of a function reference), which is what a table holds.
#[derive(Default)]
struct Registry {
    by_raw: HashMap<usize, FuncId>,
    by_id: HashMap<FuncId, usize>,
}

impl Registry {
    fn id(&self, store: &impl AsStoreRef, v: &Value) -> FuncId {
        // SAFETY: reading the union field that `as_raw` set for a funcref.
        let raw = unsafe { v.as_raw(store).funcref };
        self.by_raw.get(&raw).copied().unwrap_or(FuncId::UNKNOWN)
    }
    fn value(&self, store: &mut impl AsStoreMut, id: FuncId) -> Option<Value> {
        let raw = *self.by_id.get(&id)?;
        // SAFETY: `raw` is the anyfunc of a function of a live instance of
        // this store, read from a table of it.
        Some(unsafe { Value::from_raw(store, Type::FuncRef, wasmer_types::RawValue { funcref: raw }) })
    }
}

struct Env {
    funcs: Arc<Registry>,
    /// Per instance, in case order; `None` where instantiation failed.
    instances: Vec<Option<Handles>>,
    case: Arc<PreparedCase>,
    rec: SharedRecorder,
}

fn to_wasmer(store: &mut impl AsStoreMut, reg: &Registry, v: &Val) -> Value {
    match *v {
        Val::I32(x) => Value::I32(x),
        Val::I64(x) => Value::I64(x),
        Val::F32(b) => Value::F32(f32::from_bits(b)),
        Val::F64(b) => Value::F64(f64::from_bits(b)),
        Val::V128(b) => Value::V128(b),
        Val::FuncRef(None) => Value::FuncRef(None),
        Val::FuncRef(Some(id)) => reg.value(store, id).unwrap_or(Value::FuncRef(None)),
        Val::ExternRef(None) => Value::ExternRef(None),
        Val::ExternRef(Some(h)) => Value::ExternRef(Some(wasmer::ExternRef::new(store, h))),
    }
}

fn from_wasmer(store: &impl AsStoreRef, reg: &Registry, v: &Value) -> Val {
    match v {
        Value::I32(x) => Val::I32(*x),
        Value::I64(x) => Val::I64(*x),
        Value::F32(x) => Val::F32(x.to_bits()),
        Value::F64(x) => Val::F64(x.to_bits()),
        Value::V128(x) => Val::V128(*x),
        Value::FuncRef(None) => Val::FuncRef(None),
        Value::FuncRef(Some(_)) => Val::FuncRef(Some(reg.id(store, v))),
        Value::ExternRef(None) => Val::ExternRef(None),
        // Every externref the oracle mints wraps its handle number.
        Value::ExternRef(Some(r)) => Val::ExternRef(Some(r.downcast::<u32>(store).copied().unwrap_or(u32::MAX))),
        // Not produced by the modules the oracle accepts.
        _ => Val::ExternRef(Some(u32::MAX)),
    }
}

fn wasmer_ty(t: ValType) -> Type {
    match t {
        ValType::I32 => Type::I32,
        ValType::I64 => Type::I64,
        ValType::F32 => Type::F32,
        ValType::F64 => Type::F64,
        ValType::V128 => Type::V128,
        ValType::FuncRef => Type::FuncRef,
        ValType::ExternRef => Type::ExternRef,
    }
}

fn trap_kind(e: RuntimeError) -> TrapKind {
    use wasmer::sys::vm::TrapCode as C;
    if let Some(t) = e.downcast_ref::<HostTrap>() {
        return t.kind();
    }
    let msg = e.message();
    match e.clone().to_trap() {
        Some(C::UnreachableCodeReached) => TrapKind::Unreachable,
        Some(C::HeapAccessOutOfBounds) => TrapKind::MemoryOutOfBounds,
        Some(C::TableAccessOutOfBounds) => TrapKind::TableOutOfBounds,
        Some(C::IndirectCallToNull) => TrapKind::IndirectCallToNull,
        Some(C::IntegerDivisionByZero) => TrapKind::IntegerDivisionByZero,
        Some(C::IntegerOverflow) => TrapKind::IntegerOverflow,
        Some(C::BadConversionToInteger) => TrapKind::BadConversionToInteger,
        Some(C::StackOverflow) => TrapKind::StackOverflow,
        Some(C::BadSignature) => TrapKind::BadSignature,
        Some(C::UnalignedAtomic) | Some(C::HeapMisaligned) => TrapKind::UnalignedAtomic,
        Some(other) => TrapKind::Other(format!("{other:?}")),
        None => TrapKind::Other(msg),
    }
}

fn snapshot(store: &mut impl AsStoreMut, reg: &Registry, handles: &[Option<Handles>]) -> Snapshot {
    let mut snap = Snapshot::default();
    for (k, h) in handles.iter().enumerate() {
        let Some(h) = h else { continue };
        for (g, global) in h.globals.iter().enumerate() {
            let value = global.get(store);
            snap.globals.push(GlobalSnap { instance: k, index: g as u32, value: from_wasmer(store, reg, &value) });
        }
        for (i, mem) in h.memories.iter().enumerate() {
            let view = mem.view(store);
            let bytes = view.copy_to_vec().unwrap_or_default();
            snap.memories.push(MemorySnap {
                instance: k,
                index: i as u32,
                size: view.data_size(),
                digest: digest(&bytes),
            });
        }
        for (t, table) in h.tables.iter().enumerate() {
            let elems: Vec<Val> = (0..table.size(store))
                .map(|i| match table.get(store, i) {
                    Some(v) => from_wasmer(store, reg, &v),
                    None => Val::FuncRef(None),
                })
                .collect();
            snap.tables.push(TableSnap::of(k, t as u32, elems.into_iter()));
        }
    }
    snap
}

fn call(
    store: &mut impl AsStoreMut,
    reg: &Registry,
    handles: &[Option<Handles>],
    case: &PreparedCase,
    instance: usize,
    export: &str,
    args: &[Val],
) -> Outcome {
    let no_func = || Outcome::Trapped(TrapKind::Other(format!("no exported function {export}")));
    let Some(Some(h)) = handles.get(instance) else {
        return no_func();
    };
    if case.modules[instance].export_sig(export).is_none() {
        return no_func();
    }
    let Ok(func) = h.instance.exports.get_function(export) else {
        return no_func();
    };
    let func = func.clone();
    let params: Vec<Value> = args.iter().map(|a| to_wasmer(store, reg, a)).collect();
    match func.call(store, &params) {
        Ok(vals) => Outcome::Returned(vals.iter().map(|v| from_wasmer(store, reg, v)).collect()),
        Err(e) => Outcome::Trapped(trap_kind(e)),
    }
}

struct World<'a, 'b> {
    env: &'a mut FunctionEnvMut<'b, Env>,
}

impl World<'_, '_> {
    fn handles(&self) -> Vec<Option<Handles>> {
        self.env.data().instances.clone()
    }
    fn funcs(&self) -> Arc<Registry> {
        self.env.data().funcs.clone()
    }
    fn instance(&self, k: usize) -> Option<&Handles> {
        self.env.data().instances.get(k)?.as_ref()
    }
}

impl HostWorld for World<'_, '_> {
    fn snapshot(&mut self) -> Snapshot {
        let handles = self.handles();
        snapshot(self.env, &self.funcs(), &handles)
    }

    fn get_global(&mut self, instance: usize, global: u32) -> Option<Val> {
        let g = self.instance(instance)?.globals.get(global as usize)?.clone();
        let value = g.get(self.env);
        Some(from_wasmer(self.env, &self.funcs(), &value))
    }

    fn set_global(&mut self, instance: usize, global: u32, value: Val) -> bool {
        let Some(g) = self.instance(instance).and_then(|h| h.globals.get(global as usize)).cloned() else {
            return false;
        };
        let value = to_wasmer(self.env, &self.funcs(), &value);
        g.set(self.env, value).is_ok()
    }

    fn read_memory(&mut self, instance: usize, memory: u32, offset: u64, len: usize) -> Option<Vec<u8>> {
        let m = self.instance(instance)?.memories.get(memory as usize)?.clone();
        let view = m.view(self.env);
        if offset.checked_add(len as u64)? > view.data_size() {
            return None;
        }
        let mut buf = vec![0; len];
        view.read(offset, &mut buf).ok()?;
        Some(buf)
    }

    fn write_memory(&mut self, instance: usize, memory: u32, offset: u64, bytes: &[u8]) -> bool {
        let Some(m) = self.instance(instance).and_then(|h| h.memories.get(memory as usize)).cloned() else {
            return false;
        };
        m.view(self.env).write(offset, bytes).is_ok()
    }

    fn grow_memory(&mut self, instance: usize, memory: u32, delta: u64) -> Option<u64> {
        let m = self.instance(instance)?.memories.get(memory as usize)?.clone();
        let delta = u32::try_from(delta).ok()?;
        m.grow(self.env, delta).ok().map(|p| p.0 as u64)
    }

    fn set_table(&mut self, instance: usize, table: u32, slot: u64, value: Val) -> bool {
        let Some(t) = self.instance(instance).and_then(|h| h.tables.get(table as usize)).cloned() else {
            return false;
        };
        let funcs = self.funcs();
        if matches!(value, Val::FuncRef(Some(id)) if !funcs.by_id.contains_key(&id)) {
            return false;
        }
        let Ok(slot) = u32::try_from(slot) else { return false };
        let value = to_wasmer(self.env, &funcs, &value);
        t.set(self.env, slot, value).is_ok()
    }

    fn grow_table(&mut self, instance: usize, table: u32, delta: u64, value: Val) -> Option<u64> {
        let t = self.instance(instance)?.tables.get(table as usize)?.clone();
        let delta = u32::try_from(delta).ok()?;
        let value = to_wasmer(self.env, &self.funcs(), &value);
        t.grow(self.env, delta, value).ok().map(|n| n as u64)
    }

    fn call_export(&mut self, instance: usize, export: &str, args: &[Val]) -> Outcome {
        let handles = self.handles();
        let case = self.env.data().case.clone();
        call(self.env, &self.funcs(), &handles, &case, instance, export, args)
    }

    fn live_instances(&self) -> usize {
        self.env.data().instances.len()
    }
}

fn serve(env: &mut FunctionEnvMut<Env>, id: &HostFnId, args: &[Val]) -> Result<Vec<Val>, HostTrap> {
    let case = env.data().case.clone();
    let rec = env.data().rec.clone();
    host_call(&mut World { env }, &rec, &case, id, args)
}

fn dynamic_host_func(store: &mut Store, env: &FunctionEnv<Env>, id: HostFnId) -> Function {
    let ty = wasmer::FunctionType::new(
        id.sig.params.iter().map(|t| wasmer_ty(*t)).collect::<Vec<_>>(),
        id.sig.results.iter().map(|t| wasmer_ty(*t)).collect::<Vec<_>>(),
    );
    Function::new_with_env(store, env, ty, move |mut env: FunctionEnvMut<Env>, params: &[Value]| {
        let funcs = env.data().funcs.clone();
        let args: Vec<Val> = params.iter().map(|p| from_wasmer(&env, &funcs, p)).collect();
        match serve(&mut env, &id, &args) {
            Ok(vals) => Ok(vals.iter().map(|v| to_wasmer(&mut env, &funcs, v)).collect()),
            Err(t) => Err(RuntimeError::user(Box::new(t))),
        }
    })
}

/// Typed host functions, for a fixed set of signatures.
pub mod typed {
    use super::*;

    /// Conversion between Rust native types and oracle values.
    trait Native: Sized {
        fn to_val(self) -> Val;
        fn from_val(v: Val) -> Self;
    }
    impl Native for i32 {
        fn to_val(self) -> Val {
            Val::I32(self)
        }
        fn from_val(v: Val) -> Self {
            v.bits() as u32 as i32
        }
    }
    impl Native for i64 {
        fn to_val(self) -> Val {
            Val::I64(self)
        }
        fn from_val(v: Val) -> Self {
            v.bits() as u64 as i64
        }
    }
    impl Native for f32 {
        fn to_val(self) -> Val {
            Val::F32(self.to_bits())
        }
        fn from_val(v: Val) -> Self {
            f32::from_bits(v.bits() as u32)
        }
    }
    impl Native for f64 {
        fn to_val(self) -> Val {
            Val::F64(self.to_bits())
        }
        fn from_val(v: Val) -> Self {
            f64::from_bits(v.bits() as u64)
        }
    }

    fn nth<T: Native>(vals: &[Val], i: usize) -> T {
        T::from_val(vals[i])
    }

    /// A typed host function: parameters as Rust natives, `$conv` builds
    /// the return value from the host's result values `$v`.
    macro_rules! typed_fn {
        ($store:expr, $env:expr, $id:expr, ($($p:ident : $pt:ty),*) -> $ret:ty, |$v:ident| $conv:expr) => {{
            let id = $id;
            Function::new_typed_with_env(
                $store,
                $env,
                move |mut env: FunctionEnvMut<'_, Env>, $($p: $pt),*| -> Result<$ret, HostTrap> {
                    let args = vec![$(Native::to_val($p)),*];
                    #[allow(unused_variables)]
                    let $v = serve(&mut env, &id, &args)?;
                    Ok($conv)
                },
            )
        }};
    }

    /// The signatures served typed; others fall back to the dynamic path.
    pub fn supported(sig: &Sig) -> bool {
        SIGNATURES.iter().any(|(p, r)| sig.params == *p && sig.results == *r)
    }

    use ValType::{F32, F64, I32, I64};
    /// Every signature [`build`] can serve typed.
    pub const SIGNATURES: &[(&[ValType], &[ValType])] = &[
        (&[], &[]),
        (&[], &[I32]),
        (&[I32], &[]),
        (&[I32], &[I32]),
        (&[I32, I32], &[I32]),
        (&[I32, I32, I32], &[]),
        (&[I64], &[I64]),
        (&[I32, I64], &[I64]),
        (&[F32], &[F32]),
        (&[F64], &[F64]),
        (&[I32, I64, F32, F64], &[F64]),
        (&[I32, I32], &[I32, I32]),
    ];

    pub(super) fn build(store: &mut Store, env: &FunctionEnv<Env>, id: HostFnId) -> Option<Function> {
        let p = id.sig.params.clone();
        let r = id.sig.results.clone();
        Some(match (&p[..], &r[..]) {
            ([], []) => typed_fn!(store, env, id, () -> (), |v| ()),
            ([], [I32]) => typed_fn!(store, env, id, () -> i32, |v| nth(&v, 0)),
            ([I32], []) => typed_fn!(store, env, id, (a: i32) -> (), |v| ()),
            ([I32], [I32]) => typed_fn!(store, env, id, (a: i32) -> i32, |v| nth(&v, 0)),
            ([I32, I32], [I32]) => {
                typed_fn!(store, env, id, (a: i32, b: i32) -> i32, |v| nth(&v, 0))
            }
            ([I32, I32, I32], []) => {
                typed_fn!(store, env, id, (a: i32, b: i32, c: i32) -> (), |v| ())
            }
            ([I64], [I64]) => typed_fn!(store, env, id, (a: i64) -> i64, |v| nth(&v, 0)),
            ([I32, I64], [I64]) => {
                typed_fn!(store, env, id, (a: i32, b: i64) -> i64, |v| nth(&v, 0))
            }
            ([F32], [F32]) => typed_fn!(store, env, id, (a: f32) -> f32, |v| nth(&v, 0)),
            ([F64], [F64]) => typed_fn!(store, env, id, (a: f64) -> f64, |v| nth(&v, 0)),
            ([I32, I64, F32, F64], [F64]) => {
                typed_fn!(store, env, id, (a: i32, b: i64, c: f32, d: f64) -> f64, |v| nth(&v, 0))
            }
            ([I32, I32], [I32, I32]) => {
                typed_fn!(store, env, id, (a: i32, b: i32) -> (i32, i32), |v| (nth(&v, 0), nth(&v, 1)))
            }
            _ => return None,
        })
    }
}

struct WasmerSession {
    store: Store,
    env: FunctionEnv<Env>,
    modules: Vec<wasmer::Module>,
    notes: Vec<String>,
}

impl WasmerSession {
    /// Registers the functions of live instance `k` (see [`Registry`]).
    fn register(&mut self, k: usize, instance: &Instance) {
        let Ok(table) = instance.exports.get_table(FUNC_TABLE_EXPORT) else { return };
        let table = table.clone();
        let mut found = Vec::new();
        for i in 0..table.size(&self.store) {
            if let Some(v @ Value::FuncRef(Some(_))) = table.get(&mut self.store, i) {
                // SAFETY: reading the union field that `as_raw` set for a funcref.
                found.push((i, unsafe { v.as_raw(&self.store).funcref }));
            }
        }
        let mut reg = Registry::default();
        {
            let old = &self.env.as_ref(&self.store).funcs;
            reg.by_raw = old.by_raw.clone();
            reg.by_id = old.by_id.clone();
        }
        let refs = self.case().modules[k].func_refs.clone();
        for (i, raw) in found {
            let Some(index) = refs.get(i as usize) else { continue };
            let id = FuncId::new(k, *index);
            if let std::collections::hash_map::Entry::Vacant(e) = reg.by_raw.entry(raw) {
                e.insert(id);
                reg.by_id.insert(id, raw);
            }
        }
        self.env.as_mut(&mut self.store).funcs = Arc::new(reg);
    }

    /// Instantiates module `k`; on success its handles are pushed.
    fn try_instantiate(&mut self, k: usize) -> Outcome {
        let case = self.case();
        let handles = self.handles();
        let m = &case.modules[k];
        let mut imports = Imports::new();
        // Host objects by (module, name), as `Imports` keeps one extern per
        // name: an import repeated under one name gets the object made for
        // its first occurrence on every engine.
        let mut host: std::collections::HashSet<(&str, &str)> = Default::default();
        for (i, imp) in m.imports.iter().enumerate() {
            match case.provider(k, imp) {
                Provider::Instance(j) => {
                    let export = handles[j].as_ref().and_then(|h| h.instance.exports.get_extern(&imp.name));
                    match export {
                        Some(e) => imports.define(&imp.module, &imp.name, e.clone()),
                        None => return Outcome::LinkError(format!("{}.{} missing", imp.module, imp.name)),
                    }
                    continue;
                }
                Provider::Missing => {
                    return Outcome::LinkError(format!("unknown import {}.{}", imp.module, imp.name));
                }
                Provider::Host => {}
            }
            if !host.insert((imp.module.as_str(), imp.name.as_str())) {
                continue;
            }
            let ext: Extern = match &imp.kind {
                ImportKind::Func(sig) => {
                    let id = HostFnId::new(k, i, imp, sig);
                    let typed = case.plan.style_of(&imp.module, &imp.name) == HostFnStyle::Typed;
                    let f = if typed {
                        match typed::build(&mut self.store, &self.env, id.clone()) {
                            Some(f) => f,
                            None => {
                                self.notes.push(format!(
                                    "{}.{} {sig}: no typed host function for this signature; served dynamically",
                                    imp.module, imp.name
                                ));
                                dynamic_host_func(&mut self.store, &self.env, id)
                            }
                        }
                    } else {
                        dynamic_host_func(&mut self.store, &self.env, id)
                    };
                    Extern::Function(f)
                }
                ImportKind::Global(g) => {
                    let init =
                        to_wasmer(&mut self.store, &Registry::default(), &super::wasmi::host_global_init(k, i, g.ty));
                    let global = if g.mutable {
                        Global::new_mut(&mut self.store, init)
                    } else {
                        Global::new(&mut self.store, init)
                    };
                    Extern::Global(global)
                }
                ImportKind::Memory(mi) => {
                    let ty = wasmer::MemoryType::new(mi.minimum as u32, mi.maximum.map(|x| x as u32), false);
                    match Memory::new(&mut self.store, ty) {
                        Ok(mem) => {
                            let faults = self.env.as_ref(&self.store).rec.lock().unwrap().faults.clone();
                            let view = mem.view(&self.store);
                            let bytes = crate::host::host_memory_with_faults(&faults, k, i, view.data_size() as usize);
                            if view.write(0, &bytes).is_err() {
                                return Outcome::LinkError("cannot fill a host memory".into());
                            }
                            Extern::Memory(mem)
                        }
                        Err(e) => return Outcome::LinkError(e.to_string()),
                    }
                }
                ImportKind::Table(t) => {
                    let ty =
                        wasmer::TableType::new(wasmer_ty(t.element), t.minimum as u32, t.maximum.map(|x| x as u32));
                    let init = to_wasmer(&mut self.store, &Registry::default(), &Val::zero(t.element));
                    match wasmer::Table::new(&mut self.store, ty, init) {
                        Ok(tab) => Extern::Table(tab),
                        Err(e) => return Outcome::LinkError(e.to_string()),
                    }
                }
            };
            imports.define(&imp.module, &imp.name, ext);
        }
        match Instance::new(&mut self.store, &self.modules[k], &imports) {
            Ok(instance) => {
                let globals = (0..m.globals.len() as u32)
                    .map(|g| instance.exports.get_global(&global_export(g)).cloned())
                    .collect::<Result<Vec<_>, _>>();
                let memories = (0..m.memories.len() as u32)
                    .map(|g| instance.exports.get_memory(&memory_export(g)).cloned())
                    .collect::<Result<Vec<_>, _>>();
                let tables = (0..m.tables.len() as u32)
                    .map(|t| instance.exports.get_table(&table_export(t)).cloned())
                    .collect::<Result<Vec<_>, _>>();
                let (Ok(globals), Ok(memories), Ok(tables)) = (globals, memories, tables) else {
                    return Outcome::LinkError("instrumentation exports missing".into());
                };
                self.register(k, &instance);
                self.env.as_mut(&mut self.store).instances.push(Some(Handles { instance, globals, memories, tables }));
                Outcome::Returned(vec![])
            }
            Err(wasmer::InstantiationError::Start(e)) => Outcome::Trapped(trap_kind(e)),
            Err(e) => Outcome::LinkError(e.to_string()),
        }
    }

    fn handles(&self) -> Vec<Option<Handles>> {
        self.env.as_ref(&self.store).instances.clone()
    }
    fn case(&self) -> Arc<PreparedCase> {
        self.env.as_ref(&self.store).case.clone()
    }
}

impl Session for WasmerSession {
    fn instantiate(&mut self, k: usize) -> Outcome {
        let outcome = self.try_instantiate(k);
        let mut instances = std::mem::take(&mut self.env.as_mut(&mut self.store).instances);
        if instances.len() == k {
            instances.push(None); // failed: the instance stays absent
        }
        self.env.as_mut(&mut self.store).instances = instances;
        outcome
    }

    fn invoke(&mut self, instance: usize, export: &str, args: &[Val]) -> Outcome {
        let handles = self.handles();
        let case = self.case();
        let funcs = self.env.as_ref(&self.store).funcs.clone();
        call(&mut self.store, &funcs, &handles, &case, instance, export, args)
    }

    fn snapshot(&mut self) -> Snapshot {
        let handles = self.handles();
        let funcs = self.env.as_ref(&self.store).funcs.clone();
        snapshot(&mut self.store, &funcs, &handles)
    }
}

/// Base tunables with the memory style forced to the configured one.
struct StyleTunables {
    base: wasmer::sys::BaseTunables,
    style: MemoryStyle,
}

impl Tunables for StyleTunables {
    fn memory_style(&self, _memory: &wasmer::MemoryType) -> wasmer::MemoryStyle {
        compat::memory_style(&self.base, self.style)
    }

    fn table_style(&self, table: &wasmer::TableType) -> wasmer::TableStyle {
        self.base.table_style(table)
    }

    fn create_host_memory(
        &self,
        ty: &wasmer::MemoryType,
        style: &wasmer::MemoryStyle,
    ) -> Result<wasmer::sys::vm::VMMemory, wasmer::MemoryError> {
        limited::check_memory(ty)?;
        Ok(limited::memory(self.base.create_host_memory(ty, style)?))
    }

    unsafe fn create_vm_memory(
        &self,
        ty: &wasmer::MemoryType,
        style: &wasmer::MemoryStyle,
        vm_definition_location: NonNull<wasmer::sys::vm::VMMemoryDefinition>,
    ) -> Result<wasmer::sys::vm::VMMemory, wasmer::MemoryError> {
        limited::check_memory(ty)?;
        Ok(limited::memory(unsafe { self.base.create_vm_memory(ty, style, vm_definition_location)? }))
    }

    fn create_host_table(
        &self,
        ty: &wasmer::TableType,
        style: &wasmer::TableStyle,
    ) -> Result<wasmer::sys::vm::VMTable, String> {
        self.base.create_host_table(&limited::table(ty)?, style)
    }

    unsafe fn create_vm_table(
        &self,
        ty: &wasmer::TableType,
        style: &wasmer::TableStyle,
        vm_definition_location: NonNull<wasmer::sys::vm::VMTableDefinition>,
    ) -> Result<wasmer::sys::vm::VMTable, String> {
        unsafe { self.base.create_vm_table(&limited::table(ty)?, style, vm_definition_location) }
    }
}

/// The oracle's resource limits ([`super::limits`]) on Wasmer's memories and
/// tables. A memory keeps its own type and refuses growth beyond the limit;
/// a table gets its maximum lowered to the limit (Wasmer's `VMTable` reads
/// the maximum from its type), which is visible only to an import that
/// declares a maximum above the limit for a table that has none.
mod limited {
    use super::super::limits::{MEMORY_PAGES, REFUSAL, TABLE_ELEMENTS};
    use std::ptr::NonNull;
    use wasmer::sys::vm::{LinearMemory, VMMemory, VMMemoryDefinition};
    use wasmer::{MemoryError, MemoryStyle, MemoryType, Pages};

    pub fn check_memory(ty: &MemoryType) -> Result<(), MemoryError> {
        if ty.minimum.0 as u64 > MEMORY_PAGES {
            return Err(MemoryError::Generic(format!("{REFUSAL}: {} pages > {MEMORY_PAGES}", ty.minimum.0)));
        }
        Ok(())
    }

    pub fn memory(inner: VMMemory) -> VMMemory {
        VMMemory(Box::new(Limited { inner: inner.0 }))
    }

    pub fn table(ty: &wasmer::TableType) -> Result<wasmer::TableType, String> {
        if ty.minimum as u64 > TABLE_ELEMENTS {
            return Err(format!("{REFUSAL}: {} elements > {TABLE_ELEMENTS}", ty.minimum));
        }
        let mut t = *ty;
        t.maximum = Some(t.maximum.map_or(TABLE_ELEMENTS as u32, |m| m.min(TABLE_ELEMENTS as u32)));
        Ok(t)
    }

    /// A memory as `VMMemory` boxes it: `Send + Sync` since Wasmer 7.1.
    #[cfg(not(feature = "g0m0"))]
    type Boxed = Box<dyn LinearMemory + Send + Sync + 'static>;
    #[cfg(feature = "g0m0")]
    type Boxed = Box<dyn LinearMemory + 'static>;

    #[derive(Debug)]
    struct Limited {
        inner: Boxed,
    }

    /// The trait impl; `$($mut)?` is the receiver of `copy`, `&mut self` in
    /// Wasmer 7.0.x and `&self` since.
    macro_rules! impl_limited {
        ($($mut:tt)?) => {
            impl LinearMemory for Limited {
                fn ty(&self) -> MemoryType {
                    self.inner.ty()
                }
                fn size(&self) -> Pages {
                    self.inner.size()
                }
                fn style(&self) -> MemoryStyle {
                    self.inner.style()
                }
                fn grow(&mut self, delta: Pages) -> Result<Pages, MemoryError> {
                    let now = self.inner.size();
                    if now.0 as u64 + delta.0 as u64 > MEMORY_PAGES {
                        return Err(MemoryError::CouldNotGrow { current: now, attempted_delta: delta });
                    }
                    self.inner.grow(delta)
                }
                fn vmmemory(&self) -> NonNull<VMMemoryDefinition> {
                    self.inner.vmmemory()
                }
                fn try_clone(&self) -> Result<Boxed, MemoryError> {
                    self.inner.try_clone()
                }
                fn copy(&$($mut)? self) -> Result<Boxed, MemoryError> {
                    self.inner.copy()
                }
            }
        };
    }
    #[cfg(not(feature = "g0m0"))]
    impl_limited!();
    #[cfg(feature = "g0m0")]
    impl_limited!(mut);
}

/// Builds an engine for a configuration.
pub fn engine(config: &WasmerConfig) -> wasmer::Engine {
    engine_with(config, None)
}

/// Compiles `wasm` as `config` does, with Wasmer's LLVM callbacks writing
/// the IR of every function (`<name>.preopt.ll`, `<name>.postopt.ll`, and
/// trampolines) into a directory under `dir`, which is returned. The same
/// callbacks exist in Wasmer 7.0.1 and 7.5. Not cached: the IR is written
/// while compiling.
pub fn capture_ir(config: &WasmerConfig, wasm: &[u8], dir: &std::path::Path) -> Result<std::path::PathBuf, String> {
    let _ = std::fs::remove_dir_all(dir);
    let cb =
        wasmer_compiler_llvm::LLVMCallbacks::new(dir.to_path_buf()).map_err(|e| format!("{}: {e}", dir.display()))?;
    let engine = engine_with(config, Some(cb));
    wasmer::Module::new(&engine, wasm).map_err(|e| e.to_string().lines().next().unwrap_or("").to_string())?;
    // Wasmer writes into dir/<SHA-256 of the module>/.
    let sub = std::fs::read_dir(dir)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.is_dir())
        .unwrap_or_else(|| dir.to_path_buf());
    Ok(sub)
}

/// LLVM compile threads per engine: 1, because campaigns run one worker
/// process per core and parallelise across cases (measured against Wasmer's
/// default, one thread per core, in the README's "Performance");
/// `CCORACLE_LLVM_THREADS=N` overrides it, for that measurement.
fn llvm_threads() -> NonZero<usize> {
    std::env::var("CCORACLE_LLVM_THREADS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .and_then(NonZero::new)
        .unwrap_or(NonZero::new(1).unwrap())
}

fn engine_with(config: &WasmerConfig, callbacks: Option<wasmer_compiler_llvm::LLVMCallbacks>) -> wasmer::Engine {
    let mut llvm = LLVM::new();
    if callbacks.is_some() {
        llvm.callbacks(callbacks);
    }
    llvm.opt_level(match config.opt {
        OptLevel::O0 => wasmer::sys::LLVMOptLevel::None,
        OptLevel::O1 => wasmer::sys::LLVMOptLevel::Less,
        OptLevel::O2 => wasmer::sys::LLVMOptLevel::Default,
        OptLevel::O3 => wasmer::sys::LLVMOptLevel::Aggressive,
    });
    llvm.num_threads(llvm_threads());
    compat::set_pass_params(&mut llvm, config.pass_params);
    let mut features = Features::default();
    features.tail_call(true);
    features.multi_memory(true);
    // memory64 stays off: the LLVM translator does not implement it.
    compat::extra_features(&mut features);
    features.multi_value(true);
    features.bulk_memory(true);
    features.reference_types(true);
    features.simd(true);
    let mut engine: wasmer::Engine = EngineBuilder::new(llvm).set_features(Some(features)).engine().into();
    let base = compat::base_tunables(&engine);
    engine.set_tunables(StyleTunables { base, style: config.memory });
    engine
}

/// Compile once, check many: compiled modules are kept per configuration
/// (keyed by their exact bytes) and instantiated afresh in a new store for
/// every run, so checks of the same module set under other host plans and
/// invocations skip LLVM. A compiled module is immutable code and
/// metadata; all run-time state (memories, tables, globals, the inline
/// function references of fixed-size tables) belongs to the instances of a
/// store, so a cached module behaves as a fresh one (tested:
/// `tests/fuzz.rs`, checks of a shared module set replay alone exactly).
/// Per thread (threads of a sweep compile in parallel); bounded: the cache
/// of a configuration is emptied when it holds [`compile_cache::CAPACITY`]
/// modules.
pub mod compile_cache {
    use super::*;
    use std::cell::RefCell;
    use std::collections::HashMap;

    /// Modules kept per configuration, at most.
    pub const CAPACITY: usize = 64;

    struct PerConfig {
        engine: wasmer::Engine,
        modules: HashMap<Vec<u8>, wasmer::Module>,
    }

    thread_local! {
        static CACHE: RefCell<HashMap<WasmerConfig, PerConfig>> = RefCell::new(HashMap::new());
    }

    /// The configuration's engine and the case's modules compiled by it;
    /// a module it rejects as `(module name, first line of the error)`.
    pub fn compile(
        config: &WasmerConfig,
        mods: &[crate::prepare::PreparedModule],
    ) -> Result<(wasmer::Engine, Vec<wasmer::Module>), (String, String)> {
        CACHE.with_borrow_mut(|cache| compile_in(cache, config, mods))
    }

    fn compile_in(
        cache: &mut HashMap<WasmerConfig, PerConfig>,
        config: &WasmerConfig,
        mods: &[crate::prepare::PreparedModule],
    ) -> Result<(wasmer::Engine, Vec<wasmer::Module>), (String, String)> {
        let per = cache.entry(*config).or_insert_with(|| PerConfig { engine: engine(config), modules: HashMap::new() });
        let new = mods.iter().filter(|m| !per.modules.contains_key(&m.wasm)).count();
        if per.modules.len() + new > CAPACITY {
            // Start over with a new engine too (before compiling, so that a
            // case's modules share one engine): an engine keeps the code
            // memory of every module it ever compiled, so a long campaign
            // would grow.
            *per = PerConfig { engine: engine(config), modules: HashMap::new() };
        }
        let mut out = Vec::new();
        for m in mods {
            if let Some(module) = per.modules.get(&m.wasm) {
                out.push(module.clone());
                continue;
            }
            let module = wasmer::Module::new(&per.engine, &m.wasm)
                .map_err(|e| (m.name.clone(), e.to_string().lines().next().unwrap_or("").to_string()))?;
            per.modules.insert(m.wasm.clone(), module.clone());
            out.push(module);
        }
        Ok((per.engine.clone(), out))
    }

    /// Forgets this thread's engines and compiled modules (benchmarks
    /// measure cold compiles; a libFuzzer input must leave no state for the
    /// next one).
    pub fn clear() {
        CACHE.with_borrow_mut(|c| c.clear());
    }
}

/// Runs a prepared case on Wasmer.
pub fn run(
    case: &Arc<PreparedCase>,
    rec: &SharedRecorder,
    config: &WasmerConfig,
) -> Result<(Vec<String>, f64), EngineError> {
    let compile_start = std::time::Instant::now();
    let label = super::EngineSpec::Wasmer(*config).label();
    let (engine, modules) = compile_cache::compile(config, &case.modules)
        .map_err(|(module, msg)| EngineError::Rejected { engine: label.clone(), module, msg })?;
    let mut store = Store::new(engine);
    let compile_seconds = compile_start.elapsed().as_secs_f64();
    let env = FunctionEnv::new(
        &mut store,
        Env { funcs: Arc::default(), instances: Vec::new(), case: case.clone(), rec: rec.clone() },
    );
    let mut session = WasmerSession { store, env, modules, notes: Vec::new() };
    super::drive(&mut session, case, rec);
    Ok((session.notes, compile_seconds))
}
