//! A dynamic-linking shape: a main module and one or two side modules as
//! Clang's `-fPIC` output looks (tool-conventions, DynamicLinking.md), built
//! from fuzzer bytes, loaded by [`crate::dylink::build`]. Campaigns reach
//! dynamic linking without a C compiler.
//!
//! Every module imports `env.memory`, `env.__indirect_function_table`, the
//! mutable `env.__stack_pointer` (its global #0), `env.__memory_base` and
//! `env.__table_base`, carries a `dylink.0` section, places some of its
//! functions in its element segment at `__table_base` and its data at
//! `__memory_base`. Its functions keep a frame on the shared stack, call
//! functions of other modules directly (`env.<name>`, in both directions
//! between main and the side modules), through function pointers
//! (`GOT.func.<name>` and `call_indirect`), call the host, and read and write
//! their own data and other modules' data (`GOT.mem.<name>`). Functions are
//! numbered across all modules and a function only calls lower-numbered
//! ones, so nothing recurses, while the modules' imports still form cycles.

use super::callconv::{Boundary, GeneratedCase};
use crate::case::CaseModule;
use arbitrary::{Result, Unstructured};
use std::fmt::Write;

/// A function of the program: its module, its number in the global order,
/// and how many parameters it takes (all i32, one i32 result).
#[derive(Clone, Debug)]
struct F {
    module: usize,
    name: String,
    params: usize,
    order: usize,
    in_table: bool,
}

fn module_name(m: usize, mods: usize) -> String {
    if m + 1 == mods {
        "main".into()
    } else {
        format!("side{m}")
    }
}

fn sig(params: usize) -> String {
    let mut s = String::new();
    if params > 0 {
        s.push_str(" (param");
        for _ in 0..params {
            s.push_str(" i32");
        }
        s.push(')');
    }
    s.push_str(" (result i32)");
    s
}

/// Generates a dynamically linked program and loads it, with the boundary
/// kinds it contains.
pub fn generate(u: &mut Unstructured) -> Result<GeneratedCase> {
    let mods = u.int_in_range(2..=3usize)?;
    let mut funcs: Vec<F> = Vec::new();
    for m in 0..mods {
        for i in 0..u.int_in_range(2..=4usize)? {
            funcs.push(F {
                module: m,
                name: format!("{}_f{i}", module_name(m, mods)),
                params: u.int_in_range(0..=2)?,
                order: 0,
                in_table: u.ratio(1, 2)?,
            });
        }
    }
    // A global order across modules, so that calls go both ways between
    // modules without recursion.
    let mut order: Vec<usize> = (0..funcs.len()).collect();
    for i in (1..order.len()).rev() {
        let j = u.int_in_range(0..=i)?;
        order.swap(i, j);
    }
    for (pos, &f) in order.iter().enumerate() {
        funcs[f].order = pos;
    }
    let data_len: Vec<u32> = (0..mods).map(|_| u.int_in_range(2..=8u32).map(|w| w * 8)).collect::<Result<_>>()?;
    let mut seen: Vec<Boundary> = vec![Boundary::Dylink, Boundary::GuestCall];
    let mut wats = Vec::new();
    for m in 0..mods {
        let name = module_name(m, mods);
        let mine: Vec<usize> = (0..funcs.len()).filter(|&f| funcs[f].module == m).collect();
        let table: Vec<usize> = mine.iter().copied().filter(|&f| funcs[f].in_table).collect();
        // Bodies first: they decide the imports.
        let mut env_imports: Vec<usize> = Vec::new();
        let mut got_func: Vec<usize> = Vec::new();
        let mut got_mem: Vec<usize> = Vec::new();
        let mut bodies = Vec::new();
        for &f in &mine {
            let lower: Vec<usize> = (0..funcs.len()).filter(|&g| funcs[g].order < funcs[f].order).collect();
            let mut b = String::new();
            let p = funcs[f].params;
            let _ = writeln!(b, "    ;; a frame on the shared stack");
            let _ = writeln!(b, "    (global.set $sp (local.tee $fp (i32.sub (global.get $sp) (i32.const 16))))");
            let _ =
                writeln!(b, "    (local.set $acc (i32.const {:#x}))", 0x5eed_0000u32 | (funcs[f].order as u32) << 4);
            for i in 0..p {
                let _ = writeln!(b, "    (local.set $acc (i32.xor (local.get $acc) (local.get {i})))");
            }
            let _ = writeln!(b, "    (i32.store (local.get $fp) (local.get $acc))");
            for _ in 0..u.int_in_range(1..=3usize)? {
                match u.int_in_range(0..=5u8)? {
                    0 | 1 if !lower.is_empty() => {
                        let g = lower[u.choose_index(lower.len())?];
                        let args =
                            (0..funcs[g].params)
                                .map(|i| {
                                    if i == 0 {
                                        "(local.get $fp)".to_string()
                                    } else {
                                        format!("(i32.const {})", 7 + i)
                                    }
                                })
                                .collect::<Vec<_>>()
                                .join(" ");
                        if funcs[g].module != m {
                            if !env_imports.contains(&g) {
                                env_imports.push(g);
                            }
                            if funcs[g].module + 1 == mods {
                                seen.push(Boundary::DylinkSideCallsMain);
                            }
                            seen.push(Boundary::CrossInstanceCall);
                        }
                        let _ = writeln!(
                            b,
                            "    (local.set $acc (i32.sub (call ${} {args}) (local.get $acc)))",
                            funcs[g].name
                        );
                    }
                    2 if !lower.is_empty() => {
                        // Through a function pointer: the GOT gives the slot.
                        let g = lower[u.choose_index(lower.len())?];
                        if !got_func.contains(&g) {
                            got_func.push(g);
                        }
                        seen.push(Boundary::DylinkFunctionPointer);
                        let args = (0..funcs[g].params)
                            .map(|i| format!("(i32.const {})", 3 + i))
                            .collect::<Vec<_>>()
                            .join(" ");
                        let _ = writeln!(
                            b,
                            "    (local.set $acc (i32.xor (call_indirect{} {args} (global.get $got_f_{})) (local.get $acc)))",
                            sig(funcs[g].params),
                            funcs[g].name
                        );
                    }
                    3 => {
                        seen.push(Boundary::HostCall);
                        let _ = writeln!(b, "    (call $host_log (local.get $acc) (global.get $sp))");
                    }
                    4 => {
                        // Another module's data, through the GOT.
                        let o = u.int_in_range(0..=mods - 1)?;
                        if o != m {
                            if !got_mem.contains(&o) {
                                got_mem.push(o);
                            }
                            seen.push(Boundary::DylinkGotData);
                            let _ = writeln!(
                                b,
                                "    (i32.store offset=4 (global.get $got_d_{}) (local.get $acc))",
                                module_name(o, mods)
                            );
                            let _ = writeln!(
                                b,
                                "    (local.set $acc (i32.add (local.get $acc) (i32.load (global.get $got_d_{}))))",
                                module_name(o, mods)
                            );
                        }
                    }
                    _ => {
                        // Its own data, at __memory_base.
                        let off = u.int_in_range(0..=data_len[m] / 4 - 1)? * 4;
                        let _ = writeln!(
                            b,
                            "    (local.set $acc (i32.xor (local.get $acc) (i32.load offset={off} (global.get $mb))))"
                        );
                        let _ = writeln!(b, "    (i32.store offset={off} (global.get $mb) (local.get $acc))");
                    }
                }
            }
            let _ = writeln!(b, "    (local.set $acc (i32.add (local.get $acc) (i32.load (local.get $fp))))");
            let _ = writeln!(b, "    (global.set $sp (i32.add (local.get $fp) (i32.const 16)))");
            let _ = writeln!(b, "    (local.get $acc)");
            bodies.push(b);
        }
        // The module.
        let mut w = String::new();
        let mem_info = dylink_mem_info(data_len[m], 3, table.len() as u32, 0);
        let _ = writeln!(w, "(module ;; {name}, dynamic-linking module");
        let _ = writeln!(w, "  (@custom \"dylink.0\" (before first) \"{mem_info}\")");
        let _ = writeln!(w, "  (import \"env\" \"memory\" (memory 1))");
        let _ = writeln!(w, "  (import \"env\" \"__indirect_function_table\" (table {} funcref))", table.len());
        let _ = writeln!(w, "  (import \"env\" \"__stack_pointer\" (global $sp (mut i32)))");
        let _ = writeln!(w, "  (import \"env\" \"__memory_base\" (global $mb i32))");
        let _ = writeln!(w, "  (import \"env\" \"__table_base\" (global $tb i32))");
        let _ = writeln!(w, "  (import \"env\" \"host_log\" (func $host_log (param i32 i32)))");
        for &g in &env_imports {
            let _ = writeln!(w, "  (import \"env\" \"{0}\" (func ${0}{1}))", funcs[g].name, sig(funcs[g].params));
        }
        for &g in &got_func {
            let _ = writeln!(w, "  (import \"GOT.func\" \"{0}\" (global $got_f_{0} (mut i32)))", funcs[g].name);
        }
        for &o in &got_mem {
            let _ =
                writeln!(w, "  (import \"GOT.mem\" \"{0}_data\" (global $got_d_{0} (mut i32)))", module_name(o, mods));
        }
        let _ = writeln!(w, "  (global (export \"{name}_data\") i32 (i32.const 0))");
        let bytes: String =
            (0..data_len[m]).map(|i| format!("\\{:02x}", (i as u8).wrapping_mul(37) ^ (m as u8 * 91))).collect();
        let _ = writeln!(w, "  (data (global.get $mb) \"{bytes}\")");
        if !table.is_empty() {
            let ids: Vec<String> = table.iter().map(|&f| format!("${}", funcs[f].name)).collect();
            let _ = writeln!(w, "  (elem (global.get $tb) func {})", ids.join(" "));
        }
        for (i, &f) in mine.iter().enumerate() {
            let _ = writeln!(
                w,
                "  (func ${0} (export \"{0}\"){1} (local $fp i32) (local $acc i32)",
                funcs[f].name,
                sig(funcs[f].params)
            );
            w.push_str(&bodies[i]);
            w.push_str("  )\n");
        }
        w.push_str(")\n");
        wats.push((name, w));
    }
    // Main's entry points: one per function, called without arguments.
    let main = mods - 1;
    let mut entry_imports = String::new();
    let mut entries = String::new();
    for (i, f) in funcs.iter().enumerate() {
        let args = (0..f.params).map(|j| format!("(i32.const {})", 0x100 * (i + 1) + j)).collect::<Vec<_>>().join(" ");
        let callee = if f.module == main {
            format!("${}", f.name)
        } else {
            let alias = format!("$e_{}", f.name);
            let _ = writeln!(entry_imports, "  (import \"env\" \"{}\" (func {alias}{}))", f.name, sig(f.params));
            alias
        };
        let _ = writeln!(entries, "  (func (export \"run_{}\") (result i32) (call {callee} {args}))", f.name);
    }
    let (_, main_wat) = &mut wats[main];
    // Imports must come before definitions: put the entry imports after the
    // last import line.
    let at = main_wat.rfind("(import ").map(|p| p + main_wat[p..].find('\n').unwrap() + 1).unwrap();
    main_wat.insert_str(at, &entry_imports);
    let end = main_wat.rfind(')').unwrap();
    main_wat.insert_str(end, &entries);
    let mut modules = Vec::new();
    for (name, w) in &wats {
        let wasm = wat::parse_str(w).unwrap_or_else(|e| panic!("dylink generator produced bad WAT: {e}\n{w}"));
        modules.push(CaseModule { name: name.clone(), wasm });
    }
    let main_module = modules.pop().unwrap();
    let case =
        crate::dylink::build(main_module, modules, None, &crate::dylink::LoaderOpts { stack_size: 4096, fault: None })
            .unwrap_or_else(|e| {
                panic!(
                    "the loader refused a generated program: {e}\n{}",
                    wats.iter().map(|w| w.1.as_str()).collect::<String>()
                )
            });
    let boundaries = Boundary::ALL.iter().copied().filter(|b| seen.contains(b)).collect();
    Ok(GeneratedCase { case, boundaries })
}

/// The `dylink.0` memory-info subsection as a WAT string literal.
fn dylink_mem_info(mem: u32, mem_align: u32, table: u32, table_align: u32) -> String {
    let mut body = Vec::new();
    for v in [mem, mem_align, table, table_align] {
        let mut v = v;
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                body.push(b);
                break;
            }
            body.push(b | 0x80);
        }
    }
    let mut out = vec![1u8, body.len() as u8];
    out.extend(body);
    out.iter().map(|b| format!("\\{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_programs_load_and_run_on_the_reference() {
        for seed in 0..60u64 {
            let bytes = crate::fuzz::seed_bytes(seed, 2048);
            let g = generate(&mut Unstructured::new(&bytes)).unwrap();
            let prepared = std::sync::Arc::new(crate::prepare::PreparedCase::new(&g.case).unwrap());
            let t = crate::engine::EngineSpec::reference().run(&prepared, vec![], None).unwrap();
            assert!(g.boundaries.contains(&Boundary::Dylink));
            for e in &t.events {
                if let crate::trace::Event::Instantiate { outcome, .. } = e {
                    assert!(matches!(outcome, crate::trace::Outcome::Returned(_)), "seed {seed}: {outcome:?}");
                }
                assert!(!e.is_inconclusive(), "seed {seed}: {e:?}");
            }
        }
    }

    #[test]
    fn only_dylink_makes_every_case_a_loadable_program() {
        let base: super::super::callconv::Config = arbitrary::Unstructured::new(&[7; 256]).arbitrary().unwrap();
        let cfg = base.restrict(&["dylink".to_string()], &[]).unwrap();
        assert_eq!(cfg.dylink, 100);
        for seed in 0..30u64 {
            let bytes = crate::fuzz::seed_bytes(seed, 2048 + seed as usize * 37);
            let g = super::super::callconv::generate_with(&mut Unstructured::new(&bytes), &cfg).unwrap();
            assert!(g.boundaries.contains(&Boundary::Dylink), "seed {seed}");
            let lineup = crate::engine::Lineup::default_lineup();
            crate::check::check_in_process(&g.case, &lineup, &Vec::new())
                .unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        }
    }
}
