//! wasm-smith for differential use: the fuzzer picks the wasm-smith
//! configuration too (swarm testing), then it is constrained to what both
//! engines support and the oracle can compare: no SIMD relaxations, no
//! memory64, threads, GC or exceptions; NaNs canonicalised; everything
//! exported; termination ensured by a fuel global (which may become global
//! #0 when the module has no other global — it is a mutable i32, like
//! `__stack_pointer`). Imports of any kind are served by the host; the host
//! plan is drawn from the module's imports and exports.

use crate::case::{Action, Case, CaseModule, Effect, GlobalValue, HostFnPlan, HostFnStyle, HostPlan};
use crate::prepare::{prepare_module, ExportKind, ImportKind, PreparedModule};
use crate::value::ValType;
use arbitrary::{Result, Unstructured};

/// Fuel for `ensure_termination`: bounds loops and recursion alike.
pub const FUEL: u32 = 200;

/// Applies the oracle's constraints to a fuzzer-chosen configuration.
pub fn constrain(c: &mut wasm_smith::Config) {
    c.canonicalize_nans = true;
    c.export_everything = true;
    c.simd_enabled = false;
    c.relaxed_simd_enabled = false;
    c.memory64_enabled = false;
    c.threads_enabled = false;
    c.shared_everything_threads_enabled = false;
    c.gc_enabled = false;
    c.exceptions_enabled = false;
    c.wide_arithmetic_enabled = false;
    c.custom_page_sizes_enabled = false;
    // Only where the system under test compiles them (not Wasmer 7.0.x).
    c.tail_call_enabled &= crate::engine::wasmer::TAIL_CALLS;
    c.allow_invalid_funcs = false;
    c.max_memories = c.max_memories.clamp(0, 2);
    c.max_tables = c.max_tables.clamp(0, 2);
    c.max_funcs = c.max_funcs.min(24);
    c.max_imports = c.max_imports.min(12);
    c.max_instructions = c.max_instructions.min(160);
    c.max_globals = c.max_globals.min(12);
    c.max_data_segments = c.max_data_segments.min(8);
    c.max_element_segments = c.max_element_segments.min(8);
    c.max_table_elements = c.max_table_elements.min(64);
    // Bounded memories: growth stays small and equal on every engine.
    c.memory_max_size_required = true;
    c.max_memory32_bytes = c.max_memory32_bytes.min(16 * 65536);
    c.max_type_size = c.max_type_size.min(100);
}

/// A host plan for a module: for some imported functions, side effects on
/// global #0, memory, re-entry into an export, or a trap.
pub fn arbitrary_plan(u: &mut Unstructured, m: &PreparedModule, instance: usize) -> Result<HostPlan> {
    let mut plan = HostPlan {
        style: if u.arbitrary()? { HostFnStyle::Typed } else { HostFnStyle::Dynamic },
        ..HostPlan::default()
    };
    let g0_writable = m.globals.first().is_some_and(|g| g.mutable && matches!(g.ty, ValType::I32 | ValType::I64));
    let exported_funcs: Vec<&str> =
        m.exports.iter().filter(|e| matches!(e.kind, ExportKind::Func(_))).map(|e| e.name.as_str()).collect();
    for imp in &m.imports {
        if !matches!(imp.kind, ImportKind::Func(_)) || !u.ratio(1, 2)? {
            continue;
        }
        let mut effects = Vec::new();
        for _ in 0..u.int_in_range(1..=2)? {
            let action = match u.int_in_range(0..=5)? {
                0 | 1 if g0_writable => Action::SetGlobal {
                    instance,
                    global: 0,
                    value: if u.arbitrary()? { GlobalValue::Sub(16) } else { GlobalValue::FromArgs },
                },
                2 if !m.memories.is_empty() => Action::WriteMemory {
                    instance,
                    memory: 0,
                    offset: u.int_in_range(0..=1024)?,
                    len: u.int_in_range(1..=16)?,
                },
                3 if !m.memories.is_empty() => Action::GrowMemory { instance, memory: 0, delta: 1 },
                4 if !exported_funcs.is_empty() => {
                    Action::CallExport { instance, export: u.choose(&exported_funcs)?.to_string() }
                }
                5 => Action::Trap,
                _ => continue,
            };
            let on_call = if matches!(action, Action::Trap) { Some(u.int_in_range(0..=3)?) } else { None };
            effects.push(Effect { on_call, action });
        }
        plan.functions.push(HostFnPlan { module: imp.module.clone(), name: imp.name.clone(), style: None, effects });
    }
    Ok(plan)
}

/// One wasm-smith module with its host plan.
pub fn generate(u: &mut Unstructured) -> Result<Case> {
    let mut config: wasm_smith::Config = u.arbitrary()?;
    constrain(&mut config);
    let mut module = wasm_smith::Module::new(config, u)?;
    module.ensure_termination(FUEL).map_err(|_| arbitrary::Error::IncorrectFormat)?;
    let wasm = module.to_bytes();
    // A module the oracle rejects (a type it cannot drive) is not a case.
    let prepared = prepare_module("m0", &wasm).map_err(|_| arbitrary::Error::IncorrectFormat)?;
    let plan = arbitrary_plan(u, &prepared, 0)?;
    Ok(Case { modules: vec![CaseModule { name: "m0".into(), wasm }], plan, ..Case::default() })
}
