//! Causes, not symptoms: the *cause fingerprint* of a divergent case.
//!
//! A divergence's signature names its symptom (the first event that
//! differs, and how); one cause shows many symptoms. A fingerprint instead
//! names what a minimised case still needs to diverge: the boundaries it
//! crosses, as facts of the Wasm program (not of the generator that made
//! it, so fingerprints stay comparable when the generator changes), plus
//! the class of the divergence and which side is wrong.
//!
//! The facts are those of every call in the case that crosses a boundary
//! where a hidden parameter could go wrong:
//! - a direct call (`call`, `return_call`) of a function of another
//!   instance: whether caller and callee have a memory #0 and whether it is
//!   the same memory;
//! - an indirect call (`call_indirect`, `return_call_indirect`): whether
//!   the caller has a memory #0, whether the table is its own or imported,
//!   where the called slot's entry comes from as the caller's module sees it
//!   (its own first element segment for that table at the slot's position,
//!   its first segment shifted by an offset, a later segment of its own,
//!   another module's segment), and what the entry is (a function of the
//!   same instance, of another instance with or without a memory, the host,
//!   or an entry written at run time where no segment fills the slot).
//!
//! - a tail call (`return_call`) of an imported function (host or another
//!   instance) from a caller with a memory #0, with code after it in the
//!   function: a path of its own in the m0 translation, which may make it a
//!   plain call that runs that code (mechanism F).
//!
//! Direct calls within an instance and direct calls of host functions are
//! left out: every case has them, and they carry no hidden parameter that
//! could differ. Otherwise tail calls count as their non-tail form (a
//! convention that is wrong for a call is wrong for its tail form too).
//!
//! Run on a reduced case, the facts are few and are the cause; on an
//! unreduced case they are a superset. `ccoracle triage --reduce` and
//! `ccoracle fuzz --reduce` reduce before fingerprinting.

use crate::case::Case;
use crate::compare::{Class, Divergence, Side};
use crate::prepare::{PreparedCase, Provider};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// What a fingerprint says.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Fingerprint {
    /// The divergence's class tag (`pass-params`, `both-wrong`, `backend`).
    pub class: String,
    /// Which configuration is wrong: `with` (the optimisation), `without`,
    /// `both`, or `without-vs-reference` for a backend divergence.
    pub wrong: String,
    /// The boundary facts, sorted.
    pub facts: Vec<String>,
}

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} [{} wrong] {}", self.class, self.wrong, self.facts.join(" | "))
    }
}

/// Where a memory or table instance comes from: (instance, index) of its
/// definition, or a host object of (instance, import index).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Root {
    Defined(usize, u32),
    Host(usize, usize),
}

/// A function's identity: a local function of an instance, or a host one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FuncRoot {
    Local(usize, u32),
    Host,
    Unknown,
}

/// An active element segment: table index, constant offset, functions.
struct Segment {
    table: u32,
    offset: Option<u32>,
    funcs: Vec<Option<u32>>,
}

enum Site {
    /// `tail`: a `return_call` with code after it in the function (dead by
    /// the spec; what F makes run).
    Direct {
        func: u32,
        tail: bool,
    },
    Indirect {
        table: u32,
        slot: Option<u32>,
    },
}

/// What the analysis needs of one module.
struct Facts {
    func_imports: Vec<usize>,
    mem_imports: Vec<usize>,
    table_imports: Vec<usize>,
    /// Every table of the index space (imports first): fixed-size?
    table_fixed: Vec<bool>,
    segments: Vec<Segment>,
    sites: Vec<Site>,
    /// name -> (kind, index)
    exports: Vec<(String, wasmparser::ExternalKind, u32)>,
}

fn module_facts(wasm: &[u8]) -> Option<Facts> {
    use wasmparser::{ElementItems, ElementKind, Operator, Payload, TypeRef};
    let mut f = Facts {
        func_imports: Vec::new(),
        mem_imports: Vec::new(),
        table_imports: Vec::new(),
        table_fixed: Vec::new(),
        segments: Vec::new(),
        sites: Vec::new(),
        exports: Vec::new(),
    };
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.ok()? {
            Payload::ImportSection(r) => {
                for (i, imp) in r.into_imports().enumerate() {
                    match imp.ok()?.ty {
                        TypeRef::Func(_) | TypeRef::FuncExact(_) => f.func_imports.push(i),
                        TypeRef::Memory(_) => f.mem_imports.push(i),
                        TypeRef::Table(t) => {
                            f.table_imports.push(i);
                            f.table_fixed.push(t.maximum == Some(t.initial));
                        }
                        _ => {}
                    }
                }
            }
            Payload::TableSection(r) => {
                for t in r {
                    let t = t.ok()?.ty;
                    f.table_fixed.push(t.maximum == Some(t.initial));
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e.ok()?;
                    f.exports.push((e.name.to_string(), e.kind, e.index));
                }
            }
            Payload::ElementSection(r) => {
                for e in r {
                    let e = e.ok()?;
                    let ElementKind::Active { table_index, offset_expr } = e.kind else { continue };
                    let offset = match offset_expr.get_operators_reader().read().ok()? {
                        Operator::I32Const { value } => Some(value as u32),
                        _ => None,
                    };
                    let funcs = match e.items {
                        ElementItems::Functions(r) => r.into_iter().map(|x| x.ok()).collect(),
                        ElementItems::Expressions(_, r) => r
                            .into_iter()
                            .map(|x| match x.ok()?.get_operators_reader().read().ok()? {
                                Operator::RefFunc { function_index } => Some(function_index),
                                _ => None,
                            })
                            .collect(),
                    };
                    f.segments.push(Segment { table: table_index.unwrap_or(0), offset, funcs });
                }
            }
            Payload::CodeSectionEntry(body) => {
                let mut last_const = None;
                // Tail calls not yet followed by code (other than `end`).
                let mut tails: Vec<(usize, u32)> = Vec::new();
                let mut ops = body.get_operators_reader().ok()?;
                while !ops.eof() {
                    let op = ops.read().ok()?;
                    if !matches!(op, Operator::End) {
                        for (i, func) in tails.drain(..) {
                            f.sites[i] = Site::Direct { func, tail: true };
                        }
                    }
                    match op {
                        Operator::Call { function_index } => {
                            f.sites.push(Site::Direct { func: function_index, tail: false })
                        }
                        Operator::ReturnCall { function_index } => {
                            tails.push((f.sites.len(), function_index));
                            f.sites.push(Site::Direct { func: function_index, tail: false })
                        }
                        Operator::CallIndirect { table_index, .. }
                        | Operator::ReturnCallIndirect { table_index, .. } => {
                            f.sites.push(Site::Indirect { table: table_index, slot: last_const })
                        }
                        _ => {}
                    }
                    last_const = match op {
                        Operator::I32Const { value } => Some(value as u32),
                        _ => None,
                    };
                }
            }
            _ => {}
        }
    }
    Some(f)
}

struct Analysis<'a> {
    case: &'a PreparedCase,
    facts: Vec<Facts>,
}

impl Analysis<'_> {
    fn export_index(&self, j: usize, name: &str, kind: wasmparser::ExternalKind) -> Option<u32> {
        self.facts[j].exports.iter().find(|(n, k, _)| n == name && *k == kind).map(|e| e.2)
    }

    /// The root of a memory or table (`kind`) index of instance `k`.
    fn root(&self, k: usize, index: u32, kind: wasmparser::ExternalKind) -> Option<Root> {
        let imports = match kind {
            wasmparser::ExternalKind::Memory => &self.facts[k].mem_imports,
            _ => &self.facts[k].table_imports,
        };
        let Some(&imp) = imports.get(index as usize) else {
            return Some(Root::Defined(k, index));
        };
        let info = &self.case.modules[k].imports[imp];
        match self.case.provider(k, info) {
            Provider::Instance(j) => self.root(j, self.export_index(j, &info.name, kind)?, kind),
            Provider::Host => Some(Root::Host(k, imp)),
            Provider::Missing => None,
        }
    }

    fn memory(&self, k: usize) -> Option<Root> {
        (!self.case.modules[k].memories.is_empty()).then(|| self.root(k, 0, wasmparser::ExternalKind::Memory))?
    }

    fn func(&self, k: usize, f: u32) -> FuncRoot {
        let Some(&imp) = self.facts[k].func_imports.get(f as usize) else {
            return FuncRoot::Local(k, f);
        };
        let info = &self.case.modules[k].imports[imp];
        match self.case.provider(k, info) {
            Provider::Instance(j) => match self.export_index(j, &info.name, wasmparser::ExternalKind::Func) {
                Some(g) => self.func(j, g),
                None => FuncRoot::Unknown,
            },
            Provider::Host => FuncRoot::Host,
            Provider::Missing => FuncRoot::Unknown,
        }
    }

    /// The fact of a call from instance `k` into instance `j`, if the two
    /// sides differ in what a hidden memory parameter would carry: one has a
    /// memory #0 and the other not, or both have different ones. A caller
    /// without a memory #0 has none to pass on any path, so that fact does
    /// not name the path.
    fn relation(&self, k: usize, j: usize) -> Option<String> {
        match (self.memory(k), self.memory(j)) {
            (None, Some(_)) => Some("caller without memory -> callee with memory".into()),
            (Some(_), None) => Some("call: caller with memory -> callee without memory".into()),
            (Some(a), Some(b)) if a != b => Some("call: caller with memory -> callee with another memory".into()),
            _ => None,
        }
    }

    fn facts_of(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut dynamic = BTreeSet::new();
        for k in 0..self.facts.len() {
            let caller_mem = self.memory(k).is_some();
            for site in &self.facts[k].sites {
                match site {
                    Site::Direct { func: f, tail } => {
                        if let FuncRoot::Local(j, _) = self.func(k, *f) {
                            if let Some(fact) = (j != k).then(|| self.relation(k, j)).flatten() {
                                out.insert(fact);
                            }
                        }
                        // Wasmer 7.5 with m0 compiles this as a plain call
                        // (mechanism F): its own path, whatever the callee.
                        if *tail && caller_mem && (*f as usize) < self.facts[k].func_imports.len() {
                            out.insert("return_call of an import from a caller with memory".into());
                        }
                    }
                    Site::Indirect { table, slot: None } => {
                        let with = if caller_mem { "with" } else { "without" };
                        let fixed = self.fixed_word(k, *table);
                        dynamic.insert(format!(
                            "call_indirect{fixed} from a caller {with} memory, slot computed at run time"
                        ));
                    }
                    Site::Indirect { table, slot: Some(slot) } => {
                        if let Some(fact) = self.indirect(k, *table, *slot) {
                            out.insert(fact);
                        }
                    }
                }
            }
        }
        if out.is_empty() {
            out = dynamic;
        }
        out
    }

    /// The fact of an indirect call of instance `k` through slot `slot` of
    /// its table `table`: how the caller's own element segments for that
    /// table describe the slot (*described*: its first segment holds the
    /// entry at the slot's position; *misdescribed*: it has segments for the
    /// table, but they do not; *undescribed*: it has none), and what the
    /// entry is. `None` when nothing about the call can differ.
    fn indirect(&self, k: usize, table: u32, slot: u32) -> Option<String> {
        let (entry, callee) = self.entry(k, table, slot);
        let caller_mem = self.memory(k);
        let callee_mem = match callee {
            Callee::Instance(j) => self.memory(j),
            _ => None,
        };
        if caller_mem.is_none() {
            // No memory #0, no hidden base to get wrong, whatever the entry;
            // but an entry only run-time writes fill is a boundary of its
            // own (a table the compiler must not assume it knows).
            if callee_mem.is_some() {
                return Some("caller without memory -> callee with memory".into());
            }
            let fixed = self.fixed_word(k, table);
            return (callee == Callee::RunTime)
                .then(|| format!("call_indirect{fixed} from a caller without memory, entry written at run time"));
        }
        // A host function has no memory #0 either: for a hidden memory
        // parameter it is a callee without memory like a memoryless module.
        let what = match callee {
            Callee::Local => "a function of the same instance",
            Callee::Host => "a callee without memory (host or Wasm)",
            Callee::Null => "null",
            Callee::RunTime => "an entry written at run time",
            Callee::Unknown => "an unknown function",
            Callee::Instance(_) => match (caller_mem, callee_mem) {
                (_, None) => "a callee without memory (host or Wasm)",
                (Some(a), Some(b)) if a == b => "a function of another instance sharing the memory",
                _ => "a function with another memory",
            },
        };
        let fixed = self.fixed_word(k, table);
        match entry {
            // The caller's own segments say something else is there: what
            // is actually there does not matter to that fault.
            Entry::Misdescribed => Some(format!("call_indirect{fixed}, entry misdescribed by the caller's segments")),
            Entry::Undescribed if !matches!(callee, Callee::Local | Callee::Null) => {
                Some(format!("call_indirect{fixed}, entry undescribed by the caller's segments -> {what}"))
            }
            Entry::Described if callee_mem.is_some() => {
                Some(format!("call_indirect{fixed}, entry described by the caller's first segment -> {what}"))
            }
            _ => None,
        }
    }

    /// " (fixed-size table)" when the table's minimum is its maximum, as
    /// the table's maker declared it.
    fn fixed_word(&self, k: usize, table: u32) -> &'static str {
        let fixed = match self.root(k, table, wasmparser::ExternalKind::Table) {
            Some(Root::Defined(m, t)) => self.facts[m].table_fixed.get(t as usize).copied().unwrap_or(false),
            _ => self.facts[k].table_fixed.get(table as usize).copied().unwrap_or(false),
        };
        if fixed {
            " (fixed-size table)"
        } else {
            ""
        }
    }

    /// Where slot `slot` of table `table` of instance `k` gets its function
    /// at instantiation, as `k`'s own segments describe it, and what that
    /// function is.
    fn entry(&self, k: usize, table: u32, slot: u32) -> (Entry, Callee) {
        let root = self.root(k, table, wasmparser::ExternalKind::Table);
        let mut found = None;
        for (m, facts) in self.facts.iter().enumerate() {
            for seg in &facts.segments {
                if root.is_none() || self.root(m, seg.table, wasmparser::ExternalKind::Table) != root {
                    continue;
                }
                let Some(off) = seg.offset else { continue };
                if slot >= off && ((slot - off) as usize) < seg.funcs.len() {
                    found = Some((m, seg.funcs[(slot - off) as usize]));
                }
            }
        }
        // How the caller's first segment for this table sees the slot.
        let first = self.facts[k].segments.iter().find(|s| s.table == table);
        let entry = match (first, found) {
            (None, _) => Entry::Undescribed,
            (Some(seg), Some((m, func))) if m == k => {
                let at = seg.funcs.get(slot as usize).copied().flatten();
                if seg.offset == Some(0) && at.is_some() && at == func {
                    Entry::Described
                } else {
                    Entry::Misdescribed
                }
            }
            (Some(_), _) => Entry::Misdescribed,
        };
        let callee = match found {
            None => Callee::RunTime,
            Some((_, None)) => Callee::Null,
            Some((m, Some(f))) => match self.func(m, f) {
                FuncRoot::Host => Callee::Host,
                FuncRoot::Unknown => Callee::Unknown,
                FuncRoot::Local(j, _) if j == k => Callee::Local,
                FuncRoot::Local(j, _) => Callee::Instance(j),
            },
        };
        (entry, callee)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Entry {
    Described,
    Misdescribed,
    Undescribed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Callee {
    Local,
    Host,
    Null,
    /// No element segment fills the slot: whatever is there was written at
    /// run time (by the guest or the host), or it is null.
    RunTime,
    Unknown,
    Instance(usize),
}

/// How the instances of a case are linked, for other static analyses (the
/// IR audit): which memory each instance's memory #0 is, what an imported
/// function is, what a table slot holds at instantiation.
pub struct Links<'a> {
    a: Analysis<'a>,
}

/// A memory's identity across instances (equal when they are one memory).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryId(Root);

/// What a function index of an instance, or a table slot, denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Denotes {
    /// Local function `func` (function index space) of `instance`.
    Func {
        instance: usize,
        func: u32,
    },
    Host,
    /// A null entry of a segment.
    Null,
    /// No element segment fills the slot (written at run time, or null).
    RunTime,
    Unknown,
}

impl<'a> Links<'a> {
    pub fn new(case: &'a PreparedCase) -> Option<Links<'a>> {
        let facts = case.modules.iter().map(|m| module_facts(&m.wasm)).collect::<Option<Vec<_>>>()?;
        Some(Links { a: Analysis { case, facts } })
    }

    /// Instance `k`'s memory #0, if it has one.
    pub fn memory0(&self, k: usize) -> Option<MemoryId> {
        self.a.memory(k).map(MemoryId)
    }

    /// What function `f` of instance `k` is.
    pub fn func(&self, k: usize, f: u32) -> Denotes {
        match self.a.func(k, f) {
            FuncRoot::Local(instance, func) => Denotes::Func { instance, func },
            FuncRoot::Host => Denotes::Host,
            FuncRoot::Unknown => Denotes::Unknown,
        }
    }

    /// Number of imported functions of instance `k`.
    pub fn func_imports(&self, k: usize) -> u32 {
        self.a.facts[k].func_imports.len() as u32
    }

    /// What slot `slot` of table `table` of instance `k` holds at
    /// instantiation, from every instance's active segments for that table.
    pub fn slot(&self, k: usize, table: u32, slot: u32) -> Denotes {
        match self.a.entry(k, table, slot).1 {
            Callee::Local | Callee::Instance(_) | Callee::Host => {
                // Re-resolve to name the function.
                self.slot_func(k, table, slot)
            }
            Callee::Null => Denotes::Null,
            Callee::RunTime => Denotes::RunTime,
            Callee::Unknown => Denotes::Unknown,
        }
    }

    fn slot_func(&self, k: usize, table: u32, slot: u32) -> Denotes {
        let root = self.a.root(k, table, wasmparser::ExternalKind::Table);
        let mut found = Denotes::RunTime;
        for (m, facts) in self.a.facts.iter().enumerate() {
            for seg in &facts.segments {
                if root.is_none() || self.a.root(m, seg.table, wasmparser::ExternalKind::Table) != root {
                    continue;
                }
                let Some(off) = seg.offset else { continue };
                if slot >= off && ((slot - off) as usize) < seg.funcs.len() {
                    found = match seg.funcs[(slot - off) as usize] {
                        Some(f) => self.func(m, f),
                        None => Denotes::Null,
                    };
                }
            }
        }
        found
    }

    /// The slots of table `table` of instance `k` that some active segment
    /// fills (of any instance sharing the table), in order.
    pub fn filled_slots(&self, k: usize, table: u32) -> Vec<u32> {
        let root = self.a.root(k, table, wasmparser::ExternalKind::Table);
        let mut out = BTreeSet::new();
        for (m, facts) in self.a.facts.iter().enumerate() {
            for seg in &facts.segments {
                if root.is_none() || self.a.root(m, seg.table, wasmparser::ExternalKind::Table) != root {
                    continue;
                }
                if let Some(off) = seg.offset {
                    out.extend(off..off + seg.funcs.len() as u32);
                }
            }
        }
        out.into_iter().collect()
    }
}

/// The boundary facts of a case (see the module documentation).
pub fn facts(case: &Case) -> Vec<String> {
    let Ok(prepared) = PreparedCase::new(case) else {
        return vec!["unpreparable".into()];
    };
    let Some(facts) = case.modules.iter().map(|m| module_facts(&m.wasm)).collect::<Option<Vec<_>>>() else {
        return vec!["unparsable".into()];
    };
    let a = Analysis { case: &prepared, facts };
    let f: Vec<String> = a.facts_of().into_iter().collect();
    if f.is_empty() {
        vec!["no call across a boundary".into()]
    } else {
        f
    }
}

/// The fingerprint of one divergence of a case.
pub fn fingerprint(case: &Case, d: &Divergence) -> Fingerprint {
    let wrong = match (d.class, d.reference_agrees_with) {
        (Class::Backend, _) => "without-vs-reference",
        (Class::BothWrong, _) => "both",
        // The left trace is the one without the optimisation.
        // The left trace is the one without the optimisation (or the
        // baseline build).
        (Class::PassParamsDependent | Class::BuildDependent, Some(Side::Left)) => "with",
        (Class::PassParamsDependent | Class::BuildDependent, Some(Side::Right)) => "without",
        (Class::PassParamsDependent | Class::BuildDependent, None) => "unknown",
    };
    Fingerprint { class: d.class.tag().into(), wrong: wrong.into(), facts: facts(case) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_name_the_boundary_not_the_generator() {
        let case = Case::from_wats(&[
            ("lib", r#"(module (memory 1) (func (export "f") (result i32) (i32.load (i32.const 0))))"#),
            (
                "app",
                r#"(module (import "lib" "f" (func $f (result i32))) (import "env" "h" (func $h))
                   (memory 1) (table 4 funcref) (elem (i32.const 1) $h $f)
                   (func (export "g") (result i32) (call $h) (drop (call $f))
                     (call_indirect (i32.const 1)) (call_indirect (result i32) (i32.const 2))))"#,
            ),
        ])
        .unwrap();
        assert_eq!(
            facts(&case),
            vec![
                "call: caller with memory -> callee with another memory",
                "call_indirect, entry misdescribed by the caller's segments",
            ]
        );
    }

    #[test]
    fn a_tail_call_of_an_import_from_a_caller_with_memory_is_a_fact_of_its_own() {
        let facts_of = |memory: &str, call: &str, after: &str| {
            let wat = format!(
                r#"(module (import "env" "h" (func $h (result i32))) {memory}
                     (func $own (result i32) (i32.const 1))
                     (func (export "go") (result i32) (block ({call} $h) {after}) (i32.const 7))
                     (func (result i32) (block (return_call $own)) (i32.const 7)))"#
            );
            facts(&Case::from_wats(&[("app", wat.as_str())]).unwrap())
        };
        let f = "return_call of an import from a caller with memory";
        assert_eq!(facts_of("(memory 1)", "return_call", ""), vec![f]);
        // Not for a plain call, nor without a memory (no m0 to pass), nor
        // for a tail call within the instance, nor when nothing follows.
        let none = vec!["no call across a boundary"];
        assert_eq!(facts_of("(memory 1)", "call", "(drop)"), none);
        assert_eq!(facts_of("", "return_call", ""), none);
        let last = Case::from_wats(&[(
            "app",
            r#"(module (import "env" "h" (func $h (result i32))) (memory 1)
                 (func (export "go") (result i32) (return_call $h)))"#,
        )])
        .unwrap();
        assert_eq!(facts(&last), none);
    }
}
