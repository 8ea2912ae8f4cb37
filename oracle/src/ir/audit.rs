//! A static audit of the m0 convention on the IR Wasmer compiled, against
//! how the case links its instances: a second oracle that does not depend
//! on a run happening to show a wrong hidden argument.
//!
//! The rules (each finding names its rule, the function and the call site):
//!
//! - `m0-signature`: a function takes m0 (an `%m0_base_ptr` parameter
//!   after `%vmctx`) exactly when its module has a memory #0, pass-params
//!   is on and the memory style is static.
//! - `local-call-m0`: a direct call of a function of the same module passes
//!   the caller's own m0 when the caller has one (the callee was compiled
//!   with the same module-wide decision), and none otherwise.
//! - `import-call-m0`: a call of an imported function passes m0 exactly when
//!   the function it is linked to takes one, and then a base of that
//!   function's own memory #0. At run time the with-m0 arm of the
//!   diamond runs for every Wasm (non-host) import and the other for host
//!   functions, so: a callee in another instance with another memory must
//!   not get the caller's m0 (mechanism A); a callee compiled with m0 must
//!   get one (B); a callee compiled without must not (C).
//! - `call-indirect-m0`: for every table slot an element segment fills at
//!   instantiation, the `call_indirect` dispatch passes m0 when the slot's
//!   function takes the caller's memory as its own, passes none when it
//!   takes no m0, and never sends a filled slot to the `unreachable`
//!   default (mechanisms B, C and D through tables). A slot whose function
//!   has m0 over another memory cannot be served by either arm.
//! - `tail-call`: a Wasm `return_call`/`return_call_indirect` is an LLVM
//!   `tail`/`musttail` call (mechanism F: an m0 caller's `return_call` of an
//!   import is a plain call, and the code after it runs).
//!
//! Calls are matched to the Wasm call instructions of their function in
//! order (reachable code only: the translator compiles nothing after an
//! unconditional branch); a function whose counts differ is reported as
//! unpaired and its pairing rules are skipped, so the audit stays quiet
//! where it cannot tell.

use super::{Callee, IrModule, Site};
use crate::cause::{Denotes, Links};
use crate::engine::{MemoryStyle, WasmerConfig};
use crate::prepare::PreparedCase;
use serde::{Deserialize, Serialize};

/// A rule that failed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: String,
    pub module: String,
    /// Function index (imports counted).
    pub function: u32,
    /// Wasm call site number in the function (1-based; 0: the function).
    pub site: usize,
    pub detail: String,
    /// The LLVM instruction(s) concerned.
    pub ir: Vec<String>,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = if self.site == 0 { String::new() } else { format!(", call site {}", self.site) };
        write!(f, "[{}] {} function {}{at}: {}", self.rule, self.module, self.function, self.detail)?;
        for l in &self.ir {
            write!(f, "\n    {l}")?;
        }
        Ok(())
    }
}

/// A Wasm call instruction of a function body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WasmCall {
    Call { func: u32, tail: bool },
    Indirect { table: u32, tail: bool },
}

/// The reachable call instructions of each defined function, by local
/// index.
fn wasm_calls(wasm: &[u8]) -> Vec<Vec<WasmCall>> {
    use wasmparser::{Operator, Payload};
    let mut out = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let Ok(Payload::CodeSectionEntry(body)) = payload else { continue };
        let mut calls = Vec::new();
        // Per open frame: was code reachable when it was entered.
        let mut frames: Vec<bool> = vec![true];
        let mut reachable = true;
        let Ok(mut ops) = body.get_operators_reader() else {
            out.push(calls);
            continue;
        };
        while !ops.eof() {
            let Ok(op) = ops.read() else { break };
            match op {
                Operator::Block { .. } | Operator::Loop { .. } | Operator::If { .. } | Operator::TryTable { .. } => {
                    frames.push(reachable);
                }
                Operator::Else => {
                    reachable = *frames.last().unwrap_or(&true);
                }
                Operator::End => {
                    // The end of a frame entered reachably is reachable again
                    // (by fallthrough or a branch to it).
                    reachable = frames.pop().unwrap_or(true);
                }
                _ if !reachable => {}
                Operator::Call { function_index } => calls.push(WasmCall::Call { func: function_index, tail: false }),
                Operator::ReturnCall { function_index } => {
                    calls.push(WasmCall::Call { func: function_index, tail: true });
                    reachable = false;
                }
                Operator::CallIndirect { table_index, .. } => {
                    calls.push(WasmCall::Indirect { table: table_index, tail: false })
                }
                Operator::ReturnCallIndirect { table_index, .. } => {
                    calls.push(WasmCall::Indirect { table: table_index, tail: true });
                    reachable = false;
                }
                Operator::Br { .. }
                | Operator::BrTable { .. }
                | Operator::Return
                | Operator::Unreachable
                | Operator::Throw { .. }
                | Operator::ThrowRef => reachable = false,
                _ => {}
            }
        }
        out.push(calls);
    }
    out
}

/// Whether instance `k`'s functions take m0 under `config`.
fn takes_m0(case: &PreparedCase, k: usize, config: &WasmerConfig) -> bool {
    config.pass_params && config.memory == MemoryStyle::Static && !case.modules[k].memories.is_empty()
}

/// What a table slot's function needs from a caller with m0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Need {
    M0,
    Nothing,
    /// The base of instance `.0`'s own memory #0.
    OwnBase(usize),
}

/// What the audit found, and which functions it could not pair.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Audit {
    pub findings: Vec<Finding>,
    /// `module function` of functions whose calls could not be matched.
    pub unpaired: Vec<String>,
    pub functions: usize,
    pub sites: usize,
}

/// Audits the IR of every module (compiled with `config`, pass-params as in
/// `config`) of `case`.
pub fn audit(case: &PreparedCase, ir: &[IrModule], config: &WasmerConfig) -> Audit {
    let mut out = Audit::default();
    let Some(links) = Links::new(case) else {
        return out;
    };
    for (k, m) in ir.iter().enumerate() {
        let name = case.modules[k].name.clone();
        let imports = links.func_imports(k);
        let wasm = wasm_calls(&case.modules[k].wasm);
        let m0 = takes_m0(case, k, config);
        for (local, f) in &m.functions {
            out.functions += 1;
            let index = imports + local;
            let mut find = |rule: &str, site: usize, detail: String, ir: Vec<String>| {
                out.findings.push(Finding {
                    rule: rule.into(),
                    module: name.clone(),
                    function: index,
                    site,
                    detail,
                    ir,
                })
            };
            if f.has_m0 != m0 {
                find(
                    "m0-signature",
                    0,
                    format!(
                        "{} an m0 parameter, but its module {}",
                        if f.has_m0 { "takes" } else { "lacks" },
                        if m0 { "takes m0 (memory #0, static, pass-params on)" } else { "has no m0" }
                    ),
                    vec![format!("params: {}", f.params.join(", "))],
                );
            }
            let sites: Vec<&Site> = f.sites.iter().collect();
            out.sites += sites.len();
            let calls = wasm.get(*local as usize).cloned().unwrap_or_default();
            let paired = calls.len() == sites.len();
            if !paired {
                out.unpaired.push(format!(
                    "{name} function {index} ({} Wasm calls, {} in the IR)",
                    calls.len(),
                    sites.len()
                ));
            }
            for (n, site) in sites.iter().enumerate() {
                let n1 = n + 1;
                let texts = || site.calls.iter().map(|c| c.text.clone()).collect::<Vec<_>>();
                if let Callee::Local(_) | Callee::SelfCall = site.callee {
                    let c = &site.calls[0];
                    let ok = match (&c.m0, f.has_m0) {
                        (Some(super::Source::OwnM0), true) | (None, false) => true,
                        _ => false,
                    };
                    if !ok {
                        find(
                            "local-call-m0",
                            n1,
                            match &c.m0 {
                                Some(s) => format!("a call of a local function passes m0 = {s}, not the caller's own"),
                                None => "a call of a local function passes no m0 from a function that has one".into(),
                            },
                            texts(),
                        );
                    }
                }
                if !paired {
                    continue;
                }
                let wasm_call = calls[n];
                let tail =
                    matches!(wasm_call, WasmCall::Call { tail: true, .. } | WasmCall::Indirect { tail: true, .. });
                if tail && site.calls.iter().any(|c| !c.tail) {
                    let mech = if site.callee == Callee::Import && f.has_m0 { " (mechanism F)" } else { "" };
                    find(
                        "tail-call",
                        n1,
                        format!("a Wasm tail call compiled as a plain call: the code after it runs{mech}"),
                        texts(),
                    );
                }
                match (wasm_call, &site.callee) {
                    (WasmCall::Call { func, .. }, Callee::Import) if func < imports => {
                        let target = links.func(k, func);
                        let Denotes::Func { instance: j, .. } = target else { continue };
                        // A Wasm import: the with-m0 arm runs when the caller has one.
                        let passes = site.with_m0().is_some();
                        let needs = takes_m0(case, j, config);
                        let same_memory = links.memory0(k).is_some() && links.memory0(k) == links.memory0(j);
                        let problem = match (passes, needs) {
                            (true, true) if !same_memory => Some(format!(
                                "passes the caller's m0 to {} (instance {j}), which has another memory #0 (mechanism A)",
                                case.modules[j].name
                            )),
                            (true, false) => Some(format!(
                                "passes m0 to {} (instance {j}), compiled without one: its arguments shift (mechanism C)",
                                case.modules[j].name
                            )),
                            (false, true) => Some(format!(
                                "passes no m0 to {} (instance {j}), compiled with one: it takes an argument as its memory base (mechanism B)",
                                case.modules[j].name
                            )),
                            _ => None,
                        };
                        if let Some(p) = problem {
                            find("import-call-m0", n1, p, texts());
                        }
                    }
                    (WasmCall::Indirect { table, .. }, Callee::Indirect) => {
                        for slot in links.filled_slots(k, table) {
                            let d = links.slot(k, table, slot);
                            // What the slot's function needs: m0 (its memory
                            // is the caller's), none, or a base the caller
                            // cannot give (another memory).
                            let needs = match d {
                                Denotes::Func { instance: j, .. } => {
                                    let has = takes_m0(case, j, config);
                                    if has && j != k && links.memory0(j) != links.memory0(k) {
                                        Need::OwnBase(j)
                                    } else if has {
                                        Need::M0
                                    } else {
                                        Need::Nothing
                                    }
                                }
                                Denotes::Host => Need::Nothing,
                                _ => continue,
                            };
                            if !f.has_m0 && needs != Need::M0 {
                                continue; // no m0 anywhere: nothing hidden to get wrong
                            }
                            let got = match &site.dispatch {
                                Some(disp) => match disp.cases.get(&(slot as i64)) {
                                    Some(local) => Some(*local),
                                    None if disp.default_unreachable => None,
                                    None => Some(false),
                                },
                                None => Some(site.with_m0().is_some() && site.without_m0().is_none()),
                            };
                            let what = match d {
                                Denotes::Host => "a host function".to_string(),
                                Denotes::Func { instance: j, func } => {
                                    format!("function {func} of {} (instance {j})", case.modules[j].name)
                                }
                                _ => "an entry".into(),
                            };
                            // The switch is mechanism D's machinery: a slot it
                            // sends the wrong way is D; without a switch, the
                            // one arm is C (m0 to all) or B (m0 to none).
                            let by_switch = site.dispatch.is_some();
                            let problem = match (got, needs) {
                                (None, _) => Some(format!(
                                    "slot {slot} ({what}) falls into the dispatch's `unreachable` default (mechanism D)"
                                )),
                                (Some(g), Need::OwnBase(j)) => Some(format!(
                                    "slot {slot} ({what}) has its own memory #0, not the caller's, but is called {} (mechanism {}): no arm gives it its own base",
                                    if g { "with the caller's m0" } else { "without m0" },
                                    if by_switch { 'D' } else if g { 'C' } else { 'B' }
                                ))
                                .filter(|_| j != k),
                                (Some(true), Need::Nothing) => Some(format!(
                                    "slot {slot} ({what}) is called with m0, but it was compiled without one (mechanism {})",
                                    if by_switch { 'D' } else { 'C' }
                                )),
                                (Some(false), Need::M0) => Some(format!(
                                    "slot {slot} ({what}) is called without m0, but it was compiled with one (mechanism {})",
                                    if by_switch { 'D' } else { 'B' }
                                )),
                                _ => None,
                            };
                            if let Some(p) = problem {
                                find("call-indirect-m0", n1, p, texts());
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    out.findings.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dead_code_after_branches_and_tail_calls_has_no_call_sites() {
        let wasm = wat::parse_str(
            r#"(module (func $f) (table 1 funcref)
                 (func (call $f)
                   (block (br 0) (call $f))
                   (call $f)
                   (block (return_call $f))
                   (call $f)))"#,
        )
        .unwrap();
        let calls = wasm_calls(&wasm);
        assert_eq!(calls[0], vec![]);
        assert_eq!(
            calls[1],
            vec![
                WasmCall::Call { func: 0, tail: false },
                WasmCall::Call { func: 0, tail: false },
                WasmCall::Call { func: 0, tail: true },
                WasmCall::Call { func: 0, tail: false },
            ]
        );
    }
}
