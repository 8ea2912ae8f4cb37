//! The LLVM IR level: what Wasmer's LLVM backend made of a module, read
//! with inkwell (the same inkwell and LLVM as `wasmer-compiler-llvm`, so
//! no second LLVM is linked).
//!
//! [`capture`] compiles each module of a case with Wasmer's
//! `LLVMCallbacks` for a configuration, and [`IrModule::load`] reads the
//! per-function `.ll` files into a small model of what matters to a
//! calling convention: each function's parameters (the hidden `vmctx` and
//! `m0_base_ptr`), and each *Wasm call site* — one Wasm `call`,
//! `call_indirect` or tail call, which the m0 translation may turn into two
//! LLVM calls (the with-m0/without-m0 diamond on an import's flag, the
//! local/foreign switch of `call_indirect`) — with its callee, its
//! arguments and where its hidden ones come from. [`explain`] prints it
//! side by side with and without pass-params; [`audit`] checks the
//! convention's invariants on it against how the case links its instances.
//!
//! Shapes read here are those of `wasmer-compiler-llvm` 7.5
//! (`src/translator/code.rs`): value and block names such as
//! `m0_base_ptr`, `vmctx_ptr`, `body_ptr`, `call_block_with_m0`,
//! `local_call_block`, `foreign_call_block`,
//! `unreachable_indirect_call_branch`. Pre-optimisation IR is the default:
//! LLVM folds the `call_indirect` switch away after it.

pub mod audit;
pub mod explain;

use crate::engine::WasmerConfig;
use crate::prepare::PreparedCase;
use inkwell::values::{AnyValue, BasicValueEnum, InstructionOpcode, InstructionValue};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Which dump to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    PreOpt,
    PostOpt,
}

impl Stage {
    fn suffix(self) -> &'static str {
        match self {
            Stage::PreOpt => ".preopt.ll",
            Stage::PostOpt => ".postopt.ll",
        }
    }
}

/// What a Wasm call site calls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Callee {
    /// A local function of the module, by local function index.
    Local(u32),
    /// The function itself.
    SelfCall,
    /// An imported function (through the pointer loaded from the caller's
    /// vmctx).
    Import,
    /// A table entry (`call_indirect`).
    Indirect,
    /// Something else called through a pointer.
    Pointer(String),
}

/// Where a hidden argument comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The function's own `%vmctx` parameter.
    OwnVmctx,
    /// The callee's vmctx from the import (`%vmctx_ptr`).
    ImportVmctx,
    /// The callee's vmctx from the table entry (`%ctx_ptr`).
    EntryVmctx,
    /// The function's own `%m0_base_ptr` parameter.
    OwnM0,
    /// Something else (the value's text).
    Other(String),
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::OwnVmctx => f.write_str("the caller's own vmctx"),
            Source::ImportVmctx => f.write_str("the callee's vmctx, from the import"),
            Source::EntryVmctx => f.write_str("the callee's vmctx, from the table entry"),
            Source::OwnM0 => f.write_str("the caller's own m0 (its %m0_base_ptr parameter)"),
            Source::Other(s) => write!(f, "{s}"),
        }
    }
}

/// One LLVM call of a Wasm call site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LlvmCall {
    /// The basic block it is in.
    pub block: String,
    /// The instruction, as LLVM prints it.
    pub text: String,
    /// `tail` or `musttail`.
    pub tail: bool,
    /// Hidden arguments: vmctx, and m0 if passed.
    pub vmctx: Source,
    pub m0: Option<Source>,
    /// The Wasm arguments, as LLVM prints them.
    pub args: Vec<String>,
}

/// A Wasm call site: one or two LLVM calls and, for `call_indirect` with
/// m0, the dispatch that chooses between them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    pub callee: Callee,
    pub calls: Vec<LlvmCall>,
    /// Only for an import with m0: the run-time flag the diamond branches on.
    pub on_flag: bool,
    pub dispatch: Option<Dispatch>,
}

impl Site {
    /// The call that passes m0, and the one that does not.
    pub fn with_m0(&self) -> Option<&LlvmCall> {
        self.calls.iter().find(|c| c.m0.is_some())
    }
    pub fn without_m0(&self) -> Option<&LlvmCall> {
        self.calls.iter().find(|c| c.m0.is_none())
    }
}

/// The switch `call_indirect` builds with m0: case value -> passes m0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dispatch {
    pub cases: BTreeMap<i64, bool>,
    /// The default block is a bare `unreachable`.
    pub default_unreachable: bool,
}

/// One compiled function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IrFunction {
    /// LLVM symbol.
    pub symbol: String,
    /// Local function index.
    pub local: u32,
    /// Its parameters as LLVM names them (`vmctx`, `m0_base_ptr`, or `%N`).
    pub params: Vec<String>,
    pub has_m0: bool,
    pub sites: Vec<Site>,
}

/// The functions of one module as one configuration compiled them.
#[derive(Clone, Debug, Default)]
pub struct IrModule {
    pub functions: BTreeMap<u32, IrFunction>,
    /// Where the `.ll` files are.
    pub dir: PathBuf,
}

/// Compiles module `m` of `case` (its instrumented bytes, as every engine
/// runs them) with `config`, keeping the IR under `dir`.
pub fn capture(case: &PreparedCase, m: usize, config: &WasmerConfig, dir: &Path) -> Result<PathBuf, String> {
    crate::engine::wasmer::capture_ir(config, &case.modules[m].wasm, dir)
}

impl IrModule {
    /// Reads the functions' `.ll` files of a capture directory.
    pub fn load(dir: &Path, stage: Stage) -> Result<IrModule, String> {
        let mut out = IrModule { dir: dir.to_path_buf(), ..Default::default() };
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().ends_with(stage.suffix()))
            .filter(|p| !p.file_name().unwrap_or_default().to_string_lossy().starts_with("trampoline_"))
            .collect();
        files.sort();
        let ctx = inkwell::context::Context::create();
        for f in files {
            let buf = inkwell::memory_buffer::MemoryBuffer::create_from_file(&f)
                .map_err(|e| format!("{}: {}", f.display(), e.to_string()))?;
            let module = ctx.create_module_from_ir(buf).map_err(|e| format!("{}: {}", f.display(), e.to_string()))?;
            for func in module.get_functions() {
                if func.count_basic_blocks() == 0 {
                    continue; // a declaration
                }
                let symbol = func.get_name().to_string_lossy().to_string();
                let Some(local) = local_index(&symbol) else { continue };
                out.functions.insert(local, read_function(func, &symbol, local));
            }
        }
        Ok(out)
    }
}

/// The local function index of a definition's symbol: `f<L>`, or
/// `<name>_<L>` for a function the name section names.
pub fn local_index(symbol: &str) -> Option<u32> {
    if let Some(n) = symbol.strip_prefix('f').and_then(|d| d.parse().ok()) {
        return Some(n);
    }
    symbol.rsplit_once('_').and_then(|(_, d)| d.parse().ok())
}

fn name_of(v: &BasicValueEnum) -> String {
    let n = match v {
        BasicValueEnum::PointerValue(p) => p.get_name().to_string_lossy().to_string(),
        BasicValueEnum::IntValue(i) => i.get_name().to_string_lossy().to_string(),
        BasicValueEnum::FloatValue(x) => x.get_name().to_string_lossy().to_string(),
        BasicValueEnum::VectorValue(x) => x.get_name().to_string_lossy().to_string(),
        BasicValueEnum::StructValue(x) => x.get_name().to_string_lossy().to_string(),
        BasicValueEnum::ArrayValue(x) => x.get_name().to_string_lossy().to_string(),
        _ => String::new(),
    };
    if n.is_empty() {
        // An unnamed value or a constant: as LLVM prints it, without type.
        let t = v.print_to_string().to_string();
        t.trim().to_string()
    } else {
        format!("%{n}")
    }
}

/// An instruction's operands as values; `None` for those that are not
/// first-class values (basic blocks, and the metadata, token and label
/// operands real programs' IR has, e.g. in calls of intrinsics), which
/// inkwell cannot represent (it panics on them), and the model never needs.
fn operands(inst: InstructionValue) -> Vec<Option<BasicValueEnum>> {
    use inkwell::llvm_sys::core::{LLVMGetOperand, LLVMGetTypeKind, LLVMTypeOf};
    use inkwell::llvm_sys::LLVMTypeKind as K;
    use inkwell::values::AsValueRef;
    (0..inst.get_num_operands())
        .map(|i| {
            // SAFETY: `i` is below the operand count of a live instruction;
            // an operand always has a type.
            let kind = unsafe { LLVMGetTypeKind(LLVMTypeOf(LLVMGetOperand(inst.as_value_ref(), i))) };
            if matches!(
                kind,
                K::LLVMMetadataTypeKind | K::LLVMTokenTypeKind | K::LLVMLabelTypeKind | K::LLVMVoidTypeKind
            ) {
                return None;
            }
            match inst.get_operand(i) {
                Some(inkwell::values::Operand::Value(v)) => Some(v),
                _ => None,
            }
        })
        .collect()
}

fn source(name: &str) -> Source {
    let bare = name.trim_start_matches('%');
    let stem = bare.trim_end_matches(|c: char| c.is_ascii_digit());
    match stem {
        "vmctx" => Source::OwnVmctx,
        "vmctx_ptr" => Source::ImportVmctx,
        "ctx_ptr" => Source::EntryVmctx,
        "m0_base_ptr" => Source::OwnM0,
        _ => Source::Other(name.to_string()),
    }
}

fn read_function(func: inkwell::values::FunctionValue, symbol: &str, local: u32) -> IrFunction {
    let params: Vec<String> = func.get_params().iter().map(name_of).collect();
    let has_m0 = params.iter().any(|p| p == "%m0_base_ptr");
    let mut sites: Vec<Site> = Vec::new();
    // The callee value of the last site, to group the calls of one Wasm
    // call site (they call the same loaded pointer).
    let mut last_ptr: Option<String> = None;
    let mut switches: Vec<(Dispatch, String)> = Vec::new();
    for bb in func.get_basic_blocks() {
        let block = bb.get_name().to_string_lossy().to_string();
        let mut inst = bb.get_first_instruction();
        while let Some(i) = inst {
            inst = i.get_next_instruction();
            match i.get_opcode() {
                InstructionOpcode::Switch => {
                    if let Some(d) = read_switch(i) {
                        switches.push(d);
                    }
                }
                InstructionOpcode::Call | InstructionOpcode::Invoke => {
                    let ops = operands(i);
                    let Some(Some(callee_v)) = ops.last() else { continue };
                    let is_invoke = i.get_opcode() == InstructionOpcode::Invoke;
                    let nargs = ops.len().saturating_sub(if is_invoke { 3 } else { 1 });
                    let args: Vec<String> =
                        ops[..nargs].iter().map(|a| a.as_ref().map(name_of).unwrap_or_default()).collect();
                    // A direct call names a function; an indirect one calls
                    // a loaded pointer.
                    let direct = inkwell::values::CallSiteValue::try_from(i).ok().and_then(|c| c.get_called_fn_value());
                    let global = direct.is_some();
                    let callee_name = match direct {
                        Some(f) => f.get_name().to_string_lossy().to_string(),
                        None => name_of(callee_v),
                    };
                    let callee = if global {
                        let sym = callee_name.as_str();
                        if sym.starts_with("llvm.") || sym.starts_with("wasmer_") || sym.starts_with("__") {
                            continue; // intrinsics and libcalls
                        }
                        if sym == symbol {
                            Callee::SelfCall
                        } else if let Some(l) = sym.strip_prefix('f').and_then(|d| d.parse().ok()) {
                            Callee::Local(l)
                        } else {
                            continue;
                        }
                    } else {
                        let stem = callee_name.trim_start_matches('%').trim_end_matches(|c: char| c.is_ascii_digit());
                        match stem {
                            "body_ptr" => Callee::Import,
                            "func_ptr" | "typed_func_ptr" | "anyfunc_func_ptr" => Callee::Indirect,
                            _ => Callee::Pointer(callee_name.clone()),
                        }
                    };
                    // The hidden vmctx is first; whether the next argument
                    // is m0 is decided per site below.
                    let text = i.print_to_string().to_string().trim().to_string();
                    let tail = text.contains("tail call");
                    // Multi-value results come back through a first `sret`
                    // pointer argument, before vmctx.
                    let mut args = args;
                    if text.contains("ptr sret(") && !args.is_empty() {
                        args.remove(0);
                    }
                    let vmctx = args.first().map(|a| source(a)).unwrap_or(Source::Other("none".into()));
                    let call = LlvmCall { block: block.clone(), text, tail, vmctx, m0: None, args: args.clone() };
                    let ptr = (!global).then(|| callee_name.clone());
                    // The two arms of one Wasm call call the same loaded
                    // pointer, one with an extra (m0) argument.
                    let same_site = ptr.is_some()
                        && ptr == last_ptr
                        && sites.last().is_some_and(|s| {
                            s.calls.len() == 1 && s.calls[0].args.len().abs_diff(call.args.len()) == 1
                        });
                    if same_site {
                        sites.last_mut().unwrap().calls.push(call);
                    } else {
                        sites.push(Site { callee, calls: vec![call], on_flag: false, dispatch: None });
                    }
                    last_ptr = ptr;
                }
                _ => {}
            }
        }
    }
    // Attach each call_indirect switch to the site whose calls are in its
    // case blocks.
    for (d, targets) in switches {
        if let Some(s) = sites.iter_mut().find(|s| s.calls.iter().any(|c| targets.contains(&format!("|{}|", c.block))))
        {
            s.dispatch = Some(d);
        }
    }
    for s in &mut sites {
        s.on_flag = s.callee == Callee::Import && s.calls.len() == 2;
        // Which call passes m0: of two arms, the one with the extra
        // argument; a call of a local function when the function has m0
        // (one decision per module); any other single call when its second
        // argument is the function's own m0 (a Wasm reference argument is a
        // pointer too, so the type cannot tell).
        let most = s.calls.iter().map(|c| c.args.len()).max().unwrap_or(0);
        let two = s.calls.len() == 2;
        let local = matches!(s.callee, Callee::Local(_) | Callee::SelfCall);
        for c in &mut s.calls {
            let has = if two {
                c.args.len() == most
            } else if local {
                has_m0
            } else {
                c.args.get(1).is_some_and(|a| a == "%m0_base_ptr")
            };
            c.args.remove(0); // vmctx
            if has && !c.args.is_empty() {
                c.m0 = Some(source(&c.args.remove(0)));
            }
        }
    }
    IrFunction { symbol: symbol.to_string(), local, params, has_m0, sites }
}

/// A `switch` whose cases lead to `local_call_block`/`foreign_call_block`:
/// the dispatch, and the names of its target blocks (`|name|` each). Read
/// from the instruction's text (`switch i32 %x, label %default [ i32 1,
/// label %local_call_block ... ]`).
fn read_switch(i: InstructionValue) -> Option<(Dispatch, String)> {
    let text = i.print_to_string().to_string();
    let (head, body) = text.split_once('[')?;
    let default = head.rsplit("label %").next()?.trim().trim_end_matches(',').to_string();
    let mut cases = BTreeMap::new();
    let mut targets = String::new();
    for line in body.lines() {
        let line = line.trim().trim_end_matches(']').trim();
        let Some((value, dest)) = line.split_once(", label %") else { continue };
        let value: i64 = value.split_whitespace().last()?.parse().ok()?;
        let dest = dest.trim().to_string();
        let local = dest.starts_with("local_call_block");
        if !(local || dest.starts_with("foreign_call_block")) {
            return None;
        }
        targets.push_str(&format!("|{dest}|"));
        cases.insert(value, local);
    }
    if cases.is_empty() {
        return None;
    }
    // The default block: a bare `unreachable`?
    let parent = i.get_parent()?.get_parent()?;
    let default_unreachable = parent
        .get_basic_blocks()
        .into_iter()
        .find(|b| b.get_name().to_string_lossy() == default)
        .and_then(|b| b.get_first_instruction())
        .is_some_and(|x| x.get_opcode() == InstructionOpcode::Unreachable);
    Some((Dispatch { cases, default_unreachable }, targets))
}

/// The IR of every module of a case, with and without pass-params (for
/// `config`'s opt level and memory style), captured under `dir`.
pub struct CaseIr {
    /// Per module: (with pass-params, without).
    pub modules: Vec<(IrModule, IrModule)>,
}

impl CaseIr {
    pub fn capture(case: &PreparedCase, config: &WasmerConfig, stage: Stage, dir: &Path) -> Result<CaseIr, String> {
        let mut modules = Vec::new();
        for m in 0..case.modules.len() {
            let one = |on: bool| -> Result<IrModule, String> {
                let c = WasmerConfig { pass_params: on, ..*config };
                let d = dir.join(format!("{m:02}-{}", if on { "with" } else { "without" }));
                let sub = capture(case, m, &c, &d)?;
                IrModule::load(&sub, stage)
            };
            let with = one(true).map_err(|e| format!("module {}: {e}", case.modules[m].name))?;
            let without = one(false).map_err(|e| format!("module {}: {e}", case.modules[m].name))?;
            modules.push((with, without));
        }
        Ok(CaseIr { modules })
    }
}

/// Whether this build reads its Wasmer's IR shapes: the rules and names
/// here are those of Wasmer 7.5's m0 translation; 7.0.1's g0m0 translation
/// names and passes its hidden values differently.
pub const SHAPES_KNOWN: bool = !cfg!(feature = "g0m0");

/// The "At the IR level" section of a report on a diverging `verdict`: the
/// IR of the Wasmer configuration pair that diverged (its opt level and
/// memory style; the first Wasmer pair of `lineup` otherwise), audited,
/// with the flagged call sites. Empty when the verdict does not diverge.
pub fn report_section(
    case: &PreparedCase,
    lineup: &crate::engine::Lineup,
    verdict: &crate::compare::Verdict,
) -> String {
    use crate::engine::EngineSpec;
    let crate::compare::Verdict::Diverge(d) = verdict else {
        return String::new();
    };
    if !SHAPES_KNOWN {
        return "## At the IR level\n\nNot available in this build: the IR rules read Wasmer 7.5's m0 translation.\n\n"
            .into();
    }
    let wasmer = |e: &EngineSpec| match e {
        EngineSpec::Wasmer(c) => Some(*c),
        _ => None,
    };
    let pair = lineup
        .pairs
        .iter()
        .find(|(a, b)| [a.label(), b.label()].iter().any(|l| *l == d.left_engine || *l == d.right_engine))
        .or(lineup.pairs.first());
    let Some(config) = pair.and_then(|(a, b)| wasmer(a).or(wasmer(b))) else {
        return String::new();
    };
    let config = WasmerConfig { pass_params: true, ..config };
    let dir = std::env::temp_dir().join(format!("ccoracle-ir-report-{}", std::process::id()));
    let out = match CaseIr::capture(case, &config, Stage::PreOpt, &dir) {
        Ok(ir) => {
            let with: Vec<IrModule> = ir.modules.iter().map(|(w, _)| w.clone()).collect();
            let a = audit::audit(case, &with, &config);
            let memory = match config.memory {
                crate::engine::MemoryStyle::Static => "static",
                crate::engine::MemoryStyle::Dynamic => "dynamic",
            };
            let compiled = format!("{:?}, {memory} memories", config.opt);
            explain::report_section(case, &ir, &a, &compiled)
        }
        Err(e) => format!("## At the IR level\n\nThe IR could not be captured: {e}\n\n"),
    };
    let _ = std::fs::remove_dir_all(&dir);
    out
}

/// The static audit of `case` as `config` (pass-params forced on) compiles
/// it. Only that compilation is captured, under `dir`, which is removed
/// afterwards.
pub fn audit_case(case: &PreparedCase, config: &WasmerConfig, dir: &Path) -> Result<audit::Audit, String> {
    let config = WasmerConfig { pass_params: true, ..*config };
    let with: Result<Vec<IrModule>, String> = (0..case.modules.len())
        .map(|m| {
            let sub = capture(case, m, &config, &dir.join(format!("{m:02}")))
                .map_err(|e| format!("module {}: {e}", case.modules[m].name))?;
            IrModule::load(&sub, Stage::PreOpt)
        })
        .collect();
    let _ = std::fs::remove_dir_all(dir);
    Ok(audit::audit(case, &with?, &config))
}
