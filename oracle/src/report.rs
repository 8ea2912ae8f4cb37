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
    match v {
        Verdict::Agree => {}
        Verdict::Inconclusive { reason } => {
            let _ = writeln!(out, "reason: {reason}");
        }
        Verdict::Diverge(d) => {
            let diff = &d.difference;
            let at = diff.left.as_ref().or(diff.right.as_ref()).map(Event::describe).unwrap_or_default();
            let _ = writeln!(out, "first divergence: event #{} — {at}", diff.index);
            let _ = writeln!(out, "  {}", diff.diagnosis.sentence());
            let width = d.left_engine.len().max(d.right_engine.len()).max(9);
            let _ = writeln!(out, "  {:width$}  {}", d.left_engine, detail(diff.left.as_ref(), &diff.diagnosis));
            let _ = writeln!(out, "  {:width$}  {}", d.right_engine, detail(diff.right.as_ref(), &diff.diagnosis));
            if d.class == crate::compare::Class::PassParamsDependent {
                let r = detail(d.reference_event.as_ref(), &diff.diagnosis);
                let _ = writeln!(out, "  {:width$}  {r}", "reference");
                let who = match d.reference_agrees_with {
                    Some(Side::Left) => format!("the reference agrees with {}", d.left_engine),
                    Some(Side::Right) => format!("the reference agrees with {}", d.right_engine),
                    None => "the reference agrees with neither".to_string(),
                };
                let _ = writeln!(out, "  {who}");
            }
            let _ = writeln!(out, "signature: {}", d.signature);
        }
    }
    out
}
