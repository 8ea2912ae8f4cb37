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
}

impl CheckResult {
    /// Builds the verdict from traces laid out as [`Lineup::all`] orders
    /// them.
    pub fn from_traces(traces: Vec<Trace>) -> CheckResult {
        let pairs: Vec<(&Trace, &Trace)> = traces[1..].chunks(2).map(|c| (&c[0], &c[1])).collect();
        let verdict = verdict(&traces[0], &pairs);
        CheckResult { traces, verdict }
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

/// Faults to inject per engine (tests only): `(engine label, faults)`.
pub type FaultPlan = Vec<(EngineSpec, Vec<Fault>)>;

/// Runs every engine in this process and compares. A crash of an engine
/// takes the process with it: use [`crate::isolate`] where that matters.
pub fn check_in_process(case: &Case, lineup: &Lineup, faults: &FaultPlan) -> Result<CheckResult, CheckError> {
    let prepared = Arc::new(PreparedCase::new(case)?);
    let mut traces = Vec::new();
    for spec in lineup.all() {
        let f = faults.iter().find(|(s, _)| s == spec).map(|(_, f)| f.clone()).unwrap_or_default();
        traces.push(spec.run(&prepared, f, None)?);
    }
    Ok(CheckResult::from_traces(traces))
}
