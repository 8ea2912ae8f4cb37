//! Dynamic linking (WebAssembly tool-conventions, DynamicLinking.md): a
//! main module and side modules, loaded as a dynamic loader would, as an
//! ordinary scripted case.
//!
//! The loader's work becomes modules and steps that every engine runs the
//! same way, so each of its steps is in every trace and compared:
//! - `__dylink_base` owns the one memory (address-derived bytes everywhere
//!   but in the modules' regions, which start zeroed as the ABI requires),
//!   the one table and the mutable `__stack_pointer` (the top of a stack
//!   region after the modules' data);
//! - `GOT.mem` and `GOT.func` export one mutable global per symbol that any
//!   module imports from them: a data symbol's address (its owner's
//!   `__memory_base` plus the offset its owner exports), a function's table
//!   slot (the slot its own module's element segment gives it, or a slot of
//!   its own installed after its owner is instantiated);
//! - before each module, an `env` module serves its `env` imports: the
//!   shared memory, table and stack pointer, its own `__memory_base` and
//!   `__table_base`, and its functions — re-exported from a module loaded
//!   earlier, from the host (`host.<name>`), or, for a module loaded later
//!   (a cycle: main and a side module calling each other), a stub that calls
//!   the function's slot with `call_indirect`;
//! - after each module, `__dylink_install_<module>` (when needed) stores its
//!   functions into their own slots (`table.set` in a start function);
//! - then every module's `__wasm_apply_data_relocs`, then its
//!   `__wasm_call_ctors`, then the invocations.
//!
//! Modules are loaded side modules first, in the order given, main last.
//! Start functions run at instantiation (before relocations), as the ABI
//! says they must not read the GOT.

use crate::case::{Case, CaseModule, InputError, Invocation, Step};
use crate::prepare::{prepare_module, ImportKind, Sig};
use crate::value::ValType;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

/// What a module's `dylink.0` section says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DylinkInfo {
    pub memory_size: u32,
    pub memory_align_log2: u32,
    pub table_size: u32,
    pub table_align_log2: u32,
    pub needed: Vec<String>,
}

/// Reads the `dylink.0` custom section; `None` if there is none.
pub fn dylink_info(wasm: &[u8]) -> Result<Option<DylinkInfo>, String> {
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|e| e.to_string())?;
        let wasmparser::Payload::CustomSection(c) = payload else { continue };
        if c.name() != "dylink.0" {
            continue;
        }
        let mut info = DylinkInfo::default();
        let mut r = wasmparser::BinaryReader::new(c.data(), 0);
        while !r.eof() {
            let id = r.read_u8().map_err(|e| e.to_string())?;
            let len = r.read_var_u32().map_err(|e| e.to_string())? as usize;
            let body = r.read_bytes(len).map_err(|e| e.to_string())?;
            let mut b = wasmparser::BinaryReader::new(body, 0);
            let u = |b: &mut wasmparser::BinaryReader| b.read_var_u32().map_err(|e| e.to_string());
            match id {
                1 => {
                    info.memory_size = u(&mut b)?;
                    info.memory_align_log2 = u(&mut b)?;
                    info.table_size = u(&mut b)?;
                    info.table_align_log2 = u(&mut b)?;
                }
                2 => {
                    for _ in 0..u(&mut b)? {
                        info.needed.push(b.read_string().map_err(|e| e.to_string())?.to_string());
                    }
                }
                _ => {} // export/import info, runtime path: not needed here
            }
        }
        return Ok(Some(info));
    }
    Ok(None)
}

/// A deliberate loader defect, for tests: the loader is only as good as
/// the results it gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoaderFault {
    /// `GOT.func.<symbol>` holds the slot after the right one.
    GotFuncOffByOne(String),
}

/// Settings of the loader.
#[derive(Clone, Debug)]
pub struct LoaderOpts {
    /// Bytes of stack (after the modules' data).
    pub stack_size: u32,
    pub fault: Option<LoaderFault>,
}

impl Default for LoaderOpts {
    fn default() -> Self {
        LoaderOpts { stack_size: 64 * 1024, fault: None }
    }
}

/// What the loader knows of one module.
struct Loaded {
    name: String,
    wasm: Vec<u8>,
    info: DylinkInfo,
    /// `env` function imports: (field, signature).
    env_funcs: Vec<(String, Sig)>,
    got_mem: Vec<String>,
    got_func: Vec<String>,
    /// Exported functions: name -> function index.
    funcs: BTreeMap<String, u32>,
    /// Exported data: name -> offset from `__memory_base`.
    data: BTreeMap<String, u32>,
    /// Function index -> position in the module's element segment at
    /// `__table_base`.
    elem_pos: HashMap<u32, u32>,
    memory_base: u32,
    table_base: u32,
    /// Signatures of its functions by index (for stubs).
    sigs: Vec<Sig>,
}

fn align(v: u32, log2: u32) -> u32 {
    let a = 1u32 << log2.min(16);
    v.div_ceil(a) * a
}

fn sig_wat(s: &Sig) -> String {
    let mut w = String::new();
    if !s.params.is_empty() {
        w.push_str(" (param");
        for p in &s.params {
            let _ = write!(w, " {p}");
        }
        w.push(')');
    }
    if !s.results.is_empty() {
        w.push_str(" (result");
        for r in &s.results {
            let _ = write!(w, " {r}");
        }
        w.push(')');
    }
    w
}

fn bad(name: &str, msg: impl Into<String>) -> InputError {
    InputError::Unsupported { name: name.into(), msg: msg.into() }
}

/// Reads what the loader needs of a module.
fn load(name: &str, wasm: &[u8]) -> Result<Loaded, InputError> {
    let info =
        dylink_info(wasm).map_err(|e| InputError::InvalidWasm { name: name.into(), msg: e })?.ok_or_else(|| {
            bad(name, "no dylink.0 section: not a dynamic-linking module (build with -fPIC -shared or -pie)")
        })?;
    let p = prepare_module(name, wasm)?;
    let mut env_funcs = Vec::new();
    let (mut got_mem, mut got_func) = (Vec::new(), Vec::new());
    for imp in &p.imports {
        match (imp.module.as_str(), &imp.kind) {
            ("env", ImportKind::Func(sig)) => match env_funcs.iter().find(|(n, _)| *n == imp.name) {
                // The same function imported twice: served once.
                Some((_, s)) if s == sig => {}
                Some(_) => {
                    return Err(InputError::Other(format!(
                        "dylink: {name} imports env.{} twice with different signatures",
                        imp.name
                    )))
                }
                None => env_funcs.push((imp.name.clone(), sig.clone())),
            },
            ("env", _) => match imp.name.as_str() {
                "memory" | "__indirect_function_table" | "__stack_pointer" | "__memory_base" | "__table_base" => {}
                other => return Err(bad(name, format!("imports env.{other}, which this loader does not provide"))),
            },
            ("GOT.mem", ImportKind::Global(_)) => got_mem.push(imp.name.clone()),
            ("GOT.func", ImportKind::Global(_)) => got_func.push(imp.name.clone()),
            (m, _) => return Err(bad(name, format!("imports {m}.{}, which this loader does not provide", imp.name))),
        }
    }
    // Exports (functions, and data offsets from constant globals), function
    // signatures, and the element segment at __table_base.
    let mut funcs = BTreeMap::new();
    let mut data = BTreeMap::new();
    let mut global_init: Vec<Option<u32>> = Vec::new();
    let mut n_global_imports = 0u32;
    let mut elem_pos = HashMap::new();
    let mut func_types: Vec<u32> = Vec::new();
    let mut types: Vec<Sig> = Vec::new();
    let invalid = |e: wasmparser::BinaryReaderError| InputError::InvalidWasm { name: name.into(), msg: e.to_string() };
    let mut exported_globals = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.map_err(invalid)? {
            wasmparser::Payload::TypeSection(r) => {
                for t in r.into_iter_err_on_gc_types() {
                    let t = t.map_err(invalid)?;
                    let conv = |v: &wasmparser::ValType| ValType::from_wasmparser(*v).unwrap_or(ValType::I32);
                    types.push(Sig {
                        params: t.params().iter().map(conv).collect(),
                        results: t.results().iter().map(conv).collect(),
                    });
                }
            }
            wasmparser::Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    match imp.map_err(invalid)?.ty {
                        wasmparser::TypeRef::Func(t) | wasmparser::TypeRef::FuncExact(t) => func_types.push(t),
                        wasmparser::TypeRef::Global(_) => n_global_imports += 1,
                        _ => {}
                    }
                }
            }
            wasmparser::Payload::FunctionSection(r) => {
                for t in r {
                    func_types.push(t.map_err(invalid)?);
                }
            }
            wasmparser::Payload::GlobalSection(r) => {
                for g in r {
                    let g = g.map_err(invalid)?;
                    let v = match g.init_expr.get_operators_reader().read() {
                        Ok(wasmparser::Operator::I32Const { value }) => Some(value as u32),
                        _ => None,
                    };
                    global_init.push(v);
                }
            }
            wasmparser::Payload::ExportSection(r) => {
                for e in r {
                    let e = e.map_err(invalid)?;
                    match e.kind {
                        wasmparser::ExternalKind::Func | wasmparser::ExternalKind::FuncExact => {
                            funcs.insert(e.name.to_string(), e.index);
                        }
                        wasmparser::ExternalKind::Global => exported_globals.push((e.name.to_string(), e.index)),
                        _ => {}
                    }
                }
            }
            wasmparser::Payload::ElementSection(r) => {
                for e in r {
                    let e = e.map_err(invalid)?;
                    let wasmparser::ElementKind::Active { offset_expr, .. } = e.kind else { continue };
                    // Only the segment at __table_base (global 2 of the
                    // ABI's imports) places functions for the loader.
                    let at_base =
                        matches!(offset_expr.get_operators_reader().read(), Ok(wasmparser::Operator::GlobalGet { .. }));
                    if !at_base {
                        continue;
                    }
                    if let wasmparser::ElementItems::Functions(fs) = e.items {
                        for (i, f) in fs.into_iter().enumerate() {
                            elem_pos.entry(f.map_err(invalid)?).or_insert(i as u32);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for (n, g) in exported_globals {
        if g >= n_global_imports {
            if let Some(Some(v)) = global_init.get((g - n_global_imports) as usize) {
                data.insert(n, *v);
            }
        }
    }
    let sigs = func_types
        .iter()
        .map(|t| types.get(*t as usize).cloned().unwrap_or(Sig { params: vec![], results: vec![] }))
        .collect();
    Ok(Loaded {
        name: name.into(),
        wasm: wasm.to_vec(),
        info,
        env_funcs,
        got_mem,
        got_func,
        funcs,
        data,
        elem_pos,
        memory_base: 0,
        table_base: 0,
        sigs,
    })
}

/// Builds the scripted case that loads `main` with `sides` (in that load
/// order, main last) and then makes `invocations` (exports of main, or of
/// any module by its name); default: every exported function of main that
/// is not the ABI's (`__wasm_*`), without arguments when it takes none.
pub fn build(
    main: CaseModule,
    sides: Vec<CaseModule>,
    invocations: Option<Vec<(String, String)>>,
    opts: &LoaderOpts,
) -> Result<Case, InputError> {
    let mut mods: Vec<Loaded> = Vec::new();
    for m in sides.iter().chain(std::iter::once(&main)) {
        if mods.iter().any(|l| l.name == m.name) {
            return Err(InputError::Other(format!("two dylink modules are named {}", m.name)));
        }
        mods.push(load(&m.name, &m.wasm)?);
    }
    // Memory: a guard below 1024, each module's region, then the stack.
    let mut mem = 1024u32;
    let mut tab = 1u32; // slot 0 stays null
    for l in &mut mods {
        mem = align(mem, l.info.memory_align_log2);
        l.memory_base = mem;
        mem += l.info.memory_size;
        tab = align(tab, l.info.table_align_log2);
        l.table_base = tab;
        tab += l.info.table_size;
    }
    let stack_bottom = align(mem, 4);
    let stack_top = stack_bottom + opts.stack_size;
    let pages = stack_top.div_ceil(65536) + 1;

    // Symbols: who exports which function and which data.
    let owner_of_func = |name: &str| mods.iter().position(|l| l.funcs.contains_key(name));
    let owner_of_data = |name: &str| mods.iter().position(|l| l.data.contains_key(name));
    // The table slot of every function any module needs by address or
    // through a stub: its own module's element segment, else a new slot.
    let mut slots: BTreeMap<String, u32> = BTreeMap::new();
    let mut installs: Vec<Vec<(String, u32)>> = vec![Vec::new(); mods.len()];
    let mut need_slot = |name: &str, slots: &mut BTreeMap<String, u32>, tab: &mut u32| -> Result<u32, InputError> {
        if let Some(s) = slots.get(name) {
            return Ok(*s);
        }
        let o = owner_of_func(name)
            .ok_or_else(|| InputError::Other(format!("dylink: no module exports function {name}")))?;
        let f = mods[o].funcs[name];
        let s = match mods[o].elem_pos.get(&f) {
            Some(p) => mods[o].table_base + p,
            None => {
                let s = *tab;
                *tab += 1;
                installs[o].push((name.to_string(), s));
                s
            }
        };
        slots.insert(name.to_string(), s);
        Ok(s)
    };
    let mut got_func: BTreeMap<String, u32> = BTreeMap::new();
    let mut got_mem: BTreeMap<String, u32> = BTreeMap::new();
    for l in &mods {
        for g in &l.got_func {
            let s = need_slot(g, &mut slots, &mut tab)?;
            got_func.insert(g.clone(), s);
        }
        for g in &l.got_mem {
            let o = owner_of_data(g).ok_or_else(|| InputError::Other(format!("dylink: no module exports data {g}")))?;
            got_mem.insert(g.clone(), mods[o].memory_base + mods[o].data[g]);
        }
    }
    // Stubs for functions of modules loaded later.
    for k in 0..mods.len() {
        for (f, _) in mods[k].env_funcs.clone() {
            if let Some(o) = owner_of_func(&f) {
                if o > k {
                    need_slot(&f, &mut slots, &mut tab)?;
                }
            }
        }
    }
    if let Some(LoaderFault::GotFuncOffByOne(sym)) = &opts.fault {
        if let Some(s) = got_func.get_mut(sym) {
            *s += 1;
        }
    }
    let table_size = tab.max(1);

    // The glue modules and the script.
    let mut modules = Vec::new();
    let mut script = Vec::new();
    let push = |modules: &mut Vec<CaseModule>, script: &mut Vec<Step>, name: &str, wat: String| {
        let wasm = wat::parse_str(&wat).map_err(|e| InputError::Other(format!("dylink glue {name}: {e}")))?;
        script.push(Step::Instantiate { instance: modules.len() });
        modules.push(CaseModule { name: name.into(), wasm });
        Ok::<(), InputError>(())
    };
    let mut base = format!(
        "(module ;; the loader's shared state\n  (memory (export \"memory\") {pages})\n  \
         (table (export \"__indirect_function_table\") {table_size} funcref)\n  \
         (global (export \"__stack_pointer\") (mut i32) (i32.const {stack_top}))\n  \
         (func $fill (local $a i32)\n    ;; address-derived bytes everywhere...\n    \
         loop $l\n      local.get $a\n      local.get $a\n      i32.const 0x9e3779b1\n      i32.mul\n      \
         i32.const 0x71d5a001\n      i32.xor\n      i32.store\n      local.get $a\n      i32.const 4\n      \
         i32.add\n      local.tee $a\n      i32.const {}\n      i32.lt_u\n      br_if $l\n    end\n    \
         ;; ...but the modules' regions and the stack start zeroed\n",
        pages * 65536
    );
    for l in &mods {
        let _ = writeln!(
            base,
            "    (memory.fill (i32.const {}) (i32.const 0) (i32.const {}))",
            l.memory_base, l.info.memory_size
        );
    }
    let _ =
        writeln!(base, "    (memory.fill (i32.const {stack_bottom}) (i32.const 0) (i32.const {})))", opts.stack_size);
    base.push_str("  (start $fill))\n");
    push(&mut modules, &mut script, "__dylink_base", base)?;
    let got = |module: &str, vals: &BTreeMap<String, u32>| {
        let mut w = format!("(module ;; {module}: filled by the loader\n");
        for (n, v) in vals {
            let _ = writeln!(w, "  (global (export \"{n}\") (mut i32) (i32.const {v}))");
        }
        w.push(')');
        w
    };
    push(&mut modules, &mut script, "GOT.mem", got("GOT.mem", &got_mem))?;
    push(&mut modules, &mut script, "GOT.func", got("GOT.func", &got_func))?;
    let mut module_index = Vec::new();
    for k in 0..mods.len() {
        let l = &mods[k];
        let mut env = format!(
            "(module ;; env of {}\n  (import \"__dylink_base\" \"memory\" (memory 1))\n  \
             (import \"__dylink_base\" \"__indirect_function_table\" (table 1 funcref))\n  \
             (import \"__dylink_base\" \"__stack_pointer\" (global $sp (mut i32)))\n",
            l.name
        );
        let mut defs = String::new();
        for (i, (f, sig)) in l.env_funcs.iter().enumerate() {
            match owner_of_func(f) {
                Some(o) if o < k => {
                    let _ = writeln!(env, "  (import \"{}\" \"{f}\" (func $f{i}{}))", mods[o].name, sig_wat(sig));
                }
                Some(o) if o > k => {
                    // A stub: call the function's slot.
                    let _ = write!(defs, "  (func $f{i}{}", sig_wat(sig));
                    for p in 0..sig.params.len() {
                        let _ = write!(defs, " local.get {p}");
                    }
                    let _ = writeln!(
                        defs,
                        " i32.const {} call_indirect{}) ;; {f} of {}, loaded later",
                        slots[f],
                        sig_wat(sig),
                        mods[o].name
                    );
                }
                _ => {
                    let _ = writeln!(env, "  (import \"host\" \"{f}\" (func $f{i}{}))", sig_wat(sig));
                }
            }
        }
        env.push_str(&defs);
        env.push_str("  (export \"memory\" (memory 0))\n  (export \"__indirect_function_table\" (table 0))\n  (export \"__stack_pointer\" (global $sp))\n");
        let _ = writeln!(env, "  (global (export \"__memory_base\") i32 (i32.const {}))", l.memory_base);
        let _ = writeln!(env, "  (global (export \"__table_base\") i32 (i32.const {}))", l.table_base);
        for (i, (f, _)) in l.env_funcs.iter().enumerate() {
            let _ = writeln!(env, "  (export \"{f}\" (func $f{i}))");
        }
        env.push(')');
        push(&mut modules, &mut script, "env", env)?;
        module_index.push(modules.len());
        script.push(Step::Instantiate { instance: modules.len() });
        modules.push(CaseModule { name: l.name.clone(), wasm: l.wasm.clone() });
        if !installs[k].is_empty() {
            let mut w = format!("(module ;; the loader installs functions of {} into their slots\n", l.name);
            w.push_str("  (import \"__dylink_base\" \"__indirect_function_table\" (table 1 funcref))\n");
            // The program's memory and stack pointer as memory #0 and global
            // #0, like every module of the program: Wasmer 7.0.1's g0m0
            // compiler panics on code in a module without them, which would
            // hide what it does with the program itself.
            w.push_str("  (import \"__dylink_base\" \"memory\" (memory 0))\n");
            w.push_str("  (import \"__dylink_base\" \"__stack_pointer\" (global (mut i32)))\n");
            for (i, (f, _)) in installs[k].iter().enumerate() {
                let sig = &l.sigs[l.funcs[f] as usize];
                let _ = writeln!(w, "  (import \"{}\" \"{f}\" (func $f{i}{}))", l.name, sig_wat(sig));
            }
            w.push_str("  (elem declare func");
            for i in 0..installs[k].len() {
                let _ = write!(w, " $f{i}");
            }
            w.push_str(")\n  (func $install\n");
            for (i, (_, s)) in installs[k].iter().enumerate() {
                let _ = writeln!(w, "    (table.set (i32.const {s}) (ref.func $f{i}))");
            }
            w.push_str("  )\n  (start $install))");
            push(&mut modules, &mut script, &format!("__dylink_install_{}", l.name), w)?;
        }
    }
    // Relocations, then constructors, then the invocations.
    for export in ["__wasm_apply_data_relocs", "__wasm_call_ctors"] {
        for (k, l) in mods.iter().enumerate() {
            if l.funcs.contains_key(export) {
                script.push(Step::Invoke(Invocation {
                    instance: module_index[k],
                    export: export.into(),
                    args: vec![],
                }));
            }
        }
    }
    let main_k = mods.len() - 1;
    let calls: Vec<(usize, String)> = match invocations {
        Some(list) => {
            let mut v = Vec::new();
            for (module, export) in list {
                let k = mods.iter().position(|l| l.name == module).ok_or_else(|| {
                    InputError::Other(format!("invocation of {module}.{export}: no dylink module {module}"))
                })?;
                v.push((k, export));
            }
            v
        }
        None => mods[main_k]
            .funcs
            .keys()
            .filter(|n| !n.starts_with("__"))
            .filter(|n| mods[main_k].sigs[mods[main_k].funcs[n.as_str()] as usize].params.is_empty())
            .map(|n| (main_k, n.clone()))
            .collect(),
    };
    for (k, export) in calls {
        let Some(&f) = mods[k].funcs.get(&export) else {
            return Err(InputError::Other(format!("{} exports no function {export}", mods[k].name)));
        };
        let args =
            mods[k].sigs[f as usize].params.iter().enumerate().map(|(i, t)| crate::value::canary(*t, i)).collect();
        script.push(Step::Invoke(Invocation { instance: module_index[k], export, args }));
    }
    Ok(Case { modules, script: Some(script), ..Case::default() })
}
