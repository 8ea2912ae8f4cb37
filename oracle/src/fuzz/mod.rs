//! Fuzzing: the targets (what generates a case), the one-input check used by
//! the cargo-fuzz targets, the `ccoracle fuzz` campaign ([`campaign`],
//! which needs no libFuzzer) and `ccoracle bench` ([`bench`]).

pub mod bench;
pub mod campaign;

pub use bench::{bench, detect, Bench, Detect};
pub use campaign::{
    campaign, parse_duration, worker_loop, CampaignOpts, GenChoice, Stats, SutChoice, WorkerLine, CRASH_ABOUT,
};

use crate::case::Case;
use crate::check::check_in_process;
use crate::compare::Verdict;
use crate::corpus::{CaseFile, Expectation, LineupSpec};
use crate::engine::Lineup;
use crate::generate::callconv::Boundary;
use crate::prepare::PreparedCase;
use arbitrary::Unstructured;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// What generates the cases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    /// The calling-convention generator: 1–3 linked modules built around
    /// boundaries (the default).
    Callconv,
    /// wasm-smith with a fuzzer-chosen configuration and a host plan.
    Smith,
}

impl Target {
    pub fn name(self) -> &'static str {
        match self {
            Target::Callconv => "callconv",
            Target::Smith => "smith",
        }
    }
}

/// A generated case and the boundary kinds it contains.
pub struct Generated {
    pub case: Case,
    pub boundaries: Vec<&'static str>,
}

/// Builds a case from fuzzer bytes, with the default generator
/// configuration.
pub fn generate(target: Target, data: &[u8]) -> arbitrary::Result<Generated> {
    generate_configured(target, data, &crate::generate::callconv::Config::default())
}

/// Builds a case from fuzzer bytes, the calling-convention generator
/// configured by `cfg`.
pub fn generate_configured(
    target: Target,
    data: &[u8],
    cfg: &crate::generate::callconv::Config,
) -> arbitrary::Result<Generated> {
    let mut u = Unstructured::new(data);
    match target {
        Target::Callconv => {
            let g = crate::generate::callconv::generate_with(&mut u, cfg)?;
            Ok(Generated { case: g.case, boundaries: g.boundaries.iter().map(Boundary::name).collect() })
        }
        Target::Smith => Ok(Generated { case: crate::generate::smith::generate(&mut u)?, boundaries: vec!["smith"] }),
    }
}

/// Fuzzer bytes for a seed (for the campaign and seeded tests).
pub fn seed_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 8);
    let mut s = seed;
    while out.len() < len {
        s = s.wrapping_add(1);
        out.extend_from_slice(&crate::value::mix64(s).to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Size a libFuzzer input is extended to before it is handed to a
/// generator (see [`expand_input`]).
pub const FUZZ_INPUT_LEN: usize = 8192;

/// A 64-bit digest of `data`, starting from `init`.
fn digest_from(init: u64, data: &[u8]) -> u64 {
    data.iter().fold(init, |h, &b| crate::value::mix64(h ^ u64::from(b)))
}

/// The bytes a generator gets for a libFuzzer input. libFuzzer starts from
/// empty inputs and grows them a few bytes at a time (`lim: 4` after
/// thousands of runs), and from a few bytes the generators build only
/// trivial cases. So an input shorter than [`FUZZ_INPUT_LEN`] is extended
/// with a stream seeded by its own bytes: every short input is a different
/// whole case, as a `ccoracle fuzz` seed is. (A stream fixed per length,
/// tried first, made short inputs differ only in what their few bytes
/// decide: a 10-minute run found 4 signatures where `ccoracle fuzz` finds
/// more in a minute.) Inputs of [`FUZZ_INPUT_LEN`] bytes or more are the
/// generator's bytes as they are, so a mutation of a long input stays a
/// small change of the case. `ccoracle run --fuzz-input` applies the same
/// extension, so an artifact replays exactly.
pub fn expand_input(data: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if data.len() >= FUZZ_INPUT_LEN {
        return std::borrow::Cow::Borrowed(data);
    }
    let seed = digest_from(0xc0c0_1a5a ^ data.len() as u64, data);
    let mut v = data.to_vec();
    v.extend_from_slice(&seed_bytes(seed, FUZZ_INPUT_LEN - data.len()));
    std::borrow::Cow::Owned(v)
}

/// The case a libFuzzer input of `target` stands for (the input extended as
/// [`expand_input`] says).
pub fn case_of_fuzz_input(target: Target, data: &[u8]) -> arbitrary::Result<Case> {
    generate(target, &expand_input(data)).map(|g| g.case)
}

/// The cargo-fuzz entry: generate, check, and on a divergence panic with
/// the report (libFuzzer keeps the input as a crash artifact: what OSS-Fuzz
/// and ClusterFuzzLite need). With `CCORACLE_FUZZ_FINDINGS=DIR` in the
/// environment, a divergence is saved under DIR instead and the run goes
/// on ([`fuzz_one_with`]). Inputs that do not make a case, cases an engine
/// rejects and inconclusive cases return quietly.
pub fn fuzz_one(target: Target, data: &[u8]) {
    let findings = std::env::var_os("CCORACLE_FUZZ_FINDINGS").map(std::path::PathBuf::from);
    fuzz_one_with(target, data, findings.as_deref());
}

/// [`fuzz_one`] with the findings directory given. With one, a divergence
/// is written as a case directory `DIR/<signature>/` the first time its
/// signature is seen (later inputs of it go to its `duplicates.txt`, like
/// `ccoracle fuzz`), and the function returns: libFuzzer keeps its process,
/// corpus and coverage instead of restarting at every divergence (on Wasmer
/// 7.5 about half of all inputs diverge on known mechanisms, so in fork
/// mode every job would end at its first or second input).
pub fn fuzz_one_with(target: Target, data: &[u8], findings: Option<&Path>) {
    let data = expand_input(data);
    let Ok(g) = generate(target, &data) else {
        return;
    };
    let Ok(prepared) = PreparedCase::new(&g.case) else {
        return;
    };
    let lineup = Lineup::default_lineup();
    let result = check_in_process(&g.case, &lineup, &Vec::new());
    // No state carried to the next input (libFuzzer's rule; and the cache's
    // engines keep every compiled module's code).
    crate::engine::wasmer::compile_cache::clear();
    let Ok(result) = result else {
        return;
    };
    let Verdict::Diverge(d) = &result.verdict else {
        return;
    };
    let report = crate::report::text(&prepared, &result);
    if let Some(out) = findings {
        let dir = out.join(slug(&d.signature));
        let input = digest_from(0, data.as_ref());
        let origin = format!("cargo fuzz, target {} (input digest {input:016x})", target.name());
        if std::fs::create_dir_all(out).is_ok() && claim_finding_dir(&dir, &origin) {
            let expect = Some(Expectation::of(&result.verdict));
            let about = format!("fuzz finding: {}", d.signature);
            if write_case_dir(&dir, &g.case, &about, &origin, expect, &report, &lineup).is_ok() {
                eprintln!("ccoracle: new divergence {} saved in {}", d.signature, dir.display());
            }
        }
        return;
    }
    let mut wat = String::new();
    for m in &g.case.modules {
        wat.push_str(&format!(";; module {}\n{}\n", m.name, crate::prepare::to_wat(&m.wasm)));
    }
    panic!(
        "ccoracle divergence {}\n{report}\nhost plan: {}\n{wat}\nreplay: ccoracle run --fuzz-input {} <artifact> \
         (--save DIR writes it as a case directory for reduce, report and the corpus)",
        d.signature,
        serde_json::to_string(&g.case.plan).unwrap(),
        target.name()
    );
}

/// Claims `dir` for a finding: true when this call created it (directory
/// creation is atomic, so of several workers exactly one wins a
/// signature); otherwise `origin` is appended to its `duplicates.txt`
/// (counted by `ccoracle triage`) and the answer is false.
pub fn claim_finding_dir(dir: &Path, origin: &str) -> bool {
    if std::fs::create_dir(dir).is_ok() {
        return true;
    }
    note_duplicate(dir, origin);
    false
}

/// Appends `origin` to `dir/duplicates.txt`.
pub fn note_duplicate(dir: &Path, origin: &str) {
    use std::io::Write;
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(dir.join("duplicates.txt")) {
        let _ = writeln!(f, "{origin}");
    }
}

/// Writes a case as a corpus-format directory.
pub fn write_case_dir(
    dir: &Path,
    case: &Case,
    about: &str,
    origin: &str,
    expect: Option<Expectation>,
    report: &str,
    lineup: &Lineup,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    // Files are named after their modules, unless two modules share a
    // name: then they are numbered and case.json names them.
    let unique = {
        let mut seen = std::collections::HashSet::new();
        case.modules.iter().all(|m| seen.insert(m.name.as_str()) && !m.name.contains('/'))
    };
    let mut files = Vec::new();
    for (i, m) in case.modules.iter().enumerate() {
        let file = if unique { format!("{}.wat", m.name) } else { format!("{i:02}-{}.wat", slug(&m.name)) };
        std::fs::write(dir.join(&file), crate::prepare::to_wat(&m.wasm).as_bytes())?;
        files.push(file);
    }
    let names = if unique { Vec::new() } else { case.modules.iter().map(|m| m.name.clone()).collect() };
    let mut expect_map = BTreeMap::new();
    if let Some(e) = expect {
        expect_map.insert(crate::corpus::current_target(), e);
    }
    let file = CaseFile {
        about: about.to_string(),
        origin: origin.to_string(),
        modules: files,
        names,
        plan: case.plan.clone(),
        invocations: case.invocations.clone(),
        script: case.script.clone(),
        wasi: case.wasi.clone(),
        lineup: LineupSpec::of(lineup),
        finding: None,
        generator: None,
        expect: expect_map,
    };
    std::fs::write(dir.join("case.json"), serde_json::to_string_pretty(&file).unwrap() + "\n")?;
    std::fs::write(dir.join("report.txt"), report)?;
    Ok(())
}

/// File-name form of a signature.
pub fn slug(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect()
}
