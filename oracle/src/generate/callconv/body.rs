//! Function bodies: the prologue and epilogue around global #0 (the stack
//! pointer), calls of every kind with their arguments and results folded
//! into accumulators, memory steps, growth, traps after writes, tail calls.

use super::model::*;
use super::tables::tab_name;
use super::Boundary;
use crate::prepare::Sig;
use crate::value::ValType;
use arbitrary::Result;

/// The function being generated.
pub(super) struct Body {
    pub(super) k: usize,
    pub(super) fi: usize,
    pub(super) li: usize,
    pub(super) params: Vec<ValType>,
    pub(super) results: Vec<ValType>,
    pub(super) sp: Option<ValType>,
    pub(super) mem0: bool,
    pub(super) mem1: bool,
    pub(super) acc: bool,
    pub(super) table: Option<usize>,
    /// Root of the second funcref table.
    pub(super) tab1: Option<usize>,
    /// The module has `$fr` (funcref global), `$er` and `$etab` (externref).
    pub(super) fr: bool,
    pub(super) er: bool,
    /// No call through a dynamic slot here or in anything called (see
    /// [`Func::dyn_free`]).
    pub(super) dyn_free: bool,
    pub(super) lines: Vec<String>,
    pub(super) cost: Cost,
    /// Nesting of `if` blocks, for indentation.
    pub(super) depth: usize,
    pub(super) folds: usize,
}

impl Body {
    pub(super) fn e(&mut self, s: impl AsRef<str>) {
        self.lines.push(format!("{}{}", "  ".repeat(self.depth), s.as_ref()));
    }
    /// `i32.const`/`i64.const` of the stack pointer's type.
    pub(super) fn spc(&self, v: i64) -> String {
        format!("{}.const {v}", wat_ty(self.sp.unwrap()))
    }
    pub(super) fn sp_op(&self, op: &str) -> String {
        format!("{}.{op}", wat_ty(self.sp.unwrap()))
    }
    /// Pushes the address of this function's frame in memory 0.
    pub(super) fn frame(&mut self) {
        self.e("local.get $fp");
    }
    /// Pushes the address of the last 8 bytes of a memory.
    pub(super) fn top(&mut self, mem: &str) {
        self.e(format!("memory.size {mem}"));
        self.e("i32.const 16");
        self.e("i32.shl");
        self.e("i32.const 8");
        self.e("i32.sub");
    }
    /// Pushes global #0 (the stack pointer) as an i32.
    pub(super) fn sp_i32(&mut self) {
        self.e("global.get $sp");
        if self.sp == Some(ValType::I64) {
            self.e("i32.wrap_i64");
        }
    }
    /// acc = v - acc and acc = v ^ acc, alternately: cheap, and mixing the
    /// two makes the result depend on the order of the values, so values
    /// that arrive swapped show.
    pub(super) fn fold_op(&mut self) -> &'static str {
        self.folds += 1;
        if self.folds % 2 == 0 {
            "xor"
        } else {
            "sub"
        }
    }
    /// Folds the value on top of the stack into the accumulators; a
    /// reference goes into the module's global of its type (where
    /// snapshots see its identity), or its nullness into the accumulator.
    pub(super) fn fold(&mut self, t: ValType) {
        match t {
            ValType::FuncRef if self.fr => self.e("global.set $fr"),
            ValType::ExternRef if self.er => self.e("global.set $er"),
            ValType::FuncRef | ValType::ExternRef => {
                self.e("ref.is_null");
                self.fold(ValType::I32);
            }
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
    pub(super) fn prologue(&mut self) {
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
    pub(super) fn epilogue(&mut self, relative: bool) {
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
    pub(super) fn results(&mut self) {
        for (i, t) in self.results.clone().into_iter().enumerate() {
            let x = 0x0101_0101u64.wrapping_mul(i as u64);
            let param = self.params.iter().position(|p| *p == t);
            match t {
                ValType::FuncRef if self.fr => self.e("global.get $fr"),
                ValType::ExternRef | ValType::FuncRef if param.is_some() => {
                    self.e(format!("local.get $p{}", param.unwrap()))
                }
                ValType::ExternRef if self.er => self.e("global.get $er"),
                ValType::FuncRef => self.e("ref.null func"),
                ValType::ExternRef => self.e("ref.null extern"),
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
pub(super) enum Target {
    Direct(usize),
    /// Slot, optional alternative slot (chosen by a `select`), type used.
    Indirect(usize, Option<usize>, Sig),
    /// A dynamic slot of a table (the case's dynamic signature).
    Dynamic(Tab, usize),
}

impl Gen<'_, '_> {
    /// Generates a body: its lines, its cost and whether it is dyn-free.
    pub(super) fn body(&mut self, k: usize, fi: usize) -> Result<(Vec<String>, Cost, bool)> {
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
            tab1: m.tab1.map(|t| t.1),
            fr: m.fr,
            er: m.etab,
            dyn_free: true,
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
        if self.cfg.tail_calls && self.pct(35)? && self.tail_call(&mut b, relative)? {
            return Ok((b.lines, b.cost, b.dyn_free));
        }
        b.epilogue(relative);
        b.results();
        Ok((b.lines, b.cost, b.dyn_free))
    }

    pub(super) fn step(&mut self, b: &mut Body) -> Result<()> {
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
            kinds.extend(std::iter::repeat_n(2, (self.cfg.guest_memory_grow as usize).div_ceil(50)));
            kinds.push(3);
        }
        kinds.push(4);
        kinds.push(5);
        let funcref_table = b.table.is_some() || b.tab1.is_some();
        if funcref_table {
            // Twice as often in a table another instance made: its owner
            // sees the change (the rarer kind).
            let foreign = [b.table, b.tab1].into_iter().flatten().any(|r| self.roots_creator(r) != b.k);
            let steps = self.cfg.table_ops as usize / 15 * if foreign { 2 } else { 1 };
            kinds.extend(std::iter::repeat_n(6, steps));
            if b.cost.add(DYN_CAP).fits() {
                kinds.extend(std::iter::repeat_n(7, self.cfg.dynamic_calls as usize / 15));
            }
        }
        if b.er {
            kinds.push(8);
        }
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
            6 => self.table_step(b),
            7 => match self.dyn_target(b, None)? {
                Some(t) => self.call(b, t),
                None => self.sp_step(b),
            },
            8 => self.externref_step(b),
            4 if self.pct(self.cfg.traps_after_writes as u32)? => self.trap_after_write(b),
            _ => self.sp_step(b),
        }
    }

    /// Direct callees: lower index, cost within budget, matching results
    /// if `results` is given (tail calls).
    pub(super) fn direct_candidates(&self, b: &Body, results: Option<&[ValType]>) -> Vec<usize> {
        let m = &self.mods[b.k];
        (0..b.fi)
            .filter(|&j| b.cost.add(m.funcs[j].cost).fits())
            .filter(|&j| results.is_none_or(|r| m.funcs[j].sig.results == r))
            .collect()
    }

    pub(super) fn slot_func(&self, s: Slot) -> &Func {
        &self.mods[s.owner].funcs[s.func]
    }

    /// Table slots whose function may be called from here.
    pub(super) fn indirect_candidates(&self, b: &Body, results: Option<&[ValType]>) -> Vec<usize> {
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

    pub(super) fn indirect_target(&mut self, b: &Body, cands: &[usize]) -> Result<Target> {
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

    pub(super) fn note_target(&mut self, b: &Body, t: &Target, tail: bool) {
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
            Target::Dynamic(..) => {
                self.note(Boundary::CallIndirectDynamic);
                if tail {
                    self.note(Boundary::TailCallIndirect);
                }
                let ty = self.dynsig.clone();
                self.note_sig(&ty);
            }
        }
    }

    /// Notes the reference types a call passes and returns.
    pub(super) fn note_refs(&mut self, sig: &Sig) {
        if sig.params.contains(&ValType::FuncRef) {
            self.note(Boundary::FuncrefParam);
        }
        if sig.results.contains(&ValType::FuncRef) {
            self.note(Boundary::FuncrefResult);
        }
        if sig.params.contains(&ValType::ExternRef) {
            self.note(Boundary::ExternrefParam);
        }
        if sig.results.contains(&ValType::ExternRef) {
            self.note(Boundary::ExternrefResult);
        }
    }

    /// Marks the functions a call site reaches as used, records whether
    /// the body stays dyn-free, and returns the call's cost.
    pub(super) fn reach(&mut self, b: &mut Body, t: &Target) -> Cost {
        match t {
            Target::Direct(j) => {
                let f = &mut self.mods[b.k].funcs[*j];
                f.used = true;
                b.dyn_free &= f.dyn_free;
                f.cost
            }
            Target::Indirect(s, alt, _) => {
                let root = b.table.unwrap();
                let mut c = Cost::default();
                for slot in std::iter::once(*s).chain(*alt) {
                    let sl = self.tables[root][slot].unwrap();
                    self.mods[sl.owner].funcs[sl.func].used = true;
                    b.dyn_free &= self.slot_func(sl).dyn_free;
                    c = c.max(self.slot_func(sl).cost);
                }
                c
            }
            Target::Dynamic(..) => {
                b.dyn_free = false;
                DYN_CAP
            }
        }
    }

    /// The signature a call site calls with.
    pub(super) fn target_sig(&self, b: &Body, t: &Target) -> Sig {
        match t {
            Target::Direct(j) => self.mods[b.k].funcs[*j].sig.clone(),
            Target::Indirect(_, _, ty) => ty.clone(),
            Target::Dynamic(..) => self.dynsig.clone(),
        }
    }

    /// Pushes an argument of type `t` for parameter `slot`.
    pub(super) fn arg(&mut self, b: &mut Body, t: ValType, slot: usize) -> Result<()> {
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
            (ValType::FuncRef, _) => self.funcref_value(b)?,
            (ValType::ExternRef, _) => self.externref_value(b)?,
            (ValType::V128, _) => unreachable!("vectors are not generated"),
        }
        Ok(())
    }

    /// Pushes the table index for an indirect call.
    pub(super) fn index(&mut self, b: &mut Body, s: usize, alt: Option<usize>) {
        b.e(format!("i32.const {s}"));
        if let Some(a) = alt {
            b.e(format!("i32.const {a}"));
            b.e("local.get $ai");
            b.e("i32.const 1");
            b.e("i32.and");
            b.e("select");
        }
    }

    pub(super) fn call(&mut self, b: &mut Body, t: Target) -> Result<()> {
        self.note_target(b, &t, false);
        let cost = self.reach(b, &t);
        b.cost = b.cost.add(cost);
        let sig = self.target_sig(b, &t);
        self.note_refs(&sig);
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
            Target::Dynamic(tab, s) => {
                let ti = self.mods[b.k].type_of(&sig);
                b.e(format!("i32.const {s} ;; dynamic slot"));
                b.e(format!("call_indirect {} (type $t{ti})", tab_name(*tab)));
            }
        }
        for r in sig.results.iter().rev() {
            b.fold(*r);
        }
        self.observe(b)
    }

    /// After a call: read global #0 and the frame again, so a lost write or
    /// a stale memory base shows.
    pub(super) fn observe(&mut self, b: &mut Body) -> Result<()> {
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

    pub(super) fn guest_grow(&mut self, b: &mut Body) -> Result<()> {
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

    pub(super) fn mem_step(&mut self, b: &mut Body) -> Result<()> {
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

    pub(super) fn sp_step(&mut self, b: &mut Body) -> Result<()> {
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

    pub(super) fn trap_after_write(&mut self, b: &mut Body) -> Result<()> {
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
    pub(super) fn tail_call(&mut self, b: &mut Body, relative: bool) -> Result<bool> {
        let results = b.results.clone();
        let direct = self.direct_candidates(b, Some(&results));
        let indirect = self.indirect_candidates(b, Some(&results));
        let dynamic = if self.cfg.dynamic_calls > 0 && self.pct(self.cfg.dynamic_calls as u32)? {
            self.dyn_target(b, Some(&results))?
        } else {
            None
        };
        let t = match (dynamic, direct.is_empty(), indirect.is_empty()) {
            (Some(t), _, _) => t,
            (None, true, true) => return Ok(false),
            (None, false, true) => Target::Direct(self.pick(&direct)?),
            (None, true, false) => self.indirect_target(b, &indirect)?,
            (None, false, false) => {
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
        // Sometimes inside a block with code after it: dead by the spec (the
        // tail call returns from the function), so a backend that falls
        // through a tail call runs it and returns its results instead
        // (mechanism F of docs/campaigns/mechanisms-wasmer-7.5.md).
        let dead_after = self.pct(30)?;
        if dead_after {
            self.note(Boundary::TailCallDeadCode);
            b.e("block ;; the tail call, with dead code after it");
            b.depth += 1;
        }
        b.epilogue(relative);
        let sig = self.target_sig(b, &t);
        self.note_refs(&sig);
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
            Target::Dynamic(tab, s) => {
                let ti = self.mods[b.k].type_of(&sig);
                b.e(format!("i32.const {s} ;; dynamic slot"));
                b.e(format!("return_call_indirect {} (type $t{ti})", tab_name(*tab)));
            }
        }
        if dead_after {
            b.depth -= 1;
            b.e("end");
            b.e(";; dead: never runs");
            if b.mem0 {
                b.e("i32.const 0");
                b.e("i32.const 0x7ead7ead");
                b.e("i32.store");
            }
            b.results();
        }
        Ok(true)
    }
}
