//! The calling-convention generator: small multi-module cases, as readable
//! WAT, aimed at the boundaries where a backend's hidden parameters (Wasmer
//! LLVM's "m0", the base pointer of memory #0) and its handling of global #0
//! (`__stack_pointer`) can break.
//!
//! A case has one to three modules `m0`, `m1`, `m2`, linked in order. Each
//! module may import functions, its memory #0, its global #0 and its table
//! from earlier instances (by their module name) or from the host (`"env"`).
//! Global #0 is usually a mutable "stack pointer" that every function moves
//! down by 16 in its prologue and back in its epilogue, storing there, and
//! reads again after every call so that a lost or stale write shows in the
//! function's results and in memory. Memory #0 may be defined, shared with an
//! earlier instance, host-owned, or absent (calls between modules with and
//! without a memory are a known weak spot), and a second memory may exist.
//!
//! Function bodies are straight-line code (a few bounded `if`s, no loops):
//! direct calls, calls into other instances, `call_indirect` through a table
//! holding local, host and foreign functions, tail calls, `memory.grow`,
//! stores followed by a trap. Recursion is impossible by construction: a
//! function only calls functions of lower index in its own module, imports,
//! or table slots holding those; the only re-entry is the host's
//! (`CallExport`), bounded by the plan's `max_depth`. Every callee's
//! dynamic cost is tracked so that no case explodes.
//!
//! [`generate`] also reports which [`Boundary`] kinds the case contains, for
//! coverage counters.

use crate::case::{Action, Case, Effect, GlobalValue, HostFnPlan, HostFnStyle, HostPlan, Invocation};
use crate::engine::wasmer::typed::SIGNATURES;
use crate::prepare::Sig;
use crate::value::{canary, edge, mix64, Val, ValType};
use arbitrary::{Result, Unstructured};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// A kind of boundary a generated case exercises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Boundary {
    /// `call` of a host import served dynamically.
    HostCall,
    /// `call` of a host import served by a typed host function.
    HostCallTyped,
    /// The host calls back into an export (`CallExport`).
    HostReentry,
    /// `call` of a function of the same module.
    GuestCall,
    /// `call` of a function imported from another instance.
    CrossInstanceCall,
    /// `call_indirect` to a function of the same module.
    CallIndirectLocal,
    /// `call_indirect` to a host import.
    CallIndirectHost,
    /// `call_indirect` to another instance's function (through an imported
    /// function in the table, or through a table shared with it).
    CallIndirectForeign,
    /// `return_call`.
    TailCall,
    /// `return_call_indirect`.
    TailCallIndirect,
    /// `memory.grow` by the guest.
    MemoryGrowGuest,
    /// The host grows a memory during a host call.
    MemoryGrowHost,
    /// The host writes global #0 during a host call.
    HostGlobalWrite,
    /// The host writes memory during a host call.
    HostMemoryWrite,
    /// A store (and global write) followed by a trap.
    TrapAfterWrite,
    /// A call with eight or more parameters.
    StackArgs,
    /// A call with two or more results.
    MultiValue,
}

impl Boundary {
    pub const ALL: &'static [Boundary] = &[
        Boundary::HostCall,
        Boundary::HostCallTyped,
        Boundary::HostReentry,
        Boundary::GuestCall,
        Boundary::CrossInstanceCall,
        Boundary::CallIndirectLocal,
        Boundary::CallIndirectHost,
        Boundary::CallIndirectForeign,
        Boundary::TailCall,
        Boundary::TailCallIndirect,
        Boundary::MemoryGrowGuest,
        Boundary::MemoryGrowHost,
        Boundary::HostGlobalWrite,
        Boundary::HostMemoryWrite,
        Boundary::TrapAfterWrite,
        Boundary::StackArgs,
        Boundary::MultiValue,
    ];

    pub fn name(&self) -> &'static str {
        match self {
            Boundary::HostCall => "host_call",
            Boundary::HostCallTyped => "host_call_typed",
            Boundary::HostReentry => "host_reentry",
            Boundary::GuestCall => "guest_call",
            Boundary::CrossInstanceCall => "cross_instance_call",
            Boundary::CallIndirectLocal => "call_indirect_local",
            Boundary::CallIndirectHost => "call_indirect_host",
            Boundary::CallIndirectForeign => "call_indirect_foreign",
            Boundary::TailCall => "tail_call",
            Boundary::TailCallIndirect => "tail_call_indirect",
            Boundary::MemoryGrowGuest => "memory_grow_guest",
            Boundary::MemoryGrowHost => "memory_grow_host",
            Boundary::HostGlobalWrite => "host_global_write",
            Boundary::HostMemoryWrite => "host_memory_write",
            Boundary::TrapAfterWrite => "trap_after_write",
            Boundary::StackArgs => "stack_args",
            Boundary::MultiValue => "multi_value",
        }
    }
}

/// A generated case and the boundary kinds it contains (in [`Boundary::ALL`]
/// order).
#[derive(Clone, Debug)]
pub struct GeneratedCase {
    pub case: Case,
    pub boundaries: Vec<Boundary>,
}

/// Generates a case from a seed: fills a buffer from splitmix64 and calls
/// [`generate`], with a larger buffer if that fails.
pub fn generate_from_seed(seed: u64) -> GeneratedCase {
    let mut len = 4096usize;
    let mut attempt = 0u64;
    loop {
        let start = seed ^ mix64(attempt.wrapping_mul(0x5851_f42d_4c95_7f2d));
        let mut bytes = Vec::with_capacity(len);
        let mut i = 0u64;
        while bytes.len() < len {
            // splitmix64: state += golden ratio, then the finaliser (mix64
            // adds the increment itself).
            let x = mix64(start.wrapping_add(i.wrapping_mul(0x9e37_79b9_7f4a_7c15)));
            bytes.extend_from_slice(&x.to_le_bytes());
            i += 1;
        }
        let mut u = Unstructured::new(&bytes);
        if let Ok(g) = generate(&mut u) {
            return g;
        }
        len *= 2;
        attempt += 1;
    }
}

/// What the generator may use.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// `return_call` and `return_call_indirect`.
    pub tail_calls: bool,
}

impl Default for Options {
    /// Everything the oracle supports.
    fn default() -> Self {
        Options { tail_calls: true }
    }
}

impl Options {
    /// What the Wasmer this oracle is built against compiles.
    pub fn for_sut() -> Self {
        Options { tail_calls: crate::engine::wasmer::TAIL_CALLS }
    }
}

/// Generates a case from fuzzer bytes with [`Options::default`]. Every
/// module is valid WAT for the oracle's feature set and every function
/// terminates.
pub fn generate(u: &mut Unstructured) -> Result<GeneratedCase> {
    generate_with(u, Options::default())
}

/// Generates a case from fuzzer bytes, using only what `opts` allows.
pub fn generate_with(u: &mut Unstructured, opts: Options) -> Result<GeneratedCase> {
    let mut g = Gen { u, opts, mods: Vec::new(), tables: Vec::new(), seen: HashSet::new(), plan: HostPlan::default() };
    let n = g.range(1, 3)?;
    let mut wats = Vec::new();
    for k in 0..n {
        let wat = g.module(k)?;
        wats.push((format!("m{k}"), wat));
    }
    g.host_plan()?;
    let invocations = g.invocations()?;
    let pairs: Vec<(&str, &str)> = wats.iter().map(|(n, w)| (n.as_str(), w.as_str())).collect();
    let case = match Case::from_wats(&pairs) {
        Ok(c) => c,
        // A bug of the generator, not of the input.
        Err(e) => panic!(
            "callconv generator produced bad WAT: {e}\n{}",
            wats.iter().map(|w| w.1.as_str()).collect::<Vec<_>>().join("\n")
        ),
    };
    let case = Case { plan: g.plan, invocations, ..case };
    let boundaries = Boundary::ALL.iter().copied().filter(|b| g.seen.contains(b)).collect();
    Ok(GeneratedCase { case, boundaries })
}

// ---------------------------------------------------------------------------
// Model of the modules being generated.

/// Upper bound of the dynamic work of one function (calls made, host calls
/// made, transitively, not counting host re-entry).
const MAX_CALLS: u32 = 40;
const MAX_HOST_CALLS: u32 = 6;
/// Size of every table; module `k` writes its elements at `SLOTS * k`.
const TABLE_SIZE: usize = 32;
const SLOTS: usize = 8;
/// Offsets the host writes at and the guest reads from.
const HOST_OFFSETS: [u64; 3] = [0x40, 0x800, 0xffc0];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Cost {
    calls: u32,
    hosts: u32,
}

impl Cost {
    fn add(self, o: Cost) -> Cost {
        Cost { calls: self.calls + o.calls + 1, hosts: self.hosts + o.hosts }
    }
    fn fits(self) -> bool {
        self.calls <= MAX_CALLS && self.hosts <= MAX_HOST_CALLS
    }
    fn max(self, o: Cost) -> Cost {
        Cost { calls: self.calls.max(o.calls), hosts: self.hosts.max(o.hosts) }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    Local,
    Host { typed: bool },
    Instance,
}

/// A function of a module's index space.
#[derive(Clone, Debug)]
struct Func {
    /// WAT identifier, with `$`.
    id: String,
    sig: Sig,
    origin: Origin,
    /// Dynamic cost of calling it (host functions: the call itself).
    cost: Cost,
    /// For imports: (module, field).
    import: Option<(String, String)>,
    /// Called or placed in a table somewhere.
    used: bool,
}

/// Where a memory, global or table comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Src {
    Defined,
    Host,
    Instance(usize),
}

#[derive(Clone, Copy, Debug)]
struct Sp {
    ty: ValType,
    src: Src,
    init: i64,
    /// Spell the initialiser as an extended constant expression.
    extended: bool,
}

#[derive(Clone, Debug)]
struct Mod {
    sp: Option<Sp>,
    /// A defined `(mut i64)` global the functions write their state to.
    acc: bool,
    mem0: Option<Src>,
    mem_max: Option<u32>,
    mem1: bool,
    /// Source and root (shared identity) of table 0.
    table: Option<(Src, usize)>,
    /// Imports first, then local functions.
    funcs: Vec<Func>,
    n_imports: usize,
    types: Vec<Sig>,
}

impl Mod {
    fn locals(&self) -> std::ops::Range<usize> {
        self.n_imports..self.funcs.len()
    }
    fn has_globals(&self) -> bool {
        self.sp.is_some() || self.acc
    }
    fn type_of(&mut self, sig: &Sig) -> usize {
        if let Some(i) = self.types.iter().position(|s| s == sig) {
            return i;
        }
        self.types.push(sig.clone());
        self.types.len() - 1
    }
}

/// A filled table slot: function `func` of instance `owner`'s index space.
#[derive(Clone, Copy, Debug)]
struct Slot {
    owner: usize,
    func: usize,
}

struct Gen<'a, 'b> {
    u: &'a mut Unstructured<'b>,
    opts: Options,
    mods: Vec<Mod>,
    /// Table contents by root, as they are after all instantiations.
    tables: Vec<Vec<Option<Slot>>>,
    seen: HashSet<Boundary>,
    plan: HostPlan,
}

fn wat_ty(t: ValType) -> &'static str {
    t.name()
}

fn sig_text(sig: &Sig) -> String {
    let mut s = String::new();
    if !sig.params.is_empty() {
        s.push_str(" (param");
        for p in &sig.params {
            s.push(' ');
            s.push_str(wat_ty(*p));
        }
        s.push(')');
    }
    if !sig.results.is_empty() {
        s.push_str(" (result");
        for r in &sig.results {
            s.push(' ');
            s.push_str(wat_ty(*r));
        }
        s.push(')');
    }
    s
}

fn typed_supported(sig: &Sig) -> bool {
    SIGNATURES.iter().any(|(p, r)| sig.params == *p && sig.results == *r)
}

/// Result lists functions choose from: few, so tail calls find matches.
const RESULTS: &[&[ValType]] = &[
    &[ValType::I32],
    &[],
    &[ValType::I64],
    &[ValType::I32],
    &[ValType::F64],
    &[ValType::F32],
    &[ValType::I32, ValType::I32],
    &[ValType::I64, ValType::F64],
    &[ValType::I32, ValType::I64, ValType::F64],
];

// ---------------------------------------------------------------------------
// Randomness helpers. With the bytes exhausted, `Unstructured` answers the
// low end of every range: choices are ordered so that this is the plain
// case, and `pct` answers false.

impl Gen<'_, '_> {
    fn range(&mut self, lo: usize, hi: usize) -> Result<usize> {
        self.u.int_in_range(lo..=hi)
    }
    fn pct(&mut self, p: u32) -> Result<bool> {
        Ok(self.u.int_in_range(1..=100u32)? > 100 - p.min(100))
    }
    fn pick<T: Clone>(&mut self, v: &[T]) -> Result<T> {
        let i = self.range(0, v.len() - 1)?;
        Ok(v[i].clone())
    }
    fn valtype(&mut self) -> Result<ValType> {
        Ok(match self.range(0, 9)? {
            0..=3 => ValType::I32,
            4..=6 => ValType::I64,
            7 => ValType::F32,
            _ => ValType::F64,
        })
    }
    fn params(&mut self) -> Result<Vec<ValType>> {
        let n = match self.range(0, 19)? {
            0..=10 => self.range(0, 3)?,
            11..=16 => self.range(4, 8)?,
            _ => self.range(9, 20)?,
        };
        (0..n).map(|_| self.valtype()).collect()
    }
    fn results(&mut self) -> Result<Vec<ValType>> {
        Ok(self.pick(RESULTS)?.to_vec())
    }
    fn note(&mut self, b: Boundary) {
        self.seen.insert(b);
    }
    fn note_sig(&mut self, sig: &Sig) {
        if sig.params.len() >= 8 {
            self.note(Boundary::StackArgs);
        }
        if sig.results.len() >= 2 {
            self.note(Boundary::MultiValue);
        }
    }
}

// ---------------------------------------------------------------------------
// Modules.

impl Gen<'_, '_> {
    fn module(&mut self, k: usize) -> Result<String> {
        // Global #0.
        let earlier_sp: Vec<usize> = (0..k).filter(|&j| self.mods[j].sp.is_some()).collect();
        let sp_ty = if self.pct(20)? { ValType::I64 } else { ValType::I32 };
        let sp = match self.range(0, 19)? {
            0..=10 => {
                let init = match self.range(0, 3)? {
                    0 => 65536,
                    1 => 1024 * (k as i64 + 1),
                    2 => 65536 - 4096 * k as i64,
                    _ => 0x8000 + 16 * self.range(0, 64)? as i64,
                };
                Some(Sp { ty: sp_ty, src: Src::Defined, init, extended: self.pct(30)? })
            }
            11..=13 => Some(Sp { ty: sp_ty, src: Src::Host, init: 0, extended: false }),
            14..=16 if !earlier_sp.is_empty() => {
                let j = self.pick(&earlier_sp)?;
                let ty = self.mods[j].sp.unwrap().ty;
                Some(Sp { ty, src: Src::Instance(j), init: 0, extended: false })
            }
            14..=16 => Some(Sp { ty: sp_ty, src: Src::Defined, init: 65536, extended: false }),
            _ => None,
        };
        let acc = self.pct(50)?;

        // Memories.
        let earlier_mem: Vec<usize> = (0..k).filter(|&j| self.mods[j].mem0.is_some()).collect();
        let mem0 = match self.range(0, 19)? {
            0..=9 => Some(Src::Defined),
            10..=12 if !earlier_mem.is_empty() => Some(Src::Instance(self.pick(&earlier_mem)?)),
            10..=12 => Some(Src::Defined),
            13..=14 => Some(Src::Host),
            _ => None,
        };
        let mem_max = if self.pct(85)? { Some(self.range(1, 4)? as u32) } else { None };
        let mem1 = mem0.is_some() && self.pct(20)?;

        let mut m =
            Mod { sp, acc, mem0, mem_max, mem1, table: None, funcs: Vec::new(), n_imports: 0, types: Vec::new() };

        // Function imports: host, then other instances.
        let n_host = self.range(0, 4)?;
        for i in 0..n_host {
            let (sig, typed) = if self.pct(40)? {
                let (p, r) = self.pick(SIGNATURES)?;
                (Sig { params: p.to_vec(), results: r.to_vec() }, self.pct(75)?)
            } else {
                let params = self.params()?;
                let results = if self.pct(15)? {
                    (0..self.range(2, 3)?).map(|_| self.valtype()).collect::<Result<_>>()?
                } else {
                    self.results()?
                };
                let sig = Sig { params, results };
                let typed = typed_supported(&sig) && self.pct(50)?;
                (sig, typed)
            };
            m.funcs.push(Func {
                id: format!("$h{i}"),
                sig,
                origin: Origin::Host { typed },
                cost: Cost { calls: 0, hosts: 1 },
                import: Some(("env".into(), format!("h{k}_{i}"))),
                used: false,
            });
        }
        if k > 0 {
            let n_inst = self.range(0, 3)?;
            for i in 0..n_inst {
                let j = self.range(0, k - 1)?;
                let locals: Vec<usize> = self.mods[j].locals().collect();
                let f = self.pick(&locals)?;
                let target = &self.mods[j].funcs[f];
                let li = f - self.mods[j].n_imports;
                m.funcs.push(Func {
                    id: format!("$x{i}"),
                    sig: target.sig.clone(),
                    origin: Origin::Instance,
                    cost: target.cost,
                    import: Some((format!("m{j}"), format!("f{li}"))),
                    used: false,
                });
            }
        }
        m.n_imports = m.funcs.len();

        // Local functions (bodies later).
        let n_local = self.range(1, 4)?;
        for i in 0..n_local {
            let params = self.params()?;
            let results = self.results()?;
            m.funcs.push(Func {
                id: format!("$f{i}"),
                sig: Sig { params, results },
                origin: Origin::Local,
                cost: Cost::default(),
                import: None,
                used: false,
            });
        }

        // Table 0 and its elements.
        if self.pct(75)? {
            let earlier_tab: Vec<usize> = (0..k).filter(|&j| self.mods[j].table.is_some()).collect();
            let src = match self.range(0, 9)? {
                0..=5 => Src::Defined,
                6..=8 if !earlier_tab.is_empty() => Src::Instance(self.pick(&earlier_tab)?),
                _ => Src::Host,
            };
            let root = match src {
                Src::Instance(j) => self.mods[j].table.unwrap().1,
                _ => {
                    self.tables.push(vec![None; TABLE_SIZE]);
                    self.tables.len() - 1
                }
            };
            m.table = Some((src, root));
            let n = self.range(1, SLOTS)?;
            for s in 0..n {
                let f = self.range(0, m.funcs.len() - 1)?;
                m.funcs[f].used = true;
                self.tables[root][SLOTS * k + s] = Some(Slot { owner: k, func: f });
            }
        }
        for f in 0..m.funcs.len() {
            let sig = m.funcs[f].sig.clone();
            m.type_of(&sig);
        }
        self.mods.push(m);

        // Bodies, in order: each may call only what comes before it.
        let mut bodies = Vec::new();
        for fi in self.mods[k].locals() {
            let (lines, cost) = self.body(k, fi)?;
            self.mods[k].funcs[fi].cost = cost;
            bodies.push(lines);
        }
        Ok(self.emit(k, &bodies))
    }

    fn emit(&self, k: usize, bodies: &[Vec<String>]) -> String {
        let m = &self.mods[k];
        let mut w = String::new();
        let mut line = |s: String| {
            w.push_str(&s);
            w.push('\n');
        };
        line(format!("(module ;; m{k}"));
        for (i, t) in m.types.iter().enumerate() {
            line(format!("  (type $t{i} (func{}))", sig_text(t)));
        }
        // Imports, grouped by kind in the order wasmi keeps them (functions,
        // tables, memories, globals): the reference adapter pairs externs
        // with imports by position.
        for f in &m.funcs[..m.n_imports] {
            let (module, field) = f.import.as_ref().unwrap();
            let t = m.types.iter().position(|s| *s == f.sig).unwrap();
            let what = match f.origin {
                Origin::Host { typed: true } => " ;; typed",
                _ => "",
            };
            line(format!("  (import \"{module}\" \"{field}\" (func {} (type $t{t}))){what}", f.id));
        }
        match m.table {
            Some((Src::Host, _)) => line(format!("  (import \"env\" \"table\" (table $tab {TABLE_SIZE} funcref))")),
            Some((Src::Instance(j), _)) => {
                line(format!("  (import \"m{j}\" \"tab\" (table $tab {TABLE_SIZE} funcref))"))
            }
            _ => {}
        }
        match m.mem0 {
            Some(Src::Host) => line("  (import \"env\" \"memory\" (memory $mem0 1 4))".into()),
            Some(Src::Instance(j)) => line(format!("  (import \"m{j}\" \"mem\" (memory $mem0 1))")),
            _ => {}
        }
        if let Some(sp) = m.sp {
            let gt = format!("(global $sp (mut {}))", wat_ty(sp.ty));
            match sp.src {
                Src::Host => line(format!("  (import \"env\" \"__stack_pointer\" {gt})")),
                Src::Instance(j) => line(format!("  (import \"m{j}\" \"sp\" {gt})")),
                Src::Defined => {}
            }
        }
        // Definitions.
        if m.mem0 == Some(Src::Defined) {
            match m.mem_max {
                Some(max) => line(format!("  (memory $mem0 1 {max})")),
                None => line("  (memory $mem0 1)".into()),
            }
        }
        if m.mem1 {
            line("  (memory $mem1 1 2)".into());
        }
        if let Some((Src::Defined, _)) = m.table {
            line(format!("  (table $tab {TABLE_SIZE} funcref)"));
        }
        if let Some(sp) = m.sp {
            if sp.src == Src::Defined {
                let t = wat_ty(sp.ty);
                let init = if sp.extended {
                    format!("({t}.add ({t}.const {}) ({t}.const 1024))", sp.init - 1024)
                } else {
                    format!("({t}.const {})", sp.init)
                };
                line(format!("  (global $sp (mut {t}) {init})"));
            }
        }
        if m.acc {
            line(format!("  (global $acc (mut i64) (i64.const {:#x}))", 0xacc0_0000u64 + k as u64));
        }
        if m.mem0.is_some() {
            line("  (export \"mem\" (memory $mem0))".into());
        }
        if m.sp.is_some() {
            line("  (export \"sp\" (global $sp))".into());
        }
        if let Some((_, root)) = m.table {
            line("  (export \"tab\" (table $tab))".into());
            let ids: Vec<&str> = (0..SLOTS)
                .map_while(|s| self.tables[root][SLOTS * k + s])
                .filter(|s| s.owner == k)
                .map(|s| m.funcs[s.func].id.as_str())
                .collect();
            line(format!("  (elem (table $tab) (i32.const {}) func {})", SLOTS * k, ids.join(" ")));
        }
        for (li, body) in bodies.iter().enumerate() {
            let f = &m.funcs[m.n_imports + li];
            let t = m.types.iter().position(|s| *s == f.sig).unwrap();
            let mut head = format!("  (func {} (export \"f{li}\") (type $t{t})", f.id);
            for (i, p) in f.sig.params.iter().enumerate() {
                head.push_str(&format!(" (param $p{i} {})", wat_ty(*p)));
            }
            if !f.sig.results.is_empty() {
                head.push_str(&sig_text(&Sig { params: vec![], results: f.sig.results.clone() }));
            }
            line(head);
            let mut locals = String::from("   ");
            if let Some(sp) = m.sp {
                locals.push_str(&format!(" (local $spl {})", wat_ty(sp.ty)));
            }
            if m.mem0.is_some() {
                locals.push_str(" (local $fp i32)");
            }
            locals.push_str(" (local $ai i32) (local $al i64)");
            line(locals);
            for l in body {
                line(format!("    {l}"));
            }
            line("  )".into());
        }
        line(")".into());
        w
    }
}

// ---------------------------------------------------------------------------
// Function bodies.

/// The function being generated.
struct Body {
    k: usize,
    fi: usize,
    li: usize,
    params: Vec<ValType>,
    results: Vec<ValType>,
    sp: Option<ValType>,
    mem0: bool,
    mem1: bool,
    acc: bool,
    table: Option<usize>,
    lines: Vec<String>,
    cost: Cost,
    /// Nesting of `if` blocks, for indentation.
    depth: usize,
    folds: usize,
}

impl Body {
    fn e(&mut self, s: impl AsRef<str>) {
        self.lines.push(format!("{}{}", "  ".repeat(self.depth), s.as_ref()));
    }
    /// `i32.const`/`i64.const` of the stack pointer's type.
    fn spc(&self, v: i64) -> String {
        format!("{}.const {v}", wat_ty(self.sp.unwrap()))
    }
    fn sp_op(&self, op: &str) -> String {
        format!("{}.{op}", wat_ty(self.sp.unwrap()))
    }
    /// Pushes the address of this function's frame in memory 0.
    fn frame(&mut self) {
        self.e("local.get $fp");
    }
    /// Pushes the address of the last 8 bytes of a memory.
    fn top(&mut self, mem: &str) {
        self.e(format!("memory.size {mem}"));
        self.e("i32.const 16");
        self.e("i32.shl");
        self.e("i32.const 8");
        self.e("i32.sub");
    }
    /// Pushes global #0 (the stack pointer) as an i32.
    fn sp_i32(&mut self) {
        self.e("global.get $sp");
        if self.sp == Some(ValType::I64) {
            self.e("i32.wrap_i64");
        }
    }
    /// acc = v - acc and acc = v ^ acc, alternately: cheap, and mixing the
    /// two makes the result depend on the order of the values, so values
    /// that arrive swapped show.
    fn fold_op(&mut self) -> &'static str {
        self.folds += 1;
        if self.folds % 2 == 0 {
            "xor"
        } else {
            "sub"
        }
    }
    /// Folds the value on top of the stack into the accumulators.
    fn fold(&mut self, t: ValType) {
        match t {
            ValType::I32 | ValType::F32 => {
                if t == ValType::F32 {
                    self.e("i32.reinterpret_f32");
                }
                self.e("local.get $ai");
                let op = self.fold_op();
                self.e(format!("i32.{op}"));
                self.e("local.set $ai");
            }
            _ => {
                if t == ValType::F64 {
                    self.e("i64.reinterpret_f64");
                }
                self.e("local.get $al");
                let op = self.fold_op();
                self.e(format!("i64.{op}"));
                self.e("local.set $al");
            }
        }
    }
    fn prologue(&mut self) {
        // Every parameter goes into the accumulators, through one chain per
        // accumulator: seed op p op p ..., alternating sub and xor.
        self.e(format!("i32.const {:#x}", 0x5eed_0000u32 | (self.k as u32) << 8 | self.li as u32));
        for i in 0..self.params.len() {
            if matches!(self.params[i], ValType::I32 | ValType::F32) {
                self.e(format!("local.get $p{i}"));
                if self.params[i] == ValType::F32 {
                    self.e("i32.reinterpret_f32");
                }
                let op = self.fold_op();
                self.e(format!("i32.{op}"));
            }
        }
        self.e("local.set $ai");
        self.e(format!("i64.const {:#x}", 0x5eed_0000_0000_0000u64 | (self.k as u64) << 8 | self.li as u64));
        for i in 0..self.params.len() {
            if matches!(self.params[i], ValType::I64 | ValType::F64) {
                self.e(format!("local.get $p{i}"));
                if self.params[i] == ValType::F64 {
                    self.e("i64.reinterpret_f64");
                }
                let op = self.fold_op();
                self.e(format!("i64.{op}"));
            }
        }
        self.e("local.set $al");
        if self.sp.is_some() {
            self.e(";; prologue: sp -= 16, save state in the frame");
            self.e("global.get $sp");
            self.e(self.spc(16));
            self.e(self.sp_op("sub"));
            self.e("local.tee $spl");
            self.e("global.set $sp");
        }
        if self.mem0 {
            // The frame: the stack pointer masked to the first page (so any
            // value is in bounds), or a fixed place without one.
            match self.sp {
                Some(t) => {
                    self.e("local.get $spl");
                    if t == ValType::I64 {
                        self.e("i32.wrap_i64");
                    }
                    self.e("i32.const 0xfff0");
                    self.e("i32.and");
                }
                None => {
                    let base = 0x1000 + 0x100 * self.k + 0x10 * self.li;
                    self.e(format!("i32.const {base:#x}"));
                }
            }
            self.e("local.tee $fp");
            self.e("local.get $ai");
            self.e("i32.store offset=0");
        }
    }
    fn epilogue(&mut self, relative: bool) {
        if self.sp.is_some() {
            self.e(";; epilogue: restore sp");
            if relative {
                self.e("global.get $sp");
            } else {
                self.e("local.get $spl");
            }
            self.e(self.spc(16));
            self.e(self.sp_op("add"));
            self.e("global.set $sp");
        }
        if self.acc {
            self.e("local.get $al");
            self.e("local.get $ai");
            self.e("i64.extend_i32_u");
            self.e("i64.xor");
            self.e("global.set $acc");
        }
    }
    fn results(&mut self) {
        for (i, t) in self.results.clone().into_iter().enumerate() {
            let x = 0x0101_0101u64.wrapping_mul(i as u64);
            match t {
                ValType::I32 | ValType::F32 => {
                    self.e("local.get $ai");
                    if i > 0 {
                        self.e(format!("i32.const {:#x}", x as u32));
                        self.e("i32.xor");
                    }
                    if t == ValType::F32 {
                        self.e("f32.convert_i32_s");
                    }
                }
                _ => {
                    self.e("local.get $al");
                    if i > 0 {
                        self.e(format!("i64.const {x:#x}"));
                        self.e("i64.xor");
                    }
                    if t == ValType::F64 {
                        self.e("f64.convert_i64_s");
                    }
                }
            }
        }
    }
}

/// A call target chosen for a call site.
enum Target {
    Direct(usize),
    /// Slot, optional alternative slot (chosen by a `select`), type used.
    Indirect(usize, Option<usize>, Sig),
}

impl Gen<'_, '_> {
    fn body(&mut self, k: usize, fi: usize) -> Result<(Vec<String>, Cost)> {
        let m = &self.mods[k];
        let f = &m.funcs[fi];
        let mut b = Body {
            k,
            fi,
            li: fi - m.n_imports,
            params: f.sig.params.clone(),
            results: f.sig.results.clone(),
            sp: m.sp.map(|s| s.ty),
            mem0: m.mem0.is_some(),
            mem1: m.mem1,
            acc: m.acc,
            table: m.table.map(|t| t.1),
            lines: Vec::new(),
            cost: Cost::default(),
            depth: 0,
            folds: 0,
        };
        b.prologue();
        let steps = self.range(1, 3)?;
        for _ in 0..steps {
            self.step(&mut b)?;
        }
        let relative = self.pct(30)?;
        if self.opts.tail_calls && self.pct(35)? && self.tail_call(&mut b, relative)? {
            return Ok((b.lines, b.cost));
        }
        b.epilogue(relative);
        b.results();
        Ok((b.lines, b.cost))
    }

    fn step(&mut self, b: &mut Body) -> Result<()> {
        let direct = self.direct_candidates(b, None);
        let indirect = self.indirect_candidates(b, None);
        let mut kinds = Vec::new();
        if !direct.is_empty() {
            kinds.extend([0, 0, 0, 0]);
        }
        if !indirect.is_empty() {
            kinds.extend([1, 1, 1]);
        }
        if b.mem0 {
            kinds.extend([2, 3]);
        }
        kinds.push(4);
        kinds.push(5);
        match self.pick(&kinds)? {
            0 => {
                let t = self.pick(&direct)?;
                self.call(b, Target::Direct(t))
            }
            1 => {
                let t = self.indirect_target(b, &indirect)?;
                self.call(b, t)
            }
            2 => self.guest_grow(b),
            3 => self.mem_step(b),
            4 if self.pct(40)? => self.trap_after_write(b),
            _ => self.sp_step(b),
        }
    }

    /// Direct callees: lower index, cost within budget, matching results
    /// if `results` is given (tail calls).
    fn direct_candidates(&self, b: &Body, results: Option<&[ValType]>) -> Vec<usize> {
        let m = &self.mods[b.k];
        (0..b.fi)
            .filter(|&j| b.cost.add(m.funcs[j].cost).fits())
            .filter(|&j| results.is_none_or(|r| m.funcs[j].sig.results == r))
            .collect()
    }

    fn slot_func(&self, s: Slot) -> &Func {
        &self.mods[s.owner].funcs[s.func]
    }

    /// Table slots whose function may be called from here.
    fn indirect_candidates(&self, b: &Body, results: Option<&[ValType]>) -> Vec<usize> {
        let Some(root) = b.table else {
            return Vec::new();
        };
        (0..TABLE_SIZE)
            .filter(|&i| {
                let Some(s) = self.tables[root][i] else {
                    return false;
                };
                let f = self.slot_func(s);
                (s.owner != b.k || s.func < b.fi)
                    && b.cost.add(f.cost).fits()
                    && results.is_none_or(|r| f.sig.results == r)
            })
            .collect()
    }

    fn indirect_target(&mut self, b: &Body, cands: &[usize]) -> Result<Target> {
        let root = b.table.unwrap();
        let s = self.pick(cands)?;
        let sig = self.slot_func(self.tables[root][s].unwrap()).sig.clone();
        let same: Vec<usize> = cands
            .iter()
            .copied()
            .filter(|&o| o != s && self.slot_func(self.tables[root][o].unwrap()).sig == sig)
            .collect();
        let alt = if !same.is_empty() && self.pct(35)? { Some(self.pick(&same)?) } else { None };
        // Rarely, a deliberately wrong type: the call traps on the signature
        // check (and must trap the same way everywhere).
        let others: Vec<Sig> = self.mods[b.k].types.iter().filter(|t| **t != sig).cloned().collect();
        let ty = if !others.is_empty() && self.pct(4)? { self.pick(&others)? } else { sig };
        Ok(Target::Indirect(s, alt, ty))
    }

    fn note_target(&mut self, b: &Body, t: &Target, tail: bool) {
        let slot_boundary = |g: &Self, slot: Slot| -> Vec<Boundary> {
            let f = g.slot_func(slot);
            let mut v = Vec::new();
            if slot.owner != b.k || f.origin == Origin::Instance {
                v.push(Boundary::CallIndirectForeign);
            }
            match f.origin {
                Origin::Local if slot.owner == b.k => v.push(Boundary::CallIndirectLocal),
                Origin::Host { .. } => v.push(Boundary::CallIndirectHost),
                _ => {}
            }
            v
        };
        match t {
            Target::Direct(j) => {
                let f = &self.mods[b.k].funcs[*j];
                let kind = match f.origin {
                    Origin::Local => Boundary::GuestCall,
                    Origin::Host { typed: false } => Boundary::HostCall,
                    Origin::Host { typed: true } => Boundary::HostCallTyped,
                    Origin::Instance => Boundary::CrossInstanceCall,
                };
                let sig = f.sig.clone();
                if tail {
                    self.note(Boundary::TailCall);
                } else {
                    self.note(kind);
                }
                self.note_sig(&sig);
            }
            Target::Indirect(s, alt, ty) => {
                let root = b.table.unwrap();
                for slot in std::iter::once(*s).chain(*alt) {
                    for kind in slot_boundary(self, self.tables[root][slot].unwrap()) {
                        self.note(kind);
                    }
                }
                if tail {
                    self.note(Boundary::TailCallIndirect);
                }
                let ty = ty.clone();
                self.note_sig(&ty);
            }
        }
    }

    /// Marks the functions a call site reaches as used and returns its cost.
    fn reach(&mut self, b: &Body, t: &Target) -> Cost {
        match t {
            Target::Direct(j) => {
                self.mods[b.k].funcs[*j].used = true;
                self.mods[b.k].funcs[*j].cost
            }
            Target::Indirect(s, alt, _) => {
                let root = b.table.unwrap();
                let mut c = Cost::default();
                for slot in std::iter::once(*s).chain(*alt) {
                    let sl = self.tables[root][slot].unwrap();
                    self.mods[sl.owner].funcs[sl.func].used = true;
                    c = c.max(self.slot_func(sl).cost);
                }
                c
            }
        }
    }

    /// Pushes an argument of type `t` for parameter `slot`.
    fn arg(&mut self, b: &mut Body, t: ValType, slot: usize) -> Result<()> {
        let same: Vec<usize> = (0..b.params.len()).filter(|&i| b.params[i] == t).collect();
        let choice = self.range(0, 5)?;
        if choice <= 1 && !same.is_empty() {
            let p = self.pick(&same)?;
            b.e(format!("local.get $p{p}"));
            return Ok(());
        }
        let s = slot as u64;
        match (t, choice) {
            (ValType::I32, 2) => b.e("local.get $ai"),
            (ValType::I32, 3) if b.sp.is_some() => b.sp_i32(),
            (ValType::I32, 4) if b.mem0 => {
                b.frame();
                b.e("i32.load offset=0");
            }
            (ValType::I32, _) => b.e(format!("i32.const {:#x}", 0x1111_0000u64 + s)),
            (ValType::I64, 2) => b.e("local.get $al"),
            (ValType::I64, 3) if b.sp == Some(ValType::I64) => b.e("global.get $sp"),
            (ValType::I64, 4) => {
                b.e("local.get $ai");
                b.e("i64.extend_i32_u");
            }
            (ValType::I64, _) => b.e(format!("i64.const {:#x}", 0x2222_0000_0000_0000u64 + s)),
            (ValType::F32, 2 | 3) => {
                b.e("local.get $ai");
                b.e("f32.convert_i32_s");
            }
            (ValType::F32, _) => b.e(format!("f32.const {:?}", 3000.5f32 + s as f32)),
            (ValType::F64, 2 | 3) => {
                b.e("local.get $al");
                b.e("f64.convert_i64_s");
            }
            (ValType::F64, _) => b.e(format!("f64.const {:?}", -4000.25f64 - s as f64)),
            _ => unreachable!("only numeric types are generated"),
        }
        Ok(())
    }

    /// Pushes the table index for an indirect call.
    fn index(&mut self, b: &mut Body, s: usize, alt: Option<usize>) {
        b.e(format!("i32.const {s}"));
        if let Some(a) = alt {
            b.e(format!("i32.const {a}"));
            b.e("local.get $ai");
            b.e("i32.const 1");
            b.e("i32.and");
            b.e("select");
        }
    }

    fn call(&mut self, b: &mut Body, t: Target) -> Result<()> {
        self.note_target(b, &t, false);
        let cost = self.reach(b, &t);
        b.cost = b.cost.add(cost);
        let sig = match &t {
            Target::Direct(j) => self.mods[b.k].funcs[*j].sig.clone(),
            Target::Indirect(_, _, ty) => ty.clone(),
        };
        for (i, p) in sig.params.iter().enumerate() {
            self.arg(b, *p, i)?;
        }
        match &t {
            Target::Direct(j) => {
                let f = &self.mods[b.k].funcs[*j];
                let what = match f.origin {
                    Origin::Local => "",
                    Origin::Host { typed: false } => " ;; host",
                    Origin::Host { typed: true } => " ;; host, typed",
                    Origin::Instance => " ;; other instance",
                };
                b.e(format!("call {}{what}", f.id));
            }
            Target::Indirect(s, alt, ty) => {
                self.index(b, *s, *alt);
                let ti = self.mods[b.k].type_of(ty);
                b.e(format!("call_indirect $tab (type $t{ti})"));
            }
        }
        for r in sig.results.iter().rev() {
            b.fold(*r);
        }
        self.observe(b)
    }

    /// After a call: read global #0 and the frame again, so a lost write or
    /// a stale memory base shows.
    fn observe(&mut self, b: &mut Body) -> Result<()> {
        if b.sp.is_some() {
            b.sp_i32();
            b.fold(ValType::I32);
        }
        if b.mem0 {
            b.frame();
            b.e("i32.load offset=0");
            b.fold(ValType::I32);
            b.frame();
            b.e("local.get $ai");
            b.e("i32.store offset=4");
            if self.pct(20)? {
                b.top("$mem0");
                b.e("i64.load");
                b.fold(ValType::I64);
            }
        }
        Ok(())
    }

    fn guest_grow(&mut self, b: &mut Body) -> Result<()> {
        self.note(Boundary::MemoryGrowGuest);
        let mem = if b.mem1 && self.pct(30)? { "$mem1" } else { "$mem0" };
        b.e(format!(";; grow {mem}, then touch its last bytes"));
        b.e(format!("i32.const {}", if self.pct(10)? { 0 } else { 1 }));
        b.e(format!("memory.grow {mem}"));
        b.fold(ValType::I32);
        b.top(mem);
        b.e("local.get $al");
        b.e(format!("i64.store {mem}"));
        if self.pct(60)? {
            b.top(mem);
            b.e(format!("i64.load {mem}"));
            b.fold(ValType::I64);
        }
        b.e(format!("memory.size {mem}"));
        b.fold(ValType::I32);
        Ok(())
    }

    fn mem_step(&mut self, b: &mut Body) -> Result<()> {
        match self.range(0, 4)? {
            0 => {
                b.frame();
                b.e("local.get $al");
                b.e("i64.store offset=8");
            }
            1 => {
                b.frame();
                b.e("i32.const 0xa5");
                b.e("i32.const 8");
                b.e("memory.fill");
                b.frame();
                b.e("i64.load offset=8");
                b.fold(ValType::I64);
            }
            2 if b.mem1 => {
                let dst = 0x100 + 0x10 * b.li;
                b.e(format!("i32.const {dst:#x}"));
                b.frame();
                b.e("i32.const 16");
                b.e("memory.copy $mem1 $mem0");
                b.e(format!("i32.const {:#x}", dst + 4));
                b.e("i32.load $mem1");
                b.fold(ValType::I32);
            }
            _ => {
                // Read where the host may have written.
                let off = self.pick(&HOST_OFFSETS)?;
                b.e(format!("i32.const {off:#x}"));
                b.e("i64.load");
                b.fold(ValType::I64);
            }
        }
        Ok(())
    }

    fn sp_step(&mut self, b: &mut Body) -> Result<()> {
        // Move the stack pointer around a little and fold it in.
        if b.sp.is_some() {
            b.e("global.get $sp");
            b.e(b.spc(32));
            b.e(b.sp_op("sub"));
            b.e("global.set $sp");
            b.sp_i32();
            b.fold(ValType::I32);
            b.e("global.get $sp");
            b.e(b.spc(32));
            b.e(b.sp_op("add"));
            b.e("global.set $sp");
        } else {
            b.e("local.get $ai");
            b.e(format!("i32.const {:#x}", 0x9e37_79b9u32));
            b.e("i32.mul");
            b.e("local.set $ai");
        }
        Ok(())
    }

    fn trap_after_write(&mut self, b: &mut Body) -> Result<()> {
        self.note(Boundary::TrapAfterWrite);
        b.e(";; write, then maybe trap");
        if b.mem0 {
            b.frame();
            b.e("local.get $ai");
            b.e("i32.store offset=8");
        }
        if b.sp.is_some() {
            b.e("global.get $sp");
            b.e(b.spc(32));
            b.e(b.sp_op("sub"));
            b.e("global.set $sp");
        }
        if b.acc {
            b.e("local.get $al");
            b.e("global.set $acc");
        }
        let i32_params: Vec<usize> = (0..b.params.len()).filter(|&i| b.params[i] == ValType::I32).collect();
        match self.range(0, 3)? {
            1 if !i32_params.is_empty() => {
                let p = self.pick(&i32_params)?;
                b.e(format!("local.get $p{p}"));
                b.e("i32.const 3");
                b.e("i32.and");
                b.e("i32.eqz");
            }
            2 if b.mem0 => {
                b.e("memory.size $mem0");
                b.e("i32.const 1");
                b.e("i32.gt_u");
            }
            3 => {
                b.e("local.get $ai");
                b.e("i32.const 1");
                b.e("i32.and");
            }
            _ => b.e("i32.const 1"),
        }
        b.e("if");
        b.depth += 1;
        if self.pct(50)? {
            b.e("unreachable");
        } else {
            b.e("local.get $ai");
            b.e("local.get $ai");
            b.e("i32.const 0");
            b.e("i32.and");
            b.e("i32.div_u");
            b.e("drop");
        }
        b.depth -= 1;
        b.e("end");
        if b.sp.is_some() {
            b.e("global.get $sp");
            b.e(b.spc(32));
            b.e(b.sp_op("add"));
            b.e("global.set $sp");
        }
        Ok(())
    }

    /// Ends the function with a tail call, if one with matching results can
    /// be made. The epilogue runs first, as a compiler would emit it.
    fn tail_call(&mut self, b: &mut Body, relative: bool) -> Result<bool> {
        let results = b.results.clone();
        let direct = self.direct_candidates(b, Some(&results));
        let indirect = self.indirect_candidates(b, Some(&results));
        let t = match (direct.is_empty(), indirect.is_empty()) {
            (true, true) => return Ok(false),
            (false, true) => Target::Direct(self.pick(&direct)?),
            (true, false) => self.indirect_target(b, &indirect)?,
            (false, false) => {
                if self.pct(50)? {
                    Target::Direct(self.pick(&direct)?)
                } else {
                    self.indirect_target(b, &indirect)?
                }
            }
        };
        // A mismatched type must still have the caller's results.
        let t = match t {
            Target::Indirect(s, alt, ty) if ty.results != results => {
                let root = b.table.unwrap();
                Target::Indirect(s, alt, self.slot_func(self.tables[root][s].unwrap()).sig.clone())
            }
            t => t,
        };
        self.note_target(b, &t, true);
        let cost = self.reach(b, &t);
        b.cost = b.cost.add(cost);
        b.epilogue(relative);
        let sig = match &t {
            Target::Direct(j) => self.mods[b.k].funcs[*j].sig.clone(),
            Target::Indirect(_, _, ty) => ty.clone(),
        };
        for (i, p) in sig.params.iter().enumerate() {
            self.arg(b, *p, i)?;
        }
        match &t {
            Target::Direct(j) => {
                let id = self.mods[b.k].funcs[*j].id.clone();
                b.e(format!("return_call {id}"));
            }
            Target::Indirect(s, alt, ty) => {
                self.index(b, *s, *alt);
                let ti = self.mods[b.k].type_of(ty);
                b.e(format!("return_call_indirect $tab (type $t{ti})"));
            }
        }
        Ok(true)
    }
}

// ---------------------------------------------------------------------------
// Host plan and invocations.

impl Gen<'_, '_> {
    fn host_plan(&mut self) -> Result<()> {
        let max_depth = self.range(1, 3)? as u32;
        self.plan.max_depth = max_depth;
        for k in 0..self.mods.len() {
            for fi in 0..self.mods[k].n_imports {
                let f = self.mods[k].funcs[fi].clone();
                let Origin::Host { typed } = f.origin else {
                    continue;
                };
                let name = f.import.unwrap().1;
                let mut effects = Vec::new();
                if self.pct(60)? {
                    for _ in 0..self.range(1, 3)? {
                        if let Some(e) = self.effect(k, max_depth)? {
                            effects.push(e);
                        }
                    }
                }
                if f.used {
                    for e in &effects {
                        let kind = match e.action {
                            Action::SetGlobal { .. } => Boundary::HostGlobalWrite,
                            Action::WriteMemory { .. } => Boundary::HostMemoryWrite,
                            Action::GrowMemory { .. } => Boundary::MemoryGrowHost,
                            Action::CallExport { .. } => Boundary::HostReentry,
                            Action::Trap => Boundary::TrapAfterWrite,
                        };
                        self.note(kind);
                    }
                }
                if typed || !effects.is_empty() {
                    self.plan.functions.push(HostFnPlan {
                        module: "env".into(),
                        name,
                        style: typed.then_some(HostFnStyle::Typed),
                        effects,
                    });
                }
            }
        }
        Ok(())
    }

    fn on_call(&mut self) -> Result<Option<u32>> {
        Ok(if self.pct(50)? { Some(self.range(0, 2)? as u32) } else { None })
    }

    /// One side effect of a host import of instance `k`, on `k` or an
    /// earlier instance.
    fn effect(&mut self, k: usize, max_depth: u32) -> Result<Option<Effect>> {
        let pick_instance = |g: &mut Self, ok: &dyn Fn(&Mod) -> bool| -> Result<Option<usize>> {
            if ok(&g.mods[k]) && g.pct(70)? {
                return Ok(Some(k));
            }
            let c: Vec<usize> = (0..=k).filter(|&j| ok(&g.mods[j])).collect();
            Ok(if c.is_empty() { None } else { Some(g.pick(&c)?) })
        };
        let action = match self.range(0, 9)? {
            0..=2 => {
                let Some(instance) = pick_instance(self, &|m: &Mod| m.has_globals())? else {
                    return Ok(None);
                };
                let value = match self.range(0, 3)? {
                    0 => GlobalValue::Sub(16),
                    1 => GlobalValue::FromArgs,
                    2 => GlobalValue::Sub(16 * self.range(2, 64)? as u64),
                    _ => GlobalValue::Const(self.pick(&[0x8000u64, 0xff00, 1024, 0x1_0000])?),
                };
                Action::SetGlobal { instance, global: 0, value }
            }
            3..=4 => {
                let Some(instance) = pick_instance(self, &|m: &Mod| m.mem0.is_some())? else {
                    return Ok(None);
                };
                let memory = if self.mods[instance].mem1 && self.pct(30)? { 1 } else { 0 };
                let len = self.range(1, 32)? as u32;
                let offset = match self.range(0, 3)? {
                    0..=1 => self.pick(&HOST_OFFSETS)?,
                    2 => 0xfff0 - 16 * self.range(0, 8)? as u64,
                    _ => self.range(0, 65536 - len as usize)? as u64,
                };
                Action::WriteMemory { instance, memory, offset, len }
            }
            5..=6 => {
                let Some(instance) = pick_instance(self, &|m: &Mod| m.mem0.is_some())? else {
                    return Ok(None);
                };
                let memory = if self.mods[instance].mem1 && self.pct(30)? { 1 } else { 0 };
                let delta = if self.pct(85)? { 1 } else { 0 };
                Action::GrowMemory { instance, memory, delta }
            }
            7..=8 => {
                let instance = self.range(0, k)?;
                let locals: Vec<usize> = self.mods[instance].locals().collect();
                let fi = self.pick(&locals)?;
                let cost = self.mods[instance].funcs[fi].cost;
                let li = fi - self.mods[instance].n_imports;
                // Re-entry on every call only where it cannot blow up.
                let cheap = cost.hosts <= 2 && cost.calls <= 12 && max_depth <= 2;
                let on_call = if cheap { self.on_call()? } else { Some(self.range(0, 2)? as u32) };
                let action = Action::CallExport { instance, export: format!("f{li}") };
                return Ok(Some(Effect { on_call, action }));
            }
            _ => {
                let on_call = if self.pct(90)? { Some(self.range(0, 2)? as u32) } else { None };
                return Ok(Some(Effect { on_call, action: Action::Trap }));
            }
        };
        Ok(Some(Effect { on_call: self.on_call()?, action }))
    }

    /// `None` (every export, canary and edge arguments) or an explicit list
    /// that still calls every export.
    fn invocations(&mut self) -> Result<Option<Vec<Invocation>>> {
        if !self.pct(25)? {
            return Ok(None);
        }
        let mut out = Vec::new();
        for k in 0..self.mods.len() {
            for fi in self.mods[k].locals() {
                let sig = self.mods[k].funcs[fi].sig.clone();
                let li = fi - self.mods[k].n_imports;
                for _ in 0..self.range(1, 2)? {
                    let mut args = Vec::new();
                    for (i, t) in sig.params.iter().enumerate() {
                        args.push(match self.range(0, 2)? {
                            0 => canary(*t, i),
                            1 => edge(*t, self.range(0, 5)?),
                            _ => match t {
                                ValType::I32 | ValType::I64 => Val::from_bits(*t, self.u.arbitrary::<u64>()? as u128),
                                // No raw float bits: a NaN payload is not
                                // what this generator is about.
                                _ => edge(*t, self.range(0, 5)?),
                            },
                        });
                    }
                    out.push(Invocation { instance: k, export: format!("f{li}"), args });
                }
            }
        }
        // Call some again, to see the state earlier calls (and traps) left.
        if !out.is_empty() {
            for _ in 0..self.range(0, 4)? {
                let i = self.range(0, out.len() - 1)?;
                out.push(out[i].clone());
            }
        }
        Ok(Some(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::PreparedCase;

    #[test]
    fn generated_cases_are_valid_and_cover_every_boundary() {
        let mut counts = std::collections::HashMap::new();
        for seed in 0..200u64 {
            let g = generate_from_seed(seed);
            if let Err(e) = PreparedCase::new(&g.case) {
                let wats: Vec<String> =
                    g.case.modules.iter().map(|m| crate::prepare::to_wat(&m.wasm).into_owned()).collect();
                panic!("seed {seed}: {e}\n{}", wats.join("\n"));
            }
            for b in &g.boundaries {
                *counts.entry(*b).or_insert(0usize) += 1;
            }
        }
        let missing: Vec<&str> = Boundary::ALL.iter().filter(|b| !counts.contains_key(b)).map(|b| b.name()).collect();
        assert!(missing.is_empty(), "never generated: {missing:?} (counts {counts:?})");
    }

    #[test]
    fn generation_is_deterministic() {
        for seed in [1u64, 42, 1234] {
            assert_eq!(generate_from_seed(seed).case, generate_from_seed(seed).case);
        }
    }

    #[test]
    fn empty_input_still_generates() {
        let g = generate(&mut Unstructured::new(&[])).unwrap();
        PreparedCase::new(&g.case).unwrap();
    }

    #[test]
    fn without_tail_calls_no_module_has_one() {
        let opts = Options { tail_calls: false };
        let (mut with, mut without) = (0, 0);
        for seed in 0..100u64 {
            let bytes = crate::fuzz::seed_bytes(seed, 4096);
            let has = |g: &GeneratedCase| {
                g.case.modules.iter().any(|m| crate::prepare::to_wat(&m.wasm).contains("return_call"))
            };
            with += has(&generate(&mut Unstructured::new(&bytes)).unwrap()) as u32;
            let g = generate_with(&mut Unstructured::new(&bytes), opts).unwrap();
            without += has(&g) as u32;
            assert!(!g.boundaries.iter().any(|b| matches!(b, Boundary::TailCall | Boundary::TailCallIndirect)));
        }
        assert!(with > 20, "the default generator makes tail calls ({with} of 100)");
        assert_eq!(without, 0);
    }

    #[test]
    fn short_inputs_generate_valid_cases() {
        // Fuzzers hand in short buffers: generation runs out of bytes midway.
        for n in 0..300u64 {
            let len = (mix64(n) % 700) as usize;
            let bytes: Vec<u8> = (0..len as u64).map(|i| mix64(n ^ (i << 20)) as u8).collect();
            let g = generate(&mut Unstructured::new(&bytes)).unwrap();
            if let Err(e) = PreparedCase::new(&g.case) {
                panic!("input {n} ({len} bytes): {e}");
            }
        }
    }

    #[test]
    fn generated_cases_terminate_on_the_reference() {
        use crate::engine::EngineSpec;
        use std::sync::Arc;
        for seed in 0..200u64 {
            let g = generate_from_seed(seed);
            let prepared = Arc::new(PreparedCase::new(&g.case).unwrap());
            let trace = EngineSpec::reference().run(&prepared, vec![], None).unwrap();
            assert!(!trace.events.iter().any(|e| e.is_inconclusive()), "seed {seed}: inconclusive run");
            for e in &trace.events {
                if let crate::trace::Event::Instantiate { outcome, .. } = e {
                    assert!(matches!(outcome, crate::trace::Outcome::Returned(_)), "seed {seed}: {outcome:?}");
                }
            }
            assert!(trace.host_calls() < 20_000, "seed {seed}: {} host calls", trace.host_calls());
        }
    }
}
