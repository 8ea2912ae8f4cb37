//! Reduction: shrink a divergent case while its divergence signature stays
//! the same.
//!
//! Order of work: make the invocations explicit and keep the shortest prefix
//! that still diverges, then drop single invocations, host-plan entries and
//! effects, then shrink each module with wasm-shrink (later modules first).
//! Links stay valid because every candidate is checked as a whole case: a
//! candidate whose module lost an export another module imports fails to
//! link, changes the verdict and is rejected. Every check runs the engines in
//! child processes with a short time limit, so a candidate that crashes or
//! loops forever cannot take the reducer down.

use crate::case::Case;
use crate::check::CheckResult;
use crate::engine::Lineup;
use crate::prepare::PreparedCase;
use std::path::Path;
use std::time::{Duration, Instant};

/// Size figures of a case.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Size {
    pub modules: usize,
    pub wasm_bytes: usize,
    pub wat_lines: usize,
    pub invocations: usize,
    pub plan_effects: usize,
}

impl Size {
    pub fn of(case: &Case) -> Size {
        Size {
            modules: case.modules.len(),
            wasm_bytes: case.modules.iter().map(|m| m.wasm.len()).sum(),
            wat_lines: case.modules.iter().map(|m| crate::prepare::to_wat(&m.wasm).lines().count()).sum(),
            invocations: case.invocations.as_ref().map(Vec::len).unwrap_or(0),
            plan_effects: case.plan.functions.iter().map(|f| f.effects.len() + 1).sum(),
        }
    }
}

impl std::fmt::Display for Size {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} module(s), {} wasm bytes, {} WAT lines, {} invocation(s), {} plan entries+effects",
            self.modules, self.wasm_bytes, self.wat_lines, self.invocations, self.plan_effects
        )
    }
}

/// Settings of a reduction.
#[derive(Clone, Debug)]
pub struct ReduceOpts {
    /// wasm-shrink attempts per module.
    pub attempts: u32,
    /// Time limit per engine per check.
    pub timeout: Duration,
}

impl Default for ReduceOpts {
    fn default() -> Self {
        ReduceOpts { attempts: 200, timeout: Duration::from_secs(5) }
    }
}

/// What a reduction produced.
pub struct Reduced {
    pub case: Case,
    pub result: CheckResult,
    pub before: Size,
    pub after: Size,
    pub checks: u32,
    pub seconds: f64,
}

/// Why a case cannot be reduced.
#[derive(Debug, thiserror::Error)]
pub enum ReduceError {
    #[error("the case does not diverge (verdict: {0}); nothing to reduce")]
    NotDivergent(String),
    #[error(transparent)]
    Check(#[from] crate::check::CheckError),
}

struct Reducer<'a> {
    worker: &'a Path,
    lineup: &'a Lineup,
    signature: String,
    opts: ReduceOpts,
    checks: u32,
    best: Option<CheckResult>,
}

impl Reducer<'_> {
    fn same(&mut self, case: &Case) -> bool {
        self.checks += 1;
        if PreparedCase::new(case).is_err() {
            return false;
        }
        match crate::isolate::check_isolated(self.worker, case, self.lineup, &Vec::new(), self.opts.timeout) {
            Ok(r) if r.verdict.signature() == Some(self.signature.as_str()) => {
                self.best = Some(r);
                true
            }
            _ => false,
        }
    }
}

/// Reduces `case`, which must diverge on `lineup`.
pub fn reduce(worker: &Path, case: &Case, lineup: &Lineup, opts: ReduceOpts) -> Result<Reduced, ReduceError> {
    let start = Instant::now();
    let first = crate::isolate::check_isolated(worker, case, lineup, &Vec::new(), opts.timeout)?;
    let Some(signature) = first.verdict.signature().map(str::to_string) else {
        return Err(ReduceError::NotDivergent(first.verdict.name().to_string()));
    };
    let before = {
        let mut explicit = case.clone();
        explicit.invocations = Some(PreparedCase::new(case).map_err(crate::check::CheckError::from)?.invocations);
        Size::of(&explicit)
    };
    let mut r = Reducer { worker, lineup, signature, opts, checks: 1, best: Some(first) };
    let mut cur = case.clone();
    cur.invocations = Some(PreparedCase::new(case).map_err(crate::check::CheckError::from)?.invocations);

    // 1. The shortest prefix of invocations that still diverges (binary
    //    search; divergence is monotone in the prefix for deterministic runs).
    let invs = cur.invocations.clone().unwrap();
    let (mut lo, mut hi) = (0usize, invs.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let mut cand = cur.clone();
        cand.invocations = Some(invs[..mid].to_vec());
        if r.same(&cand) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    cur.invocations = Some(invs[..hi].to_vec());

    // 2. Drop single invocations, plan entries, effects.
    let mut i = 0;
    while i < cur.invocations.as_ref().unwrap().len() {
        let mut cand = cur.clone();
        cand.invocations.as_mut().unwrap().remove(i);
        if r.same(&cand) {
            cur = cand;
        } else {
            i += 1;
        }
    }
    let mut i = 0;
    while i < cur.plan.functions.len() {
        let mut cand = cur.clone();
        cand.plan.functions.remove(i);
        if r.same(&cand) {
            cur = cand;
            continue;
        }
        let mut j = 0;
        while j < cur.plan.functions[i].effects.len() {
            let mut cand = cur.clone();
            cand.plan.functions[i].effects.remove(j);
            if r.same(&cand) {
                cur = cand;
            } else {
                j += 1;
            }
        }
        i += 1;
    }

    // 3. Shrink each module, later ones first (they depend on earlier ones).
    for k in (0..cur.modules.len()).rev() {
        let base = cur.clone();
        let attempts = r.opts.attempts;
        let shrunk = wasm_shrink::WasmShrink::default().attempts(attempts).run(base.modules[k].wasm.clone(), |wasm| {
            let mut cand = base.clone();
            cand.modules[k].wasm = wasm.to_vec();
            Ok(r.same(&cand))
        });
        if let Ok(info) = shrunk {
            let mut cand = cur.clone();
            cand.modules[k].wasm = info.output;
            if r.same(&cand) {
                cur = cand;
            }
        }
    }
    // Make sure the result recorded is the one of the final case.
    let ok = r.same(&cur);
    debug_assert!(ok);
    let result = r.best.take().expect("at least the first check");
    Ok(Reduced {
        after: Size::of(&cur),
        case: cur,
        result,
        before,
        checks: r.checks,
        seconds: start.elapsed().as_secs_f64(),
    })
}
