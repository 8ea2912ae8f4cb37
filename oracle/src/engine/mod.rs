//! Engines: things that can instantiate and run a case. One trait, one file
//! per engine; configurations of one system under test are values
//! ([`EngineSpec`]), not copies of code.
//!
//! An adapter implements [`Session`] (instantiate the next module, invoke an
//! export, snapshot the state) and serves host imports through
//! [`crate::host::host_call`]. The order of events is decided once, by
//! [`drive`].

pub mod wasmer;
pub mod wasmi;

use crate::case::Step;
use crate::host::{Fault, Recorder, SharedRecorder};
use crate::prepare::PreparedCase;
use crate::trace::{Event, Outcome, Snapshot, Trace, TraceMeta};
use crate::value::Val;
use serde::{Deserialize, Serialize};
use std::sync::{Arc, Mutex};

/// Why an engine could not run a case at all.
#[derive(Debug, Clone, thiserror::Error, Serialize, Deserialize)]
pub enum EngineError {
    /// The engine rejects the module (a feature it lacks, a limit): the
    /// user's input is at fault, exit code 2.
    #[error("{engine} rejects module {module}: {msg}")]
    Rejected { engine: String, module: String, msg: String },
    /// Something went wrong in the oracle's use of the engine.
    #[error("{engine}: {msg}")]
    Internal { engine: String, msg: String },
}

/// One instantiated run of a case inside an engine.
pub trait Session {
    /// Instantiates module `k` (all earlier ones are live), running its
    /// start function.
    fn instantiate(&mut self, k: usize) -> Outcome;
    /// Calls an export of a live instance from the top level.
    fn invoke(&mut self, instance: usize, export: &str, args: &[Val]) -> Outcome;
    /// Every global and memory of every live instance.
    fn snapshot(&mut self) -> Snapshot;
}

/// Runs the case's steps on a session: by default every instantiation in
/// order (stopping at the first failure), then the invocations; a script's
/// steps in its order (a failed instantiation leaves that instance absent,
/// and invocations of absent instances are skipped). Every run stops at the
/// first inconclusive outcome.
pub fn drive(session: &mut dyn Session, case: &PreparedCase, rec: &SharedRecorder) {
    let mut live = vec![false; case.modules.len()];
    for step in &case.steps {
        match step {
            Step::Instantiate { instance: k } => {
                let outcome = session.instantiate(*k);
                let ok = matches!(outcome, Outcome::Returned(_));
                let snapshot = session.snapshot();
                let stop = (!ok && !case.scripted) || outcome.is_inconclusive();
                rec.lock().unwrap().push(Event::Instantiate { instance: *k, outcome, snapshot });
                if stop {
                    return;
                }
                live[*k] = ok;
            }
            Step::Invoke(inv) => {
                if !live[inv.instance] {
                    continue;
                }
                let outcome = session.invoke(inv.instance, &inv.export, &inv.args);
                let snapshot = session.snapshot();
                let stop = outcome.is_inconclusive();
                rec.lock().unwrap().push(Event::Invoke {
                    instance: inv.instance,
                    export: inv.export.clone(),
                    args: inv.args.clone(),
                    outcome,
                    snapshot,
                });
                if stop {
                    return;
                }
            }
        }
    }
}

/// Resource limits every engine applies, so that growth fails at the same
/// size everywhere. The spec lets `memory.grow` and `table.grow` fail for
/// want of resources; without one limit for all, whether a large growth
/// succeeds would depend on each engine's own limits, not on the program
/// (wasmtime's differential fuzzing caps memories and tables the same way).
/// Growing beyond a limit fails (-1) on every engine; a memory or table
/// whose *initial* size is beyond it cannot be created, which fails
/// instantiation on every engine (a link error).
pub mod limits {
    /// Pages a memory may reach: 16,384 (1 GiB).
    pub const MEMORY_PAGES: u64 = 16_384;
    /// Elements a table may reach.
    pub const TABLE_ELEMENTS: u64 = 100_000;
    /// Marks the oracle's refusals in engine error messages.
    pub const REFUSAL: &str = "ccoracle resource limit";
}

/// Memory style of the SUT (Wasmer tunables). m0 is only in effect with
/// `Static`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MemoryStyle {
    Static,
    Dynamic,
}

/// LLVM optimisation level of the SUT.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OptLevel {
    O0,
    O1,
    O2,
    O3,
}

/// A configuration of Wasmer with the LLVM compiler.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct WasmerConfig {
    /// Pass-params (m0) on or off.
    pub pass_params: bool,
    pub opt: OptLevel,
    pub memory: MemoryStyle,
}

/// Which engine, configured how.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum EngineSpec {
    /// The reference interpreter, with a fuel budget (instructions).
    Wasmi {
        fuel: u64,
    },
    Wasmer(WasmerConfig),
}

/// Default fuel for the reference: generous, so only runaway programs hit
/// it (an inconclusive result).
pub const DEFAULT_FUEL: u64 = 200_000_000;

impl EngineSpec {
    pub fn reference() -> EngineSpec {
        EngineSpec::Wasmi { fuel: DEFAULT_FUEL }
    }

    pub fn wasmer(pass_params: bool, opt: OptLevel, memory: MemoryStyle) -> EngineSpec {
        EngineSpec::Wasmer(WasmerConfig { pass_params, opt, memory })
    }

    /// The label used in every report.
    pub fn label(&self) -> String {
        match self {
            EngineSpec::Wasmi { .. } => format!("wasmi-{}", wasmi::VERSION),
            EngineSpec::Wasmer(c) => format!(
                "wasmer-{}-llvm(pass-params={},opt={:?},memory={})",
                wasmer::VERSION,
                if c.pass_params { "on" } else { "off" },
                c.opt,
                match c.memory {
                    MemoryStyle::Static => "static",
                    MemoryStyle::Dynamic => "dynamic",
                }
            ),
        }
    }

    pub fn is_reference(&self) -> bool {
        matches!(self, EngineSpec::Wasmi { .. })
    }

    /// Runs `case`, recording into a fresh recorder (streamed to `stream`
    /// if given). Faults make a deliberately broken engine for tests.
    pub fn run(
        &self,
        case: &Arc<PreparedCase>,
        faults: Vec<Fault>,
        stream: Option<Box<dyn std::io::Write + Send>>,
    ) -> Result<Trace, EngineError> {
        let rec: SharedRecorder = Arc::new(Mutex::new(Recorder::new(faults, stream)));
        let start = std::time::Instant::now();
        // A panic inside an engine (e.g. a compiler assertion) is a finding:
        // it ends the trace with a crash event instead of the process.
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match self {
            EngineSpec::Wasmi { fuel } => wasmi::run(case, &rec, *fuel),
            EngineSpec::Wasmer(c) => wasmer::run(case, &rec, c),
        }));
        let (notes, compile_seconds) = match ran {
            Ok(r) => r?,
            Err(payload) => {
                let msg = payload
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "unknown panic".into());
                let mut r = rec.lock().unwrap_or_else(|e| e.into_inner());
                r.push(Event::Crash { message: format!("panicked: {msg}") });
                // The panic may have poisoned a lock inside a cached engine
                // (Wasmer's engine state is behind a mutex): drop the cache,
                // or every later check of this process would crash with a
                // PoisonError, thousands of false findings.
                if let EngineSpec::Wasmer(_) = self {
                    wasmer::compile_cache::clear();
                }
                (Vec::new(), 0.0)
            }
        };
        let rec = Arc::try_unwrap(rec)
            .map_err(|_| EngineError::Internal { engine: self.label(), msg: "recorder still shared".into() })?
            .into_inner()
            .unwrap_or_else(|e| e.into_inner());
        let run_seconds = start.elapsed().as_secs_f64() - compile_seconds;
        Ok(rec.into_trace(TraceMeta { engine: self.label(), notes, compile_seconds, run_seconds }))
    }
}

/// Another build of the system under test (another `ccoracle` binary,
/// built against another Wasmer: a release, a branch) that runs the second
/// engine of every pair, so that two builds are compared instead of one
/// build's optimisation on and off.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    /// The other build's `ccoracle` binary.
    pub bin: std::path::PathBuf,
    /// Its name in reports and labels (`release`, `7.5.0`).
    pub name: String,
    /// This build's name.
    pub this: String,
    /// Pass-params in the other build: `None` is the same as this build's
    /// engine of the pair.
    #[serde(default)]
    pub pass_params: Option<bool>,
}

/// The engine line-up: the reference, then the SUT in pairs (pass-params on,
/// then off) for each memory style and opt level asked for; with a
/// [`Baseline`], each pair is (this build, the other build).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lineup {
    pub reference: EngineSpec,
    /// (with pass-params, without pass-params), or (this build, baseline)
    pub pairs: Vec<(EngineSpec, EngineSpec)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
}

impl Lineup {
    pub fn new(opts: &[OptLevel], memories: &[MemoryStyle]) -> Lineup {
        let mut pairs = Vec::new();
        for &memory in memories {
            for &opt in opts {
                pairs.push((EngineSpec::wasmer(true, opt, memory), EngineSpec::wasmer(false, opt, memory)));
            }
        }
        Lineup { reference: EngineSpec::reference(), pairs, baseline: None }
    }

    /// The same line-up with the second engine of every pair run by another
    /// build: the first engine's configuration (pass-params as `b` says).
    pub fn with_baseline(mut self, b: Baseline) -> Lineup {
        for (with, without) in &mut self.pairs {
            if let (EngineSpec::Wasmer(w), EngineSpec::Wasmer(o)) = (&*with, without) {
                *o = WasmerConfig { pass_params: b.pass_params.unwrap_or(w.pass_params), ..*w };
            }
        }
        self.baseline = Some(b);
        self
    }

    /// The default: O3 (Wasmer's default), static memories (where m0 is on).
    pub fn default_lineup() -> Lineup {
        Lineup::new(&[OptLevel::O3], &[MemoryStyle::Static])
    }

    pub fn all(&self) -> Vec<&EngineSpec> {
        let mut v = vec![&self.reference];
        for (a, b) in &self.pairs {
            v.push(a);
            v.push(b);
        }
        v
    }

    /// For each engine of [`Lineup::all`]: the baseline that runs it, if
    /// another build does.
    pub fn runners(&self) -> Vec<Option<&Baseline>> {
        let mut v = vec![None];
        for _ in &self.pairs {
            v.push(None);
            v.push(self.baseline.as_ref());
        }
        v
    }

    /// The label of engine `i` of [`Lineup::all`] in reports: with a
    /// baseline, the SUT engines name their build.
    pub fn label(&self, i: usize, engine_label: &str) -> String {
        match (&self.baseline, i) {
            (None, _) | (_, 0) => engine_label.to_string(),
            (Some(b), i) if i % 2 == 0 => format!("{engine_label}@{}", b.name),
            (Some(b), _) => format!("{engine_label}@{}", b.this),
        }
    }
}
