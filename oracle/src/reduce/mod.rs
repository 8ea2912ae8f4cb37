//! Reduction: shrink a divergent case while its divergence signature stays
//! the same.
//!
//! Order of work: make the invocations explicit and keep the shortest prefix
//! that still diverges; drop single invocations, host-plan entries and
//! effects; drop whole modules; replace function bodies with stubs; drop parameters of every
//! signature (in all modules at once, see [`params`]); remove computations
//! of dropped values (see [`dead`]); delete lines of each module's text (see
//! [`lines`]); shrink each module with wasm-shrink; remove dead values and
//! delete lines once more. Along the way, meaning-preserving tidying (see
//! [`tidy`]) merges identical types, drops unused locals and turns reads of
//! never-written locals into constants. Later modules go first (they depend on earlier ones).
//! Links stay valid because every candidate is checked as a whole case: a
//! candidate whose module lost an export another module imports fails to
//! link, changes the verdict and is rejected. Every check runs the engines in
//! child processes with a short time limit, so a candidate that crashes or
//! loops forever cannot take the reducer down.

mod dead;
mod generalise;
mod lines;
pub mod params;
mod tidy;

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
    /// The divergence to keep: its signature. Default: the verdict's (the
    /// first divergence). A case can show several; a campaign finding saved
    /// for another one keeps that one.
    pub signature: Option<String>,
    /// Stop trying candidates after this long (the case reduced so far is
    /// the result).
    pub budget: Option<Duration>,
}

impl Default for ReduceOpts {
    fn default() -> Self {
        ReduceOpts { attempts: 200, timeout: Duration::from_secs(5), signature: None, budget: None }
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
    #[error("the case no longer shows divergence {0} (verdict: {1})")]
    SignatureGone(String, String),
    #[error("reducing a scripted case (instantiations and invocations interleaved) is not supported yet")]
    Scripted,
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
    start: Instant,
}

impl Reducer<'_> {
    fn same(&mut self, case: &Case) -> bool {
        if self.opts.budget.is_some_and(|b| self.start.elapsed() > b) {
            return false;
        }
        self.checks += 1;
        if PreparedCase::new(case).is_err() {
            return false;
        }
        match crate::isolate::check_isolated(self.worker, case, self.lineup, &Vec::new(), self.opts.timeout) {
            Ok(r) if r.verdict.divergences().iter().any(|d| d.signature == self.signature) => {
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
    if case.script.is_some() {
        return Err(ReduceError::Scripted);
    }
    let first = crate::isolate::check_isolated(worker, case, lineup, &Vec::new(), opts.timeout)?;
    let sigs: Vec<String> = first.verdict.divergences().iter().map(|d| d.signature.clone()).collect();
    let signature = match &opts.signature {
        Some(s) if sigs.contains(s) => s.clone(),
        Some(s) => return Err(ReduceError::SignatureGone(s.clone(), first.verdict.name().to_string())),
        None => match sigs.first() {
            Some(s) => s.clone(),
            None => return Err(ReduceError::NotDivergent(first.verdict.name().to_string())),
        },
    };
    let before = {
        let mut explicit = case.clone();
        explicit.invocations = Some(PreparedCase::new(case).map_err(crate::check::CheckError::from)?.invocations);
        Size::of(&explicit)
    };
    let mut r = Reducer { worker, lineup, signature, opts, checks: 1, best: Some(first), start };
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

    // 2b. Drop whole modules (what imported from one is then served by the
    //     host, which may still show the divergence).
    let mut k = cur.modules.len();
    while k > 0 && cur.modules.len() > 1 {
        k -= 1;
        let cand = drop_module(&cur, k);
        if r.same(&cand) {
            cur = cand;
        }
    }

    // 2c. Generalise: tables without a maximum, in every module at once
    //     (a fixed size the divergence does not need would stay in the
    //     cause fingerprint otherwise).
    let mut all = cur.clone();
    let mut any = false;
    for m in &mut all.modules {
        if let Some(w) = generalise::unbounded_tables(&m.wasm) {
            m.wasm = w;
            any = true;
        }
    }
    if any && r.same(&all) {
        cur = all;
    }

    // 3. Replace whole function bodies with a stub that returns zeros (a
    //    cheap, deterministic pass that removes most irrelevant code).
    for k in (0..cur.modules.len()).rev() {
        let mut f = 0;
        while let Some(stubbed) = stub_function(&cur.modules[k].wasm, f) {
            if stubbed != cur.modules[k].wasm {
                let mut cand = cur.clone();
                cand.modules[k].wasm = stubbed;
                if r.same(&cand) {
                    cur = cand;
                }
            }
            f += 1;
        }
    }

    // 4. Drop parameters, widest signatures first: fuzzer-made cases pass
    //    many arguments, and each costs lines at every call site.
    for mut sig in params::signatures(&cur) {
        let mut k = sig.params.len();
        while k > 0 {
            k -= 1;
            if let Some(cand) = params::drop_param(&cur, &sig, k) {
                if r.same(&cand) {
                    cur = cand;
                    sig.params.remove(k);
                }
            }
        }
    }

    // 5. Remove what only computed dropped values, then delete lines of
    //    each module's text, later modules first.
    cur = rewrite_modules(&mut r, cur, dead::eliminate);
    cur = rewrite_modules(&mut r, cur, tidy::tidy);
    for k in (0..cur.modules.len()).rev() {
        cur = lines::delete_lines(&cur, k, &mut |c| r.same(c));
    }

    // 6. Shrink each module, later ones first (they depend on earlier ones).
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
    // 7. What wasm-shrink's rewrites made removable.
    cur = rewrite_modules(&mut r, cur, dead::eliminate);
    cur = rewrite_modules(&mut r, cur, tidy::tidy);
    for k in (0..cur.modules.len()).rev() {
        cur = lines::delete_lines(&cur, k, &mut |c| r.same(c));
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

/// `case` without module `k`: its invocations and the host effects aimed at
/// its instance go, later instances are renumbered.
fn drop_module(case: &Case, k: usize) -> Case {
    use crate::case::Action;
    let mut out = case.clone();
    out.modules.remove(k);
    let shift = |i: &mut usize| {
        if *i > k {
            *i -= 1;
        }
    };
    // A function reference into the dropped instance becomes null; those
    // into later ones follow their instance.
    let shift_val = |v: &mut crate::value::Val| {
        if let crate::value::Val::FuncRef(Some(id)) = v {
            if id.instance as usize == k {
                *v = crate::value::Val::FuncRef(None);
            } else if id.instance as usize > k && *id != crate::value::FuncId::UNKNOWN {
                id.instance -= 1;
            }
        }
    };
    if let Some(invs) = out.invocations.as_mut() {
        invs.retain(|inv| inv.instance != k);
        for inv in invs.iter_mut() {
            shift(&mut inv.instance);
            inv.args.iter_mut().for_each(shift_val);
        }
    }
    for f in &mut out.plan.functions {
        f.effects.retain_mut(|e| match &mut e.action {
            Action::SetGlobal { instance, .. }
            | Action::WriteMemory { instance, .. }
            | Action::GrowMemory { instance, .. }
            | Action::CallExport { instance, .. } => {
                let keep = *instance != k;
                shift(instance);
                keep
            }
            Action::SetTable { instance, value, .. } | Action::GrowTable { instance, value, .. } => {
                let keep = *instance != k;
                shift(instance);
                shift_val(value);
                keep
            }
            Action::Trap => true,
        });
    }
    out
}

/// A module rewrite (dead-value elimination, tidying) applied to every
/// module at once, else module by module, as far as the signature stays.
fn rewrite_modules(r: &mut Reducer, cur: Case, f: fn(&[u8]) -> Option<Vec<u8>>) -> Case {
    let mut all = cur.clone();
    let mut any = false;
    for m in &mut all.modules {
        if let Some(w) = f(&m.wasm) {
            m.wasm = w;
            any = true;
        }
    }
    if !any {
        return cur;
    }
    if r.same(&all) {
        return all;
    }
    let mut cur = cur;
    for k in 0..cur.modules.len() {
        if let Some(w) = f(&cur.modules[k].wasm) {
            let mut cand = cur.clone();
            cand.modules[k].wasm = w;
            if r.same(&cand) {
                cur = cand;
            }
        }
    }
    cur
}

/// The zero (or null) value of a type, as a constant instruction.
fn zero_value(t: wasmparser::ValType) -> wasm_encoder::Instruction<'static> {
    use wasm_encoder::Instruction;
    match t {
        wasmparser::ValType::I32 => Instruction::I32Const(0),
        wasmparser::ValType::I64 => Instruction::I64Const(0),
        wasmparser::ValType::F32 => Instruction::F32Const(0.0f32.into()),
        wasmparser::ValType::F64 => Instruction::F64Const(0.0f64.into()),
        wasmparser::ValType::V128 => Instruction::V128Const(0),
        wasmparser::ValType::Ref(rt) if rt.is_func_ref() => Instruction::RefNull(wasm_encoder::HeapType::FUNC),
        wasmparser::ValType::Ref(_) => Instruction::RefNull(wasm_encoder::HeapType::EXTERN),
    }
}

/// The module with the body of its `index`-th defined function replaced by
/// one that returns zero values; `None` when there is no such function.
pub fn stub_function(wasm: &[u8], index: usize) -> Option<Vec<u8>> {
    use wasm_encoder::{CodeSection, Function, Instruction, Module, RawSection};
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all()).validate_all(wasm).ok()?;
    let info = params::ModuleInfo::parse(wasm).ok()?;
    let mut module = Module::new();
    let mut found = false;
    let mut code: Option<(CodeSection, usize, usize)> = None;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let payload = payload.ok()?;
        match &payload {
            wasmparser::Payload::CodeSectionStart { count, .. } => {
                if index >= *count as usize {
                    return None;
                }
                code = Some((CodeSection::new(), *count as usize, 0usize));
                continue;
            }
            wasmparser::Payload::CodeSectionEntry(body) => {
                let (sec, count, i) = code.as_mut()?;
                if *i == index {
                    let mut f = Function::new([]);
                    for r in &info.defined_sig(*i as u32)?.results {
                        f.instruction(&zero_value(*r));
                    }
                    f.instruction(&Instruction::End);
                    sec.function(&f);
                    found = true;
                } else {
                    sec.raw(&wasm[body.range().start as usize..body.range().end as usize]);
                }
                *i += 1;
                if *i == *count {
                    module.section(&code.take()?.0);
                }
                continue;
            }
            _ => {}
        }
        if let Some((id, range)) = payload.as_section() {
            if id == 10 {
                continue; // the code section was written at its start
            }
            module.section(&RawSection { id, data: &wasm[range.start as usize..range.end as usize] });
        }
    }
    found.then(|| module.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropping_a_module_renumbers_later_instances() {
        use crate::case::{Action, Effect, HostFnPlan, Invocation};
        let m = r#"(module (func (export "f")))"#;
        let mut case = Case::from_wats(&[("a", m), ("b", m), ("c", m)]).unwrap();
        let inv = |instance| Invocation { instance, export: "f".into(), args: vec![] };
        case.invocations = Some(vec![inv(0), inv(1), inv(2)]);
        let call = |instance| Effect { on_call: None, action: Action::CallExport { instance, export: "f".into() } };
        case.plan.functions.push(HostFnPlan {
            module: "env".into(),
            name: "h".into(),
            style: None,
            effects: vec![call(1), call(2), Effect { on_call: Some(1), action: Action::Trap }],
        });
        let out = drop_module(&case, 1);
        assert_eq!(out.modules.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["a", "c"]);
        assert_eq!(out.invocations.unwrap(), vec![inv(0), inv(1)]);
        assert_eq!(out.plan.functions[0].effects, vec![call(1), Effect { on_call: Some(1), action: Action::Trap }]);
    }

    #[test]
    fn stubbing_keeps_the_module_valid_and_only_touches_one_body() {
        let wasm = wat::parse_str(
            r#"(module
                 (import "env" "h" (func (param i32)))
                 (func (export "a") (result i32 i64) (call 0 (i32.const 1)) (i32.const 7) (i64.const 8))
                 (func (export "b") (param i32) (result f32) (f32.const 2.5)))"#,
        )
        .unwrap();
        let s0 = stub_function(&wasm, 0).unwrap();
        wasmparser::Validator::new().validate_all(&s0).unwrap();
        let text = crate::prepare::to_wat(&s0);
        assert!(!text.contains("call 0"), "{text}");
        assert!(text.contains("f32.const 0x1.4p+1"), "{text}");
        let s1 = stub_function(&wasm, 1).unwrap();
        assert!(crate::prepare::to_wat(&s1).contains("call 0"));
        assert!(stub_function(&wasm, 2).is_none());
    }
}
