//! Checking a case: run every engine of a line-up, compare, decide.

use crate::case::{Case, InputError};
use crate::compare::{verdict, Verdict};
use crate::engine::{EngineError, EngineSpec, Lineup};
use crate::host::Fault;
use crate::prepare::PreparedCase;
use crate::trace::Trace;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Everything a check produced: the traces (reference first, then the SUT
/// pairs in line-up order) and the verdict.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CheckResult {
    pub traces: Vec<Trace>,
    pub verdict: Verdict,
    /// How much of the program ran on each engine (so that an AGREE on a
    /// program that did nothing shows as such).
    #[serde(default)]
    pub depth: Vec<Depth>,
}

/// How much of a case ran on one engine.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Depth {
    pub engine: String,
    pub events: usize,
    pub host_calls: usize,
    /// Host calls to WASI functions (part of `host_calls`).
    pub wasi_calls: usize,
    /// Top-level invocations that ran.
    pub invocations: usize,
    /// The exit code a WASI program gave `proc_exit`, if it called it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<u32>,
}

impl Depth {
    pub fn of(t: &Trace) -> Depth {
        Depth {
            engine: t.meta.engine.clone(),
            events: t.events.len(),
            host_calls: t.host_calls(),
            wasi_calls: t.wasi_calls(),
            invocations: t.invocations(),
            exit_code: t.exit_code(),
        }
    }
}

impl CheckResult {
    /// Builds the verdict from traces laid out as [`Lineup::all`] orders
    /// them.
    pub fn from_traces(traces: Vec<Trace>) -> CheckResult {
        let pairs: Vec<(&Trace, &Trace)> = traces[1..].chunks(2).map(|c| (&c[0], &c[1])).collect();
        let verdict = verdict(&traces[0], &pairs);
        let depth = traces.iter().map(Depth::of).collect();
        CheckResult { traces, verdict, depth }
    }

    /// Like [`CheckResult::from_traces`], for `lineup`: with a baseline,
    /// labels name the builds, and a pair that parts differs between builds
    /// (class `build`), not between pass-params on and off.
    pub fn for_lineup(mut traces: Vec<Trace>, lineup: &Lineup) -> CheckResult {
        for (i, t) in traces.iter_mut().enumerate() {
            t.meta.engine = lineup.label(i, &t.meta.engine);
        }
        let mut r = CheckResult::from_traces(traces);
        if lineup.baseline.is_some() {
            r.verdict = r.verdict.between_builds();
        }
        r
    }
}

/// Why a case could not be checked.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Engine(#[from] EngineError),
}

/// Turns per-engine results into traces. A module that only one
/// configuration of a SUT pair rejects is a finding (a `compile_error`
/// event); one that the reference or both configurations reject is an
/// error (the input uses something an engine does not support).
pub fn traces_from(results: Vec<Result<Trace, EngineError>>) -> Result<Vec<Trace>, CheckError> {
    let mut results = results;
    let reference = results.remove(0)?;
    let mut traces = vec![reference];
    let mut it = results.into_iter();
    while let (Some(a), Some(b)) = (it.next(), it.next()) {
        match (a, b) {
            (Ok(a), Ok(b)) => traces.extend([a, b]),
            (Err(e), Err(_)) => return Err(e.into()),
            (Err(e), Ok(b)) => traces.extend([rejected_trace(e)?, b]),
            (Ok(a), Err(e)) => traces.extend([a, rejected_trace(e)?]),
        }
    }
    Ok(traces)
}

fn rejected_trace(e: EngineError) -> Result<Trace, CheckError> {
    match e {
        EngineError::Rejected { engine, module, msg } => Ok(Trace {
            meta: crate::trace::TraceMeta { engine, ..Default::default() },
            events: vec![crate::trace::Event::CompileError { module, message: msg }],
        }),
        other => Err(other.into()),
    }
}

/// Faults to inject per engine (tests only): `(engine label, faults)`.
pub type FaultPlan = Vec<(EngineSpec, Vec<Fault>)>;

/// Runs every engine in this process and compares. A crash of an engine
/// takes the process with it: use [`crate::isolate`] where that matters.
pub fn check_in_process(case: &Case, lineup: &Lineup, faults: &FaultPlan) -> Result<CheckResult, CheckError> {
    let prepared = Arc::new(PreparedCase::new(case)?);
    let mut results = Vec::new();
    for (spec, runner) in lineup.all().into_iter().zip(lineup.runners()) {
        let f = faults.iter().find(|(s, _)| s == spec).map(|(_, f)| f.clone()).unwrap_or_default();
        results.push(match runner {
            // Another build runs in its own process.
            Some(b) => crate::isolate::run_isolated(&b.bin, spec, case, &f, BASELINE_TIMEOUT),
            None => spec.run(&prepared, f, None),
        });
    }
    Ok(CheckResult::for_lineup(traces_from(results)?, lineup))
}

/// Time limit of a baseline build's engine run from an in-process check.
pub const BASELINE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);
