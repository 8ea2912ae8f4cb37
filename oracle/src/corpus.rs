//! The regression corpus: one directory per case under `corpus/`, holding
//! the modules as WAT and a `case.json` that says what the case guards,
//! where it came from, its host plan and invocations, and the expected
//! verdict per target.
//!
//! ```json
//! {
//!   "about": "what it guards, in a sentence or two",
//!   "origin": "hand-written | fuzz campaign of <date> | ...",
//!   "modules": ["lib.wat", "app.wat"],
//!   "plan": { ... },                      // optional, see case::HostPlan
//!   "invocations": [ ... ],               // optional, default: every export
//!   "lineup": { "memory": ["static"] },   // optional
//!   "expect": {
//!     "wasmer-7.5": { "verdict": "diverge",
//!                     "signature": "pass-params/invoke/outcome-value-vs-value",
//!                     "why": "explanation of the bug" }
//!   }
//! }
//! ```
//!
//! An expectation may list `or_signatures`, other signatures it accepts,
//! for undefined behaviour whose symptom depends on the address-space
//! layout (a wild access that traps or kills the process).
//!
//! A target without an expectation is expected to agree. The verdict
//! `unsupported` says that the target rejects the case's modules altogether
//! (both configurations of the SUT fail to compile it, e.g. Wasmer 7.0.1 has
//! no tail calls).

use crate::case::{read_module_file, Case, CaseModule, HostPlan, InputError, Invocation, Step};
use crate::check::CheckResult;
use crate::compare::Verdict;
use crate::engine::{Lineup, MemoryStyle, OptLevel};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The name of the target this build runs against.
pub fn current_target() -> String {
    format!("wasmer-{}", crate::engine::wasmer::VERSION)
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Expectation {
    /// `agree`, `diverge`, `inconclusive` or `unsupported`.
    pub verdict: String,
    /// For `diverge`: the divergence signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// For `diverge`: other signatures accepted too. Only for undefined
    /// behaviour of the system under test (say, a wild memory access that
    /// traps or kills the process depending on the address-space layout):
    /// `why` must say so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub or_signatures: Vec<String>,
    /// Why the case diverges (the bug, in terms of the convention).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    /// The signatures of the other divergences the same check showed
    /// (recorded, not required).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
}

impl Expectation {
    pub fn agree() -> Expectation {
        Expectation { verdict: "agree".into(), signature: None, or_signatures: Vec::new(), why: None, also: Vec::new() }
    }

    pub fn of(v: &Verdict) -> Expectation {
        Expectation {
            verdict: v.name().into(),
            signature: v.signature().map(str::to_string),
            or_signatures: Vec::new(),
            why: None,
            also: v.divergences().iter().skip(1).map(|d| d.signature.clone()).collect(),
        }
    }

    /// Whether `v` is what this expectation says.
    pub fn matches(&self, v: &Verdict) -> bool {
        self.verdict == v.name()
            && (self.verdict != "diverge"
                || self.signature.as_deref() == v.signature()
                || self.or_signatures.iter().any(|s| Some(s.as_str()) == v.signature()))
    }
}

/// Optional line-up settings of a corpus case.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LineupSpec {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub opt: Vec<OptLevel>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub memory: Vec<MemoryStyle>,
}

impl LineupSpec {
    /// The spec of a line-up (empty where it is the default, O3 and
    /// static memories).
    pub fn of(l: &Lineup) -> LineupSpec {
        let mut opt = Vec::new();
        let mut memory = Vec::new();
        for (a, _) in &l.pairs {
            if let crate::engine::EngineSpec::Wasmer(c) = a {
                if !opt.contains(&c.opt) {
                    opt.push(c.opt);
                }
                if !memory.contains(&c.memory) {
                    memory.push(c.memory);
                }
            }
        }
        if opt == [OptLevel::O3] {
            opt.clear();
        }
        if memory == [MemoryStyle::Static] {
            memory.clear();
        }
        LineupSpec { opt, memory }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseFile {
    pub about: String,
    #[serde(default)]
    pub origin: String,
    /// Module files, in link order; a module's name is its file's stem...
    pub modules: Vec<String>,
    /// ...unless names are given here, one per module (several modules
    /// may share a name, as a dynamic-linking case's `env` modules do).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    #[serde(default)]
    pub plan: HostPlan,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invocations: Option<Vec<Invocation>>,
    /// Instantiations and invocations interleaved (see `case::Case::script`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script: Option<Vec<Step>>,
    /// A WASI program's world (see `case::Case::wasi`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wasi: Option<crate::wasi::WasiConfig>,
    #[serde(default)]
    pub lineup: LineupSpec,
    #[serde(default)]
    pub expect: BTreeMap<String, Expectation>,
    /// For a campaign finding: the signature it was saved for (one of the
    /// check's divergences; not always the first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finding: Option<String>,
    /// For a campaign finding: the generator configuration that made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generator: Option<crate::generate::callconv::Config>,
}

/// Records in a campaign finding's case.json which signature it was saved
/// for and the generator configuration that made it.
pub fn set_finding(dir: &Path, sig: &str, cfg: &crate::generate::callconv::Config) -> std::io::Result<()> {
    let path = dir.join("case.json");
    let text = std::fs::read_to_string(&path)?;
    let mut file: CaseFile = serde_json::from_str(&text).map_err(std::io::Error::other)?;
    file.finding = Some(sig.to_string());
    file.generator = Some(cfg.clone());
    std::fs::write(&path, serde_json::to_string_pretty(&file).unwrap() + "\n")
}

/// A corpus case loaded from its directory.
#[derive(Clone, Debug)]
pub struct CorpusCase {
    pub dir: PathBuf,
    pub file: CaseFile,
    pub case: Case,
}

impl CorpusCase {
    pub fn name(&self) -> String {
        self.dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    }

    pub fn lineup(&self) -> Lineup {
        let opt = if self.file.lineup.opt.is_empty() { vec![OptLevel::O3] } else { self.file.lineup.opt.clone() };
        let mem = if self.file.lineup.memory.is_empty() {
            vec![MemoryStyle::Static]
        } else {
            self.file.lineup.memory.clone()
        };
        Lineup::new(&opt, &mem)
    }

    /// The expectation for `target` (agree when none is written).
    pub fn expectation(&self, target: &str) -> Expectation {
        self.file.expect.get(target).cloned().unwrap_or_else(Expectation::agree)
    }

    /// Compares a result with the expectation; `Err` says what to do.
    pub fn judge(&self, target: &str, result: &CheckResult, report: &str) -> Result<(), String> {
        let exp = self.expectation(target);
        if exp.matches(&result.verdict) {
            return Ok(());
        }
        let file = self.dir.join("case.json");
        let mut msg = format!(
            "corpus case {}: expected {}{} on {target}, got {}{}\n",
            self.name(),
            exp.verdict,
            exp.signature.as_ref().map(|s| format!(" ({s})")).unwrap_or_default(),
            result.verdict.name(),
            result.verdict.signature().map(|s| format!(" ({s})")).unwrap_or_default(),
        );
        if exp.verdict == "diverge" && result.verdict.name() == "agree" {
            msg.push_str(&format!(
                "The expected divergence is gone: if the bug was fixed upstream, set \"expect\".\"{target}\" \
                 in {} to {{\"verdict\": \"agree\"}} so the case guards the fix.\n",
                file.display()
            ));
        } else {
            msg.push_str(&format!(
                "If this is the new truth, set \"expect\".\"{target}\" in {} to {} and explain it in \"why\".\n",
                file.display(),
                serde_json::to_string(&Expectation::of(&result.verdict)).unwrap()
            ));
        }
        msg.push_str(report);
        Err(msg)
    }
}

/// Whether `dir` is a corpus case directory.
pub fn is_case_dir(dir: &Path) -> bool {
    dir.join("case.json").is_file()
}

/// Loads one case directory.
pub fn load(dir: &Path) -> Result<CorpusCase, InputError> {
    let path = dir.join("case.json");
    let text =
        std::fs::read_to_string(&path).map_err(|err| InputError::Read { path: path.display().to_string(), err })?;
    let file: CaseFile = serde_json::from_str(&text)
        .map_err(|e| InputError::Other(format!("{}: bad case file: {e}", path.display())))?;
    if file.modules.is_empty() {
        return Err(InputError::Other(format!("{}: no modules listed", path.display())));
    }
    if !file.names.is_empty() && file.names.len() != file.modules.len() {
        return Err(InputError::Other(format!("{}: \"names\" must name every module", path.display())));
    }
    let mut modules = Vec::new();
    for (i, m) in file.modules.iter().enumerate() {
        let p = dir.join(m);
        let name = match file.names.get(i) {
            Some(n) => n.clone(),
            None => Path::new(m).file_stem().and_then(|s| s.to_str()).unwrap_or("module").to_string(),
        };
        modules.push(CaseModule { name, wasm: read_module_file(&p)? });
    }
    let case = Case {
        modules,
        plan: file.plan.clone(),
        invocations: file.invocations.clone(),
        script: file.script.clone(),
        wasi: file.wasi.clone(),
    };
    Ok(CorpusCase { dir: dir.to_path_buf(), file, case })
}

/// Every case directory directly under `root`, sorted by name.
pub fn list(root: &Path) -> Result<Vec<PathBuf>, InputError> {
    let rd = std::fs::read_dir(root).map_err(|err| InputError::Read { path: root.display().to_string(), err })?;
    let mut dirs: Vec<PathBuf> = rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| is_case_dir(p)).collect();
    dirs.sort();
    Ok(dirs)
}
