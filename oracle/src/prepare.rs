//! Preparing a case for the engines: validation, the facts every engine
//! adapter needs (imports with their types, exports, globals, memories), and
//! the instrumentation that makes internal state observable.
//!
//! Instrumentation adds one export per global (`__cco_g<N>`) and per memory
//! (`__cco_m<N>`), imported ones included, so the host can snapshot state
//! that the module does not export. Every engine runs the same instrumented
//! binary, so the change cannot create a difference between engines; it can
//! only hide a bug that depends on a global or memory being unexported, and
//! the README says so.

use crate::case::{Case, HostPlan, InputError, Invocation, Step};
use crate::value::{canary, edge, ValType};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Prefix of the exports added by instrumentation.
pub const EXPORT_PREFIX: &str = "__cco_";

pub fn global_export(index: u32) -> String {
    format!("{EXPORT_PREFIX}g{index}")
}

pub fn memory_export(index: u32) -> String {
    format!("{EXPORT_PREFIX}m{index}")
}

pub fn table_export(index: u32) -> String {
    format!("{EXPORT_PREFIX}t{index}")
}

/// The export of the table that holds every function of a module at its
/// index (see [`instrument`]).
pub const FUNC_TABLE_EXPORT: &str = "__cco_ftab";

/// A function signature in oracle types.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sig {
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
}

impl std::fmt::Display for Sig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p: Vec<String> = self.params.iter().map(|t| t.to_string()).collect();
        let r: Vec<String> = self.results.iter().map(|t| t.to_string()).collect();
        write!(f, "({}) -> ({})", p.join(", "), r.join(", "))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GlobalInfo {
    pub ty: ValType,
    pub mutable: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemoryInfo {
    pub minimum: u64,
    pub maximum: Option<u64>,
    pub memory64: bool,
    pub shared: bool,
    /// log2 of the page size (16 unless custom page sizes are used).
    pub page_size_log2: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableInfo {
    pub element: ValType,
    pub minimum: u64,
    pub maximum: Option<u64>,
    pub table64: bool,
}

/// What an import asks for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ImportKind {
    Func(Sig),
    Global(GlobalInfo),
    Memory(MemoryInfo),
    Table(TableInfo),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportInfo {
    pub module: String,
    pub name: String,
    pub kind: ImportKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ExportKind {
    Func(Sig),
    Global,
    Memory,
    Table,
    Tag,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportInfo {
    pub name: String,
    pub kind: ExportKind,
    /// Index in the index space of its kind.
    #[serde(default)]
    pub index: u32,
}

/// One module, validated and instrumented.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreparedModule {
    pub name: String,
    /// The instrumented binary every engine runs.
    #[serde(skip)]
    pub wasm: Vec<u8>,
    pub imports: Vec<ImportInfo>,
    /// The module's own exports (without the instrumentation's).
    pub exports: Vec<ExportInfo>,
    /// Every global of the index space, imports first.
    pub globals: Vec<GlobalInfo>,
    /// Every memory of the index space, imports first.
    pub memories: Vec<MemoryInfo>,
    /// Every table of the index space, imports first (not counting the
    /// instrumentation's function table).
    pub tables: Vec<TableInfo>,
    /// Functions in the index space, imports included.
    pub funcs: u32,
    /// The functions a reference can name (the module's declared
    /// references: those in element segments of any kind, exported, or in
    /// a global's initialiser), in order; slot `i` of the instrumentation's
    /// function table holds `func_refs[i]`.
    pub func_refs: Vec<u32>,
    pub has_start: bool,
}

impl PreparedModule {
    pub fn export_sig(&self, name: &str) -> Option<&Sig> {
        self.exports.iter().find_map(|e| match &e.kind {
            ExportKind::Func(s) if e.name == name => Some(s),
            _ => None,
        })
    }

    pub fn exports_field(&self, name: &str) -> bool {
        self.exports.iter().any(|e| e.name == name)
    }

    /// Number of imported functions (the first indices of the function
    /// index space).
    pub fn func_imports(&self) -> u32 {
        self.imports.iter().filter(|i| matches!(i.kind, ImportKind::Func(_))).count() as u32
    }

    /// Index of the global exported as `name`.
    pub fn export_global(&self, name: &str) -> Option<u32> {
        self.exports.iter().find(|e| e.name == name && e.kind == ExportKind::Global).map(|e| e.index)
    }
}

/// Where an import of an instance comes from (see [`PreparedCase::provider`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provider {
    /// The export of this earlier instance.
    Instance(usize),
    /// The host.
    Host,
    /// In a script, the module name is an earlier instance's but none of
    /// those instances exports the field: a link error on every engine.
    Missing,
}

/// A case ready to run: modules prepared, invocations decided.
#[derive(Clone, Debug)]
pub struct PreparedCase {
    pub modules: Vec<PreparedModule>,
    pub plan: HostPlan,
    /// The invocations (for a script: those of its steps, in order).
    pub invocations: Vec<Invocation>,
    /// What the engines do, in order: every instantiation then every
    /// invocation, or the case's script.
    pub steps: Vec<Step>,
    /// Whether the steps come from a script (a failed instantiation then
    /// does not end the run).
    pub scripted: bool,
    /// The WASI world, for a WASI program (see [`Case::wasi`]).
    pub wasi: Option<crate::wasi::WasiConfig>,
}

impl PreparedCase {
    pub fn new(case: &Case) -> Result<PreparedCase, InputError> {
        let mut modules = Vec::new();
        for m in &case.modules {
            modules.push(prepare_module(&m.name, &m.wasm)?);
        }
        let check = |i: &Invocation| {
            let ok = modules.get(i.instance).and_then(|m| m.export_sig(&i.export)).is_some();
            if ok {
                Ok(())
            } else {
                Err(InputError::Other(format!(
                    "invocation of instance {} export \"{}\": no such exported function",
                    i.instance, i.export
                )))
            }
        };
        if let Some(script) = &case.script {
            if case.invocations.is_some() {
                return Err(InputError::Other("a case has either a script or invocations, not both".into()));
            }
            let mut invocations = Vec::new();
            let mut next = 0;
            for step in script {
                match step {
                    Step::Instantiate { instance } if *instance != next || next >= modules.len() => {
                        return Err(InputError::Other(format!(
                            "script instantiates module {instance}: modules are instantiated once each, in order \
                             (next is {next} of {})",
                            modules.len()
                        )))
                    }
                    Step::Instantiate { .. } => next += 1,
                    Step::Invoke(i) => {
                        check(i)?;
                        invocations.push(i.clone());
                    }
                }
            }
            return Ok(PreparedCase {
                modules,
                plan: case.plan.clone(),
                invocations,
                steps: script.clone(),
                scripted: true,
                wasi: case.wasi.clone(),
            });
        }
        let wasi = case.wasi.clone().or_else(|| {
            crate::wasi::imports_wasi(&modules).then(|| crate::wasi::WasiConfig {
                args: vec![modules.last().map_or("program".into(), |m| m.name.clone())],
                ..Default::default()
            })
        });
        let invocations = match &case.invocations {
            Some(inv) => {
                inv.iter().try_for_each(check)?;
                inv.clone()
            }
            None => match wasi_invocations(&modules) {
                Some(inv) if wasi.is_some() => inv,
                _ => default_invocations(&modules),
            },
        };
        let steps = (0..modules.len())
            .map(|instance| Step::Instantiate { instance })
            .chain(invocations.iter().cloned().map(Step::Invoke))
            .collect();
        Ok(PreparedCase { modules, plan: case.plan.clone(), invocations, steps, scripted: false, wasi })
    }

    /// Resolves an import of instance `k`. Linking is by name: an import
    /// whose module name is the name of an earlier instance binds to that
    /// instance's export (the latest such instance that exports the field
    /// wins). Every other import is the host's — except in a script (the
    /// spec testsuite's), where an import naming a registered module that
    /// lacks the field cannot be linked, as the spec's harness says.
    pub fn provider(&self, k: usize, import: &ImportInfo) -> Provider {
        let named: Vec<usize> = (0..k).rev().filter(|&j| self.modules[j].name == import.module).collect();
        match named.iter().copied().find(|&j| self.modules[j].exports_field(&import.name)) {
            Some(j) => Provider::Instance(j),
            None if self.scripted && !named.is_empty() => Provider::Missing,
            None => Provider::Host,
        }
    }
}

/// At most this many invocations are derived automatically.
pub const MAX_DEFAULT_INVOCATIONS: usize = 64;

/// Each exported function of each instance, in export order, called with
/// canary arguments and then with edge arguments; functions whose
/// parameters include references are called with nulls.
pub fn default_invocations(modules: &[PreparedModule]) -> Vec<Invocation> {
    let mut out = Vec::new();
    for (k, m) in modules.iter().enumerate() {
        for e in &m.exports {
            if let ExportKind::Func(sig) = &e.kind {
                let canaries = sig.params.iter().enumerate().map(|(i, t)| canary(*t, i)).collect();
                out.push(Invocation { instance: k, export: e.name.clone(), args: canaries });
                if !sig.params.is_empty() {
                    let edges = sig.params.iter().enumerate().map(|(i, t)| edge(*t, i + 1)).collect();
                    out.push(Invocation { instance: k, export: e.name.clone(), args: edges });
                }
            }
        }
    }
    out.truncate(MAX_DEFAULT_INVOCATIONS);
    out
}

/// How a WASI program runs, when the case names no invocations: a command
/// (the last module exporting `_start`) runs `_start` alone; a reactor (one
/// exporting `_initialize`) runs `_initialize` and then the default
/// invocations of its other exports. `None` when no module is either.
pub fn wasi_invocations(modules: &[PreparedModule]) -> Option<Vec<Invocation>> {
    let with = |name: &str| modules.iter().rposition(|m| m.export_sig(name).is_some());
    if let Some(k) = with("_start") {
        return Some(vec![Invocation { instance: k, export: "_start".into(), args: vec![] }]);
    }
    let k = with("_initialize")?;
    let mut out = vec![Invocation { instance: k, export: "_initialize".into(), args: vec![] }];
    out.extend(default_invocations(modules).into_iter().filter(|i| i.export != "_initialize"));
    out.truncate(MAX_DEFAULT_INVOCATIONS);
    Some(out)
}

/// The features the oracle accepts: what both wasmi and Wasmer's LLVM
/// backend implement (memory64 is not: Wasmer's LLVM translator lacks it).
pub fn features() -> wasmparser::WasmFeatures {
    use wasmparser::WasmFeatures as F;
    F::MUTABLE_GLOBAL
        | F::SATURATING_FLOAT_TO_INT
        | F::SIGN_EXTENSION
        | F::MULTI_VALUE
        | F::BULK_MEMORY
        | F::REFERENCE_TYPES
        | F::SIMD
        | F::TAIL_CALL
        | F::MULTI_MEMORY
        | F::EXTENDED_CONST
        | F::FLOATS
        // Not a proposal: wasmparser's gate for reference types other than
        // funcref (externref). GC proper stays off.
        | F::GC_TYPES
}

fn convert_sig(ty: &wasmparser::FuncType, name: &str) -> Result<Sig, InputError> {
    let conv = |t: &wasmparser::ValType| {
        ValType::from_wasmparser(*t).ok_or_else(|| InputError::Unsupported {
            name: name.to_string(),
            msg: format!("value type {t} is not supported by the oracle"),
        })
    };
    Ok(Sig {
        params: ty.params().iter().map(conv).collect::<Result<_, _>>()?,
        results: ty.results().iter().map(conv).collect::<Result<_, _>>()?,
    })
}

fn convert_global(g: &wasmparser::GlobalType, name: &str) -> Result<GlobalInfo, InputError> {
    let ty = ValType::from_wasmparser(g.content_type).ok_or_else(|| InputError::Unsupported {
        name: name.to_string(),
        msg: format!("global of type {} is not supported by the oracle", g.content_type),
    })?;
    Ok(GlobalInfo { ty, mutable: g.mutable })
}

fn convert_memory(m: &wasmparser::MemoryType) -> MemoryInfo {
    MemoryInfo {
        minimum: m.initial,
        maximum: m.maximum,
        memory64: m.memory64,
        shared: m.shared,
        page_size_log2: m.page_size_log2.unwrap_or(16),
    }
}

fn convert_table(t: &wasmparser::TableType, name: &str) -> Result<TableInfo, InputError> {
    let element = ValType::from_wasmparser(wasmparser::ValType::Ref(t.element_type))
        .ok_or_else(|| InputError::Unsupported { name: name.to_string(), msg: "table of typed references".into() })?;
    Ok(TableInfo { element, minimum: t.initial, maximum: t.maximum, table64: t.table64 })
}

/// Validates, inspects and instruments one module.
pub fn prepare_module(name: &str, wasm: &[u8]) -> Result<PreparedModule, InputError> {
    let invalid = |e: wasmparser::BinaryReaderError| InputError::InvalidWasm {
        name: name.to_string(),
        msg: format!("{} (at offset {:#x})", e.message(), e.offset()),
    };
    // Validate with every feature first, so that a valid module using a
    // feature the oracle does not drive is called unsupported, not invalid.
    let mut all = wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all());
    all.validate_all(wasm).map_err(invalid)?;
    let mut validator = wasmparser::Validator::new_with_features(features());
    let types = validator.validate_all(wasm).map_err(|e| InputError::Unsupported {
        name: name.to_string(),
        msg: format!("uses a feature the engines do not both support: {}", e.message()),
    })?;
    let types = types.as_ref();
    if types.memory_count() > 0 && (0..types.memory_count()).any(|i| types.memory_at(i).shared) {
        return Err(InputError::Unsupported { name: name.into(), msg: "shared memories".into() });
    }

    let mut imports = Vec::new();
    let mut exports = Vec::new();
    let mut has_start = false;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.map_err(invalid)? {
            wasmparser::Payload::ImportSection(reader) => {
                for imp in reader.into_imports() {
                    let imp = imp.map_err(invalid)?;
                    let kind = match imp.ty {
                        wasmparser::TypeRef::Func(t) | wasmparser::TypeRef::FuncExact(t) => {
                            let id = types.core_type_at_in_module(t);
                            ImportKind::Func(convert_sig(types[id].unwrap_func(), name)?)
                        }
                        wasmparser::TypeRef::Global(g) => ImportKind::Global(convert_global(&g, name)?),
                        wasmparser::TypeRef::Memory(m) => ImportKind::Memory(convert_memory(&m)),
                        wasmparser::TypeRef::Table(t) => ImportKind::Table(convert_table(&t, name)?),
                        wasmparser::TypeRef::Tag(_) => {
                            return Err(InputError::Unsupported { name: name.into(), msg: "tag imports".into() })
                        }
                    };
                    imports.push(ImportInfo { module: imp.module.to_string(), name: imp.name.to_string(), kind });
                }
            }
            wasmparser::Payload::ExportSection(reader) => {
                for exp in reader {
                    let exp = exp.map_err(invalid)?;
                    if exp.name.starts_with(EXPORT_PREFIX) {
                        return Err(InputError::Unsupported {
                            name: name.into(),
                            msg: format!("export name \"{}\" is reserved for the oracle", exp.name),
                        });
                    }
                    let kind = match exp.kind {
                        wasmparser::ExternalKind::Func | wasmparser::ExternalKind::FuncExact => {
                            let id = types.core_function_at(exp.index);
                            ExportKind::Func(convert_sig(types[id].unwrap_func(), name)?)
                        }
                        wasmparser::ExternalKind::Global => ExportKind::Global,
                        wasmparser::ExternalKind::Memory => ExportKind::Memory,
                        wasmparser::ExternalKind::Table => ExportKind::Table,
                        wasmparser::ExternalKind::Tag => ExportKind::Tag,
                    };
                    exports.push(ExportInfo { name: exp.name.to_string(), kind, index: exp.index });
                }
            }
            wasmparser::Payload::StartSection { .. } => has_start = true,
            _ => {}
        }
    }
    let globals =
        (0..types.global_count()).map(|i| convert_global(&types.global_at(i), name)).collect::<Result<Vec<_>, _>>()?;
    let memories: Vec<MemoryInfo> = (0..types.memory_count()).map(|i| convert_memory(&types.memory_at(i))).collect();
    let tables =
        (0..types.table_count()).map(|i| convert_table(&types.table_at(i), name)).collect::<Result<Vec<_>, _>>()?;
    let funcs = types.function_count();
    let func_refs = declared_refs(wasm).map_err(invalid)?;
    let wasm = instrument(wasm, globals.len() as u32, memories.len() as u32, tables.len() as u32, &func_refs)
        .map_err(invalid)?;
    Ok(PreparedModule {
        name: name.to_string(),
        wasm,
        imports,
        exports,
        globals,
        memories,
        tables,
        funcs,
        func_refs,
        has_start,
    })
}

/// Section ids in their required order, for placing new sections.
fn section_rank(id: u8) -> Option<u8> {
    // type, import, function, table, memory, tag, global, export, start,
    // element, datacount, code, data
    const ORDER: [u8; 13] = [1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11];
    ORDER.iter().position(|&x| x == id).map(|p| p as u8)
}

fn leb(mut v: u64, out: &mut Vec<u8>) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// A vector section's payload with `items` (already encoded, `n` of them)
/// appended; `None` payload: a new section.
fn append_items(payload: Option<&[u8]>, n: u32, items: &[u8]) -> Result<Vec<u8>, wasmparser::BinaryReaderError> {
    let (count, rest) = match payload {
        Some(p) => {
            let mut r = wasmparser::BinaryReader::new(p, 0);
            let c = r.read_var_u32()?;
            (c, &p[r.original_position() as usize..])
        }
        None => (0, &[][..]),
    };
    let mut out = Vec::new();
    leb((count + n) as u64, &mut out);
    out.extend_from_slice(rest);
    out.extend_from_slice(items);
    Ok(out)
}

/// What instrumentation adds to a module (see [`instrument`]).
struct Added {
    exports: Vec<u8>,
    n_exports: u32,
    /// The identity table (`__cco_ftab`) and its element segment, when the
    /// module has functions.
    table: Option<(Vec<u8>, Vec<u8>)>,
}

/// The functions of a module a reference can ever name: `ref.func x` is
/// only valid for functions in an element segment (active, passive or
/// declarative), exported, or named by a global's initialiser, and so only
/// those can be in a table or a funcref value. Sorted, without duplicates.
pub fn declared_refs(wasm: &[u8]) -> Result<Vec<u32>, wasmparser::BinaryReaderError> {
    use wasmparser::{ElementItems, Operator, Payload};
    let mut refs = std::collections::BTreeSet::new();
    let scan_expr = |expr: wasmparser::ConstExpr, refs: &mut std::collections::BTreeSet<u32>| {
        let mut r = expr.get_operators_reader();
        while !r.eof() {
            if let Ok(Operator::RefFunc { function_index }) = r.read() {
                refs.insert(function_index);
            } else {
                break;
            }
        }
    };
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload? {
            Payload::ElementSection(r) => {
                for e in r {
                    match e?.items {
                        ElementItems::Functions(fs) => {
                            for f in fs {
                                refs.insert(f?);
                            }
                        }
                        ElementItems::Expressions(_, es) => {
                            for ex in es {
                                scan_expr(ex?, &mut refs);
                            }
                        }
                    }
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e?;
                    if matches!(e.kind, wasmparser::ExternalKind::Func | wasmparser::ExternalKind::FuncExact) {
                        refs.insert(e.index);
                    }
                }
            }
            Payload::GlobalSection(r) => {
                for g in r {
                    scan_expr(g?.init_expr, &mut refs);
                }
            }
            _ => {}
        }
    }
    Ok(refs.into_iter().collect())
}

fn added_items(globals: u32, memories: u32, tables: u32, refs: &[u32]) -> Added {
    let mut exports = Vec::new();
    let mut n = 0;
    let mut export = |name: &str, kind: u8, index: u32| {
        leb(name.len() as u64, &mut exports);
        exports.extend_from_slice(name.as_bytes());
        exports.push(kind);
        leb(index as u64, &mut exports);
        n += 1;
    };
    for g in 0..globals {
        export(&global_export(g), 0x03, g);
    }
    for m in 0..memories {
        export(&memory_export(m), 0x02, m);
    }
    for t in 0..tables {
        export(&table_export(t), 0x01, t);
    }
    let nrefs = refs.len() as u64;
    let table = (nrefs > 0).then(|| {
        export(FUNC_TABLE_EXPORT, 0x01, tables);
        // (table n n funcref)
        let mut table = vec![0x70, 0x01];
        leb(nrefs, &mut table);
        leb(nrefs, &mut table);
        // (elem (table N) (i32.const 0) func r0 r1 ...)
        let mut elem = vec![0x02];
        leb(tables as u64, &mut elem);
        elem.extend_from_slice(&[0x41, 0x00, 0x0b, 0x00]);
        leb(nrefs, &mut elem);
        for f in refs {
            leb(*f as u64, &mut elem);
        }
        (table, elem)
    });
    Added { exports, n_exports: n, table }
}

/// Instruments a module so that the host can see its internal state:
/// every global, memory and table is exported under a reserved name
/// (`__cco_g<N>`, `__cco_m<N>`, `__cco_t<N>`, imported ones included), and
/// a table `__cco_ftab` holds every function a reference can name (the
/// module's declared references, [`declared_refs`]), so that an engine can
/// name any function reference it meets (see [`crate::value::FuncId`]).
/// Functions that no reference can name are left out on purpose: putting
/// them in a table would make them escape, which a compiler may treat
/// differently (a calling convention that gives internal functions a
/// hidden parameter would then never use it). The table is the module's
/// last; its element segment is the last one and names only that table,
/// so no other table's segments change. Every other section is copied byte
/// for byte.
pub fn instrument(
    wasm: &[u8],
    globals: u32,
    memories: u32,
    tables: u32,
    refs: &[u32],
) -> Result<Vec<u8>, wasmparser::BinaryReaderError> {
    use wasm_encoder::{Module, RawSection};
    let add = added_items(globals, memories, tables, refs);
    // (section id, items to append, their count), in section order.
    let mut pending: Vec<(u8, Vec<u8>, u32)> = Vec::new();
    if let Some((t, _)) = &add.table {
        pending.push((4, t.clone(), 1));
    }
    pending.push((7, add.exports.clone(), add.n_exports));
    if let Some((_, e)) = &add.table {
        pending.push((9, e.clone(), 1));
    }
    let mut module = Module::new();
    let emit = |module: &mut Module, id: u8, payload: Option<&[u8]>, items: &[u8], n: u32| {
        let data = append_items(payload, n, items)?;
        module.section(&RawSection { id, data: &data });
        Ok::<(), wasmparser::BinaryReaderError>(())
    };
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let payload = payload?;
        let Some((id, range)) = payload.as_section() else {
            continue;
        };
        let data = &wasm[range.start as usize..range.end as usize];
        // New sections that must come before this one.
        if let Some(rank) = section_rank(id) {
            while let Some(p) = pending.first() {
                if section_rank(p.0).unwrap() >= rank {
                    break;
                }
                let (pid, items, n) = pending.remove(0);
                emit(&mut module, pid, None, &items, n)?;
            }
        }
        match pending.iter().position(|p| p.0 == id) {
            Some(i) => {
                let (pid, items, n) = pending.remove(i);
                emit(&mut module, pid, Some(data), &items, n)?;
            }
            None => {
                module.section(&RawSection { id, data });
            }
        }
    }
    for (pid, items, n) in pending {
        emit(&mut module, pid, None, &items, n)?;
    }
    Ok(module.finish())
}

/// Pretty WAT of a binary module (for reports).
pub fn to_wat(wasm: &[u8]) -> Cow<'static, str> {
    match wasmprinter::print_bytes(wasm) {
        Ok(s) => Cow::Owned(s),
        Err(e) => Cow::Owned(format!(";; cannot print module: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instrumentation_exports_every_global_and_memory() {
        let wasm = wat::parse_str(
            r#"(module
                 (import "env" "g" (global i32))
                 (global (mut i64) (i64.const 7))
                 (memory 1)
                 (func (export "f") (result i32) (global.get 0)))"#,
        )
        .unwrap();
        let m = prepare_module("m", &wasm).unwrap();
        assert_eq!(m.globals.len(), 2);
        assert_eq!(m.memories.len(), 1);
        let text = to_wat(&m.wasm);
        assert!(text.contains("(export \"__cco_g0\" (global 0))"), "{text}");
        assert!(text.contains("(export \"__cco_g1\" (global 1))"), "{text}");
        assert!(text.contains("(export \"__cco_m0\" (memory 0))"), "{text}");
        assert!(text.contains("(export \"f\" (func"), "{text}");
    }

    #[test]
    fn instrumentation_creates_export_section_in_order() {
        let wasm = wat::parse_str(r#"(module (global (mut i32) (i32.const 1)) (func) (start 0))"#).unwrap();
        let m = prepare_module("m", &wasm).unwrap();
        wasmparser::Validator::new_with_features(features()).validate_all(&m.wasm).unwrap();
        assert!(m.has_start);
    }

    #[test]
    fn invalid_and_unsupported_are_told_apart() {
        let bad = prepare_module("m", b"\0asm\x01\0\0\0\x05").unwrap_err();
        assert!(matches!(bad, InputError::InvalidWasm { .. }), "{bad}");
        let gc = wat::parse_str(r#"(module (type (struct)) (func (result (ref null 0)) ref.null 0))"#).unwrap();
        let e = prepare_module("m", &gc).unwrap_err();
        assert!(matches!(e, InputError::Unsupported { .. }), "{e}");
    }
}
