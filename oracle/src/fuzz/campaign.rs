//! The `ccoracle fuzz` campaign.
//!
//! A campaign runs `--jobs` worker processes (`ccoracle __fuzz-worker`).
//! Each worker writes the case it is about to run to `OUT/.inflight/<n>/`
//! before running it, so a crash of the system under test kills one worker
//! and loses nothing: the parent saves that case as a `crash-*` finding and
//! starts a new worker. Workers report one JSON line per case; the parent
//! keeps the live figures. Divergences are deduplicated by signature: the
//! first case of each signature is saved as a corpus-format directory
//! (modules as WAT, case.json, report.txt) under `OUT/`.

use super::{claim_finding_dir, generate_configured, note_duplicate, seed_bytes, slug, write_case_dir, Target};
use crate::case::Case;
use crate::check::{check_in_process, CheckError, CheckResult};
use crate::compare::Verdict;
use crate::corpus::Expectation;
use crate::engine::{Lineup, MemoryStyle, OptLevel};
use crate::generate::callconv::Config;
use crate::prepare::PreparedCase;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How the system under test is configured for each case of a campaign.
/// An empty list is drawn per case (from the case's seed, so a seed always
/// gets the same configuration): opt level O3 (Wasmer's default) about half
/// of the time and O0–O2 the rest, static memories (where m0 is in effect)
/// three times in four and dynamic ones (which move when they grow) the
/// rest. A list given pins it: every case runs every level and style listed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SutChoice {
    #[serde(default)]
    pub opts: Vec<OptLevel>,
    #[serde(default)]
    pub memories: Vec<MemoryStyle>,
    /// Another build runs the second engine of every pair (`--baseline-bin`).
    #[serde(default)]
    pub baseline: Option<crate::engine::Baseline>,
}

impl SutChoice {
    /// The line-up for a case of `seed`.
    pub fn lineup(&self, seed: u64) -> Lineup {
        let h = crate::value::mix64(seed ^ 0x5017_c0f1);
        let opts = if self.opts.is_empty() {
            vec![match h % 20 {
                0..=2 => OptLevel::O0,
                3..=5 => OptLevel::O1,
                6..=8 => OptLevel::O2,
                _ => OptLevel::O3,
            }]
        } else {
            self.opts.clone()
        };
        let memories = if self.memories.is_empty() {
            vec![if (h >> 8) % 4 == 0 { MemoryStyle::Dynamic } else { MemoryStyle::Static }]
        } else {
            self.memories.clone()
        };
        let l = Lineup::new(&opts, &memories);
        match &self.baseline {
            Some(b) => l.with_baseline(b.clone()),
            None => l,
        }
    }
}

/// A short name of a line-up's SUT configurations, for counters.
pub fn lineup_label(l: &Lineup) -> String {
    let mut names: Vec<String> = l
        .pairs
        .iter()
        .filter_map(|(a, _)| match a {
            crate::engine::EngineSpec::Wasmer(c) => Some(format!(
                "{:?}/{}",
                c.opt,
                match c.memory {
                    MemoryStyle::Static => "static",
                    MemoryStyle::Dynamic => "dynamic",
                }
            )),
            _ => None,
        })
        .collect();
    names.dedup();
    names.join("+")
}

/// What configures the calling-convention generator in a campaign.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GenChoice {
    /// A fixed configuration (`--generator FILE`); `None`: swarm, each
    /// worker draws its own every [`SWARM_PERIOD`] cases.
    #[serde(default)]
    pub fixed: Option<Config>,
    /// Boundary kinds to keep only, and to avoid (`--only`, `--avoid`),
    /// applied to every configuration.
    #[serde(default)]
    pub only: Vec<String>,
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Checks per compiled module set (`--checks-per-compile K`): each a
    /// whole case of the same modules with its own host plan and
    /// invocations. `None`: adaptive ([`AutoChecks`]).
    #[serde(default)]
    pub checks_per_compile: Option<u32>,
    /// Also audit the IR of every module set statically (`--audit`): a
    /// second oracle; findings are saved like divergences, one per rule and
    /// mechanism.
    #[serde(default)]
    pub audit: bool,
}

/// Cases a swarm configuration lasts before a worker draws the next one.
pub const SWARM_PERIOD: u64 = 100;

impl GenChoice {
    /// The configuration for case number `n` of a worker whose first seed
    /// is `seed`.
    pub fn config(&self, seed: u64, n: u64) -> Config {
        let base = match &self.fixed {
            Some(c) => c.clone(),
            None => {
                let bytes = seed_bytes(seed ^ crate::value::mix64(n / SWARM_PERIOD + 0x5a_a4), 256);
                arbitrary::Unstructured::new(&bytes).arbitrary::<Config>().unwrap_or_default()
            }
        };
        base.restrict(&self.only, &self.avoid).unwrap_or_default()
    }
}

/// One line a worker prints per case.
#[derive(Serialize, Deserialize, Debug)]
pub struct WorkerLine {
    pub seed: u64,
    /// Which check of the seed's module set (0 first), of how many.
    #[serde(default)]
    pub check: u32,
    #[serde(default)]
    pub checks: u32,
    /// agree, diverge, inconclusive, or rejected (no case / engine refused).
    pub verdict: String,
    /// Every divergence of the case: (class, signature).
    #[serde(default)]
    pub divergences: Vec<(String, String)>,
    /// Findings saved for this case (a new signature each).
    #[serde(default)]
    pub new_findings: Vec<String>,
    #[serde(default)]
    pub boundaries: Vec<String>,
    /// The SUT configuration it ran with (`O3/static`).
    #[serde(default)]
    pub config: String,
    /// Audit findings of this module set (with `--audit`, first check
    /// only): their signatures, `audit/<rule>/<mechanism>`.
    #[serde(default)]
    pub audit: Vec<String>,
}

/// The worker loop: seeds `seed`, `seed + stride`, … until killed (or
/// `max_cases` checks are done). Each seed is a module set checked
/// [`GenChoice::checks_per_compile`] times (compile once, check many).
pub fn worker_loop(
    target: Target,
    sut: &SutChoice,
    gen: &GenChoice,
    seed: u64,
    stride: u64,
    worker: usize,
    out: &Path,
    max_cases: Option<u64>,
) -> i32 {
    let inflight = out.join(".inflight").join(worker.to_string());
    // Test hook: `CCORACLE_TEST_CRASH_SEED=N` makes the worker abort while
    // running seed N, the way a crash of the system under test would, so that
    // the campaign's crash handling can be tested without a crashing Wasmer.
    let crash_seed: Option<u64> = std::env::var("CCORACLE_TEST_CRASH_SEED").ok().and_then(|s| s.parse().ok());
    let mut stdout = std::io::stdout().lock();
    let mut n = 0u64;
    let mut sets = 0u64;
    let mut s = seed;
    let mut auto = AutoChecks::default();
    loop {
        let cur = s;
        s = s.wrapping_add(stride);
        let lineup = sut.lineup(cur);
        let cfg = gen.config(seed, sets);
        sets += 1;
        let k = gen.checks_per_compile.unwrap_or(auto.k).max(1);
        let (data, more) = set_bytes(cur, k);
        let checks = match generate_checks(target, &data, &cfg, &more) {
            Ok(v) => v.into_iter().map(Some).collect(),
            Err(_) => vec![None],
        };
        let total = checks.len() as u32;
        let mut times = Vec::new();
        for (i, g) in checks.into_iter().enumerate() {
            if max_cases.is_some_and(|m| n >= m) {
                return 0;
            }
            n += 1;
            let started = std::time::Instant::now();
            let mut line = WorkerLine {
                seed: cur,
                check: i as u32,
                checks: total,
                verdict: "rejected".into(),
                divergences: Vec::new(),
                new_findings: Vec::new(),
                boundaries: vec![],
                config: lineup_label(&lineup),
                audit: vec![],
            };
            if let Some(g) = g {
                let audit =
                    if gen.audit && i == 0 { audit_signatures(&g.case, &lineup, out, worker) } else { Vec::new() };
                line.boundaries = g.boundaries.iter().map(|b| b.to_string()).collect();
                let origin = match i {
                    0 => format!("ccoracle fuzz --target {} (seed {cur})", target.name()),
                    _ => {
                        format!("ccoracle fuzz --target {} (seed {cur}, check {i} of the same modules)", target.name())
                    }
                };
                let _ = std::fs::remove_dir_all(&inflight);
                let _ = write_case_dir(&inflight, &g.case, "in flight", &origin, None, "", &lineup);
                if crash_seed == Some(cur) {
                    std::process::abort(); // the test hook above: a stand-in for a crashing system under test
                }
                match check_in_process(&g.case, &lineup, &Vec::new()) {
                    Ok(result) => {
                        line.verdict = result.verdict.name().into();
                        for d in result.verdict.divergences() {
                            line.divergences.push((d.class.to_string(), d.signature.clone()));
                            if let Some(f) = save_finding(out, &g.case, &result, &origin, &lineup, &d.signature, &cfg) {
                                line.new_findings.push(f);
                            }
                        }
                    }
                    Err(CheckError::Input(_)) | Err(CheckError::Engine(_)) => {}
                }
                for (sig, text) in audit {
                    line.audit.push(sig.clone());
                    if let Some(f) = save_audit_finding(out, &g.case, &sig, &text, &origin, &lineup, &cfg) {
                        line.new_findings.push(f);
                    }
                }
            }
            times.push(started.elapsed().as_secs_f64());
            if serde_json::to_writer(&mut stdout, &line).is_err()
                || stdout.write_all(b"\n").is_err()
                || stdout.flush().is_err()
            {
                return 0; // parent gone
            }
        }
        auto.observe(&times);
    }
}

/// The static IR audit of a case's modules for the line-up's first SUT
/// configuration (with pass-params): one `(signature, text)` per rule and
/// mechanism that fails. Empty when the IR cannot be captured.
fn audit_signatures(case: &Case, lineup: &Lineup, out: &Path, worker: usize) -> Vec<(String, String)> {
    let Ok(prepared) = PreparedCase::new(case) else { return Vec::new() };
    let Some(crate::engine::EngineSpec::Wasmer(c)) = lineup.pairs.first().map(|p| p.0.clone()) else {
        return Vec::new();
    };
    let dir = out.join(".inflight").join(format!("{worker}-ir"));
    let Ok(a) = crate::ir::audit_case(&prepared, &c, &dir) else { return Vec::new() };
    let mut by_sig: BTreeMap<String, String> = BTreeMap::new();
    for f in &a.findings {
        let mech = f
            .detail
            .split("mechanism ")
            .nth(1)
            .and_then(|r| r.chars().next())
            .map(|c| c.to_string())
            .unwrap_or_else(|| "other".into());
        by_sig.entry(format!("audit/{}/{mech}", f.rule)).or_default().push_str(&format!("{f}\n"));
    }
    by_sig.into_iter().collect()
}

/// Saves a case an audit rule fails on, once per signature (like
/// [`save_finding`]); its report is the audit's findings.
fn save_audit_finding(
    out: &Path,
    case: &Case,
    sig: &str,
    text: &str,
    origin: &str,
    lineup: &Lineup,
    cfg: &Config,
) -> Option<String> {
    let name = slug(sig);
    let dir = out.join(&name);
    if !claim_finding_dir(&dir, origin) {
        return None;
    }
    let about = format!("audit finding: {sig} (a rule of the static IR audit fails; see report.txt)");
    let report = format!("ccoracle audit: {sig}\n\n{text}\nreproduce: ccoracle audit {}\n", dir.display());
    write_case_dir(&dir, case, &about, origin, None, &report, lineup).ok()?;
    let _ = crate::corpus::set_finding(&dir, sig, cfg);
    Some(name)
}

/// The generator's bytes for the module set of seed `seed` checked `k`
/// times: the first check's (2–8 KiB, by the seed) and one stream per
/// further check. Campaign workers, `ccoracle bench` and the reach test
/// all take a module set from here, so they see the same cases.
pub fn set_bytes(seed: u64, k: u32) -> (Vec<u8>, Vec<Vec<u8>>) {
    let data = seed_bytes(seed, 2048 + (crate::value::mix64(seed) % 6144) as usize);
    let more = (1..k).map(|i| seed_bytes(check_seed(seed, i), 2048)).collect();
    (data, more)
}

/// The bytes seed of check `i` (≥ 1) of the module set of seed `seed`.
pub fn check_seed(seed: u64, i: u32) -> u64 {
    crate::value::mix64(seed ^ 0xc4ec_0000_0000_0000 ^ u64::from(i))
}

/// Module set and checks from fuzzer bytes: the first check from `data`,
/// one more per entry of `more` (the calling-convention target; other
/// targets make one check).
pub fn generate_checks(
    target: Target,
    data: &[u8],
    cfg: &Config,
    more: &[Vec<u8>],
) -> arbitrary::Result<Vec<super::Generated>> {
    match target {
        Target::Callconv => {
            let mut u = arbitrary::Unstructured::new(data);
            let v = crate::generate::callconv::generate_checks(&mut u, cfg, more)?;
            Ok(v.into_iter()
                .map(|g| super::Generated {
                    case: g.case,
                    boundaries: g.boundaries.iter().map(crate::generate::callconv::Boundary::name).collect(),
                })
                .collect())
        }
        _ => Ok(vec![generate_configured(target, data, cfg)?]),
    }
}

/// Checks per compiled module set when not fixed: as many as make the
/// further checks take about a third of what the first check costs more
/// than they do (compiling, mostly), between 1 and [`AutoChecks::MAX`]: a
/// quarter of the time goes to new host plans and invocations, three
/// quarters to new module sets. Measured (`ccoracle bench --detect`,
/// 2026-11-28): spending half the time on further checks (K ≈ 22) made
/// checks/s 10× higher but found the causes that depend on the modules'
/// shape (most m0 mechanisms) about half as fast, and the ones that depend
/// on the host plan (a host writing a table, run-time table entries) 3–5×
/// faster.
#[derive(Clone, Copy, Debug)]
pub struct AutoChecks {
    pub k: u32,
    first: Option<f64>,
    more: Option<f64>,
}

impl Default for AutoChecks {
    fn default() -> Self {
        AutoChecks { k: 8, first: None, more: None }
    }
}

impl AutoChecks {
    pub const MAX: u32 = 32;

    /// Learns from the times (seconds) of one set's checks, first first.
    pub fn observe(&mut self, times: &[f64]) {
        let ewma = |old: Option<f64>, x: f64| Some(old.map_or(x, |o| 0.8 * o + 0.2 * x));
        if let Some(&t) = times.first() {
            self.first = ewma(self.first, t);
        }
        if times.len() > 1 {
            let rest = &times[1..];
            self.more = ewma(self.more, rest.iter().sum::<f64>() / rest.len() as f64);
        }
        if let (Some(f), Some(m)) = (self.first, self.more) {
            let m = m.max(1e-4);
            self.k = (((f - m) / m / 3.0).round() as i64 + 1).clamp(1, Self::MAX as i64) as u32;
        }
    }
}

/// Saves a divergent case under `out/<signature>/` for one of its
/// divergences, unless a case is there already; returns the directory name
/// when new.
fn save_finding(
    out: &Path,
    case: &Case,
    result: &CheckResult,
    origin: &str,
    lineup: &Lineup,
    sig: &str,
    cfg: &Config,
) -> Option<String> {
    let name = slug(sig);
    let dir = out.join(&name);
    // A signature whose finding was found to be a known cause (and moved
    // to .known/) is not saved again: its cases are counted there.
    let known = out.join(".known").join(&name);
    if known.is_dir() {
        note_duplicate(&known, origin);
        return None;
    }
    if !claim_finding_dir(&dir, origin) {
        return None;
    }
    let prepared = PreparedCase::new(case).ok()?;
    let report = crate::report::text(&prepared, result);
    let about = format!("fuzz finding: {sig}");
    write_case_dir(&dir, case, &about, origin, Some(Expectation::of(&result.verdict)), &report, lineup).ok()?;
    let _ = crate::corpus::set_finding(&dir, sig, cfg);
    Some(name)
}

/// Settings of a campaign.
#[derive(Clone, Debug)]
pub struct CampaignOpts {
    pub target: Target,
    pub sut: SutChoice,
    pub gen: GenChoice,
    /// Known causes (`--known`): findings are reduced and bucketed, and
    /// those of a known cause are counted under it, not kept as new.
    pub known: Option<crate::triage::Known>,
    /// Reduce and bucket every new finding in the background (`--reduce`).
    pub reduce: bool,
    /// Seconds of reduction per finding.
    pub reduce_budget: Duration,
    pub time: Duration,
    pub seed: u64,
    pub jobs: usize,
    pub out: PathBuf,
    /// A worker silent for this long is stopped (its case counts as a hang).
    pub hang_timeout: Duration,
}

/// Figures of a campaign.
#[derive(Debug, Default)]
pub struct Stats {
    pub cases: u64,
    pub agree: u64,
    pub diverge: u64,
    pub inconclusive: u64,
    pub rejected: u64,
    pub by_class: BTreeMap<String, u64>,
    pub by_signature: BTreeMap<String, u64>,
    pub boundaries: BTreeMap<String, u64>,
    /// Cases per SUT configuration.
    pub configs: BTreeMap<String, u64>,
    pub findings: Vec<String>,
    pub crashes: u64,
    /// What the crash findings did when run again alone (outcome -> count).
    pub crash_reruns: BTreeMap<String, u64>,
    pub hangs: u64,
    pub elapsed: Duration,
    /// Findings reduced and bucketed by cause (with `--reduce`/`--known`):
    /// fingerprint -> bucket.
    pub causes: BTreeMap<String, CauseStat>,
    /// Which cause each bucketed signature has.
    pub sig_cause: BTreeMap<String, String>,
    /// Findings waiting for reduction.
    pub pending: u64,
    /// Findings that could not be bucketed (finding, why).
    pub unbucketed: Vec<(String, String)>,
    /// When each finding was saved (campaign time).
    pub found_at: BTreeMap<String, Duration>,
    /// Module sets generated (each checked one or more times).
    pub module_sets: u64,
    /// Module sets per audit signature (with `--audit`).
    pub by_audit: BTreeMap<String, u64>,
}

/// A cause bucket of a campaign.
#[derive(Debug, Default, Clone)]
pub struct CauseStat {
    /// The corpus case of a known cause.
    pub known: Option<String>,
    /// Findings in the bucket (kept under `OUT/`, or `OUT/.known/` when
    /// known), and the smallest reduced case.
    pub findings: Vec<String>,
    pub smallest: Option<(PathBuf, usize)>,
}

impl Stats {
    fn add(&mut self, l: &WorkerLine) {
        self.cases += 1;
        match l.verdict.as_str() {
            "agree" => self.agree += 1,
            "diverge" => self.diverge += 1,
            "inconclusive" => self.inconclusive += 1,
            _ => self.rejected += 1,
        }
        for (c, s) in &l.divergences {
            *self.by_class.entry(c.clone()).or_default() += 1;
            *self.by_signature.entry(s.clone()).or_default() += 1;
        }
        for b in &l.boundaries {
            *self.boundaries.entry(b.clone()).or_default() += 1;
        }
        for a in &l.audit {
            *self.by_audit.entry(a.clone()).or_default() += 1;
        }
        if !l.config.is_empty() {
            *self.configs.entry(l.config.clone()).or_default() += 1;
        }
        self.findings.extend(l.new_findings.iter().cloned());
    }

    /// Executions that produced a verdict (not rejected).
    pub fn executed(&self) -> u64 {
        self.agree + self.diverge + self.inconclusive
    }

    pub fn inconclusive_rate(&self) -> f64 {
        if self.executed() == 0 {
            0.0
        } else {
            self.inconclusive as f64 / self.executed() as f64
        }
    }

    /// Cases of the signatures bucketed into each cause.
    /// Time to detection of each cause: when the first finding of its
    /// bucket was saved (fingerprint -> (known corpus case, time)).
    pub fn detection(&self) -> BTreeMap<String, (Option<String>, Duration)> {
        let mut out = BTreeMap::new();
        for (fp, c) in &self.causes {
            if let Some(t) = c.findings.iter().filter_map(|f| self.found_at.get(f)).min() {
                out.insert(fp.clone(), (c.known.clone(), *t));
            }
        }
        out
    }

    pub fn cause_cases(&self, fp: &str) -> u64 {
        self.sig_cause
            .iter()
            .filter(|(_, c)| *c == fp)
            .map(|(s, _)| self.by_signature.get(s).copied().unwrap_or(0))
            .sum()
    }

    /// The one-line live status.
    pub fn status(&self) -> String {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        let classes: Vec<String> = self.by_class.iter().map(|(k, v)| format!("{k} {v}")).collect();
        format!(
            "[{:>5.0}s] cases {} ({:.1}/s, {:.1} per module set) | agree {} | diverge {}{} | inconclusive {} ({:.1}%) | rejected {} | findings {} | crashes {} | hangs {}",
            secs,
            self.cases,
            self.cases as f64 / secs,
            self.cases as f64 / self.module_sets.max(1) as f64,
            self.agree,
            self.diverge,
            if classes.is_empty() { String::new() } else { format!(" ({})", classes.join(", ")) },
            self.inconclusive,
            100.0 * self.inconclusive_rate(),
            self.rejected,
            self.findings.len(),
            self.crashes,
            self.hangs
        ) + &self.causes_status()
    }

    fn causes_status(&self) -> String {
        if self.causes.is_empty() && self.pending == 0 {
            return String::new();
        }
        let known = self.causes.values().filter(|c| c.known.is_some()).count();
        format!(" | causes: {known} known, {} new, {} being reduced", self.causes.len() - known, self.pending)
    }

    /// The closing summary.
    pub fn summary(&self) -> String {
        let mut s = format!("{}\nboundary kinds exercised (cases containing each):\n", self.status());
        let pct = |v: u64| 100.0 * v as f64 / self.cases.max(1) as f64;
        for (k, v) in &self.boundaries {
            s.push_str(&format!("  {k:<32} {v:>7} ({:.1}%)\n", pct(*v)));
        }
        if !self.configs.is_empty() {
            s.push_str("SUT configurations (cases run with each):\n");
            for (k, v) in &self.configs {
                s.push_str(&format!("  {k:<32} {v:>7} ({:.1}%)\n", pct(*v)));
            }
        }
        if !self.by_signature.is_empty() {
            s.push_str("divergences by signature:\n");
            for (k, v) in &self.by_signature {
                s.push_str(&format!("  {v:>6}  {k}\n"));
            }
        }
        if !self.by_audit.is_empty() {
            s.push_str("static IR audit (module sets failing each rule, by mechanism):\n");
            for (k, v) in &self.by_audit {
                s.push_str(&format!("  {v:>6}  {k}\n"));
            }
        }
        if !self.causes.is_empty() {
            s.push_str("causes (findings reduced and bucketed by cause fingerprint):\n");
            let mut v: Vec<(&String, &CauseStat)> = self.causes.iter().collect();
            v.sort_by_key(|(fp, c)| (c.known.is_some(), std::cmp::Reverse(self.cause_cases(fp))));
            for (fp, c) in v {
                let name = c.known.as_deref().map(|k| format!("known: {k}")).unwrap_or_else(|| "NEW".into());
                let smallest =
                    c.smallest.as_ref().map(|(p, l)| format!(" ({}, {l} lines)", p.display())).unwrap_or_default();
                s.push_str(&format!("  {:>6}  {name:<44} {fp}{smallest}\n", self.cause_cases(fp)));
            }
        }
        for (f, why) in &self.unbucketed {
            s.push_str(&format!("  not bucketed: {f}: {why}\n"));
        }
        if !self.crash_reruns.is_empty() {
            s.push_str("worker crashes, run again alone in fresh processes:\n");
            for (k, v) in &self.crash_reruns {
                s.push_str(&format!("  {v:>6}  {k}\n"));
            }
        }
        s
    }
}

struct Worker {
    child: Child,
    index: usize,
    last: Instant,
    last_seed: Option<u64>,
    /// The seed and check it runs now (the one after its last line).
    next_seed: u64,
    next_check: u32,
}

fn spawn_worker(
    exe: &Path,
    opts: &CampaignOpts,
    index: usize,
    seed: u64,
    tx: &mpsc::Sender<(usize, u32, Option<WorkerLine>)>,
    generation: u32,
) -> std::io::Result<Worker> {
    let mut cmd = Command::new(exe);
    cmd.args(["__fuzz-worker", "--target", opts.target.name(), "--worker", &index.to_string()])
        .args(["--seed", &seed.to_string(), "--stride", &opts.jobs.to_string()])
        .arg("--sut")
        .arg(serde_json::to_string(&opts.sut).unwrap())
        .arg("--gen")
        .arg(serde_json::to_string(&opts.gen).unwrap())
        .arg("--out")
        .arg(&opts.out);
    let mut child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn()?;
    let stdout = child.stdout.take().unwrap();
    let tx = tx.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if let Ok(l) = serde_json::from_str::<WorkerLine>(&line) {
                if tx.send((index, generation, Some(l))).is_err() {
                    return;
                }
            }
        }
        let _ = tx.send((index, generation, None));
    });
    Ok(Worker { child, index, last: Instant::now(), last_seed: None, next_seed: seed, next_check: 0 })
}

/// Runs a campaign; prints live figures on stderr; returns the figures.
pub fn campaign(exe: &Path, opts: &CampaignOpts) -> std::io::Result<Stats> {
    std::fs::create_dir_all(&opts.out)?;
    let (tx, rx) = mpsc::channel();
    let mut generations = vec![0u32; opts.jobs];
    let mut workers: Vec<Worker> = (0..opts.jobs)
        .map(|i| spawn_worker(exe, opts, i, opts.seed.wrapping_add(i as u64), &tx, 0))
        .collect::<Result<_, _>>()?;
    let start = Instant::now();
    let mut stats = Stats::default();
    // Reduction and bucketing of new findings, one at a time, in the
    // background (each check of a reduction runs in child processes).
    let (red_tx, red_rx) = mpsc::channel::<String>();
    let (bucket_tx, bucket_rx) = mpsc::channel::<(String, Result<crate::triage::Bucketed, String>)>();
    let bucketing = opts.reduce || opts.known.is_some();
    let reducer = bucketing.then(|| {
        let (exe, out, budget) = (exe.to_path_buf(), opts.out.clone(), opts.reduce_budget);
        std::thread::spawn(move || {
            for name in red_rx {
                let r = crate::triage::bucket(&exe, &out.join(&name), budget, Duration::from_secs(10));
                if bucket_tx.send((name, r)).is_err() {
                    return;
                }
            }
        })
    });
    let known = opts.known.clone().unwrap_or_default();
    let took = |stats: &mut Stats, name: String, r: Result<crate::triage::Bucketed, String>| {
        stats.pending = stats.pending.saturating_sub(1);
        match r {
            Ok(b) => {
                let fp = b.fingerprint.to_string();
                let k = known.case_of(&b.fingerprint).map(str::to_string);
                stats.sig_cause.insert(b.signature.clone(), fp.clone());
                let c = stats.causes.entry(fp).or_default();
                c.known = k.clone();
                let mut reduced = b.reduced.clone();
                if k.is_some() {
                    // Known: out of the way, under .known/.
                    let to = opts.out.join(".known").join(&name);
                    let _ = std::fs::create_dir_all(opts.out.join(".known"));
                    if std::fs::rename(opts.out.join(&name), &to).is_ok() {
                        reduced = to.join("reduced");
                    }
                }
                if c.smallest.as_ref().is_none_or(|(_, l)| b.lines < *l) {
                    c.smallest = Some((reduced, b.lines));
                }
                c.findings.push(name);
            }
            Err(e) => stats.unbucketed.push((name, e)),
        }
    };
    let (rerun_tx, rerun_rx) = mpsc::channel::<String>();
    let mut reruns = Vec::new();
    let tty = std::io::stderr().is_terminal();
    let mut last_print = Instant::now();
    while start.elapsed() < opts.time {
        match rx.recv_timeout(Duration::from_millis(200)) {
            Ok((i, gen, Some(line))) if gen == generations[i] => {
                let w = &mut workers[i];
                w.last = Instant::now();
                w.last_seed = Some(line.seed);
                (w.next_seed, w.next_check) = if line.check + 1 < line.checks {
                    (line.seed, line.check + 1)
                } else {
                    (line.seed.wrapping_add(opts.jobs as u64), 0)
                };
                stats.add(&line);
                if line.check == 0 {
                    stats.module_sets += 1;
                }
                for f in &line.new_findings {
                    stats.found_at.insert(f.clone(), start.elapsed());
                }
                if bucketing {
                    // Audit findings have no divergence to reduce.
                    for f in line.new_findings.iter().filter(|f| !f.starts_with("audit")) {
                        stats.pending += 1;
                        let _ = red_tx.send(f.clone());
                    }
                }
            }
            Ok((i, gen, None)) if gen == generations[i] => {
                // The worker died: its in-flight case is a crash finding.
                let w = &mut workers[i];
                let status = w.child.wait().ok();
                let seed = w.next_seed;
                stats.crashes += 1;
                stats.cases += 1;
                let how = match status {
                    Some(st) => {
                        use std::os::unix::process::ExitStatusExt;
                        match st.signal() {
                            Some(sig) => format!("killed by signal {sig}"),
                            None => format!("exited with {}", st.code().unwrap_or(-1)),
                        }
                    }
                    None => "vanished".to_string(),
                };
                let (what, name) = match w.next_check {
                    0 => (format!("seed {seed}"), format!("crash-seed-{seed}")),
                    c => (format!("seed {seed}, check {c}"), format!("crash-seed-{seed}-check-{c}")),
                };
                let msg = format!(
                    "the campaign worker died ({how}) while running {what}: the system under test crashed \
                     on this case or on state left by earlier cases of the same worker"
                );
                if keep_inflight(&opts.out, i, &name, &msg) {
                    // Run the case again, alone, in fresh processes: does it
                    // crash by itself, and which divergence does it show?
                    let (exe, dir, tx) = (exe.to_path_buf(), opts.out.join(&name), rerun_tx.clone());
                    let red = bucketing.then(|| red_tx.clone());
                    if bucketing {
                        stats.pending += 1;
                    }
                    let n = name.clone();
                    reruns.push(std::thread::spawn(move || {
                        let _ = tx.send(rerun_crash(&exe, &dir, &msg));
                        // Then reduce and bucket it like any finding.
                        if let Some(red) = red {
                            let _ = red.send(n);
                        }
                    }));
                }
                stats.found_at.insert(name.clone(), start.elapsed());
                stats.findings.push(name);
                generations[i] += 1;
                workers[i] = spawn_worker(exe, opts, i, seed.wrapping_add(opts.jobs as u64), &tx, generations[i])?;
            }
            _ => {}
        }
        for i in 0..workers.len() {
            if workers[i].last.elapsed() > opts.hang_timeout {
                let w = &mut workers[i];
                let _ = w.child.kill();
                let _ = w.child.wait();
                let seed = w.next_seed;
                stats.hangs += 1;
                stats.cases += 1;
                stats.inconclusive += 1;
                let name = match w.next_check {
                    0 => format!("hangs/seed-{seed}"),
                    c => format!("hangs/seed-{seed}-check-{c}"),
                };
                keep_inflight(&opts.out, w.index, &name, "worker exceeded the hang timeout");
                generations[i] += 1;
                workers[i] = spawn_worker(exe, opts, i, seed.wrapping_add(opts.jobs as u64), &tx, generations[i])?;
            }
        }
        while let Ok((name, r)) = bucket_rx.try_recv() {
            took(&mut stats, name, r);
        }
        stats.elapsed = start.elapsed();
        if last_print.elapsed() >= Duration::from_secs(if tty { 1 } else { 10 }) {
            last_print = Instant::now();
            if tty {
                eprint!("\r{}", stats.status());
            } else {
                eprintln!("{}", stats.status());
            }
        }
    }
    for w in &mut workers {
        let _ = w.child.kill();
        let _ = w.child.wait();
    }
    let _ = std::fs::remove_dir_all(opts.out.join(".inflight"));
    stats.elapsed = start.elapsed();
    for r in reruns {
        let _ = r.join();
    }
    drop(rerun_tx);
    // The findings still waiting for reduction are reduced now.
    drop(red_tx);
    if let Some(reducer) = reducer {
        if stats.pending > 0 {
            eprintln!("{}reducing the {} findings still queued...", if tty { "\n" } else { "" }, stats.pending);
        }
        for (name, r) in bucket_rx.iter() {
            took(&mut stats, name, r);
            eprintln!("{}", stats.status());
        }
        let _ = reducer.join();
    }
    for outcome in rerun_rx {
        *stats.crash_reruns.entry(outcome).or_default() += 1;
    }
    if tty {
        eprintln!();
    }
    Ok(stats)
}

/// Moves a worker's in-flight case to `out/name`; false when there was none.
fn keep_inflight(out: &Path, worker: usize, name: &str, why: &str) -> bool {
    let from = out.join(".inflight").join(worker.to_string());
    let to = out.join(name);
    if let Some(parent) = to.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    if std::fs::rename(&from, &to).is_ok() {
        let _ = std::fs::write(to.join("report.txt"), format!("{why}\nreproduce: ccoracle run {}\n", to.display()));
        true
    } else {
        false
    }
}

/// How the `about` of a crash finding starts.
pub const CRASH_ABOUT: &str = "campaign worker crash";

/// Runs a crash finding again in fresh engine processes and records what it
/// did there: its expectation (so `ccoracle triage` groups it without
/// `--rerun`) and the report. A crash that only happens after earlier cases
/// of the same worker shows here as an ordinary verdict. Returns the outcome
/// as one phrase for the campaign summary.
fn rerun_crash(exe: &Path, dir: &Path, why: &str) -> String {
    let Ok(mut cc) = crate::corpus::load(dir) else {
        return "could not be reloaded".into();
    };
    let lineup = cc.lineup();
    let result = match crate::isolate::check_isolated(exe, &cc.case, &lineup, &Vec::new(), Duration::from_secs(20)) {
        Ok(r) => r,
        Err(e) => return format!("rerun failed: {e}"),
    };
    let crashed_again =
        result.traces.iter().any(|t| t.events.iter().any(|e| matches!(e, crate::trace::Event::Crash { .. })));
    let outcome = match (&result.verdict, crashed_again) {
        (_, true) => "crashed again".to_string(),
        (Verdict::Diverge(d), false) => format!("did not crash; diverges: {}", d.signature),
        (v, false) => format!("did not crash; {}", v.name()),
    };
    cc.file.about = format!("{CRASH_ABOUT}; alone in a fresh process it {outcome}");
    cc.file.expect.insert(crate::corpus::current_target(), Expectation::of(&result.verdict));
    let _ = std::fs::write(dir.join("case.json"), serde_json::to_string_pretty(&cc.file).unwrap() + "\n");
    if let Ok(prepared) = PreparedCase::new(&cc.case) {
        let report = crate::report::text(&prepared, &result);
        let _ = std::fs::write(
            dir.join("report.txt"),
            format!(
                "{why}\nAlone in a fresh process it {outcome}:\n\n{report}\nreproduce: ccoracle run {}\n",
                dir.display()
            ),
        );
    }
    outcome
}

/// Parses `10m`, `30s`, `1h`, `1h30m` or a number of seconds.
pub fn parse_duration(s: &str) -> Option<Duration> {
    if let Ok(secs) = s.parse::<f64>() {
        return (secs >= 0.0).then(|| Duration::from_secs_f64(secs));
    }
    let mut total = 0.0;
    let mut num = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() || c == '.' {
            num.push(c);
        } else {
            let v: f64 = num.parse().ok()?;
            num.clear();
            total += v * match c {
                's' => 1.0,
                'm' => 60.0,
                'h' => 3600.0,
                _ => return None,
            };
        }
    }
    if !num.is_empty() {
        return None;
    }
    Some(Duration::from_secs_f64(total))
}
