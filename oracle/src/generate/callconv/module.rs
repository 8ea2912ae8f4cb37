//! One module: its global #0, memories, imports (from the host and from
//! earlier instances), local functions, table and elements, and its WAT.

use super::model::*;
use super::Boundary;
use crate::engine::wasmer::typed::SIGNATURES;
use crate::prepare::Sig;
use crate::value::{FuncId, ValType};
use arbitrary::Result;

impl Gen<'_, '_> {
    pub(super) fn module(&mut self, k: usize) -> Result<String> {
        // Global #0.
        let earlier_sp: Vec<usize> = (0..k).filter(|&j| self.mods[j].sp.is_some()).collect();
        let sp_ty = if self.pct(20)? { ValType::I64 } else { ValType::I32 };
        let has_sp = self.pct(self.cfg.stack_pointer as u32)?;
        let sp = match if has_sp { self.range(0, 16)? } else { 19 } {
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
        let has_mem = self.pct(self.cfg.memories as u32)?;
        let mem0 = match if has_mem { self.range(0, 14)? } else { 19 } {
            0..=9 => Some(Src::Defined),
            10..=12 if !earlier_mem.is_empty() => Some(Src::Instance(self.pick(&earlier_mem)?)),
            10..=12 => Some(Src::Defined),
            13..=14 => Some(Src::Host),
            _ => None,
        };
        let mem_max = if self.pct(85)? { Some(self.range(1, 4)? as u32) } else { None };
        let mem1 = mem0.is_some() && self.pct(20)?;

        let mut m = Mod {
            sp,
            acc,
            mem0,
            mem_max,
            mem1,
            table: None,
            tab1: None,
            etab: false,
            fr: false,
            pe: Vec::new(),
            fill: false,
            funcs: Vec::new(),
            n_imports: 0,
            types: Vec::new(),
        };
        let tables_on = self.cfg.table_ops > 0 || self.cfg.dynamic_calls > 0;

        // Function imports: host, then other instances.
        let n_host = self.range(0, self.cfg.max_host_imports.min(4) as usize)?;
        for i in 0..n_host {
            let (sig, typed) = if tables_on && self.pct(25)? {
                // The dynamic signature: a candidate for dynamic slots.
                let sig = self.dynsig.clone();
                let typed = typed_supported(&sig) && self.pct(self.cfg.typed_host as u32)?;
                (sig, typed)
            } else if self.pct(40)? {
                let (p, r) = self.pick(SIGNATURES)?;
                (Sig { params: p.to_vec(), results: r.to_vec() }, self.pct(self.cfg.typed_host as u32)?)
            } else {
                let params = self.params()?;
                let results = if self.cfg.multi_value && self.pct(15)? {
                    (0..self.range(2, 3)?).map(|_| self.valtype()).collect::<Result<_>>()?
                } else {
                    self.results()?
                };
                let sig = Sig { params, results };
                let typed = typed_supported(&sig) && self.pct(self.cfg.typed_host as u32)?;
                (sig, typed)
            };
            let canon = FuncId::new(k, m.funcs.len() as u32);
            if sig == self.dynsig {
                self.cands.push(canon);
            }
            m.funcs.push(Func {
                id: format!("$h{i}"),
                sig,
                origin: Origin::Host { typed },
                cost: Cost { calls: 0, hosts: 1 },
                import: Some(("env".into(), format!("h{k}_{i}"))),
                used: false,
                canon,
                dyn_free: true,
            });
        }
        if k > 0 && self.pct(self.cfg.instance_imports as u32)? {
            let n_inst = self.range(1, 3)?;
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
                    canon: target.canon,
                    dyn_free: target.dyn_free,
                });
            }
        }
        m.n_imports = m.funcs.len();

        // Local functions (bodies later).
        let n_local = self.range(1, 4)?;
        for i in 0..n_local {
            let sig = if tables_on && self.pct(25)? {
                self.dynsig.clone()
            } else {
                Sig { params: self.params()?, results: self.results()? }
            };
            let canon = FuncId::new(k, m.funcs.len() as u32);
            m.funcs.push(Func {
                id: format!("$f{i}"),
                sig,
                origin: Origin::Local,
                cost: Cost::default(),
                import: None,
                used: false,
                canon,
                dyn_free: true,
            });
        }

        // Table 0 and its elements.
        if self.pct(self.cfg.tables as u32)? {
            let earlier_tab: Vec<usize> = (0..k).filter(|&j| self.mods[j].table.is_some()).collect();
            let src = match self.range(0, 9)? {
                0..=3 => Src::Defined,
                4..=8 if !earlier_tab.is_empty() => Src::Instance(self.pick(&earlier_tab)?),
                4..=5 => Src::Defined,
                _ => Src::Host,
            };
            let root = match src {
                Src::Instance(j) => self.mods[j].table.unwrap().1,
                _ => {
                    let fixed = self.pct(self.cfg.fixed_tables as u32)?;
                    self.tables.push(vec![None; TABLE_SIZE]);
                    self.roots.push(Root { main: true, fixed, creator: k });
                    self.tables.len() - 1
                }
            };
            if self.roots[root].fixed {
                self.note(Boundary::FixedSizeTable);
            }
            m.table = Some((src, root));
            let n = self.range(1, SLOTS)?;
            for s in 0..n {
                let f = self.range(0, m.funcs.len() - 1)?;
                m.funcs[f].used = true;
                self.tables[root][SLOTS * k + s] = Some(Slot { owner: k, func: f });
            }
        }
        // A second funcref table, all dynamic.
        if tables_on && self.pct(self.cfg.second_table as u32)? {
            let earlier: Vec<usize> = (0..k).filter(|&j| self.mods[j].tab1.is_some()).collect();
            let src = match self.range(0, 9)? {
                0..=3 => Src::Defined,
                4..=8 if !earlier.is_empty() => Src::Instance(self.pick(&earlier)?),
                4..=5 => Src::Defined,
                _ => Src::Host,
            };
            let root = match src {
                Src::Instance(j) => self.mods[j].tab1.unwrap().1,
                _ => {
                    let fixed = self.pct(self.cfg.fixed_tables as u32)?;
                    self.tables.push(vec![None; AUX_SIZE]);
                    self.roots.push(Root { main: false, fixed, creator: k });
                    self.tables.len() - 1
                }
            };
            self.note(Boundary::SecondTable);
            if self.roots[root].fixed {
                self.note(Boundary::FixedSizeTable);
            }
            m.tab1 = Some((src, root));
        }
        let has_tables = m.table.is_some() || m.tab1.is_some();
        m.fr = has_tables || m.funcs.iter().any(|f| f.sig.params.contains(&ValType::FuncRef));
        m.fr &= self.cfg.funcref_values > 0 || tables_on;
        m.etab = self.pct(self.cfg.externref_tables as u32)?;
        let cands = m.cand_funcs(&self.cands);
        if has_tables && !cands.is_empty() && self.pct(self.cfg.passive_elems as u32)? {
            for _ in 0..self.range(1, 4)? {
                let f = self.pick(&cands)?;
                m.funcs[f].used = true;
                m.pe.push(f);
            }
        }
        m.fill = (m.mem0 == Some(Src::Defined) || m.mem1) && self.pct(self.cfg.memory_pattern as u32)?;
        if m.fill {
            self.note(Boundary::MemoryPattern);
        }
        if tables_on {
            let dynsig = self.dynsig.clone();
            m.type_of(&dynsig);
        }
        for f in 0..m.funcs.len() {
            let sig = m.funcs[f].sig.clone();
            m.type_of(&sig);
        }
        self.mods.push(m);

        // Bodies, in order: each may call only what comes before it.
        let mut bodies = Vec::new();
        for fi in self.mods[k].locals() {
            let (lines, cost, dyn_free) = self.body(k, fi)?;
            let f = &mut self.mods[k].funcs[fi];
            f.cost = cost;
            f.dyn_free = dyn_free;
            // A candidate from now on, if it qualifies.
            if f.sig == self.dynsig && dyn_free && cost.calls <= DYN_CAP.calls && cost.hosts <= DYN_CAP.hosts {
                self.cands.push(f.canon);
            }
            bodies.push(lines);
        }
        Ok(self.emit(k, &bodies))
    }

    pub(super) fn emit(&self, k: usize, bodies: &[Vec<String>]) -> String {
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
        let limits = |root: usize| {
            let r = self.roots[root];
            if r.fixed {
                format!("{} {}", r.size(), r.size())
            } else {
                r.size().to_string()
            }
        };
        match m.table {
            Some((Src::Host, r)) => line(format!("  (import \"env\" \"table\" (table $tab {} funcref))", limits(r))),
            Some((Src::Instance(j), r)) => {
                line(format!("  (import \"m{j}\" \"tab\" (table $tab {} funcref))", limits(r)))
            }
            _ => {}
        }
        match m.tab1 {
            Some((Src::Host, r)) => line(format!("  (import \"env\" \"table1\" (table $tab1 {} funcref))", limits(r))),
            Some((Src::Instance(j), r)) => {
                line(format!("  (import \"m{j}\" \"tab1\" (table $tab1 {} funcref))", limits(r)))
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
        if let Some((Src::Defined, r)) = m.table {
            line(format!("  (table $tab {} funcref)", limits(r)));
        }
        if let Some((Src::Defined, r)) = m.tab1 {
            line(format!("  (table $tab1 {} funcref)", limits(r)));
        }
        if m.etab {
            line(format!("  (table $etab {AUX_SIZE} externref)"));
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
        if m.fr {
            line("  (global $fr (mut funcref) (ref.null func))".into());
        }
        if m.etab {
            line("  (global $er (mut externref) (ref.null extern))".into());
        }
        if m.mem0.is_some() {
            line("  (export \"mem\" (memory $mem0))".into());
        }
        if m.sp.is_some() {
            line("  (export \"sp\" (global $sp))".into());
        }
        if m.tab1.is_some() {
            line("  (export \"tab1\" (table $tab1))".into());
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
        let cands = m.cand_funcs(&self.cands);
        if !cands.is_empty() {
            let ids: Vec<&str> = cands.iter().map(|&f| m.funcs[f].id.as_str()).collect();
            line(format!("  (elem declare func {})", ids.join(" ")));
        }
        if !m.pe.is_empty() {
            let ids: Vec<&str> = m.pe.iter().map(|&f| m.funcs[f].id.as_str()).collect();
            line(format!("  (elem $pe func {})", ids.join(" ")));
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
        if m.fill {
            // Address-derived bytes in the first page of each defined memory,
            // different per instance and memory: a load through a wrong base
            // reads a wrong value, not an innocent zero.
            line("  (func $__fill (local $a i32)".into());
            let mems: &[(&str, bool)] = &[("$mem0", m.mem0 == Some(Src::Defined)), ("$mem1", m.mem1)];
            for (mi, (mem, on)) in mems.iter().enumerate() {
                if !on {
                    continue;
                }
                let seed = 0x5a5a_0000u32 | (k as u32) << 8 | mi as u32;
                line("    i32.const 0".into());
                line("    local.set $a".into());
                line("    loop $l".into());
                line("      local.get $a".into());
                line("      local.get $a".into());
                line("      i32.const 0x9e3779b1".into());
                line("      i32.mul".into());
                line(format!("      i32.const {seed:#x}"));
                line("      i32.xor".into());
                line(format!("      i32.store {mem}"));
                line("      local.get $a".into());
                line("      i32.const 4".into());
                line("      i32.add".into());
                line("      local.tee $a".into());
                line("      i32.const 0x10000".into());
                line("      i32.lt_u".into());
                line("      br_if $l".into());
                line("    end".into());
            }
            line("  )".into());
            line("  (start $__fill)".into());
        }
        line(")".into());
        w
    }
}
