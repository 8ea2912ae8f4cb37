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
//!
//! Tables change at run time too: table 0 has a *dynamic region* (slots no
//! element segment fills) and a second table is all dynamic; function
//! bodies and the host write them (`table.set/fill/copy/init/grow`,
//! `elem.drop`, host `SetTable`/`GrowTable`) and call through them. What a
//! dynamic slot may hold is a *candidate*: a function of the case's dynamic
//! signature that makes no call through a dynamic slot itself (nor does
//! anything it calls) and whose cost is bounded, so calls through dynamic
//! slots cannot recurse. Function references (and external references)
//! travel through parameters, results, globals and tables.
//!
//! The generator is split along its concepts: [`Config`] (what it builds and
//! how often), `model` (what is being built), `module` (one module and its
//! WAT), `body` (function bodies), `tables` (table operations and reference
//! values), `plan` (the host plan and the invocations).

mod body;
pub mod config;
mod model;
mod module;
mod plan;
mod tables;

pub use config::Config;
use model::*;

use crate::case::{Case, HostPlan};
use crate::value::{mix64, ValType};
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
    /// A tail call inside a block with code after it (dead by the spec).
    TailCallDeadCode,
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
    /// The host sets or grows a table during a host call.
    HostTableWrite,
    /// `table.set` by the guest.
    TableSetGuest,
    /// `table.fill` by the guest.
    TableFillGuest,
    /// `table.copy` by the guest.
    TableCopyGuest,
    /// `table.init` (and `elem.drop`) by the guest.
    TableInitGuest,
    /// `table.grow` by the guest.
    TableGrowGuest,
    /// A table changed by an instance other than the one that made it.
    TableChangedByOtherInstance,
    /// `call_indirect` (or `return_call_indirect`) through a slot that only
    /// run-time writes fill.
    CallIndirectDynamic,
    /// A second funcref table.
    SecondTable,
    /// A fixed-size table (minimum = maximum).
    FixedSizeTable,
    /// A `funcref` parameter of a call.
    FuncrefParam,
    /// A `funcref` result of a call.
    FuncrefResult,
    /// A `funcref` global written and read.
    FuncrefGlobal,
    /// An `externref` parameter of a call (host calls included).
    ExternrefParam,
    /// An `externref` result of a call.
    ExternrefResult,
    /// An `externref` global or table written and read.
    ExternrefStore,
    /// A memory filled with address-derived bytes at instantiation.
    MemoryPattern,
    /// A dynamically linked program (tool-conventions): main and side
    /// modules sharing one memory, table and imported `__stack_pointer`.
    Dylink,
    /// A side module calls main directly (a cycle the loader breaks with a
    /// stub that calls the function's table slot).
    DylinkSideCallsMain,
    /// A call through a function pointer taken from `GOT.func`.
    DylinkFunctionPointer,
    /// Another module's data reached through `GOT.mem`.
    DylinkGotData,
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
        Boundary::TailCallDeadCode,
        Boundary::MemoryGrowGuest,
        Boundary::MemoryGrowHost,
        Boundary::HostGlobalWrite,
        Boundary::HostMemoryWrite,
        Boundary::TrapAfterWrite,
        Boundary::StackArgs,
        Boundary::MultiValue,
        Boundary::HostTableWrite,
        Boundary::TableSetGuest,
        Boundary::TableFillGuest,
        Boundary::TableCopyGuest,
        Boundary::TableInitGuest,
        Boundary::TableGrowGuest,
        Boundary::TableChangedByOtherInstance,
        Boundary::CallIndirectDynamic,
        Boundary::SecondTable,
        Boundary::FixedSizeTable,
        Boundary::FuncrefParam,
        Boundary::FuncrefResult,
        Boundary::FuncrefGlobal,
        Boundary::ExternrefParam,
        Boundary::ExternrefResult,
        Boundary::ExternrefStore,
        Boundary::MemoryPattern,
        Boundary::Dylink,
        Boundary::DylinkSideCallsMain,
        Boundary::DylinkFunctionPointer,
        Boundary::DylinkGotData,
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
            Boundary::TailCallDeadCode => "tail_call_dead_code",
            Boundary::MemoryGrowGuest => "memory_grow_guest",
            Boundary::MemoryGrowHost => "memory_grow_host",
            Boundary::HostGlobalWrite => "host_global_write",
            Boundary::HostMemoryWrite => "host_memory_write",
            Boundary::TrapAfterWrite => "trap_after_write",
            Boundary::StackArgs => "stack_args",
            Boundary::MultiValue => "multi_value",
            Boundary::HostTableWrite => "host_table_write",
            Boundary::TableSetGuest => "table_set_guest",
            Boundary::TableFillGuest => "table_fill_guest",
            Boundary::TableCopyGuest => "table_copy_guest",
            Boundary::TableInitGuest => "table_init_guest",
            Boundary::TableGrowGuest => "table_grow_guest",
            Boundary::TableChangedByOtherInstance => "table_changed_by_other_instance",
            Boundary::CallIndirectDynamic => "call_indirect_dynamic",
            Boundary::SecondTable => "second_table",
            Boundary::FixedSizeTable => "fixed_size_table",
            Boundary::FuncrefParam => "funcref_param",
            Boundary::FuncrefResult => "funcref_result",
            Boundary::FuncrefGlobal => "funcref_global",
            Boundary::ExternrefParam => "externref_param",
            Boundary::ExternrefResult => "externref_result",
            Boundary::ExternrefStore => "externref_store",
            Boundary::MemoryPattern => "memory_pattern",
            Boundary::Dylink => "dylink",
            Boundary::DylinkSideCallsMain => "dylink_side_calls_main",
            Boundary::DylinkFunctionPointer => "dylink_function_pointer",
            Boundary::DylinkGotData => "dylink_got_data",
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

/// Generates a case from fuzzer bytes with [`Config::everything`]. Every
/// module is valid WAT for the oracle's feature set and every function
/// terminates.
pub fn generate(u: &mut Unstructured) -> Result<GeneratedCase> {
    generate_with(u, &Config::everything())
}

/// The signatures a case's dynamic slots may have: common ones, which host
/// functions (typed ones included) and local functions often have.
const DYN_SIGS: &[(&[ValType], &[ValType])] = &[
    (&[ValType::I32], &[ValType::I32]),
    (&[ValType::I32, ValType::I32], &[ValType::I32]),
    (&[], &[ValType::I32]),
    (&[ValType::I64], &[ValType::I64]),
    (&[ValType::I32, ValType::I32, ValType::I32], &[]),
];

/// Generates a case from fuzzer bytes, as `cfg` says.
pub fn generate_with(u: &mut Unstructured, cfg: &Config) -> Result<GeneratedCase> {
    Ok(generate_checks(u, cfg, &[])?.remove(0))
}

/// Generates a module set from `u` and one check of it per entry of
/// `more` besides the first: each check a whole case of the same modules
/// with its own host plan and invocations, drawn from those bytes (compile
/// once, check many: engines that cache compiled modules compile the set
/// once). A dynamically linked program has one check only.
pub fn generate_checks(u: &mut Unstructured, cfg: &Config, more: &[Vec<u8>]) -> Result<Vec<GeneratedCase>> {
    if cfg.dylink > 0 && u.int_in_range(0..=99u8)? < cfg.dylink {
        return Ok(vec![super::dylink::generate(u)?]);
    }
    let mut g = Gen {
        u,
        cfg: cfg.clone(),
        mods: Vec::new(),
        tables: Vec::new(),
        roots: Vec::new(),
        dynsig: crate::prepare::Sig { params: vec![], results: vec![] },
        cands: Vec::new(),
        seen: HashSet::new(),
        plan: HostPlan::default(),
    };
    let (p, r) = g.pick(DYN_SIGS)?;
    g.dynsig = crate::prepare::Sig { params: p.to_vec(), results: r.to_vec() };
    let n = g.range(1, cfg.max_modules.clamp(1, 3) as usize)?;
    let mut wats = Vec::new();
    for k in 0..n {
        let wat = g.module(k)?;
        wats.push((format!("m{k}"), wat));
    }
    let pairs: Vec<(&str, &str)> = wats.iter().map(|(n, w)| (n.as_str(), w.as_str())).collect();
    let modules = match Case::from_wats(&pairs) {
        Ok(c) => c,
        // A bug of the generator, not of the input.
        Err(e) => panic!(
            "callconv generator produced bad WAT: {e}\n{}",
            wats.iter().map(|w| w.1.as_str()).collect::<Vec<_>>().join("\n")
        ),
    };
    let module_seen = g.seen.clone();
    let mut out = vec![g.check(&modules)?];
    for bytes in more {
        let mut u2 = Unstructured::new(bytes);
        let mut g2 = Gen {
            u: &mut u2,
            cfg: cfg.clone(),
            mods: g.mods.clone(),
            tables: g.tables.clone(),
            roots: g.roots.clone(),
            dynsig: g.dynsig.clone(),
            cands: g.cands.clone(),
            seen: module_seen.clone(),
            plan: HostPlan::default(),
        };
        out.push(g2.check(&modules)?);
    }
    Ok(out)
}

impl Gen<'_, '_> {
    /// A host plan and invocations for the generated modules: one check.
    fn check(&mut self, modules: &Case) -> Result<GeneratedCase> {
        self.host_plan()?;
        let invocations = self.invocations()?;
        let case = Case { plan: std::mem::take(&mut self.plan), invocations, ..modules.clone() };
        let boundaries = Boundary::ALL.iter().copied().filter(|b| self.seen.contains(b)).collect();
        Ok(GeneratedCase { case, boundaries })
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
        let opts = Config { tail_calls: false, ..Config::default() };
        let (mut with, mut without) = (0, 0);
        for seed in 0..100u64 {
            let bytes = crate::fuzz::seed_bytes(seed, 4096);
            let has = |g: &GeneratedCase| {
                g.case.modules.iter().any(|m| crate::prepare::to_wat(&m.wasm).contains("return_call"))
            };
            with += has(&generate(&mut Unstructured::new(&bytes)).unwrap()) as u32;
            let g = generate_with(&mut Unstructured::new(&bytes), &opts).unwrap();
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
