//! Comparing traces: the first difference, its diagnosis, the three-way
//! verdict and its classification, and a signature for deduplication.
//!
//! The rules, in one place:
//! - values compare by [`crate::value::Val::same_as`] (all NaNs of a width
//!   are equal; references by nullness);
//! - traps compare by [`TrapKind`]; link errors compare equal whatever the
//!   wording; a WASI program's exit code is its outcome's kind
//!   ([`TrapKind::Exit`]) and its output events compare byte for byte;
//! - a trace is comparable only up to its first *inconclusive* event (stack
//!   exhaustion, fuel, time limit); all traces are cut at the earliest such
//!   point, and if they agree up to it the verdict is *inconclusive*;
//! - every pair of traces that can part is compared on its own, so that no
//!   divergence hides another: the SUT with the optimisation against the
//!   SUT without it (same other settings), and the SUT without it against
//!   the reference;
//! - *pass-params dependent*: with and without part, and at that event the
//!   reference agrees with one of them; *both wrong*: with and without part
//!   and the reference agrees with neither (a fault both configurations
//!   share, showing differently in each: evidence of a backend bug, not of
//!   the convention); *backend*: without and the reference part;
//! - the verdict's divergence is the earliest of them (at equal events, the
//!   pair with and without first); the others are listed with it.

use crate::trace::{Event, Outcome, Snapshot, Trace, TrapKind};
use crate::value::{fmt_vals, same_vals, Val, ValType};
use serde::{Deserialize, Serialize};

/// What differs in an event, named so that a person knows where to look.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Diagnosis {
    /// The engines did different things here (e.g. one called the host,
    /// the other returned).
    DifferentEvent { left: String, right: String },
    /// One trace ends here (the engine stopped or crashed).
    TraceEnds { engine_side: Side, message: String },
    /// The host received `count` hidden values before the real arguments.
    ExtraLeadingArgs { count: usize },
    /// Real arguments arrived `by` slots later than passed (the first `by`
    /// slots hold other values) — the shape of a leaked hidden parameter.
    ShiftedArgs { by: usize },
    /// A different number of arguments.
    ArgCount { left: usize, right: usize },
    /// Argument `slot` differs.
    ArgValue { slot: usize, left: Val, right: Val },
    /// The call returned or trapped differently.
    Outcome { left: Outcome, right: Outcome },
    /// A global seen by the host differs.
    Global { instance: usize, index: u32, left: Val, right: Val },
    /// A memory seen by the host differs in size or contents.
    Memory { instance: usize, index: u32, left_size: u64, right_size: u64, contents_differ: bool },
    /// A table seen by the host differs: in size, or in what slot `slot`
    /// holds (`None`: beyond the slots a snapshot lists).
    Table {
        instance: usize,
        index: u32,
        left_size: u64,
        right_size: u64,
        slot: Option<u64>,
        left: Option<Val>,
        right: Option<Val>,
    },
    /// Snapshots hold different sets of globals or memories.
    SnapshotShape,
    /// A WASI program's output differs (`at`: the first differing character
    /// of this write; `left`/`right`: the writes from there, clipped).
    Output { stream: String, at: usize, left: String, right: String },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Left,
    Right,
}

impl Diagnosis {
    /// One sentence for the report.
    pub fn sentence(&self) -> String {
        match self {
            Diagnosis::DifferentEvent { left, right } => format!("different events: {left} vs {right}"),
            Diagnosis::TraceEnds { engine_side, message } => {
                format!("the {} trace ends here: {message}", if *engine_side == Side::Left { "first" } else { "second" })
            }
            Diagnosis::ExtraLeadingArgs { count } => format!(
                "host call received {count} extra leading argument{} (the real arguments are shifted by {count} slot{})",
                plural(*count),
                plural(*count)
            ),
            Diagnosis::ShiftedArgs { by } => format!("host call arguments are shifted by {by} slot{}", plural(*by)),
            Diagnosis::ArgCount { left, right } => format!("host call received {right} arguments instead of {left}"),
            Diagnosis::ArgValue { slot, left, right } => {
                format!("host call argument {slot} differs: {left} vs {right}")
            }
            Diagnosis::Outcome { left, right } => format!("outcome differs: {left} vs {right}"),
            Diagnosis::Global { instance, index, left, right } => {
                let sp = if *index == 0 { " (global #0, the stack pointer in Clang's convention)" } else { "" };
                format!("global {index} of instance {instance}{sp} differs: {left} vs {right}")
            }
            Diagnosis::Memory { instance, index, left_size, right_size, contents_differ } => {
                if left_size != right_size {
                    format!("memory {index} of instance {instance} has size {left_size} vs {right_size} bytes")
                } else if *contents_differ {
                    format!("memory {index} of instance {instance} has different contents")
                } else {
                    format!("memory {index} of instance {instance} differs")
                }
            }
            Diagnosis::Table { instance, index, left_size, right_size, slot, left, right } => {
                if left_size != right_size {
                    format!("table {index} of instance {instance} has {left_size} vs {right_size} elements")
                } else {
                    match (slot, left, right) {
                        (Some(s), Some(l), Some(r)) => {
                            format!("slot {s} of table {index} of instance {instance} holds {l} vs {r}")
                        }
                        _ => format!("table {index} of instance {instance} has different contents"),
                    }
                }
            }
            Diagnosis::SnapshotShape => "snapshots list different globals, memories or tables".into(),
            Diagnosis::Output { stream, at, left, right } => {
                format!("output to {stream} differs at character {at} of the write: \"{left}\" vs \"{right}\"")
            }
        }
    }

    /// Short stable name for signatures.
    pub fn tag(&self) -> String {
        match self {
            Diagnosis::DifferentEvent { .. } => "different-event".into(),
            Diagnosis::TraceEnds { .. } => "trace-ends".into(),
            Diagnosis::ExtraLeadingArgs { count } => format!("extra-leading-args-{count}"),
            Diagnosis::ShiftedArgs { by } => format!("shifted-args-{by}"),
            Diagnosis::ArgCount { .. } => "arg-count".into(),
            Diagnosis::ArgValue { .. } => "arg-value".into(),
            Diagnosis::Outcome { left, right } => {
                format!("outcome-{}-vs-{}", outcome_tag(left), outcome_tag(right))
            }
            Diagnosis::Global { index, .. } => {
                format!("global-{}", if *index == 0 { "0" } else { "n" })
            }
            Diagnosis::Memory { left_size, right_size, .. } => {
                if left_size != right_size {
                    "memory-size".into()
                } else {
                    "memory-contents".into()
                }
            }
            Diagnosis::Table { left_size, right_size, .. } => {
                if left_size != right_size {
                    "table-size".into()
                } else {
                    "table-slot".into()
                }
            }
            Diagnosis::SnapshotShape => "snapshot-shape".into(),
            Diagnosis::Output { stream, .. } => match stream.as_str() {
                "stdout" | "stderr" => format!("output-{stream}"),
                _ => "output-file".into(),
            },
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn outcome_tag(o: &Outcome) -> String {
    match o {
        Outcome::Returned(_) => "value".into(),
        Outcome::Trapped(TrapKind::Other(_)) => "trap".into(),
        Outcome::Trapped(TrapKind::Exit(_)) => "exit".into(),
        Outcome::Trapped(k) => k.to_string(),
        Outcome::LinkError(_) => "link-error".into(),
    }
}

/// The first point where two traces part.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Difference {
    /// Index of the event in both traces.
    pub index: usize,
    pub left: Option<Event>,
    pub right: Option<Event>,
    pub diagnosis: Diagnosis,
}

fn event_key(e: &Event) -> String {
    match e {
        Event::Instantiate { instance, .. } => format!("instantiate {instance}"),
        Event::HostCall { instance, module, name, depth, .. } => {
            format!("host call {module}.{name} from {instance} at depth {depth}")
        }
        Event::Callback { instance, export, depth, .. } => format!("callback {instance}.{export} at depth {depth}"),
        Event::Invoke { instance, export, args, .. } => format!("invoke {instance}.{export}{}", fmt_vals(args)),
        // How an engine died is kept for the reader, not compared: two
        // crashes are the same event (as two link errors are).
        Event::Crash { .. } => "crash".into(),
        Event::Timeout { .. } => "timeout".into(),
        Event::CompileError { module, .. } => format!("compile error in {module}"),
        Event::Output { stream, .. } => format!("output to {stream}"),
    }
}

/// Diagnoses argument lists `left` (expected) and `right` (received).
pub fn diagnose_args(left: &[Val], right: &[Val]) -> Option<Diagnosis> {
    if same_vals(left, right) {
        return None;
    }
    if left.len() != right.len() {
        return Some(Diagnosis::ArgCount { left: left.len(), right: right.len() });
    }
    let n = left.len();
    // A shift by k: right[k..] carries left[..n-k] (bitwise, types may
    // differ per slot, so compare bits truncated to the receiving type).
    for k in 1..n {
        let shifted = (k..n).all(|i| Val::from_bits(right[i].ty(), left[i - k].bits()).same_as(&right[i]));
        if shifted {
            // Extra leading values: none of the first k slots carries its own
            // expected value.
            let leading_foreign = (0..k).all(|i| !left[i].same_as(&right[i]));
            return Some(if leading_foreign {
                Diagnosis::ExtraLeadingArgs { count: k }
            } else {
                Diagnosis::ShiftedArgs { by: k }
            });
        }
    }
    // Hidden parameters are pointers: on x86-64 and AArch64 they take
    // integer registers, so with a mixed signature only the integer slots
    // shift while float slots stay put. Look for that shape too.
    let ints: Vec<usize> = (0..n).filter(|&i| matches!(left[i].ty(), ValType::I32 | ValType::I64)).collect();
    let others_same = (0..n).filter(|i| !ints.contains(i)).all(|i| left[i].same_as(&right[i]));
    if others_same && ints.len() < n {
        let m = ints.len();
        for k in 1..m {
            let shifted = (k..m).all(|j| {
                let (dst, src) = (ints[j], ints[j - k]);
                Val::from_bits(right[dst].ty(), left[src].bits()).same_as(&right[dst])
            });
            if shifted && (0..k).all(|j| !left[ints[j]].same_as(&right[ints[j]])) {
                return Some(Diagnosis::ExtraLeadingArgs { count: k });
            }
        }
    }
    let slot = (0..n).find(|&i| !left[i].same_as(&right[i])).unwrap();
    Some(Diagnosis::ArgValue { slot, left: left[slot], right: right[slot] })
}

fn diagnose_snapshot(a: &Snapshot, b: &Snapshot) -> Option<Diagnosis> {
    if a.globals.len() != b.globals.len() || a.memories.len() != b.memories.len() || a.tables.len() != b.tables.len() {
        return Some(Diagnosis::SnapshotShape);
    }
    for (x, y) in a.globals.iter().zip(&b.globals) {
        if (x.instance, x.index) != (y.instance, y.index) {
            return Some(Diagnosis::SnapshotShape);
        }
        if !x.value.same_as(&y.value) {
            return Some(Diagnosis::Global { instance: x.instance, index: x.index, left: x.value, right: y.value });
        }
    }
    for (x, y) in a.memories.iter().zip(&b.memories) {
        if (x.instance, x.index) != (y.instance, y.index) {
            return Some(Diagnosis::SnapshotShape);
        }
        if x.size != y.size || x.digest != y.digest {
            return Some(Diagnosis::Memory {
                instance: x.instance,
                index: x.index,
                left_size: x.size,
                right_size: y.size,
                contents_differ: x.digest != y.digest,
            });
        }
    }
    for (x, y) in a.tables.iter().zip(&b.tables) {
        if (x.instance, x.index) != (y.instance, y.index) {
            return Some(Diagnosis::SnapshotShape);
        }
        if x.size != y.size || x.digest != y.digest || !same_vals(&x.elements, &y.elements) {
            let slot = (0..x.elements.len().min(y.elements.len())).find(|&i| !x.elements[i].same_as(&y.elements[i]));
            return Some(Diagnosis::Table {
                instance: x.instance,
                index: x.index,
                left_size: x.size,
                right_size: y.size,
                slot: slot.map(|s| s as u64),
                left: slot.map(|s| x.elements[s]),
                right: slot.map(|s| y.elements[s]),
            });
        }
    }
    None
}

/// Diagnoses two events at the same index; `None` when they agree.
pub fn diagnose_events(a: &Event, b: &Event) -> Option<Diagnosis> {
    if event_key(a) != event_key(b) {
        // A host call whose arguments leak into the key would be reported as
        // a different event; keys do not include host arguments, so only
        // real control-flow differences land here.
        return Some(Diagnosis::DifferentEvent { left: event_key(a), right: event_key(b) });
    }
    if let (Event::HostCall { args: x, .. }, Event::HostCall { args: y, .. }) = (a, b) {
        if let Some(d) = diagnose_args(x, y) {
            return Some(d);
        }
    }
    if let (Event::Callback { args: x, .. }, Event::Callback { args: y, .. }) = (a, b) {
        if let Some(d) = diagnose_args(x, y) {
            return Some(d);
        }
    }
    if let (Event::Output { stream, text: x }, Event::Output { text: y, .. }) = (a, b) {
        if x != y {
            let at = x.chars().zip(y.chars()).take_while(|(p, q)| p == q).count();
            let from = |t: &str| crate::trace::clip(&t.chars().skip(at).collect::<String>(), 40);
            return Some(Diagnosis::Output { stream: stream.clone(), at, left: from(x), right: from(y) });
        }
    }
    if let (Some(x), Some(y)) = (a.outcome(), b.outcome()) {
        if !x.same_as(y) {
            return Some(Diagnosis::Outcome { left: x.clone(), right: y.clone() });
        }
    }
    if let (Some(x), Some(y)) = (a.snapshot(), b.snapshot()) {
        return diagnose_snapshot(x, y);
    }
    None
}

/// The first difference of two traces within the first `cut` events.
pub fn first_difference(a: &Trace, b: &Trace, cut: usize) -> Option<Difference> {
    let n = a.events.len().max(b.events.len()).min(cut);
    for i in 0..n {
        match (a.events.get(i), b.events.get(i)) {
            (Some(x), Some(y)) => {
                if let Some(diagnosis) = diagnose_events(x, y) {
                    return Some(Difference { index: i, left: Some(x.clone()), right: Some(y.clone()), diagnosis });
                }
            }
            (x, y) => {
                let (side, present) = if x.is_none() { (Side::Left, y) } else { (Side::Right, x) };
                let message =
                    format!("the other engine went on with: {}", present.map(Event::describe).unwrap_or_default());
                return Some(Difference {
                    index: i,
                    left: x.cloned(),
                    right: y.cloned(),
                    diagnosis: Diagnosis::TraceEnds { engine_side: side, message },
                });
            }
        }
    }
    None
}

/// Index of the first inconclusive event, if any.
pub fn first_inconclusive(t: &Trace) -> Option<usize> {
    t.events.iter().position(Event::is_inconclusive)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// The SUT with the optimisation differs from the SUT without, and the
    /// reference agrees with one of them.
    PassParamsDependent,
    /// The SUT with and without the optimisation differ, and the reference
    /// agrees with neither: a fault both configurations share.
    BothWrong,
    /// The SUT without the optimisation differs from the reference.
    Backend,
    /// Two builds of the SUT differ (`--baseline-bin`), and the reference
    /// agrees with one of them.
    BuildDependent,
}

impl Class {
    /// The class's prefix in signatures.
    pub fn tag(self) -> &'static str {
        match self {
            Class::PassParamsDependent => "pass-params",
            Class::BothWrong => "both-wrong",
            Class::Backend => "backend",
            Class::BuildDependent => "build",
        }
    }
}

impl std::fmt::Display for Class {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Class::PassParamsDependent => "pass-params dependent",
            Class::BothWrong => "both configurations wrong",
            Class::Backend => "backend",
            Class::BuildDependent => "build dependent",
        })
    }
}

/// A divergence, with enough context to read it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Divergence {
    pub class: Class,
    /// Engine labels of the two traces compared.
    pub left_engine: String,
    pub right_engine: String,
    pub difference: Difference,
    /// The reference's event at the same index, for context.
    pub reference_event: Option<Event>,
    /// Which side agrees with the reference at that event, if one does.
    pub reference_agrees_with: Option<Side>,
    /// Stable string for deduplication.
    pub signature: String,
    /// The other divergences of the same check (other pairs, later
    /// events), for the verdict's divergence only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Divergence>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    Agree,
    Diverge(Box<Divergence>),
    Inconclusive { reason: String },
}

impl Verdict {
    pub fn name(&self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Diverge(_) => "diverge",
            Verdict::Inconclusive { .. } => "inconclusive",
        }
    }

    pub fn signature(&self) -> Option<&str> {
        match self {
            Verdict::Diverge(d) => Some(&d.signature),
            _ => None,
        }
    }

    /// The same verdict for a pair of builds: what parts with and without
    /// pass-params parts between builds there; backend divergences are the
    /// baseline build's against the reference.
    pub fn between_builds(self) -> Verdict {
        let fix = |d: &mut Divergence| {
            if d.class == Class::PassParamsDependent {
                d.class = Class::BuildDependent;
                d.signature = format!("build/{}", d.signature.split_once('/').map(|x| x.1).unwrap_or(""));
            }
        };
        match self {
            Verdict::Diverge(mut d) => {
                fix(&mut d);
                d.also.iter_mut().for_each(fix);
                Verdict::Diverge(d)
            }
            v => v,
        }
    }

    /// Every divergence of the check: the verdict's, then the others.
    pub fn divergences(&self) -> Vec<&Divergence> {
        match self {
            Verdict::Diverge(d) => std::iter::once(d.as_ref()).chain(d.also.iter()).collect(),
            _ => Vec::new(),
        }
    }
}

fn event_kind(e: Option<&Event>) -> &'static str {
    match e {
        Some(Event::Instantiate { .. }) => "instantiate",
        Some(Event::HostCall { .. }) => "host-call",
        Some(Event::Callback { .. }) => "callback",
        Some(Event::Invoke { .. }) => "invoke",
        Some(Event::Crash { .. }) => "crash",
        Some(Event::Timeout { .. }) => "timeout",
        Some(Event::CompileError { .. }) => "compile-error",
        Some(Event::Output { .. }) => "output",
        None => "end",
    }
}

fn signature(class: Class, d: &Difference) -> String {
    let class = class.tag();
    // Names of imports and exports are left out on purpose: generated cases
    // name them arbitrarily, and the same bug must dedupe across cases.
    // An abnormal event (crash, compile error, timeout) names the place.
    fn abnormal(e: &Option<Event>) -> Option<&Event> {
        e.as_ref().filter(|e| matches!(e, Event::Crash { .. } | Event::CompileError { .. } | Event::Timeout { .. }))
    }
    let place = event_kind(abnormal(&d.left).or(abnormal(&d.right)).or(d.left.as_ref()).or(d.right.as_ref()));
    format!("{class}/{place}/{}", d.diagnosis.tag())
}

/// Whether two events agree on what a diagnosis is about: the arguments
/// for an argument diagnosis, the outcome for an outcome, that global,
/// memory or table for a snapshot diagnosis, the event itself otherwise. So
/// a difference elsewhere in the same event (another bug) does not stop the
/// reference from siding with one configuration on this one.
fn agree_on(a: &Event, b: &Event, d: &Diagnosis) -> bool {
    let args = |e: &Event| match e {
        Event::HostCall { args, .. } | Event::Callback { args, .. } => Some(args.clone()),
        _ => None,
    };
    match d {
        Diagnosis::ExtraLeadingArgs { .. }
        | Diagnosis::ShiftedArgs { .. }
        | Diagnosis::ArgCount { .. }
        | Diagnosis::ArgValue { .. } => {
            event_key(a) == event_key(b) && args(a).zip(args(b)).is_some_and(|(x, y)| same_vals(&x, &y))
        }
        Diagnosis::Outcome { .. } => {
            event_key(a) == event_key(b) && a.outcome().zip(b.outcome()).is_some_and(|(x, y)| x.same_as(y))
        }
        Diagnosis::Global { instance, index, .. } => {
            let g = |e: &Event| {
                e.snapshot()?.globals.iter().find(|g| g.instance == *instance && g.index == *index).map(|g| g.value)
            };
            g(a).zip(g(b)).is_some_and(|(x, y)| x.same_as(&y))
        }
        Diagnosis::Memory { instance, index, .. } => {
            let m = |e: &Event| {
                e.snapshot()?.memories.iter().find(|m| m.instance == *instance && m.index == *index).cloned()
            };
            m(a).zip(m(b)).is_some_and(|(x, y)| x == y)
        }
        Diagnosis::Table { instance, index, .. } => {
            let t =
                |e: &Event| e.snapshot()?.tables.iter().find(|t| t.instance == *instance && t.index == *index).cloned();
            t(a).zip(t(b)).is_some_and(|(x, y)| x.size == y.size && x.digest == y.digest)
        }
        Diagnosis::Output { .. } => match (a, b) {
            (Event::Output { stream: s, text: x }, Event::Output { stream: t, text: y }) => s == t && x == y,
            _ => false,
        },
        Diagnosis::DifferentEvent { .. } | Diagnosis::TraceEnds { .. } | Diagnosis::SnapshotShape => {
            diagnose_events(a, b).is_none()
        }
    }
}

fn side_agreeing(reference: Option<&Event>, d: &Difference) -> Option<Side> {
    let r = reference?;
    let agrees = |e: &Option<Event>| e.as_ref().is_some_and(|e| agree_on(r, e, &d.diagnosis));
    if agrees(&d.left) {
        Some(Side::Left)
    } else if agrees(&d.right) {
        Some(Side::Right)
    } else {
        None
    }
}

/// The verdict over a reference trace and SUT pairs (with, without).
pub fn verdict(reference: &Trace, pairs: &[(&Trace, &Trace)]) -> Verdict {
    let mut all = vec![reference];
    for (a, b) in pairs {
        all.push(a);
        all.push(b);
    }
    let cuts: Vec<(usize, &Trace)> = all.iter().filter_map(|t| first_inconclusive(t).map(|i| (i, *t))).collect();
    let cut = cuts.iter().map(|(i, _)| *i).min().unwrap_or(usize::MAX);
    let make = |class: Class, l: &Trace, r: &Trace, mut difference: Difference| {
        let reference_event = reference.events.get(difference.index).cloned();
        let reference_agrees_with = side_agreeing(reference_event.as_ref(), &difference);
        // Argument diagnoses read the left side as what was passed; when the
        // reference sides with the right one, the left is the wrong one, and
        // a hidden argument shows as such only read that way round.
        if reference_agrees_with == Some(Side::Right) {
            if let (Some(Event::HostCall { args: a, .. }), Some(Event::HostCall { args: b, .. })) =
                (&difference.left, &difference.right)
            {
                if let Some(d @ (Diagnosis::ExtraLeadingArgs { .. } | Diagnosis::ShiftedArgs { .. })) =
                    diagnose_args(b, a)
                {
                    difference.diagnosis = d;
                }
            }
        }
        // With and without part and the reference sides with neither: a
        // fault they share, not the convention.
        let class =
            if class == Class::PassParamsDependent && reference_agrees_with.is_none() && reference_event.is_some() {
                Class::BothWrong
            } else {
                class
            };
        Divergence {
            class,
            left_engine: l.meta.engine.clone(),
            right_engine: r.meta.engine.clone(),
            signature: signature(class, &difference),
            reference_event,
            reference_agrees_with,
            difference,
            also: Vec::new(),
        }
    };
    let mut found = Vec::new();
    for (with, without) in pairs {
        if let Some(d) = first_difference(without, with, cut) {
            found.push(make(Class::PassParamsDependent, without, with, d));
        }
    }
    for (_, without) in pairs {
        if let Some(d) = first_difference(reference, without, cut) {
            found.push(make(Class::Backend, reference, without, d));
        }
    }
    // The earliest first; at the same event, with-and-without before the
    // backend pair (the order they were found in).
    found.sort_by_key(|d| d.difference.index);
    if !found.is_empty() {
        let mut first = found.remove(0);
        first.also = found;
        return Verdict::Diverge(Box::new(first));
    }
    if let Some((i, t)) = cuts.iter().min_by_key(|(i, _)| *i) {
        let what = t.events[*i].outcome().map(|o| o.to_string()).unwrap_or_default();
        return Verdict::Inconclusive {
            reason: format!("{} at event #{i} ({}): {what}", t.meta.engine, t.events[*i].describe()),
        };
    }
    Verdict::Agree
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(v: i32) -> Val {
        Val::I32(v)
    }

    #[test]
    fn names_extra_leading_arguments() {
        let d = diagnose_args(&[i(10), i(20), i(30)], &[i(0x7f00), i(10), i(20)]);
        assert_eq!(d, Some(Diagnosis::ExtraLeadingArgs { count: 1 }));
        let d = diagnose_args(&[i(10), i(20), i(30)], &[i(7), i(8), i(10)]);
        assert_eq!(d, Some(Diagnosis::ExtraLeadingArgs { count: 2 }));
    }

    #[test]
    fn names_a_hidden_argument_in_integer_registers_of_a_mixed_signature() {
        // (i32, i64, f32, f64): the hidden pointer takes the first integer
        // register, the integer arguments move up one, the floats stay.
        let left = [i(0x0c01_a5a5), Val::I64(7), Val::F32(1.5f32.to_bits()), Val::F64(2.5f64.to_bits())];
        let right = [i(0x7fff_0000u32 as i32), Val::I64(0x0c01_a5a5), left[2], left[3]];
        assert_eq!(diagnose_args(&left, &right), Some(Diagnosis::ExtraLeadingArgs { count: 1 }));
        // A float that also changed is not that shape.
        let mut other = right;
        other[3] = Val::F64(0.0f64.to_bits());
        assert!(matches!(diagnose_args(&left, &other), Some(Diagnosis::ArgValue { slot: 0, .. })));
    }

    #[test]
    fn names_a_single_wrong_slot() {
        let d = diagnose_args(&[i(10), i(20), i(30)], &[i(10), i(21), i(30)]);
        assert_eq!(d, Some(Diagnosis::ArgValue { slot: 1, left: i(20), right: i(21) }));
        assert_eq!(diagnose_args(&[i(1)], &[i(1)]), None);
    }

    #[test]
    fn nan_results_agree() {
        let a = Outcome::Returned(vec![Val::F64(0x7ff8_0000_0000_0001)]);
        let b = Outcome::Returned(vec![Val::F64(0xfff8_0000_0000_0000)]);
        assert!(a.same_as(&b));
    }
}
