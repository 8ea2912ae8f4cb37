//! Human-readable reports of a check: what ran, the verdict, and the first
//! divergence in context. The text is stable (golden-file tested), so it can
//! be pasted into an issue and diffed between runs.

use crate::check::CheckResult;
use crate::compare::{Diagnosis, Side, Verdict};
use crate::prepare::PreparedCase;
use crate::trace::{Event, Snapshot};
use crate::value::fmt_vals;
use std::fmt::Write;

/// Exit code for each verdict (see the README).
pub fn exit_code(v: &Verdict) -> i32 {
    match v {
        Verdict::Agree => 0,
        Verdict::Diverge(_) => 1,
        Verdict::Inconclusive { .. } => 3,
    }
}

fn global_of(s: &Snapshot, instance: usize, index: u32) -> String {
    s.globals
        .iter()
        .find(|g| g.instance == instance && g.index == index)
        .map(|g| g.value.to_string())
        .unwrap_or_else(|| "-".into())
}

fn memory_of(s: &Snapshot, instance: usize, index: u32) -> String {
    s.memories
        .iter()
        .find(|m| m.instance == instance && m.index == index)
        .map(|m| format!("{} bytes, digest {:016x}", m.size, m.digest))
        .unwrap_or_else(|| "-".into())
}

/// The part of an event that the diagnosis is about.
fn detail(e: Option<&Event>, d: &Diagnosis) -> String {
    let Some(e) = e else {
        return "(trace ended)".into();
    };
    match d {
        Diagnosis::ExtraLeadingArgs { .. }
        | Diagnosis::ShiftedArgs { .. }
        | Diagnosis::ArgCount { .. }
        | Diagnosis::ArgValue { .. } => match e {
            Event::HostCall { args, .. } | Event::Callback { args, .. } => {
                format!("args {}", fmt_vals(args))
            }
            other => other.describe(),
        },
        Diagnosis::Outcome { .. } => e.outcome().map(|o| o.to_string()).unwrap_or_else(|| e.describe()),
        Diagnosis::Global { instance, index, .. } => match e.snapshot() {
            Some(s) => format!("global {index} of instance {instance} = {}", global_of(s, *instance, *index)),
            None => e.describe(),
        },
        Diagnosis::Memory { instance, index, .. } => match e.snapshot() {
            Some(s) => format!("memory {index} of instance {instance}: {}", memory_of(s, *instance, *index)),
            None => e.describe(),
        },
        _ => e.describe(),
    }
}

/// One divergence: where, what, who says what, its signature.
fn divergence_text(out: &mut String, heading: &str, d: &crate::compare::Divergence) {
    let diff = &d.difference;
    let at = diff.left.as_ref().or(diff.right.as_ref()).map(Event::describe).unwrap_or_default();
    let ind = if heading.starts_with(' ') { "  " } else { "" };
    let _ = writeln!(out, "{heading}: event #{} — {at}", diff.index);
    let _ = writeln!(out, "{ind}  {}", diff.diagnosis.sentence());
    let width = d.left_engine.len().max(d.right_engine.len()).max(9);
    let _ = writeln!(out, "{ind}  {:width$}  {}", d.left_engine, detail(diff.left.as_ref(), &diff.diagnosis));
    let _ = writeln!(out, "{ind}  {:width$}  {}", d.right_engine, detail(diff.right.as_ref(), &diff.diagnosis));
    if d.class != crate::compare::Class::Backend {
        let r = detail(d.reference_event.as_ref(), &diff.diagnosis);
        let _ = writeln!(out, "{ind}  {:width$}  {r}", "reference");
        let who = match d.reference_agrees_with {
            Some(Side::Left) => format!("the reference agrees with {}", d.left_engine),
            Some(Side::Right) => format!("the reference agrees with {}", d.right_engine),
            None => "the reference agrees with neither".to_string(),
        };
        let _ = writeln!(out, "{ind}  {who}");
    }
    let _ = writeln!(out, "{ind}signature: {}", d.signature);
}

/// The plain-text report.
pub fn text(case: &PreparedCase, result: &CheckResult) -> String {
    let mut out = String::new();
    let v = &result.verdict;
    let headline = match v {
        Verdict::Agree => "AGREE".to_string(),
        Verdict::Diverge(d) => format!("DIVERGE ({})", d.class),
        Verdict::Inconclusive { .. } => "INCONCLUSIVE".to_string(),
    };
    let names: Vec<&str> = case.modules.iter().map(|m| m.name.as_str()).collect();
    let _ = writeln!(out, "verdict: {headline}");
    let _ = writeln!(
        out,
        "case: {} ({} module{}, {} invocation{})",
        names.join(" + "),
        names.len(),
        if names.len() == 1 { "" } else { "s" },
        case.invocations.len(),
        if case.invocations.len() == 1 { "" } else { "s" }
    );
    let _ = writeln!(out, "engines:");
    for (i, t) in result.traces.iter().enumerate() {
        let role = if i == 0 { "reference" } else { "sut      " };
        let _ =
            writeln!(out, "  {role}  {}  ({} events, {} host calls)", t.meta.engine, t.events.len(), t.host_calls());
        for n in &t.meta.notes {
            let _ = writeln!(out, "             note: {n}");
        }
    }
    if let Some(w) = &case.wasi {
        program_text(&mut out, w, result);
    }
    match v {
        Verdict::Agree => {}
        Verdict::Inconclusive { reason } => {
            let _ = writeln!(out, "reason: {reason}");
        }
        Verdict::Diverge(d) => {
            divergence_text(&mut out, "first divergence", d);
            for (i, other) in d.also.iter().enumerate() {
                let _ = writeln!(out, "also ({} of {}): {}", i + 2, d.also.len() + 1, other.class);
                divergence_text(&mut out, "  first difference", other);
            }
        }
    }
    out
}

/// Lines of output shown per stream.
const OUTPUT_LINES: usize = 20;

/// A WASI program's section: what it was given, how deep it ran on each
/// engine, its exit code, and its stdout and stderr (the reference's, and
/// for every other engine whether its own is the same).
fn program_text(out: &mut String, w: &crate::wasi::WasiConfig, result: &CheckResult) {
    let _ = writeln!(
        out,
        "program (WASI): args {:?}, {} environment entries, {} bytes of stdin, {} files",
        w.args,
        w.env.len(),
        w.stdin.len(),
        w.files.len()
    );
    for (t, d) in result.traces.iter().zip(&result.depth) {
        let exit = match d.exit_code {
            Some(c) => format!("exit code {c}"),
            None => match t.events.iter().rev().find_map(|e| e.outcome()) {
                Some(o) => o.to_string(),
                None => "did not run".into(),
            },
        };
        let _ = writeln!(
            out,
            "  {}: {exit}; {} invocation{} run, {} host calls ({} WASI)",
            t.meta.engine,
            d.invocations,
            if d.invocations == 1 { "" } else { "s" },
            d.host_calls,
            d.wasi_calls
        );
    }
    let Some(reference) = result.traces.first() else { return };
    // Which WASI functions the program called (on the reference), so that
    // an unsupported one answered with ENOSYS shows.
    let mut called: std::collections::BTreeMap<&str, usize> = Default::default();
    for e in &reference.events {
        if let Event::HostCall { module, name, .. } = e {
            if module == crate::wasi::MODULE {
                *called.entry(name.as_str()).or_default() += 1;
            }
        }
    }
    if !called.is_empty() {
        let list: Vec<String> = called.iter().map(|(n, c)| format!("{n} ×{c}")).collect();
        let _ = writeln!(out, "WASI calls (reference): {}", list.join(", "));
    }
    for stream in ["stdout", "stderr"] {
        let text = reference.output(stream);
        let lines: Vec<&str> = text.lines().collect();
        let _ = writeln!(out, "{stream} (reference, {} characters):", text.chars().count());
        for l in lines.iter().take(OUTPUT_LINES) {
            let _ = writeln!(out, "  | {l}");
        }
        if lines.len() > OUTPUT_LINES {
            let _ = writeln!(out, "  | … {} more lines", lines.len() - OUTPUT_LINES);
        }
        for t in &result.traces[1..] {
            if t.output(stream) != text {
                let _ = writeln!(out, "  differs on {}", t.meta.engine);
            }
        }
    }
}

/// The environment lines of a bug report.
pub fn environment(lineup: &crate::engine::Lineup) -> Vec<String> {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    let mut v = vec![
        format!(
            "System under test: Wasmer {} (crate wasmer 7.5.0), LLVM compiler, LLVM 22 (Debian llvm-22-dev)",
            crate::engine::wasmer::VERSION
        ),
        format!("Reference: wasmi {} (interpreter)", crate::engine::wasmi::VERSION),
    ];
    for (with, without) in &lineup.pairs {
        v.push(format!("Configurations compared: `{}` vs `{}`", with.label(), without.label()));
    }
    v.push(format!("CPU: {cpu} ({}, {})", std::env::consts::ARCH, std::env::consts::OS));
    v.push(format!("ccoracle {}", env!("CARGO_PKG_VERSION")));
    v
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A Markdown bug report for a divergent case stored in `dir`.
pub fn markdown(
    dir_label: &str,
    case: &crate::case::Case,
    prepared: &PreparedCase,
    lineup: &crate::engine::Lineup,
    result: &CheckResult,
) -> String {
    let mut out = String::new();
    let Verdict::Diverge(d) = &result.verdict else {
        let _ = writeln!(out, "# ccoracle: no divergence\n\nVerdict: {}.", result.verdict.name());
        return out;
    };
    let diff = &d.difference;
    let at = diff.left.as_ref().or(diff.right.as_ref()).map(Event::describe).unwrap_or_default();
    let _ = writeln!(out, "# Wasmer LLVM ({}): {} at {}\n", d.class, diff.diagnosis.sentence(), at);
    let whom = match d.class {
        crate::compare::Class::PassParamsDependent => format!(
            "With pass-params (the hidden memory #0 base, m0) the result differs from the same compiler without it: `{}` and `{}` part at event #{} ({at}). {}",
            d.right_engine,
            d.left_engine,
            diff.index,
            match d.reference_agrees_with {
                Some(Side::Left) => format!("The reference interpreter agrees with `{}`, so the configuration with pass-params is wrong.", d.left_engine),
                Some(Side::Right) => format!("The reference interpreter agrees with `{}`.", d.right_engine),
                None => "The reference interpreter agrees with neither.".to_string(),
            }
        ),
        crate::compare::Class::BuildDependent => format!(
            "Two builds of Wasmer differ: `{}` and `{}` part at event #{} ({at}). {}",
            d.right_engine,
            d.left_engine,
            diff.index,
            match d.reference_agrees_with {
                Some(Side::Left) => format!("The reference interpreter agrees with `{}`.", d.left_engine),
                Some(Side::Right) => format!("The reference interpreter agrees with `{}`.", d.right_engine),
                None => "The reference interpreter agrees with neither.".to_string(),
            }
        ),
        crate::compare::Class::BothWrong => format!(
            "Wasmer with and without pass-params differ from each other and both from the reference interpreter at event #{} ({at}): a fault both configurations share, showing differently in each.",
            diff.index
        ),
        crate::compare::Class::Backend => format!(
            "Wasmer without pass-params differs from the reference interpreter at event #{} ({at}).",
            diff.index
        ),
    };
    let _ = writeln!(out, "{whom} In short: {}.\n", diff.diagnosis.sentence());
    let _ = writeln!(out, "## Environment\n");
    for l in environment(lineup) {
        let _ = writeln!(out, "- {l}");
    }
    let _ = writeln!(out, "\n## Minimised case\n");
    let _ = writeln!(
        out,
        "Modules are instantiated in this order; an import whose module name is an earlier module's name binds to its export, every other import is a host function that returns values derived from its arguments.\n"
    );
    for m in &case.modules {
        let _ = writeln!(out, "`{}.wat`:\n\n```wat\n{}```\n", m.name, crate::prepare::to_wat(&m.wasm));
    }
    if !case.plan.functions.is_empty() {
        let _ = writeln!(out, "Host plan:\n\n```json\n{}\n```\n", serde_json::to_string_pretty(&case.plan).unwrap());
    }
    let _ = writeln!(out, "## Trace difference\n");
    let mut header = String::from("| event |");
    let mut rule = String::from("|---|");
    for t in &result.traces {
        header.push_str(&format!(" `{}` |", t.meta.engine));
        rule.push_str("---|");
    }
    let _ = writeln!(out, "{header}\n{rule}");
    let from = diff.index.saturating_sub(3);
    for i in from..=diff.index {
        let mut row = format!("| #{i} |");
        for t in &result.traces {
            let cell = match t.events.get(i) {
                Some(e) if i == diff.index => format!("{}: {}", e.describe(), detail(Some(e), &diff.diagnosis)),
                Some(e) => match e.outcome() {
                    Some(o) => format!("{}: {o}", e.describe()),
                    None => e.describe(),
                },
                None => "(trace ended)".into(),
            };
            row.push_str(&format!(" {} |", md_cell(&cell)));
        }
        let _ = writeln!(out, "{row}");
    }
    let _ = writeln!(out, "\nSignature: `{}`.\n", d.signature);
    let _ = writeln!(out, "## Reproduce\n\n```sh\nccoracle run {dir_label}\n```\n");
    let _ = writeln!(out, "Standalone, with only the Wasmer API (prints the results with pass-params on and off and exits 1 when they differ):\n");
    let _ = writeln!(out, "```rust\n{}```", standalone_program(case, prepared));
    out
}

fn rust_value(v: &crate::value::Val) -> String {
    use crate::value::Val;
    match *v {
        Val::I32(x) => format!("Value::I32({x})"),
        Val::I64(x) => format!("Value::I64({x})"),
        Val::F32(b) => format!("Value::F32(f32::from_bits({b:#x}))"),
        Val::F64(b) => format!("Value::F64(f64::from_bits({b:#x}))"),
        Val::V128(b) => format!("Value::V128({b:#x})"),
        Val::FuncRef(_) => "Value::FuncRef(None)".into(),
        Val::ExternRef(_) => "Value::ExternRef(None)".into(),
    }
}

/// A self-contained Rust program, using only the Wasmer API, that runs the
/// case with pass-params on and off and prints both. Host functions print
/// their arguments and return zeros; host globals, memories and tables start
/// at zero/null.
pub fn standalone_program(case: &crate::case::Case, prepared: &PreparedCase) -> String {
    let mut modules = String::new();
    for m in &case.modules {
        let wat = crate::prepare::to_wat(&m.wasm);
        let _ = writeln!(modules, "    (\"{}\", r#\"{}\"#),", m.name, wat.trim_end());
    }
    let mut invocations = String::new();
    for inv in &prepared.invocations {
        let args: Vec<String> = inv.args.iter().map(rust_value).collect();
        let _ = writeln!(invocations, "        ({}, \"{}\", vec![{}]),", inv.instance, inv.export, args.join(", "));
    }
    format!(
        r####"//! Standalone reproducer generated by `ccoracle report`. Depends only on
//! `wasmer = {{ version = "=7.5.0", features = ["llvm"] }}`.
use std::sync::{{Arc, Mutex}};
use wasmer::sys::{{CompilerConfig, EngineBuilder, LLVM}};
use wasmer::{{Extern, ExternType, Function, Global, Imports, Instance, Memory, Module, Store, Table, Type, Value}};

const MODULES: &[(&str, &str)] = &[
{modules}];

fn zero(t: &Type) -> Value {{
    match t {{
        Type::I32 => Value::I32(0),
        Type::I64 => Value::I64(0),
        Type::F32 => Value::F32(0.0),
        Type::F64 => Value::F64(0.0),
        Type::V128 => Value::V128(0),
        Type::FuncRef => Value::FuncRef(None),
        _ => Value::ExternRef(None),
    }}
}}

fn run(pass_params: bool) -> Vec<String> {{
    let mut llvm = LLVM::new();
    CompilerConfig::enable_m0_pass_param(&mut llvm, pass_params);
    let engine: wasmer::Engine = EngineBuilder::new(llvm).engine().into();
    let mut store = Store::new(engine);
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut instances: Vec<(&str, Instance)> = Vec::new();
    for (name, wat) in MODULES {{
        let module = Module::new(&store, wat).expect("module compiles");
        let mut imports = Imports::new();
        for imp in module.imports() {{
            let from_instance = instances.iter().rev().find_map(|(n, i)| {{
                (*n == imp.module()).then(|| i.exports.get_extern(imp.name()).cloned()).flatten()
            }});
            let ext: Extern = match (from_instance, imp.ty()) {{
                (Some(e), _) => e,
                (None, ExternType::Function(ft)) => {{
                    let (log, label, results) = (log.clone(), format!("{{}}.{{}}", imp.module(), imp.name()), ft.results().to_vec());
                    Function::new(&mut store, ft, move |args| {{
                        log.lock().unwrap().push(format!("  host call {{label}}{{args:?}}"));
                        Ok(results.iter().map(zero).collect())
                    }})
                    .into()
                }}
                (None, ExternType::Global(gt)) if gt.mutability.is_mutable() => Global::new_mut(&mut store, zero(&gt.ty)).into(),
                (None, ExternType::Global(gt)) => Global::new(&mut store, zero(&gt.ty)).into(),
                (None, ExternType::Memory(mt)) => Memory::new(&mut store, *mt).unwrap().into(),
                (None, ExternType::Table(tt)) => Table::new(&mut store, *tt, zero(&tt.ty)).unwrap().into(),
                (None, other) => panic!("unsupported import {{other:?}}"),
            }};
            imports.define(imp.module(), imp.name(), ext);
        }}
        let instance = Instance::new(&mut store, &module, &imports).expect("instantiates");
        instances.push((name, instance));
    }}
    let invocations: Vec<(usize, &str, Vec<Value>)> = vec![
{invocations}    ];
    for (k, export, args) in invocations {{
        let f = instances[k].1.exports.get_function(export).unwrap().clone();
        let result = f.call(&mut store, &args).map_err(|e| e.message());
        log.lock().unwrap().push(format!("{{}}.{{export}}{{args:?}} -> {{result:?}}", instances[k].0));
    }}
    let lines = log.lock().unwrap().clone();
    lines
}}

fn main() {{
    let on = run(true);
    let off = run(false);
    println!("pass-params on:\n{{}}\n\npass-params off:\n{{}}", on.join("\n"), off.join("\n"));
    match on.iter().zip(&off).position(|(a, b)| a != b).or((on.len() != off.len()).then(|| on.len().min(off.len()))) {{
        Some(i) => {{
            println!("\nDIFFERENT at line {{i}}: with pass-params `{{}}`, without `{{}}`", on.get(i).map_or("-", |s| s.trim()), off.get(i).map_or("-", |s| s.trim()));
            std::process::exit(1);
        }}
        None => println!("\nsame with and without pass-params"),
    }}
}}
"####
    )
}
