//! The recording host, written once for every engine.
//!
//! Each engine adapter serves imported functions with a closure that turns
//! its arguments into [`Val`]s and calls [`host_call`] with a [`HostWorld`]:
//! the adapter's view of the store (snapshot, write a global, write or grow
//! a memory, call an export). `host_call` records the call, performs the
//! side effects of the host plan in order, and returns results derived from
//! the arguments, so a wrong argument propagates into the guest's state.
//!
//! [`Fault`]s let tests build a deliberately faulty engine: they corrupt what
//! the host receives or does, in the same place a broken calling convention
//! would, so the tests can show the oracle catching it.

use crate::case::{Action, GlobalValue};
use crate::prepare::{ImportInfo, PreparedCase, Sig};
use crate::trace::{Event, Outcome, Snapshot, Trace};
use crate::value::{canary, mix64, Val, ValType};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::sync::{Arc, Mutex};

/// A deliberate defect injected into an engine's host path (tests only).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Fault {
    /// Flip the low bit of argument `slot` of every host call that has one.
    PerturbArg { slot: usize },
    /// Prepend `count` hidden values (a pointer-like value) and drop as many
    /// trailing arguments, as a leaked hidden parameter would.
    ExtraLeadingArgs { count: usize },
    /// Skip every `SetGlobal` effect on global `global`.
    DropGlobalWrite { global: u32 },
    /// Store the function with the next index instead of the one a
    /// `SetTable` effect names (a wrong table slot identity).
    WrongTableFunc,
    /// Flip the low bit of byte `offset` of every memory the host fills at
    /// instantiation (a wrong memory byte).
    WrongHostMemoryByte { offset: usize },
    /// Flip the low bit of byte `offset` of what a WASI program writes to
    /// stdout (one byte of output changed).
    WrongOutputByte { offset: u64 },
}

/// The contents the host fills a memory with, as a faulty engine would see
/// them.
pub fn host_memory_with_faults(faults: &[Fault], instance: usize, import_index: usize, len: usize) -> Vec<u8> {
    let mut bytes = host_memory_contents(instance, import_index, len);
    for f in faults {
        if let Fault::WrongHostMemoryByte { offset } = *f {
            if let Some(b) = bytes.get_mut(offset) {
                *b ^= 1;
            }
        }
    }
    bytes
}

fn apply_table_faults(faults: &[Fault], value: Val) -> Val {
    match value {
        Val::FuncRef(Some(id)) if faults.contains(&Fault::WrongTableFunc) => {
            Val::FuncRef(Some(crate::value::FuncId { instance: id.instance, index: id.index + 1 }))
        }
        v => v,
    }
}

/// What an engine must provide for the host to act on the store.
pub trait HostWorld {
    /// Every global and memory of every live instance.
    fn snapshot(&mut self) -> Snapshot;
    /// Current value of a global, `None` if there is no such instance/global.
    fn get_global(&mut self, instance: usize, global: u32) -> Option<Val>;
    /// Writes a global; `false` if not possible (no such global, immutable).
    fn set_global(&mut self, instance: usize, global: u32, value: Val) -> bool;
    /// Reads `len` bytes of a memory; `None` if out of bounds or missing.
    fn read_memory(&mut self, instance: usize, memory: u32, offset: u64, len: usize) -> Option<Vec<u8>>;
    /// Writes bytes into a memory; `false` if out of bounds or missing.
    fn write_memory(&mut self, instance: usize, memory: u32, offset: u64, bytes: &[u8]) -> bool;
    /// Grows a memory; the old size in pages, or `None` on failure.
    fn grow_memory(&mut self, instance: usize, memory: u32, delta: u64) -> Option<u64>;
    /// Stores a reference in a table slot; `false` if out of bounds, of the
    /// wrong type, or naming a function no live instance has.
    fn set_table(&mut self, instance: usize, table: u32, slot: u64, value: Val) -> bool;
    /// Grows a table; the old size, or `None` on failure.
    fn grow_table(&mut self, instance: usize, table: u32, delta: u64, value: Val) -> Option<u64>;
    /// Calls an exported function of a live instance.
    fn call_export(&mut self, instance: usize, export: &str, args: &[Val]) -> Outcome;
    /// Number of live (instantiated) instances.
    fn live_instances(&self) -> usize;
}

/// Where events go: kept in memory, and optionally streamed as JSON lines as
/// they happen (so that a crash loses nothing that came before it).
pub struct Recorder {
    pub events: Vec<Event>,
    pub stream: Option<Box<dyn Write + Send>>,
    /// Calls made so far, per (instance, import index).
    calls: std::collections::HashMap<(usize, usize), u32>,
    pub depth: u32,
    pub faults: Vec<Fault>,
    /// The WASI host's state, once the program made its first WASI call.
    wasi: Option<crate::wasi::WasiState>,
}

impl Recorder {
    pub fn new(faults: Vec<Fault>, stream: Option<Box<dyn Write + Send>>) -> Recorder {
        Recorder { events: Vec::new(), stream, calls: Default::default(), depth: 0, faults, wasi: None }
    }

    pub fn push(&mut self, event: Event) {
        if let Some(s) = self.stream.as_mut() {
            // A broken pipe means the parent is gone; keep running quietly.
            let _ = serde_json::to_writer(&mut *s, &event);
            let _ = s.write_all(b"\n");
            let _ = s.flush();
        }
        self.events.push(event);
    }

    pub fn into_trace(self, meta: crate::trace::TraceMeta) -> Trace {
        Trace { meta, events: self.events }
    }
}

pub type SharedRecorder = Arc<Mutex<Recorder>>;

/// Identifies the import being served.
#[derive(Clone, Debug)]
pub struct HostFnId {
    pub instance: usize,
    pub import_index: usize,
    pub module: String,
    pub name: String,
    pub sig: Sig,
}

impl HostFnId {
    pub fn new(instance: usize, import_index: usize, import: &ImportInfo, sig: &Sig) -> HostFnId {
        HostFnId { instance, import_index, module: import.module.clone(), name: import.name.clone(), sig: sig.clone() }
    }
}

/// The error a host function returns to make the guest trap, or, with an
/// exit code, to end the program (WASI's `proc_exit`).
#[derive(Debug, Clone, thiserror::Error)]
#[error("ccoracle host trap")]
pub struct HostTrap {
    pub exit: Option<u32>,
}

impl HostTrap {
    /// A trap (the host plan's, or a failed callback's).
    pub const TRAP: HostTrap = HostTrap { exit: None };

    /// How every engine names it.
    pub fn kind(&self) -> crate::trace::TrapKind {
        match self.exit {
            Some(code) => crate::trace::TrapKind::Exit(code),
            None => crate::trace::TrapKind::HostTrap,
        }
    }
}

fn fold_args(args: &[Val]) -> u64 {
    args.iter().fold(0x5bd1_e995u64, |h, v| {
        let b = v.bits();
        mix64(h ^ (b as u64) ^ ((b >> 64) as u64).rotate_left(17))
    })
}

/// A value of type `ty` derived from a hash: integers use all bits, floats
/// are exact small numbers (never NaN, so differences are not masked),
/// external references are host handles 100–1099 (the host mints them),
/// function references null (the host has no functions of its own to give).
pub fn derived(ty: ValType, h: u64) -> Val {
    match ty {
        ValType::F32 => Val::F32(((h % 2_000_000) as f32 / 8.0 - 100_000.0).to_bits()),
        ValType::F64 => Val::F64(((h % 2_000_000_000) as f64 / 16.0 - 5e7).to_bits()),
        ValType::V128 => Val::V128(((mix64(h) as u128) << 64) | h as u128),
        ValType::ExternRef => Val::ExternRef(Some(100 + (h % 1000) as u32)),
        t => Val::from_bits(t, h as u128),
    }
}

/// The initial contents of a memory the host owns (an imported memory the
/// host serves): bytes derived from the importing instance, the import and
/// the address, so that a load through a wrong base or offset reads a wrong
/// value instead of an innocent zero. Every engine fills it the same way.
pub fn host_memory_contents(instance: usize, import_index: usize, len: usize) -> Vec<u8> {
    let seed = mix64(0x3e30_0000 ^ ((instance as u64) << 20) ^ import_index as u64);
    let mut out = Vec::with_capacity(len);
    let mut a = 0u64;
    while out.len() < len {
        out.extend_from_slice(&mix64(seed ^ a).to_le_bytes());
        a += 8;
    }
    out.truncate(len);
    out
}

/// Results of a host function: derived from its identity and arguments.
pub fn derive_results(id: &HostFnId, args: &[Val]) -> Vec<Val> {
    let base = fold_args(args) ^ mix64(id.import_index as u64 + 1000 * id.instance as u64);
    id.sig.results.iter().enumerate().map(|(i, t)| derived(*t, mix64(base.wrapping_add(i as u64)))).collect()
}

fn apply_arg_faults(faults: &[Fault], args: &mut [Val]) {
    for f in faults {
        match *f {
            Fault::PerturbArg { slot } => {
                if let Some(v) = args.get_mut(slot) {
                    *v = Val::from_bits(v.ty(), v.bits() ^ 1);
                }
            }
            Fault::ExtraLeadingArgs { count } => {
                let n = args.len();
                let count = count.min(n);
                for i in (count..n).rev() {
                    let src = args[i - count];
                    args[i] = Val::from_bits(args[i].ty(), src.bits());
                }
                for (i, a) in args.iter_mut().take(count).enumerate() {
                    *a = Val::from_bits(a.ty(), 0x7f00_dead_0000u128 + 0x1000 * i as u128);
                }
            }
            Fault::DropGlobalWrite { .. }
            | Fault::WrongTableFunc
            | Fault::WrongHostMemoryByte { .. }
            | Fault::WrongOutputByte { .. } => {}
        }
    }
}

/// Serves one host call. `rec` must not be locked by the caller.
pub fn host_call(
    world: &mut dyn HostWorld,
    rec: &SharedRecorder,
    case: &PreparedCase,
    id: &HostFnId,
    received: &[Val],
) -> Result<Vec<Val>, HostTrap> {
    let mut args = received.to_vec();
    let (call_no, depth, faults) = {
        let mut r = rec.lock().unwrap();
        let n = r.calls.entry((id.instance, id.import_index)).or_insert(0);
        let call_no = *n;
        *n += 1;
        (call_no, r.depth, r.faults.clone())
    };
    apply_arg_faults(&faults, &mut args);
    let snapshot = world.snapshot();
    rec.lock().unwrap().push(Event::HostCall {
        depth,
        instance: id.instance,
        module: id.module.clone(),
        name: id.name.clone(),
        args: args.clone(),
        snapshot,
    });
    if let Some(cfg) = case.wasi.as_ref().filter(|_| id.module == crate::wasi::MODULE) {
        let mut st = rec.lock().unwrap().wasi.take().unwrap_or_else(|| crate::wasi::WasiState::new(cfg));
        let mut events = Vec::new();
        let served = crate::wasi::call(world, &mut st, id.instance, &id.name, &id.sig, &args, &faults, &mut events);
        let mut r = rec.lock().unwrap();
        r.wasi = Some(st);
        for e in events {
            r.push(e);
        }
        if let Some(result) = served {
            return result;
        }
    }
    let h = fold_args(&args);
    let plan = &case.plan;
    if let Some(fp) = plan.function(&id.module, &id.name) {
        for effect in &fp.effects {
            if effect.on_call.is_some_and(|n| n != call_no) {
                continue;
            }
            match &effect.action {
                Action::SetGlobal { instance, global, value } => {
                    if faults.iter().any(|f| matches!(f, Fault::DropGlobalWrite { global: g } if g == global)) {
                        continue;
                    }
                    let Some(cur) = world.get_global(*instance, *global) else {
                        continue;
                    };
                    let new = match *value {
                        GlobalValue::Const(bits) => Val::from_bits(cur.ty(), bits as u128),
                        GlobalValue::Sub(d) => match cur {
                            Val::I32(v) => Val::I32(v.wrapping_sub(d as i32)),
                            Val::I64(v) => Val::I64(v.wrapping_sub(d as i64)),
                            other => Val::from_bits(other.ty(), d as u128),
                        },
                        GlobalValue::FromArgs => derived(cur.ty(), mix64(h ^ 0x9106)),
                    };
                    world.set_global(*instance, *global, new);
                }
                Action::WriteMemory { instance, memory, offset, len } => {
                    let bytes: Vec<u8> = (0..*len).map(|i| (mix64(h ^ i as u64) & 0xff) as u8).collect();
                    world.write_memory(*instance, *memory, *offset, &bytes);
                }
                Action::GrowMemory { instance, memory, delta } => {
                    world.grow_memory(*instance, *memory, *delta);
                }
                Action::SetTable { instance, table, slot, value } => {
                    let value = apply_table_faults(&faults, *value);
                    world.set_table(*instance, *table, *slot, value);
                }
                Action::GrowTable { instance, table, delta, value } => {
                    world.grow_table(*instance, *table, *delta, *value);
                }
                Action::CallExport { instance, export } => {
                    if depth >= plan.max_depth || *instance >= world.live_instances() {
                        continue;
                    }
                    let Some(sig) = case.modules[*instance].export_sig(export) else {
                        continue;
                    };
                    let cargs: Vec<Val> = sig.params.iter().enumerate().map(|(i, t)| canary(*t, i)).collect();
                    rec.lock().unwrap().depth += 1;
                    let outcome = world.call_export(*instance, export, &cargs);
                    rec.lock().unwrap().depth -= 1;
                    let snapshot = world.snapshot();
                    let failed = !matches!(outcome, Outcome::Returned(_));
                    rec.lock().unwrap().push(Event::Callback {
                        depth: depth + 1,
                        instance: *instance,
                        export: export.clone(),
                        args: cargs,
                        outcome,
                        snapshot,
                    });
                    if failed {
                        // The host cannot continue without its callback's
                        // result: it traps (the callback event says why).
                        return Err(HostTrap::TRAP);
                    }
                }
                Action::Trap => return Err(HostTrap::TRAP),
            }
        }
    }
    Ok(derive_results(id, &args))
}
