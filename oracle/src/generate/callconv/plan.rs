//! The host plan (side effects of host imports) and the invocations of a
//! generated case.

use super::model::*;
use super::Boundary;
use crate::case::{Action, Effect, GlobalValue, HostFnPlan, HostFnStyle, Invocation};
use crate::value::{canary, edge, Val, ValType};
use arbitrary::Result;

impl Gen<'_, '_> {
    pub(super) fn host_plan(&mut self) -> Result<()> {
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
                if self.pct(self.cfg.host_effects as u32)? {
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
                            Action::SetTable { .. } | Action::GrowTable { .. } => Boundary::HostTableWrite,
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

    pub(super) fn on_call(&mut self) -> Result<Option<u32>> {
        Ok(if self.pct(50)? { Some(self.range(0, 2)? as u32) } else { None })
    }

    /// One side effect of a host import of instance `k`, on `k` or an
    /// earlier instance.
    pub(super) fn effect(&mut self, k: usize, max_depth: u32) -> Result<Option<Effect>> {
        let pick_instance = |g: &mut Self, ok: &dyn Fn(&Mod) -> bool| -> Result<Option<usize>> {
            if ok(&g.mods[k]) && g.pct(70)? {
                return Ok(Some(k));
            }
            let c: Vec<usize> = (0..=k).filter(|&j| ok(&g.mods[j])).collect();
            Ok(if c.is_empty() { None } else { Some(g.pick(&c)?) })
        };
        let host_tables = self.cfg.host_table_effects as u32;
        if host_tables > 0 && self.pct(host_tables)? {
            return self.table_effect(k);
        }
        let c = &self.cfg;
        let weights = [c.host_global_writes, c.host_memory_writes, c.host_memory_grows, c.host_reentry, c.host_traps];
        let total: u32 = weights.iter().map(|w| *w as u32).sum();
        if total == 0 {
            return Ok(None);
        }
        let mut pick = self.u.int_in_range(0..=total - 1)?;
        let mut which = 0;
        while pick >= weights[which] as u32 {
            pick -= weights[which] as u32;
            which += 1;
        }
        let action = match [0, 3, 5, 7, 9][which] {
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

    /// The host sets a dynamic slot of a funcref table of instance `k` or an
    /// earlier one to a candidate (or null), or grows the table.
    fn table_effect(&mut self, k: usize) -> Result<Option<Effect>> {
        let mut tables = Vec::new();
        for j in 0..=k {
            for t in [Tab::Main, Tab::Aux] {
                if let (Some(index), Some(root)) = (self.mods[j].table_index(t), self.mods[j].root(t)) {
                    tables.push((j, index, root));
                }
            }
        }
        if tables.is_empty() {
            return Ok(None);
        }
        let (instance, table, root) = self.pick(&tables)?;
        let value = if !self.cands.is_empty() && self.pct(85)? {
            Val::FuncRef(Some(self.pick(&self.cands.clone())?))
        } else {
            Val::FuncRef(None)
        };
        let action = if self.pct(20)? {
            Action::GrowTable { instance, table, delta: self.range(1, 2)? as u64, value }
        } else {
            let r = self.roots[root];
            let slots = r.dyn_slots();
            let slot = self.range(slots.start, r.size() - 1)? as u64;
            Action::SetTable { instance, table, slot, value }
        };
        Ok(Some(Effect { on_call: self.on_call()?, action }))
    }

    /// An argument of a reference type for an invocation: a candidate or
    /// null, a host handle or null.
    fn ref_arg(&mut self, t: ValType) -> Result<Val> {
        Ok(match t {
            ValType::FuncRef if !self.cands.is_empty() && self.pct(70)? => {
                Val::FuncRef(Some(self.pick(&self.cands.clone())?))
            }
            ValType::ExternRef if self.pct(80)? => Val::ExternRef(Some(self.range(1, 50)? as u32)),
            t => Val::zero(t),
        })
    }

    /// `None` (every export, canary and edge arguments) or an explicit list
    /// that still calls every export.
    pub(super) fn invocations(&mut self) -> Result<Option<Vec<Invocation>>> {
        // Explicit invocations pass candidates and host handles to
        // reference parameters; the default ones only nulls and canaries.
        let refs = self.mods.iter().any(|m| m.locals().any(|f| m.funcs[f].sig.params.iter().any(|t| t.is_ref())));
        if !self.pct(if refs { 75 } else { 25 })? {
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
                        if t.is_ref() {
                            args.push(self.ref_arg(*t)?);
                            continue;
                        }
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
