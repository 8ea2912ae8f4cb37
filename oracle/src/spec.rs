//! The WebAssembly spec testsuite as a test of the oracle: `ccoracle spec`.
//!
//! A `.wast` script becomes one *scripted* case ([`crate::case::Case::script`]):
//! its modules in order, its invocations interleaved with their
//! instantiations, `register` mapped to linking by name (a registered module
//! is named by its registered name; the others get private names), and the
//! `spectest` module served as the spec defines it (a module of its own,
//! [`SPECTEST_WAT`], whose print functions are host functions). Every engine
//! runs the case as usual and the traces are compared as usual. The script's
//! own assertions are a fourth opinion: after the run they are checked
//! against the reference's trace ([`check_reference`]), and a disagreement is
//! reported as one of the reference with the spec, not as a divergence.
//!
//! Not run: validation and decoding assertions (`assert_invalid`,
//! `assert_malformed`: the oracle compares engines on valid modules),
//! exceptions, threads, and modules using a feature the engines do not both
//! support (with every later directive that needs them). Each script says
//! how many directives it left out and why.
//!
//! [`sweep_modules`] is the second sweep: every valid module of a script on
//! its own, with the default invocations, as `ccoracle run` would run it.

use crate::case::{Case, CaseModule, InputError, Invocation, Step};
use crate::prepare::prepare_module;
use crate::trace::{Event, Outcome, Trace, TrapKind};
use crate::value::Val;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use wast::core::{AbstractHeapType, HeapType, NanPattern, V128Pattern, WastArgCore, WastRetCore};
use wast::{QuoteWat, Wast, WastArg, WastDirective, WastExecute, WastInvoke, WastRet, Wat};

/// The `spectest` module of the spec's test harness: print functions (host
/// imports, re-exported), four globals, a table and a memory.
pub const SPECTEST_WAT: &str = r#"(module
  (import "env" "print" (func $print))
  (import "env" "print_i32" (func $print_i32 (param i32)))
  (import "env" "print_i64" (func $print_i64 (param i64)))
  (import "env" "print_f32" (func $print_f32 (param f32)))
  (import "env" "print_f64" (func $print_f64 (param f64)))
  (import "env" "print_i32_f32" (func $print_i32_f32 (param i32 f32)))
  (import "env" "print_f64_f64" (func $print_f64_f64 (param f64 f64)))
  (export "print" (func $print))
  (export "print_i32" (func $print_i32))
  (export "print_i64" (func $print_i64))
  (export "print_f32" (func $print_f32))
  (export "print_f64" (func $print_f64))
  (export "print_i32_f32" (func $print_i32_f32))
  (export "print_f64_f64" (func $print_f64_f64))
  (global (export "global_i32") i32 (i32.const 666))
  (global (export "global_i64") i64 (i64.const 666))
  (global (export "global_f32") f32 (f32.const 666.6))
  (global (export "global_f64") f64 (f64.const 666.6))
  (table (export "table") 10 20 funcref)
  (memory (export "memory") 1 2)
)"#;

/// A float expected by the spec: exact bits, or a NaN pattern.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatPat {
    Bits(u64),
    CanonicalNan,
    ArithmeticNan,
}

/// A value the spec expects.
#[derive(Clone, Debug, PartialEq)]
pub enum Pattern {
    /// Exactly this value (floats bit for bit).
    Exact(Val),
    F32(FloatPat),
    F64(FloatPat),
    F32x4([FloatPat; 4]),
    F64x2([FloatPat; 2]),
    /// Any null reference.
    RefNull,
    /// A non-null function reference.
    RefFunc,
    /// A non-null external reference, with this handle if given.
    RefExtern(Option<u32>),
    /// One of these.
    Either(Vec<Pattern>),
}

/// What the spec expects of one step.
#[derive(Clone, Debug, PartialEq)]
pub enum Expect {
    /// The module instantiates.
    Instantiates,
    /// Instantiation fails to link.
    Unlinkable,
    /// Instantiation traps (the spec's message).
    InstanceTraps(String),
    /// The invocation returns these values.
    Returns(Vec<Pattern>),
    /// The invocation returns (a bare action: it must not trap).
    Completes,
    /// The invocation traps (the spec's message).
    Traps(String),
    /// The invocation exhausts the call stack.
    Exhausts,
    /// After the step, this global holds a matching value.
    Global { instance: usize, global: u32, pattern: Pattern },
}

/// One assertion of the script, tied to a step of the case.
#[derive(Clone, Debug)]
pub struct Check {
    pub step: usize,
    /// Line in the `.wast` file.
    pub line: usize,
    pub expect: Expect,
}

/// A script turned into a case.
#[derive(Clone, Debug)]
pub struct SpecScript {
    pub case: Case,
    pub checks: Vec<Check>,
    /// Directives not run, by reason.
    pub skipped: BTreeMap<String, usize>,
    /// Modules left out because the engines do not both support them, with
    /// the line and the reason.
    pub unsupported: Vec<(usize, String)>,
    /// The line of each module of the case (0 for `spectest`).
    pub module_lines: Vec<usize>,
}

/// Where a step's event is in a trace: one entry per step, `None` for steps
/// that were not run (an invocation of an absent instance, or anything after
/// an inconclusive event or the end of the trace).
pub fn step_events(case: &Case, trace: &Trace) -> Vec<Option<usize>> {
    let steps = case.script.as_deref().unwrap_or(&[]);
    let mut live = vec![false; case.modules.len()];
    let mut out = Vec::with_capacity(steps.len());
    let mut i = 0;
    for step in steps {
        let wanted = match step {
            Step::Instantiate { .. } => true,
            Step::Invoke(inv) => live[inv.instance],
        };
        if !wanted {
            out.push(None);
            continue;
        }
        // The next top-level event of the trace (host calls and callbacks
        // come in between).
        while i < trace.events.len() && !matches!(trace.events[i], Event::Instantiate { .. } | Event::Invoke { .. }) {
            i += 1;
        }
        if i >= trace.events.len() {
            out.push(None);
            continue;
        }
        if let (Step::Instantiate { instance }, Event::Instantiate { outcome, .. }) = (step, &trace.events[i]) {
            live[*instance] = matches!(outcome, Outcome::Returned(_));
        }
        out.push(Some(i));
        i += 1;
    }
    out
}

/// The trap kind a spec message names, when the oracle's vocabulary has it.
pub fn trap_of_message(msg: &str) -> Option<TrapKind> {
    let m = msg.to_ascii_lowercase();
    Some(if m.contains("unreachable") {
        TrapKind::Unreachable
    } else if m.contains("divide by zero") {
        TrapKind::IntegerDivisionByZero
    } else if m.contains("integer overflow") {
        TrapKind::IntegerOverflow
    } else if m.contains("invalid conversion") {
        TrapKind::BadConversionToInteger
    } else if m.contains("out of bounds memory") || m.contains("memory access out of bounds") {
        TrapKind::MemoryOutOfBounds
    } else if m.contains("undefined element") || m.contains("out of bounds table") || m.contains("table index") {
        TrapKind::TableOutOfBounds
    } else if m.contains("uninitialized element") {
        TrapKind::IndirectCallToNull
    } else if m.contains("type mismatch") {
        TrapKind::BadSignature
    } else if m.contains("call stack exhausted") || m.contains("stack overflow") {
        TrapKind::StackOverflow
    } else {
        return None;
    })
}

fn float_ok(p: FloatPat, bits: u64, width: u32) -> bool {
    let (quiet, exp_mask, sign) = if width == 32 {
        (0x0040_0000u64, 0x7f80_0000u64, 0x8000_0000u64)
    } else {
        (0x0008_0000_0000_0000, 0x7ff0_0000_0000_0000, 0x8000_0000_0000_0000)
    };
    let nan = bits & exp_mask == exp_mask && bits & !(exp_mask | sign) != 0;
    match p {
        FloatPat::Bits(b) => b == bits,
        FloatPat::CanonicalNan => nan && bits & !(exp_mask | sign) == quiet,
        FloatPat::ArithmeticNan => nan && bits & quiet != 0,
    }
}

impl Pattern {
    /// Whether `v` is what the spec expects.
    pub fn matches(&self, v: &Val) -> bool {
        match (self, v) {
            (Pattern::Exact(e), v) => e.ty() == v.ty() && e.bits() == v.bits(),
            (Pattern::F32(p), Val::F32(b)) => float_ok(*p, *b as u64, 32),
            (Pattern::F64(p), Val::F64(b)) => float_ok(*p, *b, 64),
            (Pattern::F32x4(ps), Val::V128(b)) => {
                ps.iter().enumerate().all(|(i, p)| float_ok(*p, ((b >> (32 * i)) as u32) as u64, 32))
            }
            (Pattern::F64x2(ps), Val::V128(b)) => {
                ps.iter().enumerate().all(|(i, p)| float_ok(*p, (b >> (64 * i)) as u64, 64))
            }
            (Pattern::RefNull, Val::FuncRef(None) | Val::ExternRef(None)) => true,
            (Pattern::RefFunc, Val::FuncRef(Some(_))) => true,
            (Pattern::RefExtern(want), Val::ExternRef(Some(h))) => want.is_none_or(|w| w == *h),
            (Pattern::Either(ps), v) => ps.iter().any(|p| p.matches(v)),
            _ => false,
        }
    }
}

impl std::fmt::Display for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let fp = |p: &FloatPat, w: u32| match p {
            FloatPat::Bits(b) if w == 32 => format!("{:?}", f32::from_bits(*b as u32)),
            FloatPat::Bits(b) => format!("{:?}", f64::from_bits(*b)),
            FloatPat::CanonicalNan => "nan:canonical".into(),
            FloatPat::ArithmeticNan => "nan:arithmetic".into(),
        };
        match self {
            Pattern::Exact(v) => write!(f, "{v}"),
            Pattern::F32(p) => write!(f, "f32:{}", fp(p, 32)),
            Pattern::F64(p) => write!(f, "f64:{}", fp(p, 64)),
            Pattern::F32x4(ps) => write!(f, "f32x4({})", ps.iter().map(|p| fp(p, 32)).collect::<Vec<_>>().join(" ")),
            Pattern::F64x2(ps) => write!(f, "f64x2({})", ps.iter().map(|p| fp(p, 64)).collect::<Vec<_>>().join(" ")),
            Pattern::RefNull => f.write_str("ref.null"),
            Pattern::RefFunc => f.write_str("ref.func"),
            Pattern::RefExtern(Some(h)) => write!(f, "ref.extern {h}"),
            Pattern::RefExtern(None) => f.write_str("ref.extern"),
            Pattern::Either(ps) => {
                write!(f, "either({})", ps.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(" | "))
            }
        }
    }
}

/// An assertion the reference does not meet.
#[derive(Clone, Debug, PartialEq)]
pub struct SpecMismatch {
    pub line: usize,
    pub expected: String,
    pub got: String,
}

fn describe(e: &Expect) -> String {
    match e {
        Expect::Instantiates => "instantiates".into(),
        Expect::Unlinkable => "link error".into(),
        Expect::InstanceTraps(m) => format!("instantiation traps ({m})"),
        Expect::Returns(ps) => format!("returns ({})", ps.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", ")),
        Expect::Traps(m) => format!("traps ({m})"),
        Expect::Completes => "returns".into(),
        Expect::Exhausts => "exhausts the call stack".into(),
        Expect::Global { instance, global, pattern } => format!("global {global} of instance {instance} is {pattern}"),
    }
}

fn outcome_meets(expect: &Expect, outcome: &Outcome) -> bool {
    let trap_ok = |msg: &str, k: &TrapKind| match trap_of_message(msg) {
        Some(want) => &want == k,
        None => true,
    };
    match (expect, outcome) {
        (Expect::Instantiates, Outcome::Returned(_)) => true,
        (Expect::Unlinkable, Outcome::LinkError(_)) => true,
        (Expect::InstanceTraps(m), Outcome::Trapped(k)) => trap_ok(m, k),
        (Expect::Returns(ps), Outcome::Returned(vs)) => {
            ps.len() == vs.len() && ps.iter().zip(vs).all(|(p, v)| p.matches(v))
        }
        (Expect::Traps(m), Outcome::Trapped(k)) => trap_ok(m, k),
        (Expect::Completes, Outcome::Returned(_)) => true,
        (Expect::Exhausts, Outcome::Trapped(TrapKind::StackOverflow)) => true,
        _ => false,
    }
}

/// Checks the script's assertions against the reference's trace. Steps the
/// reference did not reach (after an inconclusive event) are not checked.
pub fn check_reference(script: &SpecScript, trace: &Trace) -> (usize, Vec<SpecMismatch>) {
    let events = step_events(&script.case, trace);
    let mut checked = 0;
    let mut out = Vec::new();
    for c in &script.checks {
        let Some(Some(i)) = events.get(c.step) else { continue };
        let ev = &trace.events[*i];
        checked += 1;
        let (ok, got) = match &c.expect {
            Expect::Global { instance, global, pattern } => {
                let v = ev
                    .snapshot()
                    .and_then(|s| s.globals.iter().find(|g| g.instance == *instance && g.index == *global))
                    .map(|g| g.value);
                (v.is_some_and(|v| pattern.matches(&v)), v.map_or("no such global".into(), |v| v.to_string()))
            }
            e => match ev.outcome() {
                Some(o) => (outcome_meets(e, o), o.to_string()),
                None => (false, ev.describe()),
            },
        };
        if !ok {
            out.push(SpecMismatch { line: c.line, expected: describe(&c.expect), got });
        }
    }
    (checked, out)
}

// ---------------------------------------------------------------------------
// From a script to a case.

struct Builder<'t> {
    text: &'t str,
    modules: Vec<CaseModule>,
    steps: Vec<Step>,
    checks: Vec<Check>,
    skipped: BTreeMap<String, usize>,
    unsupported: Vec<(usize, String)>,
    /// Script ids (`$M`) to instances.
    ids: HashMap<String, usize>,
    /// The latest module, which unnamed invocations address.
    current: Option<usize>,
    /// Instances registered under a name already.
    registered: HashSet<usize>,
    /// Names whose module was left out: modules importing them are too.
    dropped_names: HashSet<String>,
    /// Script ids of modules left out.
    dropped_ids: HashSet<String>,
    /// `module definition`s: id to bytes.
    definitions: HashMap<String, Vec<u8>>,
    /// Lines of modules to leave out (the system under test rejects them).
    exclude: HashMap<usize, String>,
    module_lines: Vec<usize>,
}

fn skip_reason(d: &WastDirective) -> Option<&'static str> {
    Some(match d {
        WastDirective::AssertMalformed { .. } | WastDirective::AssertMalformedCustom { .. } => "assert_malformed",
        WastDirective::AssertInvalid { .. } | WastDirective::AssertInvalidCustom { .. } => "assert_invalid",
        WastDirective::AssertException { .. } => "exceptions",
        WastDirective::AssertSuspension { .. } => "stack switching",
        WastDirective::Thread(_) | WastDirective::Wait { .. } => "threads",
        _ => return None,
    })
}

impl<'t> Builder<'t> {
    fn line(&self, span: wast::token::Span) -> usize {
        span.linecol_in(self.text).0 + 1
    }

    fn skip(&mut self, why: impl Into<String>) {
        *self.skipped.entry(why.into()).or_default() += 1;
    }

    /// Adds a module (not yet instantiated); `None` if it is left out.
    fn add_module(&mut self, id: Option<String>, wasm: Vec<u8>, line: usize) -> Option<usize> {
        let k = self.modules.len();
        let name = format!("_{k}{}", id.as_deref().map(|i| format!("_{i}")).unwrap_or_default());
        let drop = |b: &mut Self, why: String| {
            b.unsupported.push((line, why));
            if let Some(id) = &id {
                b.dropped_ids.insert(id.clone());
            }
            b.current = None;
            None
        };
        if let Some(why) = self.exclude.get(&line) {
            return drop(self, why.clone());
        }
        match prepare_module(&name, &wasm) {
            Ok(p) => {
                if let Some(imp) = p.imports.iter().find(|i| self.dropped_names.contains(&i.module)) {
                    return drop(self, format!("imports from module \"{}\", which was left out", imp.module));
                }
            }
            Err(InputError::Unsupported { msg, .. }) => return drop(self, msg),
            Err(e) => return drop(self, format!("not accepted: {e}")),
        }
        self.modules.push(CaseModule { name, wasm });
        self.module_lines.push(line);
        if let Some(id) = id {
            self.dropped_ids.remove(&id);
            self.ids.insert(id, k);
        }
        self.current = Some(k);
        Some(k)
    }

    /// The instance an action addresses; `None` if it was left out.
    fn instance(&self, id: Option<wast::token::Id>) -> Option<usize> {
        match id {
            Some(id) => self.ids.get(id.name()).copied(),
            None => self.current,
        }
    }

    fn wat_bytes(wat: &mut Wat) -> Result<(Option<String>, Vec<u8>), String> {
        let id = match wat {
            Wat::Module(m) => m.id.map(|i| i.name().to_string()),
            Wat::Component(_) => return Err("components".into()),
        };
        wat.encode().map(|b| (id, b)).map_err(|e| e.to_string())
    }

    fn quote_bytes(q: &mut QuoteWat) -> Result<(Option<String>, Vec<u8>), String> {
        match q {
            QuoteWat::Wat(w) => Self::wat_bytes(w),
            QuoteWat::QuoteModule(..) => q.encode().map(|b| (None, b)).map_err(|e| e.to_string()),
            QuoteWat::QuoteComponent(..) => Err("components".into()),
        }
    }

    /// Instantiates a new module as a step, with an expectation.
    fn instantiate(&mut self, id: Option<String>, wasm: Vec<u8>, line: usize, expect: Expect) {
        if let Some(k) = self.add_module(id, wasm, line) {
            self.steps.push(Step::Instantiate { instance: k });
            self.checks.push(Check { step: self.steps.len() - 1, line, expect });
        }
    }

    fn invoke(&mut self, inv: &WastInvoke, line: usize, expect: Expect) {
        let Some(instance) = self.instance(inv.module) else {
            self.skip("actions on a module that was left out");
            return;
        };
        let mut args = Vec::new();
        for a in &inv.args {
            match arg(a) {
                Some(v) => args.push(v),
                None => {
                    self.skip("arguments the oracle cannot pass (GC, host references)");
                    return;
                }
            }
        }
        self.steps.push(Step::Invoke(Invocation { instance, export: inv.name.to_string(), args }));
        self.checks.push(Check { step: self.steps.len() - 1, line, expect });
    }

    fn directive(&mut self, d: WastDirective<'_>) {
        if let Some(why) = skip_reason(&d) {
            self.skip(why);
            return;
        }
        match d {
            WastDirective::Module(mut q) => {
                let line = self.line(q_span(&q));
                match Self::quote_bytes(&mut q) {
                    Ok((id, wasm)) => self.instantiate(id, wasm, line, Expect::Instantiates),
                    Err(e) => self.skip(format!("module not encodable: {e}")),
                }
            }
            WastDirective::ModuleDefinition(mut q) => match Self::quote_bytes(&mut q) {
                Ok((Some(id), wasm)) => {
                    self.definitions.insert(id, wasm);
                }
                Ok((None, wasm)) => {
                    self.definitions.insert(String::new(), wasm);
                }
                Err(e) => self.skip(format!("module not encodable: {e}")),
            },
            WastDirective::ModuleInstance { span, instance, module } => {
                let line = self.line(span);
                let def = module.map(|m| m.name().to_string()).unwrap_or_default();
                match self.definitions.get(&def).cloned() {
                    Some(wasm) => {
                        let id = instance.map(|i| i.name().to_string());
                        self.instantiate(id, wasm, line, Expect::Instantiates)
                    }
                    None => self.skip("module instance of an unknown definition"),
                }
            }
            WastDirective::Register { name, module, .. } => {
                let Some(k) = self.instance(module) else {
                    self.dropped_names.insert(name.to_string());
                    self.skip("register of a module that was left out");
                    return;
                };
                if !self.registered.insert(k) {
                    // One instance, one name: a second name cannot be linked.
                    self.dropped_names.insert(name.to_string());
                    self.skip("a second register of the same instance");
                    return;
                }
                self.modules[k].name = name.to_string();
                self.dropped_names.remove(name);
            }
            WastDirective::Invoke(inv) => {
                let line = self.line(inv.span);
                self.invoke(&inv, line, Expect::Completes);
            }
            WastDirective::AssertReturn { span, exec, results } => {
                let line = self.line(span);
                let mut pats = Vec::new();
                for r in &results {
                    match ret(r) {
                        Some(p) => pats.push(p),
                        None => {
                            self.skip("results the oracle cannot compare (GC references)");
                            return;
                        }
                    }
                }
                match exec {
                    WastExecute::Invoke(inv) => self.invoke(&inv, line, Expect::Returns(pats)),
                    WastExecute::Get { module, global, .. } => self.get(module, global, line, pats),
                    WastExecute::Wat(mut w) => match Self::wat_bytes(&mut w) {
                        Ok((id, wasm)) => self.instantiate(id, wasm, line, Expect::Instantiates),
                        Err(e) => self.skip(format!("module not encodable: {e}")),
                    },
                }
            }
            WastDirective::AssertTrap { span, exec, message } => {
                let line = self.line(span);
                match exec {
                    WastExecute::Invoke(inv) => self.invoke(&inv, line, Expect::Traps(message.into())),
                    WastExecute::Wat(mut w) => match Self::wat_bytes(&mut w) {
                        Ok((id, wasm)) => self.instantiate(id, wasm, line, Expect::InstanceTraps(message.into())),
                        Err(e) => self.skip(format!("module not encodable: {e}")),
                    },
                    WastExecute::Get { .. } => self.skip("assert_trap of a global"),
                }
            }
            WastDirective::AssertExhaustion { span, call, .. } => {
                let line = self.line(span);
                self.invoke(&call, line, Expect::Exhausts);
            }
            WastDirective::AssertUnlinkable { span, mut module, .. } => {
                let line = self.line(span);
                match Self::wat_bytes(&mut module) {
                    // An unlinkable module is never current: the spec's
                    // harness does not instantiate it.
                    Ok((id, wasm)) => {
                        let before = self.current;
                        self.instantiate(id, wasm, line, Expect::Unlinkable);
                        self.current = before;
                    }
                    Err(e) => self.skip(format!("module not encodable: {e}")),
                }
            }
            _ => self.skip("other directives"),
        }
    }

    fn get(&mut self, module: Option<wast::token::Id>, global: &str, line: usize, pats: Vec<Pattern>) {
        let Some(instance) = self.instance(module) else {
            self.skip("actions on a module that was left out");
            return;
        };
        let Ok(p) = prepare_module("get", &self.modules[instance].wasm) else { return };
        let (Some(index), [pattern]) = (p.export_global(global), pats.as_slice()) else {
            self.skip("get of something other than one exported global");
            return;
        };
        // Checked in the snapshot after the latest step.
        if self.steps.is_empty() {
            self.skip("get before any step");
            return;
        }
        let step = self.steps.len() - 1;
        self.checks.push(Check {
            step,
            line,
            expect: Expect::Global { instance, global: index, pattern: pattern.clone() },
        });
    }
}

fn q_span(q: &QuoteWat) -> wast::token::Span {
    match q {
        QuoteWat::Wat(Wat::Module(m)) => m.span,
        QuoteWat::Wat(Wat::Component(c)) => c.span,
        QuoteWat::QuoteModule(s, _) | QuoteWat::QuoteComponent(s, _) => *s,
    }
}

fn arg(a: &WastArg) -> Option<Val> {
    let WastArg::Core(a) = a else { return None };
    Some(match a {
        WastArgCore::I32(x) => Val::I32(*x),
        WastArgCore::I64(x) => Val::I64(*x),
        WastArgCore::F32(x) => Val::F32(x.bits),
        WastArgCore::F64(x) => Val::F64(x.bits),
        WastArgCore::V128(v) => Val::V128(u128::from_le_bytes(v.to_le_bytes())),
        WastArgCore::RefNull(HeapType::Abstract { ty: AbstractHeapType::Func, .. }) => Val::FuncRef(None),
        WastArgCore::RefNull(HeapType::Abstract { ty: AbstractHeapType::Extern, .. }) => Val::ExternRef(None),
        WastArgCore::RefExtern(h) => Val::ExternRef(Some(*h)),
        _ => return None,
    })
}

fn float_pat32(p: &NanPattern<wast::token::F32>) -> FloatPat {
    match p {
        NanPattern::CanonicalNan => FloatPat::CanonicalNan,
        NanPattern::ArithmeticNan => FloatPat::ArithmeticNan,
        NanPattern::Value(v) => FloatPat::Bits(v.bits as u64),
    }
}

fn float_pat64(p: &NanPattern<wast::token::F64>) -> FloatPat {
    match p {
        NanPattern::CanonicalNan => FloatPat::CanonicalNan,
        NanPattern::ArithmeticNan => FloatPat::ArithmeticNan,
        NanPattern::Value(v) => FloatPat::Bits(v.bits),
    }
}

fn ret_core(r: &WastRetCore) -> Option<Pattern> {
    Some(match r {
        WastRetCore::I32(x) => Pattern::Exact(Val::I32(*x)),
        WastRetCore::I64(x) => Pattern::Exact(Val::I64(*x)),
        WastRetCore::F32(p) => Pattern::F32(float_pat32(p)),
        WastRetCore::F64(p) => Pattern::F64(float_pat64(p)),
        WastRetCore::V128(V128Pattern::F32x4(ps)) => {
            Pattern::F32x4([float_pat32(&ps[0]), float_pat32(&ps[1]), float_pat32(&ps[2]), float_pat32(&ps[3])])
        }
        WastRetCore::V128(V128Pattern::F64x2(ps)) => Pattern::F64x2([float_pat64(&ps[0]), float_pat64(&ps[1])]),
        WastRetCore::V128(p) => {
            let c = match p {
                V128Pattern::I8x16(v) => wast::core::V128Const::I8x16(*v),
                V128Pattern::I16x8(v) => wast::core::V128Const::I16x8(*v),
                V128Pattern::I32x4(v) => wast::core::V128Const::I32x4(*v),
                V128Pattern::I64x2(v) => wast::core::V128Const::I64x2(*v),
                _ => unreachable!("float lanes handled above"),
            };
            Pattern::Exact(Val::V128(u128::from_le_bytes(c.to_le_bytes())))
        }
        WastRetCore::RefNull(None) => Pattern::RefNull,
        WastRetCore::RefNull(Some(HeapType::Abstract {
            ty: AbstractHeapType::Func | AbstractHeapType::Extern,
            ..
        })) => Pattern::RefNull,
        WastRetCore::RefExtern(h) => Pattern::RefExtern(*h),
        WastRetCore::RefFunc(_) => Pattern::RefFunc,
        WastRetCore::Either(alts) => Pattern::Either(alts.iter().map(ret_core).collect::<Option<_>>()?),
        _ => return None,
    })
}

fn ret(r: &WastRet) -> Option<Pattern> {
    match r {
        WastRet::Core(c) => ret_core(c),
        _ => None,
    }
}

/// Parses a `.wast` script into a case. `Err` is one line: the script
/// cannot be read or parsed.
pub fn load_script(path: &Path) -> Result<SpecScript, InputError> {
    let p = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|err| InputError::Read { path: p.clone(), err })?;
    script_from_text(&text).map_err(|msg| InputError::Other(format!("{p}: {msg}")))
}

/// Parses script text into a case.
pub fn script_from_text(text: &str) -> Result<SpecScript, String> {
    script_excluding(text, HashMap::new())
}

/// Parses script text into a case, leaving out the modules at these lines
/// (with the reason).
pub fn script_excluding(text: &str, exclude: HashMap<usize, String>) -> Result<SpecScript, String> {
    let buf = parse_buffer(text)?;
    let wast: Wast = wast::parser::parse(&buf).map_err(|e| first_line(&e.to_string()))?;
    let mut b = Builder {
        text,
        modules: Vec::new(),
        steps: Vec::new(),
        checks: Vec::new(),
        skipped: BTreeMap::new(),
        unsupported: Vec::new(),
        ids: HashMap::new(),
        current: None,
        registered: HashSet::new(),
        dropped_names: HashSet::new(),
        dropped_ids: HashSet::new(),
        definitions: HashMap::new(),
        exclude,
        module_lines: Vec::new(),
    };
    // The spectest module comes first when the script imports from it.
    if text.contains("\"spectest\"") {
        let wasm = wat::parse_str(SPECTEST_WAT).expect("the spectest module is valid WAT");
        b.modules.push(CaseModule { name: "spectest".into(), wasm });
        b.steps.push(Step::Instantiate { instance: 0 });
        b.registered.insert(0);
        b.module_lines.push(0);
    }
    for d in wast.directives {
        b.directive(d);
    }
    let case = Case { modules: b.modules, script: Some(b.steps), ..Case::default() };
    Ok(SpecScript {
        case,
        checks: b.checks,
        skipped: b.skipped,
        unsupported: b.unsupported,
        module_lines: b.module_lines,
    })
}

/// A parse buffer that takes every character the spec's scripts use (names.wast
/// has bidirectional-override characters in export names on purpose).
fn parse_buffer(text: &str) -> Result<wast::parser::ParseBuffer<'_>, String> {
    let mut lexer = wast::lexer::Lexer::new(text);
    lexer.allow_confusing_unicode(true);
    wast::parser::ParseBuffer::new_with_lexer(lexer).map_err(|e| first_line(&e.to_string()))
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").to_string()
}

/// Every valid module of a script, each as a case of its own with the
/// default invocations (named by file and line), and what could not be made
/// a case: `(line, reason)`.
pub fn script_modules(text: &str) -> Result<(Vec<(usize, Case)>, Vec<(usize, String)>), String> {
    let buf = parse_buffer(text)?;
    let wast: Wast = wast::parser::parse(&buf).map_err(|e| first_line(&e.to_string()))?;
    let mut cases = Vec::new();
    let mut rejected = Vec::new();
    for d in wast.directives {
        let (span, bytes) = match d {
            WastDirective::Module(mut q) | WastDirective::ModuleDefinition(mut q) => {
                (q_span(&q), Builder::quote_bytes(&mut q))
            }
            WastDirective::AssertTrap { span, exec: WastExecute::Wat(mut w), .. }
            | WastDirective::AssertReturn { span, exec: WastExecute::Wat(mut w), .. } => {
                (span, Builder::wat_bytes(&mut w))
            }
            WastDirective::AssertUnlinkable { span, mut module, .. } => (span, Builder::wat_bytes(&mut module)),
            _ => continue,
        };
        let line = span.linecol_in(text).0 + 1;
        match bytes {
            Ok((id, wasm)) => {
                let name = id.unwrap_or_else(|| format!("line{line}"));
                match prepare_module(&name, &wasm) {
                    Ok(_) => cases.push((line, Case { modules: vec![CaseModule { name, wasm }], ..Case::default() })),
                    Err(e) => rejected.push((line, e.to_string())),
                }
            }
            Err(e) => rejected.push((line, e)),
        }
    }
    Ok((cases, rejected))
}

// ---------------------------------------------------------------------------
// Sweeps.

/// How a script or module came out.
#[derive(Clone, Debug)]
pub enum SweepOutcome {
    /// Checked: the verdict over all engines.
    Checked(crate::compare::Verdict),
    /// Nothing the engines both support (why).
    Unsupported(String),
    /// The script could not be read or run (one line).
    Error(String),
}

impl SweepOutcome {
    pub fn name(&self) -> &'static str {
        match self {
            SweepOutcome::Checked(v) => v.name(),
            SweepOutcome::Unsupported(_) => "unsupported",
            SweepOutcome::Error(_) => "error",
        }
    }
}

/// The result of one script.
#[derive(Clone, Debug)]
pub struct ScriptResult {
    pub file: String,
    pub outcome: SweepOutcome,
    /// Modules run, and left out as unsupported (line, why).
    pub modules: usize,
    pub unsupported: Vec<(usize, String)>,
    /// Directives not run.
    pub skipped: usize,
    /// Assertions checked on the reference, and those it does not meet.
    pub checked: usize,
    pub mismatches: Vec<SpecMismatch>,
    /// The case and its result, for saving a divergent one.
    pub case: Option<Case>,
    pub result: Option<crate::check::CheckResult>,
}

fn check_case(
    worker: &Path,
    case: &Case,
    lineup: &crate::engine::Lineup,
    timeout: std::time::Duration,
) -> Result<crate::check::CheckResult, SweepOutcome> {
    use crate::check::CheckError;
    use crate::engine::EngineError;
    match crate::isolate::check_isolated(worker, case, lineup, &Vec::new(), timeout) {
        Ok(r) => Ok(r),
        Err(CheckError::Input(InputError::Unsupported { msg, .. })) => Err(SweepOutcome::Unsupported(msg)),
        Err(CheckError::Engine(EngineError::Rejected { msg, .. })) => Err(SweepOutcome::Unsupported(msg)),
        Err(e) => Err(SweepOutcome::Error(first_line(&e.to_string()))),
    }
}

/// Runs one script on every engine and checks its assertions. A module
/// that both configurations of the system under test reject (a feature its
/// compiler lacks) is left out like an unsupported one, with what needs it,
/// and the script runs again.
pub fn run_script(
    worker: &Path,
    path: &Path,
    lineup: &crate::engine::Lineup,
    timeout: std::time::Duration,
) -> ScriptResult {
    let file = path.display().to_string();
    let mut r = ScriptResult {
        file,
        outcome: SweepOutcome::Error(String::new()),
        modules: 0,
        unsupported: Vec::new(),
        skipped: 0,
        checked: 0,
        mismatches: Vec::new(),
        case: None,
        result: None,
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            r.outcome = SweepOutcome::Error(format!("cannot read: {e}"));
            return r;
        }
    };
    let mut exclude = HashMap::new();
    loop {
        let script = match script_excluding(&text, exclude.clone()) {
            Ok(s) => s,
            Err(e) => {
                r.outcome = SweepOutcome::Error(e);
                return r;
            }
        };
        let rejected = run_parsed(worker, script, lineup, timeout, &mut r);
        match rejected {
            Some((line, why)) if !exclude.contains_key(&line) => {
                exclude.insert(line, why);
            }
            _ => return r,
        }
    }
}

/// Runs a parsed script into `r`; the line and reason of a module the system
/// under test rejects, if that is what stopped it.
fn run_parsed(
    worker: &Path,
    script: SpecScript,
    lineup: &crate::engine::Lineup,
    timeout: std::time::Duration,
    r: &mut ScriptResult,
) -> Option<(usize, String)> {
    use crate::check::CheckError;
    use crate::engine::EngineError;
    r.unsupported = script.unsupported.clone();
    r.skipped = script.skipped.values().sum();
    let spectest = script.case.modules.first().is_some_and(|m| m.name == "spectest") as usize;
    r.modules = script.case.modules.len() - spectest;
    if r.modules == 0 {
        r.outcome = SweepOutcome::Unsupported(match script.unsupported.first() {
            Some((_, why)) => why.clone(),
            None => "no module to run".into(),
        });
        return None;
    }
    match crate::isolate::check_isolated(worker, &script.case, lineup, &Vec::new(), timeout) {
        Ok(result) => {
            let (checked, mismatches) = check_reference(&script, &result.traces[0]);
            r.checked = checked;
            r.mismatches = mismatches;
            r.outcome = SweepOutcome::Checked(result.verdict.clone());
            r.result = Some(result);
        }
        Err(CheckError::Engine(EngineError::Rejected { engine, module, msg })) => {
            r.outcome = SweepOutcome::Unsupported(first_line(&msg));
            let k = script.case.modules.iter().position(|m| m.name == module)?;
            let why = format!("{engine} rejects it: {}", first_line(&msg));
            return Some((script.module_lines[k], why));
        }
        Err(CheckError::Input(InputError::Unsupported { msg, .. })) => r.outcome = SweepOutcome::Unsupported(msg),
        Err(e) => r.outcome = SweepOutcome::Error(first_line(&e.to_string())),
    }
    r.case = Some(script.case);
    None
}

/// The result of one module run on its own.
#[derive(Clone, Debug)]
pub struct ModuleResult {
    pub line: usize,
    pub outcome: SweepOutcome,
    pub case: Option<Case>,
    pub result: Option<crate::check::CheckResult>,
}

/// Runs every module of a script on its own, with the default invocations.
pub fn run_modules(
    worker: &Path,
    path: &Path,
    lineup: &crate::engine::Lineup,
    timeout: std::time::Duration,
) -> Result<Vec<ModuleResult>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let (cases, rejected) = script_modules(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out: Vec<ModuleResult> = rejected
        .into_iter()
        .map(|(line, why)| ModuleResult { line, outcome: SweepOutcome::Unsupported(why), case: None, result: None })
        .collect();
    for (line, case) in cases {
        let (outcome, result) = match check_case(worker, &case, lineup, timeout) {
            Ok(r) => (SweepOutcome::Checked(r.verdict.clone()), Some(r)),
            Err(o) => (o, None),
        };
        out.push(ModuleResult { line, outcome, case: Some(case), result });
    }
    out.sort_by_key(|m| m.line);
    Ok(out)
}

/// The `.wast` files under `paths` (files as given, directories searched one
/// level deep), sorted.
pub fn wast_files(paths: &[std::path::PathBuf]) -> Result<Vec<std::path::PathBuf>, InputError> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let rd = std::fs::read_dir(p).map_err(|err| InputError::Read { path: p.display().to_string(), err })?;
            let mut v: Vec<_> = rd
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|f| f.extension().is_some_and(|x| x == "wast"))
                .collect();
            v.sort();
            out.extend(v);
        } else if p.is_file() {
            out.push(p.clone());
        } else {
            return Err(InputError::Other(format!("{}: no such file or directory", p.display())));
        }
    }
    Ok(out)
}

/// Runs `f` over `items` on `jobs` threads, results in input order.
pub fn par_map<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: std::sync::Mutex<Vec<Option<R>>> = std::sync::Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= items.len() {
                    break;
                }
                let r = f(&items[i]);
                results.lock().unwrap()[i] = Some(r);
            });
        }
    });
    results.into_inner().unwrap().into_iter().map(|r| r.expect("every item ran")).collect()
}

/// Totals of a sweep, for the closing line and the exit code.
pub struct SweepSummary {
    pub line: String,
    pub divergent: usize,
}

fn save(out: Option<&Path>, name: &str, case: &Option<Case>, result: &Option<crate::check::CheckResult>) {
    let (Some(out), Some(case), Some(result)) = (out, case, result) else { return };
    let Ok(prepared) = crate::prepare::PreparedCase::new(case) else { return };
    let report = crate::report::text(&prepared, result);
    let expect = crate::corpus::Expectation::of(&result.verdict);
    let dir = out.join(crate::fuzz::slug(name));
    let lineup = crate::engine::Lineup::default_lineup();
    if let Err(e) =
        crate::fuzz::write_case_dir(&dir, case, "spec testsuite divergence", name, Some(expect), &report, &lineup)
    {
        eprintln!("ccoracle: {}: {e}", dir.display());
    }
}

fn file_name(f: &str) -> &str {
    Path::new(f).file_name().and_then(|n| n.to_str()).unwrap_or(f)
}

/// Prints one line per script (and the details of what went wrong).
pub fn print_script_sweep(results: &[ScriptResult], out: Option<&Path>, quiet: bool) -> SweepSummary {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut checked, mut failed, mut modules, mut unsupported, mut skipped) = (0, 0, 0, 0, 0);
    let mut details = Vec::new();
    if !quiet {
        println!(
            "{:<28} {:<13} {:>7} {:>11} {:>9} {:>8}  signature",
            "script", "verdict", "modules", "unsupported", "checks", "spec ≠"
        );
    }
    for r in results {
        let name = file_name(&r.file);
        *counts.entry(r.outcome.name()).or_default() += 1;
        checked += r.checked;
        failed += r.mismatches.len();
        modules += r.modules;
        unsupported += r.unsupported.len();
        skipped += r.skipped;
        let sig = match &r.outcome {
            SweepOutcome::Checked(v) => v.signature().unwrap_or("").to_string(),
            SweepOutcome::Unsupported(why) | SweepOutcome::Error(why) => why.clone(),
        };
        if !quiet {
            println!(
                "{name:<28} {:<13} {:>7} {:>11} {:>9} {:>8}  {sig}",
                r.outcome.name(),
                r.modules,
                r.unsupported.len(),
                r.checked,
                r.mismatches.len()
            );
        }
        if let SweepOutcome::Checked(crate::compare::Verdict::Diverge(_)) = &r.outcome {
            details.push(format!("DIVERGE {name}: {sig}"));
            save(out, name, &r.case, &r.result);
        }
        if let SweepOutcome::Error(e) = &r.outcome {
            details.push(format!("ERROR {name}: {e}"));
        }
        for m in &r.mismatches {
            details.push(format!("SPEC {name}:{}: expected {}, the reference {}", m.line, m.expected, m.got));
        }
    }
    for d in &details {
        println!("{d}");
    }
    let per: Vec<String> = counts.iter().map(|(k, v)| format!("{v} {k}")).collect();
    SweepSummary {
        line: format!(
            "{} scripts: {}; {modules} modules run, {unsupported} left out as unsupported, {skipped} directives not run; \
             {checked} assertions checked on the reference, {failed} not met",
            results.len(),
            per.join(", ")
        ),
        divergent: counts.get("diverge").copied().unwrap_or(0),
    }
}

/// Prints one line per script of the per-module sweep.
pub fn print_module_sweep(
    results: &[(std::path::PathBuf, Result<Vec<ModuleResult>, String>)],
    out: Option<&Path>,
    quiet: bool,
) -> SweepSummary {
    let mut total: BTreeMap<&str, usize> = BTreeMap::new();
    let mut details = Vec::new();
    let mut n = 0;
    for (f, r) in results {
        let name = file_name(f.to_str().unwrap_or(""));
        let ms = match r {
            Ok(ms) => ms,
            Err(e) => {
                details.push(format!("ERROR {e}"));
                *total.entry("error").or_default() += 1;
                continue;
            }
        };
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for m in ms {
            n += 1;
            *counts.entry(m.outcome.name()).or_default() += 1;
            *total.entry(m.outcome.name()).or_default() += 1;
            match &m.outcome {
                SweepOutcome::Checked(crate::compare::Verdict::Diverge(d)) => {
                    details.push(format!("DIVERGE {name}:{}: {}", m.line, d.signature));
                    save(out, &format!("{name}-line{}", m.line), &m.case, &m.result);
                }
                SweepOutcome::Error(e) => details.push(format!("ERROR {name}:{}: {e}", m.line)),
                _ => {}
            }
        }
        if !quiet {
            let per: Vec<String> = counts.iter().map(|(k, v)| format!("{v} {k}")).collect();
            println!("{name:<28} {:>4} modules: {}", ms.len(), per.join(", "));
        }
    }
    for d in &details {
        println!("{d}");
    }
    let per: Vec<String> = total.iter().map(|(k, v)| format!("{v} {k}")).collect();
    SweepSummary {
        line: format!("{n} modules of {} scripts: {}", results.len(), per.join(", ")),
        divergent: total.get("diverge").copied().unwrap_or(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_script_becomes_a_scripted_case_with_checks() {
        let s = script_from_text(
            r#"(module $A (func (export "f") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1))))
               (register "a" $A)
               (assert_return (invoke "f" (i32.const 41)) (i32.const 42))
               (module (import "a" "f" (func (param i32) (result i32))) (import "spectest" "print_i32" (func (param i32))))
               (assert_trap (invoke $A "f" (i32.const 0)) "unreachable")
               (assert_invalid (module (func (result i32))) "type mismatch")"#,
        )
        .unwrap();
        assert_eq!(s.case.modules[0].name, "spectest");
        assert_eq!(s.case.modules[1].name, "a");
        let steps = s.case.script.as_ref().unwrap();
        assert_eq!(steps.len(), 5, "{steps:?}");
        assert_eq!(s.checks.len(), 4);
        assert_eq!(s.skipped.get("assert_invalid"), Some(&1));
        crate::prepare::PreparedCase::new(&s.case).unwrap();
    }

    #[test]
    fn nan_patterns() {
        assert!(Pattern::F32(FloatPat::CanonicalNan).matches(&Val::F32(0x7fc0_0000)));
        assert!(Pattern::F32(FloatPat::CanonicalNan).matches(&Val::F32(0xffc0_0000)));
        assert!(!Pattern::F32(FloatPat::CanonicalNan).matches(&Val::F32(0x7fc0_0001)));
        assert!(Pattern::F32(FloatPat::ArithmeticNan).matches(&Val::F32(0x7fc0_0001)));
        assert!(!Pattern::F32(FloatPat::ArithmeticNan).matches(&Val::F32(0x7f80_0001)));
        assert!(!Pattern::F64(FloatPat::ArithmeticNan).matches(&Val::F64(0x7ff0_0000_0000_0000)));
        assert!(Pattern::F64(FloatPat::Bits(0x8000_0000_0000_0000)).matches(&Val::F64(0x8000_0000_0000_0000)));
        assert!(!Pattern::F64(FloatPat::Bits(0)).matches(&Val::F64(0x8000_0000_0000_0000)));
    }

    #[test]
    fn unsupported_modules_are_left_out_with_what_needs_them() {
        let s = script_from_text(
            r#"(module $G (type (struct)) (func (export "f")))
               (register "g" $G)
               (invoke $G "f")
               (module (import "g" "f" (func)))
               (module (func (export "h")))
               (invoke "h")"#,
        )
        .unwrap();
        assert_eq!(s.unsupported.len(), 2, "{:?}", s.unsupported);
        assert_eq!(s.case.modules.len(), 1);
        assert_eq!(s.case.script.as_ref().unwrap().len(), 2);
    }
}
