//! Traces: everything an engine let the oracle observe while running a case,
//! in order, as plain serialisable data.
//!
//! A trace is a list of [`Event`]s. Host calls are recorded at the moment the
//! host function is entered, with the arguments it received and a
//! [`Snapshot`] of every global and memory of every instance; callbacks from
//! the host into the guest, instantiations and invocations are recorded when
//! they finish, again with a snapshot. Nothing engine-specific is kept.

use crate::value::Val;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The state the host can see: every global, memory and table of every
/// instance, in instance order then index order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub globals: Vec<GlobalSnap>,
    pub memories: Vec<MemorySnap>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<TableSnap>,
}

/// Slots of a table a snapshot lists one by one (the rest is in the
/// digest).
pub const TABLE_SNAP_SLOTS: usize = 256;

/// A table as the host sees it: its size, and its elements as identities
/// (function references as [`crate::value::FuncId`]s, external references
/// as host handles).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableSnap {
    pub instance: usize,
    pub index: u32,
    pub size: u64,
    /// The first [`TABLE_SNAP_SLOTS`] elements.
    pub elements: Vec<crate::value::Val>,
    /// Over every element's identity.
    pub digest: u64,
}

impl TableSnap {
    /// A snapshot of a table from all its elements.
    pub fn of(instance: usize, index: u32, elements: impl Iterator<Item = crate::value::Val>) -> TableSnap {
        let mut digest: u64 = 0xcbf2_9ce4_8422_2325;
        let mut first = Vec::new();
        let mut size = 0u64;
        for v in elements {
            digest = (digest ^ v.bits() as u64).wrapping_mul(0x0000_0100_0000_01b3);
            if first.len() < TABLE_SNAP_SLOTS {
                first.push(v);
            }
            size += 1;
        }
        TableSnap { instance, index, size, elements: first, digest }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GlobalSnap {
    pub instance: usize,
    pub index: u32,
    pub value: Val,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemorySnap {
    pub instance: usize,
    pub index: u32,
    /// Size in bytes.
    pub size: u64,
    /// FNV-1a 64 over the contents, see [`digest`].
    pub digest: u64,
}

/// Digest of a memory's contents (FNV-1a, 64 bit, over 8-byte words for
/// speed; the tail is folded byte by byte).
pub fn digest(bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap());
        if w != 0 {
            h ^= w;
        }
        h = h.wrapping_mul(PRIME);
    }
    for &b in chunks.remainder() {
        h ^= b as u64;
        h = h.wrapping_mul(PRIME);
    }
    h ^ bytes.len() as u64
}

/// The way a trap is named, common to all engines.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrapKind {
    Unreachable,
    MemoryOutOfBounds,
    TableOutOfBounds,
    IndirectCallToNull,
    BadSignature,
    IntegerOverflow,
    IntegerDivisionByZero,
    BadConversionToInteger,
    NullReference,
    UnalignedAtomic,
    /// A trap raised by the host plan (`Action::Trap`) or propagated by the
    /// host from a failed callback.
    HostTrap,
    /// Call stack exhausted. Engines have different limits: inconclusive.
    StackOverflow,
    /// The reference ran out of fuel: inconclusive.
    OutOfFuel,
    /// The engine took longer than the time limit: inconclusive.
    Timeout,
    /// Not a trap: the program ended itself with this exit code (WASI's
    /// `proc_exit`).
    Exit(u32),
    /// Anything else, with the engine's words.
    Other(String),
}

impl TrapKind {
    /// Traps that depend on engine limits rather than on semantics.
    pub fn is_inconclusive(&self) -> bool {
        matches!(self, TrapKind::StackOverflow | TrapKind::OutOfFuel | TrapKind::Timeout)
    }
}

impl fmt::Display for TrapKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrapKind::Other(s) => write!(f, "other trap ({s})"),
            TrapKind::Exit(code) => write!(f, "exit({code})"),
            k => {
                let s = serde_json::to_string(k).unwrap_or_default();
                f.write_str(s.trim_matches('"'))
            }
        }
    }
}

/// How a call into the guest (or an instantiation) ended.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Returned(Vec<Val>),
    Trapped(TrapKind),
    /// Instantiation failed while linking (the engine's message is kept for
    /// the reader but not compared).
    LinkError(String),
}

impl Outcome {
    pub fn is_inconclusive(&self) -> bool {
        matches!(self, Outcome::Trapped(k) if k.is_inconclusive())
    }

    /// Comparison with the NaN rule and without link-error wording.
    pub fn same_as(&self, other: &Outcome) -> bool {
        match (self, other) {
            (Outcome::Returned(a), Outcome::Returned(b)) => crate::value::same_vals(a, b),
            (Outcome::Trapped(a), Outcome::Trapped(b)) => a == b,
            (Outcome::LinkError(_), Outcome::LinkError(_)) => true,
            _ => false,
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Returned(v) => write!(f, "returned {}", crate::value::fmt_vals(v)),
            Outcome::Trapped(TrapKind::Exit(code)) => write!(f, "exited with code {code}"),
            Outcome::Trapped(k) => write!(f, "trapped: {k}"),
            Outcome::LinkError(m) => write!(f, "link error: {m}"),
        }
    }
}

/// One observable event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// Instance `instance` was instantiated (start function included).
    Instantiate { instance: usize, outcome: Outcome, snapshot: Snapshot },
    /// A host function was entered.
    HostCall {
        /// Nesting depth: 0 for calls made during a top-level invocation.
        depth: u32,
        /// Which instance imported the function, and under which name.
        instance: usize,
        module: String,
        name: String,
        /// Arguments as received, bit-exact.
        args: Vec<Val>,
        snapshot: Snapshot,
    },
    /// A host function called back into an export, as its plan asked.
    Callback { depth: u32, instance: usize, export: String, args: Vec<Val>, outcome: Outcome, snapshot: Snapshot },
    /// A top-level invocation of an export finished.
    Invoke { instance: usize, export: String, args: Vec<Val>, outcome: Outcome, snapshot: Snapshot },
    /// The engine process died (signal or abnormal exit): a finding, not an
    /// inconclusive result.
    Crash { message: String },
    /// The engine refused to compile a module that the reference and the
    /// other configuration of the SUT accept.
    CompileError { module: String, message: String },
    /// The engine process exceeded the time limit and was stopped:
    /// inconclusive.
    Timeout { seconds: f64 },
    /// A WASI program wrote to `stream` (`stdout`, `stderr`, or a file's
    /// path): the bytes as text, other bytes escaped (see
    /// [`crate::wasi::escape`]).
    Output { stream: String, text: String },
}

impl Event {
    /// The outcome carried by the event, if any.
    pub fn outcome(&self) -> Option<&Outcome> {
        match self {
            Event::Instantiate { outcome, .. } | Event::Callback { outcome, .. } | Event::Invoke { outcome, .. } => {
                Some(outcome)
            }
            _ => None,
        }
    }

    pub fn snapshot(&self) -> Option<&Snapshot> {
        match self {
            Event::Instantiate { snapshot, .. }
            | Event::HostCall { snapshot, .. }
            | Event::Callback { snapshot, .. }
            | Event::Invoke { snapshot, .. } => Some(snapshot),
            Event::Crash { .. } | Event::Timeout { .. } | Event::CompileError { .. } | Event::Output { .. } => None,
        }
    }

    /// Whether this event ends the comparable part of a trace because an
    /// engine limit, not the program, decided it.
    pub fn is_inconclusive(&self) -> bool {
        matches!(self, Event::Timeout { .. }) || self.outcome().is_some_and(Outcome::is_inconclusive)
    }

    /// A short, human description of where in the run this event is.
    pub fn describe(&self) -> String {
        match self {
            Event::Instantiate { instance, .. } => format!("instantiation of instance {instance}"),
            Event::HostCall { instance, module, name, depth, .. } => {
                format!("host call to {module}.{name} (imported by instance {instance}, depth {depth})")
            }
            Event::Callback { instance, export, depth, .. } => {
                format!("callback from the host into instance {instance} export \"{export}\" (depth {depth})")
            }
            Event::Invoke { instance, export, args, .. } => {
                format!("invocation of instance {instance} export \"{export}\"{}", crate::value::fmt_vals(args))
            }
            Event::Crash { message } => format!("engine crash: {message}"),
            Event::CompileError { module, message } => format!("compilation of module {module} failed: {message}"),
            Event::Timeout { seconds } => format!("time limit of {seconds}s exceeded"),
            Event::Output { stream, text } => format!("output to {stream}: \"{}\"", clip(text, 60)),
        }
    }
}

/// At most `n` characters of `s`, with `…` when cut.
pub fn clip(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Static facts about the engine that produced a trace; not compared.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TraceMeta {
    /// Engine configuration label, e.g. `wasmer-7.5-llvm(m0=on,opt=O3,memory=static)`.
    pub engine: String,
    /// Notes of the engine about this run (e.g. host functions that could not
    /// be built typed and fell back to dynamic).
    pub notes: Vec<String>,
    /// Seconds spent compiling the modules (for `ccoracle bench`).
    #[serde(default)]
    pub compile_seconds: f64,
    /// Seconds spent instantiating and running (for `ccoracle bench`).
    #[serde(default)]
    pub run_seconds: f64,
}

/// The full trace of one engine on one case.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Trace {
    pub meta: TraceMeta,
    pub events: Vec<Event>,
}

impl Trace {
    /// Number of host calls recorded.
    pub fn host_calls(&self) -> usize {
        self.events.iter().filter(|e| matches!(e, Event::HostCall { .. })).count()
    }

    /// Number of host calls to WASI functions.
    pub fn wasi_calls(&self) -> usize {
        self.events
            .iter()
            .filter(|e| matches!(e, Event::HostCall { module, .. } if module == crate::wasi::MODULE))
            .count()
    }

    /// Number of top-level invocations that ran (and ended, one way or
    /// another).
    pub fn invocations(&self) -> usize {
        self.events.iter().filter(|e| matches!(e, Event::Invoke { .. })).count()
    }

    /// Everything written to `stream`, in order, as escaped text.
    pub fn output(&self, stream: &str) -> String {
        self.events
            .iter()
            .filter_map(|e| match e {
                Event::Output { stream: s, text } if s == stream => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The exit code, if the program called `proc_exit`.
    pub fn exit_code(&self) -> Option<u32> {
        self.events.iter().find_map(|e| match e.outcome() {
            Some(Outcome::Trapped(TrapKind::Exit(c))) => Some(*c),
            _ => None,
        })
    }
}
