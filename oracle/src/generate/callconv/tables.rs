//! Tables that change at run time, and reference values.
//!
//! Table 0 (`$tab`) keeps its static slots (each module's element segment)
//! and has a *dynamic region* (slots `DYN_START..TABLE_SIZE`, and two more
//! once the table grows); a second table (`$tab1`) is all dynamic. Function
//! bodies change dynamic slots (`table.set`, `fill`, `copy`, `init` from a
//! passive segment, `grow`, `elem.drop`) and call through them, most of the
//! time right after the change. A dynamic slot only ever holds null or a
//! *candidate* (see the generator's module documentation), and every
//! `funcref` value in a case is one of those too — `ref.func` of a
//! candidate, `ref.null`, `table.get` of a dynamic slot, the `$fr` global,
//! a parameter or a result — so whatever a run writes where, calls through
//! dynamic slots have the case's dynamic signature, a bounded cost and no
//! recursion. `externref` values are host handles (or null), kept in the
//! `$er` global and the `$etab` table.

use super::body::{Body, Target};
use super::model::*;
use super::Boundary;
use crate::value::ValType;
use arbitrary::Result;

/// The WAT name of a table.
pub(super) fn tab_name(t: Tab) -> &'static str {
    match t {
        Tab::Main => "$tab",
        Tab::Aux => "$tab1",
        Tab::Extern => "$etab",
    }
}

impl Gen<'_, '_> {
    /// The funcref tables of the body's module, with their roots.
    fn funcref_tables(&self, b: &Body) -> Vec<(Tab, usize)> {
        [(Tab::Main, b.table), (Tab::Aux, b.tab1)].into_iter().filter_map(|(t, r)| r.map(|r| (t, r))).collect()
    }

    /// A slot of a table's dynamic region (now and then one past the end
    /// of the table as it was made, there only once it grew).
    fn dyn_slot(&mut self, root: usize) -> Result<usize> {
        let r = self.roots[root];
        let slots = r.dyn_slots();
        if self.pct(85)? {
            self.range(slots.start, r.size() - 1)
        } else {
            self.range(slots.start, slots.end - 1)
        }
    }

    /// A call through a dynamic slot of one of the body's tables, if the
    /// results fit (`results`: a tail call's) and the cost budget allows.
    pub(super) fn dyn_target(&mut self, b: &Body, results: Option<&[ValType]>) -> Result<Option<Target>> {
        if results.is_some_and(|r| r != self.dynsig.results.as_slice()) || !b.cost.add(DYN_CAP).fits() {
            return Ok(None);
        }
        let tables = self.funcref_tables(b);
        if tables.is_empty() {
            return Ok(None);
        }
        let (tab, root) = self.pick(&tables)?;
        let slot = self.dyn_slot(root)?;
        Ok(Some(Target::Dynamic(tab, slot)))
    }

    /// Pushes a `funcref` that is null or a candidate.
    pub(super) fn funcref_value(&mut self, b: &mut Body) -> Result<()> {
        let m = &self.mods[b.k];
        let cands = m.cand_funcs(&self.cands);
        let params: Vec<usize> = (0..b.params.len()).filter(|&i| b.params[i] == ValType::FuncRef).collect();
        let tables = self.funcref_tables(b);
        let mut kinds = vec![0];
        if !cands.is_empty() {
            kinds.extend([1, 1, 1]);
        }
        if b.fr {
            kinds.push(2);
        }
        if !tables.is_empty() {
            kinds.push(3);
        }
        if !params.is_empty() {
            kinds.extend([4, 4]);
        }
        match self.pick(&kinds)? {
            1 => {
                let f = self.pick(&cands)?;
                self.mods[b.k].funcs[f].used = true;
                let id = self.mods[b.k].funcs[f].id.clone();
                b.e(format!("ref.func {id}"));
            }
            2 => {
                self.note(Boundary::FuncrefGlobal);
                b.e("global.get $fr");
            }
            3 => {
                let (tab, root) = self.pick(&tables)?;
                let slot = self.dyn_slot(root)?;
                b.e(format!("i32.const {slot}"));
                b.e(format!("table.get {}", tab_name(tab)));
            }
            4 => {
                let p = self.pick(&params)?;
                b.e(format!("local.get $p{p}"));
            }
            _ => b.e("ref.null func"),
        }
        Ok(())
    }

    /// Pushes an `externref`: a parameter, the `$er` global, a slot of
    /// `$etab`, or null.
    pub(super) fn externref_value(&mut self, b: &mut Body) -> Result<()> {
        let params: Vec<usize> = (0..b.params.len()).filter(|&i| b.params[i] == ValType::ExternRef).collect();
        let mut kinds = vec![0];
        if b.er {
            kinds.extend([1, 2]);
        }
        if !params.is_empty() {
            kinds.extend([3, 3, 3]);
        }
        match self.pick(&kinds)? {
            1 => b.e("global.get $er"),
            2 => {
                let s = self.range(0, AUX_SIZE - 1)?;
                b.e(format!("i32.const {s}"));
                b.e("table.get $etab");
            }
            3 => {
                let p = self.pick(&params)?;
                b.e(format!("local.get $p{p}"));
            }
            _ => b.e("ref.null extern"),
        }
        Ok(())
    }

    /// Stores an externref where snapshots see it: `$er` or a slot of
    /// `$etab`.
    pub(super) fn externref_step(&mut self, b: &mut Body) -> Result<()> {
        self.note(Boundary::ExternrefStore);
        if self.pct(50)? {
            self.externref_value(b)?;
            b.e("global.set $er");
        } else {
            let s = self.range(0, AUX_SIZE - 1)?;
            b.e(format!("i32.const {s}"));
            self.externref_value(b)?;
            b.e("table.set $etab");
        }
        Ok(())
    }

    /// One change of a dynamic region, usually followed by a call through
    /// the changed slot.
    pub(super) fn table_step(&mut self, b: &mut Body) -> Result<()> {
        let tables = self.funcref_tables(b);
        let (tab, root) = self.pick(&tables)?;
        let name = tab_name(tab);
        let r = self.roots[root];
        if self.roots_creator(root) != b.k {
            self.note(Boundary::TableChangedByOtherInstance);
        }
        let start = r.dyn_slots().start;
        let end = r.size();
        // A module made before it had candidates of the dynamic signature
        // (the first has only its host imports) gets its passive segment
        // here, from the candidates known now (functions before this one),
        // whenever passive segments are on at all.
        if self.mods[b.k].pe.is_empty() && self.cfg.passive_elems > 0 {
            let cands = self.mods[b.k].cand_funcs(&self.cands);
            if !cands.is_empty() {
                for _ in 0..self.range(1, 4)? {
                    let f = self.pick(&cands)?;
                    self.mods[b.k].funcs[f].used = true;
                    self.mods[b.k].pe.push(f);
                }
            }
        }
        let pe = !self.mods[b.k].pe.is_empty();
        let mut ops = vec![0, 0, 1, 2, 4, 4, 6];
        if pe {
            ops.extend([3, 3, 3, 3, 3, 5]);
        }
        let slot = self.dyn_slot(root)?;
        b.e(format!(";; change {name} at run time"));
        match self.pick(&ops)? {
            1 => {
                self.note(Boundary::TableFillGuest);
                let n = self.range(1, (end - slot.min(end - 1)).min(4))?;
                b.e(format!("i32.const {slot}"));
                self.funcref_value(b)?;
                b.e(format!("i32.const {n}"));
                b.e(format!("table.fill {name}"));
            }
            2 => {
                self.note(Boundary::TableCopyGuest);
                let src = self.range(start, end - 1)?;
                let n = self.range(1, (end - src.max(slot.min(end - 1))).min(3))?;
                b.e(format!("i32.const {slot}"));
                b.e(format!("i32.const {src}"));
                b.e(format!("i32.const {n}"));
                b.e(format!("table.copy {name} {name}"));
            }
            3 => {
                self.note(Boundary::TableInitGuest);
                let len = self.mods[b.k].pe.len();
                let n = self.range(1, len.min(end - slot.min(end - 1)))?;
                b.e(format!("i32.const {slot}"));
                b.e("i32.const 0");
                b.e(format!("i32.const {n}"));
                b.e(format!("table.init {name} $pe"));
            }
            4 => {
                self.note(Boundary::TableGrowGuest);
                self.funcref_value(b)?;
                b.e(format!("i32.const {}", self.range(1, 2)?));
                b.e(format!("table.grow {name}"));
                b.fold(ValType::I32);
            }
            5 => {
                self.note(Boundary::TableInitGuest);
                b.e("elem.drop $pe");
            }
            6 => {
                b.e(format!("table.size {name}"));
                b.fold(ValType::I32);
            }
            _ => {
                self.note(Boundary::TableSetGuest);
                b.e(format!("i32.const {slot}"));
                self.funcref_value(b)?;
                b.e(format!("table.set {name}"));
            }
        }
        // Through the changed slot, most of the time.
        if self.cfg.dynamic_calls > 0 && b.cost.add(DYN_CAP).fits() && self.pct(70)? {
            return self.call(b, Target::Dynamic(tab, slot));
        }
        Ok(())
    }

    /// The module that made a table root.
    pub(super) fn roots_creator(&self, root: usize) -> usize {
        self.roots[root].creator
    }
}
