//! Cases: what the oracle runs. A case is one or more modules linked in
//! order, a host plan saying what each imported host function does, and the
//! invocations to make.
//!
//! Linking rule: an import of instance `k` whose module name equals the name
//! of an earlier instance, and whose field that instance exports, binds to
//! that export (the latest such instance wins). Every other import is served
//! by the host: functions by the recording host, globals, memories and tables
//! by host-owned objects with deterministic initial values.

use crate::value::Val;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// One module of a case, as the user gave it (not instrumented).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseModule {
    /// Name other modules import it by (a file's stem).
    pub name: String,
    /// The binary module.
    #[serde(with = "hex_bytes")]
    pub wasm: Vec<u8>,
}

/// A call the driver makes after all modules are instantiated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Invocation {
    pub instance: usize,
    pub export: String,
    pub args: Vec<Val>,
}

/// One step of a scripted case (see [`Case::script`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// Instantiate module `instance`; its imports bind to what is live at
    /// this point.
    Instantiate { instance: usize },
    /// Call an export of a live instance.
    Invoke(Invocation),
}

/// Which of Wasmer's host-function paths serves an import. The reference
/// always uses its dynamic path.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HostFnStyle {
    /// `Function::new_with_env`: any signature.
    #[default]
    Dynamic,
    /// `Function::new_typed_with_env`: used where the signature is one the
    /// adapter can build typed (see `engine::wasmer::typed`); otherwise the
    /// dynamic path is used and the trace notes it.
    Typed,
}

/// What a global write by the host stores.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GlobalValue {
    /// These bits, truncated to the global's type.
    Const(u64),
    /// The current value minus this amount (integers only; floats: replaced
    /// by the amount). Models a host that moves `__stack_pointer`.
    Sub(u64),
    /// A value derived from the host call's arguments, so that a wrong
    /// argument shows in the guest's later state.
    FromArgs,
}

/// One side effect a host function performs when called.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "snake_case")]
pub enum Action {
    /// Write global `global` (index space of `instance`, imports included).
    SetGlobal { instance: usize, global: u32, value: GlobalValue },
    /// Write bytes derived from the call's arguments at `offset` of memory
    /// `memory` of `instance`.
    WriteMemory { instance: usize, memory: u32, offset: u64, len: u32 },
    /// Grow memory `memory` of `instance` by `delta` pages.
    GrowMemory { instance: usize, memory: u32, delta: u64 },
    /// Store `value` in slot `slot` of table `table` of `instance`: a
    /// function reference by identity (`{"t": "funcref", "v": {"instance":
    /// 1, "index": 3}}`: any function of a live instance's index space, host
    /// functions included), an external reference by handle, or null.
    SetTable { instance: usize, table: u32, slot: u64, value: Val },
    /// Grow table `table` of `instance` by `delta` elements set to `value`.
    GrowTable { instance: usize, table: u32, delta: u64, value: Val },
    /// Call export `export` of `instance` with canary arguments, if the
    /// callback depth allows. A trap in the callback makes the host trap.
    CallExport { instance: usize, export: String },
    /// Fail the host call with a trap.
    Trap,
}

/// A side effect, and on which calls of its function it happens.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Effect {
    /// Only on the n-th call (0-based) of this import; every call when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_call: Option<u32>,
    #[serde(flatten)]
    pub action: Action,
}

/// The plan of one imported host function, matched by module and field name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HostFnPlan {
    pub module: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<HostFnStyle>,
    #[serde(default)]
    pub effects: Vec<Effect>,
}

/// What the host does. Functions without a plan entry return values derived
/// from their arguments and have no side effects.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HostPlan {
    /// Style of functions without their own `style`.
    #[serde(default)]
    pub style: HostFnStyle,
    /// Maximum nesting of host → guest callbacks.
    #[serde(default = "default_max_depth")]
    pub max_depth: u32,
    #[serde(default)]
    pub functions: Vec<HostFnPlan>,
}

fn default_max_depth() -> u32 {
    3
}

impl Default for HostPlan {
    fn default() -> Self {
        HostPlan { style: HostFnStyle::Dynamic, max_depth: default_max_depth(), functions: Vec::new() }
    }
}

impl HostPlan {
    pub fn function(&self, module: &str, name: &str) -> Option<&HostFnPlan> {
        self.functions.iter().find(|f| f.module == module && f.name == name)
    }

    pub fn style_of(&self, module: &str, name: &str) -> HostFnStyle {
        self.function(module, name).and_then(|f| f.style).unwrap_or(self.style)
    }
}

/// A complete case.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Case {
    pub modules: Vec<CaseModule>,
    #[serde(default)]
    pub plan: HostPlan,
    /// Invocations; when absent, every exported function of every instance
    /// is called twice, with canary and with edge arguments (see
    /// [`crate::prepare::default_invocations`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invocations: Option<Vec<Invocation>>,
    /// A script: instantiations and invocations interleaved, as a spec test
    /// script orders them (`ccoracle spec`). When present it replaces the
    /// default order (every module instantiated in order, then the
    /// invocations) and `invocations` must be absent. Unlike the default
    /// order, a failed instantiation does not end a script: the instance
    /// stays absent and later steps that need it are skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script: Option<Vec<Step>>,
    /// A WASI program's world (arguments, environment, stdin, files; see
    /// [`crate::wasi`]). A case whose modules import
    /// `wasi_snapshot_preview1` gets an empty one (the program's name as
    /// its only argument) when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wasi: Option<crate::wasi::WasiConfig>,
}

/// Errors in what the user handed in: always reported as one line, exit 2.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: cannot read: {err}")]
    Read { path: String, err: std::io::Error },
    #[error("{path}: not valid WAT: {msg}")]
    BadWat { path: String, msg: String },
    #[error("{name}: invalid wasm: {msg}")]
    InvalidWasm { name: String, msg: String },
    #[error("{name}: unsupported: {msg}")]
    Unsupported { name: String, msg: String },
    #[error("{0}")]
    Other(String),
}

/// Reads a `.wat` or `.wasm` file (by content: a file starting with the
/// wasm magic is binary, anything else is parsed as WAT).
pub fn read_module_file(path: &Path) -> Result<Vec<u8>, InputError> {
    let p = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|err| InputError::Read { path: p.clone(), err })?;
    if bytes.starts_with(b"\0asm") {
        return Ok(bytes);
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| InputError::BadWat { path: p.clone(), msg: "neither wasm nor UTF-8 text".into() })?;
    wat::parse_str(&text).map_err(|e| {
        let msg = e.to_string().lines().next().unwrap_or("").to_string();
        InputError::BadWat { path: p, msg }
    })
}

impl Case {
    /// A case from module files linked in the order given, named by stem.
    pub fn from_files(paths: &[impl AsRef<Path>]) -> Result<Case, InputError> {
        if paths.is_empty() {
            return Err(InputError::Other("no module given".into()));
        }
        let mut modules = Vec::new();
        for p in paths {
            let p = p.as_ref();
            let name = p.file_stem().and_then(|s| s.to_str()).unwrap_or("module").to_string();
            let name = name.strip_suffix(".wat").or(name.strip_suffix(".wasm")).unwrap_or(&name).to_string();
            modules.push(CaseModule { name, wasm: read_module_file(p)? });
        }
        Ok(Case { modules, ..Case::default() })
    }

    /// A single-module case from WAT text (for tests and generators).
    pub fn from_wat(name: &str, wat: &str) -> Result<Case, InputError> {
        Case::from_wats(&[(name, wat)])
    }

    /// A multi-module case from `(name, WAT)` pairs.
    pub fn from_wats(mods: &[(&str, &str)]) -> Result<Case, InputError> {
        let mut modules = Vec::new();
        for (name, text) in mods {
            let wasm = wat::parse_str(text).map_err(|e| InputError::BadWat {
                path: name.to_string(),
                msg: e.to_string().lines().next().unwrap_or("").to_string(),
            })?;
            modules.push(CaseModule { name: name.to_string(), wasm });
        }
        Ok(Case { modules, ..Case::default() })
    }

    pub fn with_plan(mut self, plan: HostPlan) -> Case {
        self.plan = plan;
        self
    }
}

mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        let mut out = String::with_capacity(bytes.len() * 2);
        for b in bytes {
            out.push_str(&format!("{b:02x}"));
        }
        s.serialize_str(&out)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        if s.len() % 2 != 0 {
            return Err(serde::de::Error::custom("odd hex length"));
        }
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).map_err(serde::de::Error::custom))
            .collect()
    }
}
