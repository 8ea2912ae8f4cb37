//! The generator's model of the modules it is building: functions and
//! where they come from, memories, globals and tables and who owns them,
//! the dynamic cost of every function, and the state of the generator.

use super::{Boundary, Config};
use crate::case::HostPlan;
use crate::engine::wasmer::typed::SIGNATURES;
use crate::prepare::Sig;
use crate::value::{FuncId, ValType};
use arbitrary::{Result, Unstructured};
use std::collections::HashSet;

/// Upper bound of the dynamic work of one function (calls made, host calls
/// made, transitively, not counting host re-entry).
pub(super) const MAX_CALLS: u32 = 40;
pub(super) const MAX_HOST_CALLS: u32 = 6;
/// Size of every table; module `k` writes its elements at `SLOTS * k`.
pub(super) const TABLE_SIZE: usize = 32;
pub(super) const SLOTS: usize = 8;
/// Offsets the host writes at and the guest reads from.
pub(super) const HOST_OFFSETS: [u64; 3] = [0x40, 0x800, 0xffc0];
/// Table 0's dynamic region: slots no element segment fills, that only
/// run-time writes (guest or host) change. Slots from `TABLE_SIZE` on exist
/// once the table grows.
pub(super) const DYN_START: usize = 24;
/// Size of the second funcref table (all of it dynamic) and of the
/// externref table.
pub(super) const AUX_SIZE: usize = 8;
/// Upper bound of the cost of a function a dynamic slot may hold: a call
/// through a dynamic slot costs this much, whatever the slot holds then.
pub(super) const DYN_CAP: Cost = Cost { calls: 10, hosts: 2 };

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Cost {
    pub(super) calls: u32,
    pub(super) hosts: u32,
}

impl Cost {
    pub(super) fn add(self, o: Cost) -> Cost {
        Cost { calls: self.calls + o.calls + 1, hosts: self.hosts + o.hosts }
    }
    pub(super) fn fits(self) -> bool {
        self.calls <= MAX_CALLS && self.hosts <= MAX_HOST_CALLS
    }
    pub(super) fn max(self, o: Cost) -> Cost {
        Cost { calls: self.calls.max(o.calls), hosts: self.hosts.max(o.hosts) }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Origin {
    Local,
    Host { typed: bool },
    Instance,
}

/// A function of a module's index space.
#[derive(Clone, Debug)]
pub(super) struct Func {
    /// WAT identifier, with `$`.
    pub(super) id: String,
    pub(super) sig: Sig,
    pub(super) origin: Origin,
    /// Dynamic cost of calling it (host functions: the call itself).
    pub(super) cost: Cost,
    /// For imports: (module, field).
    pub(super) import: Option<(String, String)>,
    /// Called or placed in a table somewhere.
    pub(super) used: bool,
    /// Its identity on every engine (where it is defined, or for a host
    /// function the instance that imports it).
    pub(super) canon: FuncId,
    /// Neither it nor anything it calls makes a call through a dynamic
    /// slot: only such functions may be stored in dynamic slots, which is
    /// what keeps calls through them from recursing.
    pub(super) dyn_free: bool,
}

/// Where a memory, global or table comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Src {
    Defined,
    Host,
    Instance(usize),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Sp {
    pub(super) ty: ValType,
    pub(super) src: Src,
    pub(super) init: i64,
    /// Spell the initialiser as an extended constant expression.
    pub(super) extended: bool,
}

#[derive(Clone, Debug)]
pub(super) struct Mod {
    pub(super) sp: Option<Sp>,
    /// A defined `(mut i64)` global the functions write their state to.
    pub(super) acc: bool,
    pub(super) mem0: Option<Src>,
    pub(super) mem_max: Option<u32>,
    pub(super) mem1: bool,
    /// Source and root (shared identity) of table 0.
    pub(super) table: Option<(Src, usize)>,
    /// Source and root of the second funcref table (all slots dynamic).
    pub(super) tab1: Option<(Src, usize)>,
    /// An externref table (defined) and an externref global.
    pub(super) etab: bool,
    /// A defined funcref global `$fr` (exported as "fr"): holds null or a
    /// candidate of the dynamic slots.
    pub(super) fr: bool,
    /// Function indices of a passive element segment `$pe`: candidates.
    pub(super) pe: Vec<usize>,
    /// Memories filled with address-derived bytes by a start function.
    pub(super) fill: bool,
    /// Imports first, then local functions.
    pub(super) funcs: Vec<Func>,
    pub(super) n_imports: usize,
    pub(super) types: Vec<Sig>,
}

/// The tables a generated module may have, in its table index space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tab {
    /// `$tab`: static elements and a dynamic region.
    Main,
    /// `$tab1`: all dynamic.
    Aux,
    /// `$etab`: externref.
    Extern,
}

impl Mod {
    /// Index of a table in the module's table index space: imported tables
    /// first (`$tab`, `$tab1`), then defined ones (`$tab`, `$tab1`,
    /// `$etab`), as `emit` writes them.
    pub(super) fn table_index(&self, which: Tab) -> Option<u32> {
        let mut order = Vec::new();
        for imported in [true, false] {
            for (t, src) in [(Tab::Main, self.table.map(|t| t.0)), (Tab::Aux, self.tab1.map(|t| t.0))] {
                if let Some(src) = src {
                    if (src != Src::Defined) == imported {
                        order.push(t);
                    }
                }
            }
        }
        if self.etab {
            order.push(Tab::Extern);
        }
        order.iter().position(|t| *t == which).map(|i| i as u32)
    }
    /// The root of a funcref table.
    pub(super) fn root(&self, which: Tab) -> Option<usize> {
        match which {
            Tab::Main => self.table.map(|t| t.1),
            Tab::Aux => self.tab1.map(|t| t.1),
            Tab::Extern => None,
        }
    }
    /// Functions of the index space that are candidates of dynamic slots.
    pub(super) fn cand_funcs(&self, cands: &[FuncId]) -> Vec<usize> {
        (0..self.funcs.len()).filter(|&f| cands.contains(&self.funcs[f].canon)).collect()
    }
    pub(super) fn locals(&self) -> std::ops::Range<usize> {
        self.n_imports..self.funcs.len()
    }
    pub(super) fn has_globals(&self) -> bool {
        self.sp.is_some() || self.acc
    }
    pub(super) fn type_of(&mut self, sig: &Sig) -> usize {
        if let Some(i) = self.types.iter().position(|s| s == sig) {
            return i;
        }
        self.types.push(sig.clone());
        self.types.len() - 1
    }
}

/// A table's identity across the modules that share it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Root {
    /// A table 0 (static slots and a dynamic region) or a second table.
    pub(super) main: bool,
    /// Fixed size (minimum = maximum).
    pub(super) fixed: bool,
    /// The module that made it (defined it, or imported it from the host).
    pub(super) creator: usize,
}

impl Root {
    pub(super) fn size(&self) -> usize {
        if self.main {
            TABLE_SIZE
        } else {
            AUX_SIZE
        }
    }
    /// The dynamic slots, and two beyond the end (there once it grows).
    pub(super) fn dyn_slots(&self) -> std::ops::Range<usize> {
        let start = if self.main { DYN_START } else { 0 };
        start..self.size() + 2
    }
}

/// A filled table slot: function `func` of instance `owner`'s index space.
#[derive(Clone, Copy, Debug)]
pub(super) struct Slot {
    pub(super) owner: usize,
    pub(super) func: usize,
}

pub(super) struct Gen<'a, 'b> {
    pub(super) u: &'a mut Unstructured<'b>,
    pub(super) cfg: Config,
    pub(super) mods: Vec<Mod>,
    /// Static table contents by root, as they are after all
    /// instantiations (dynamic slots stay `None` here).
    pub(super) tables: Vec<Vec<Option<Slot>>>,
    pub(super) roots: Vec<Root>,
    /// The signature every dynamic slot's function has.
    pub(super) dynsig: Sig,
    /// The functions dynamic slots may hold: dyn-free, within
    /// [`DYN_CAP`], of signature `dynsig`.
    pub(super) cands: Vec<FuncId>,
    pub(super) seen: HashSet<Boundary>,
    pub(super) plan: HostPlan,
}

pub(super) fn wat_ty(t: ValType) -> &'static str {
    t.name()
}

pub(super) fn sig_text(sig: &Sig) -> String {
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

pub(super) fn typed_supported(sig: &Sig) -> bool {
    SIGNATURES.iter().any(|(p, r)| sig.params == *p && sig.results == *r)
}

/// Result lists functions choose from: few, so tail calls find matches.
pub(super) const RESULTS: &[&[ValType]] = &[
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
    pub(super) fn range(&mut self, lo: usize, hi: usize) -> Result<usize> {
        self.u.int_in_range(lo..=hi)
    }
    pub(super) fn pct(&mut self, p: u32) -> Result<bool> {
        Ok(self.u.int_in_range(1..=100u32)? > 100 - p.min(100))
    }
    pub(super) fn pick<T: Clone>(&mut self, v: &[T]) -> Result<T> {
        let i = self.range(0, v.len() - 1)?;
        Ok(v[i].clone())
    }
    /// A numeric value type.
    pub(super) fn numtype(&mut self) -> Result<ValType> {
        Ok(match self.range(0, 9)? {
            0..=3 => ValType::I32,
            4..=6 => ValType::I64,
            7 => ValType::F32,
            _ => ValType::F64,
        })
    }
    /// A value type: references as often as the configuration says.
    pub(super) fn valtype(&mut self) -> Result<ValType> {
        let (f, e) = (self.cfg.funcref_values as u32, self.cfg.externref_values as u32);
        if f > 0 && self.pct(f)? {
            return Ok(ValType::FuncRef);
        }
        if e > 0 && self.pct(e)? {
            return Ok(ValType::ExternRef);
        }
        self.numtype()
    }
    pub(super) fn params(&mut self) -> Result<Vec<ValType>> {
        let n = if self.pct(self.cfg.stack_args as u32)? {
            self.range(9, 20)?
        } else if self.pct(35)? {
            self.range(4, 8)?
        } else {
            self.range(0, 3)?
        };
        (0..n).map(|_| self.valtype()).collect()
    }
    pub(super) fn results(&mut self) -> Result<Vec<ValType>> {
        let choices: Vec<&[ValType]> =
            RESULTS.iter().copied().filter(|r| self.cfg.multi_value || r.len() < 2).collect();
        let mut r = self.pick(&choices)?.to_vec();
        // Now and then one result is a reference (two draws: results are
        // fewer than parameters, and a reference coming back through a call
        // is a boundary of its own).
        if let Some(last) = r.last_mut() {
            let mut t = self.valtype()?;
            if !t.is_ref() {
                t = self.valtype()?;
            }
            if t.is_ref() {
                *last = t;
            }
        }
        Ok(r)
    }
    pub(super) fn note(&mut self, b: Boundary) {
        self.seen.insert(b);
    }
    pub(super) fn note_sig(&mut self, sig: &Sig) {
        if sig.params.len() >= 8 {
            self.note(Boundary::StackArgs);
        }
        if sig.results.len() >= 2 {
            self.note(Boundary::MultiValue);
        }
    }
}
