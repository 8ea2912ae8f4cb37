//! Fuzzing: the targets (what generates a case), the one-input check used by
//! the cargo-fuzz targets, and the `ccoracle fuzz` campaign, which needs no
//! libFuzzer.
//!
//! A campaign runs `--jobs` worker processes (`ccoracle __fuzz-worker`).
//! Each worker writes the case it is about to run to `OUT/.inflight/<n>/`
//! before running it, so a crash of the system under test kills one worker
//! and loses nothing: the parent saves that case as a `crash-*` finding and
//! starts a new worker. Workers report one JSON line per case; the parent
//! keeps the live figures. Divergences are deduplicated by signature: the
//! first case of each signature is saved as a corpus-format directory
//! (modules as WAT, case.json, report.txt) under `OUT/`.

use crate::case::Case;
use crate::check::{check_in_process, CheckError, CheckResult};
use crate::compare::Verdict;
use crate::corpus::{CaseFile, Expectation, LineupSpec};
use crate::engine::Lineup;
use crate::generate::callconv::Boundary;
use crate::prepare::PreparedCase;
use arbitrary::Unstructured;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

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

/// Builds a case from fuzzer bytes.
pub fn generate(target: Target, data: &[u8]) -> arbitrary::Result<Generated> {
    let mut u = Unstructured::new(data);
    match target {
        Target::Callconv => {
            let opts = crate::generate::callconv::Options::for_sut();
            let g = crate::generate::callconv::generate_with(&mut u, opts)?;
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

/// The bytes a generator gets for a libFuzzer input. libFuzzer starts from
/// empty inputs and grows them a few bytes at a time, and from a few bytes
/// the generators build only trivial cases (`cargo fuzz run` found nothing
/// in its first 200 runs). So an input shorter than [`FUZZ_INPUT_LEN`] is
/// extended with a fixed stream that depends only on its length: the first
/// runs already make full-size cases, and a mutation of the input's own
/// bytes (the generator's first choices) changes only what those bytes
/// decide. `ccoracle run --fuzz-input` applies the same extension, so an
/// artifact replays exactly.
pub fn expand_input(data: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if data.len() >= FUZZ_INPUT_LEN {
        return std::borrow::Cow::Borrowed(data);
    }
    let mut v = data.to_vec();
    v.extend_from_slice(&seed_bytes(0xc0c0_1a5a ^ data.len() as u64, FUZZ_INPUT_LEN - data.len()));
    std::borrow::Cow::Owned(v)
}

/// The case a libFuzzer input of `target` stands for (the input extended as
/// [`expand_input`] says).
pub fn case_of_fuzz_input(target: Target, data: &[u8]) -> arbitrary::Result<Case> {
    generate(target, &expand_input(data)).map(|g| g.case)
}

/// The cargo-fuzz entry: generate, check, and panic with the report on a
/// divergence. Inputs that do not make a case, cases an engine rejects and
/// inconclusive cases return quietly.
pub fn fuzz_one(target: Target, data: &[u8]) {
    let data = expand_input(data);
    let Ok(g) = generate(target, &data) else {
        return;
    };
    let Ok(prepared) = PreparedCase::new(&g.case) else {
        return;
    };
    let result = match check_in_process(&g.case, &Lineup::default_lineup(), &Vec::new()) {
        Ok(r) => r,
        Err(_) => return,
    };
    if let Verdict::Diverge(d) = &result.verdict {
        let mut wat = String::new();
        for m in &g.case.modules {
            wat.push_str(&format!(";; module {}\n{}\n", m.name, crate::prepare::to_wat(&m.wasm)));
        }
        panic!(
            "ccoracle divergence {}\n{}\nhost plan: {}\n{wat}\nreplay: ccoracle run --fuzz-input {} <artifact> \
             (--save DIR writes it as a case directory for reduce, report and the corpus)",
            d.signature,
            crate::report::text(&prepared, &result),
            serde_json::to_string(&g.case.plan).unwrap(),
            target.name()
        );
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
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut names = Vec::new();
    for m in &case.modules {
        let name = format!("{}.wat", m.name);
        std::fs::write(dir.join(&name), crate::prepare::to_wat(&m.wasm).as_bytes())?;
        names.push(name);
    }
    let mut expect_map = BTreeMap::new();
    if let Some(e) = expect {
        expect_map.insert(crate::corpus::current_target(), e);
    }
    let file = CaseFile {
        about: about.to_string(),
        origin: origin.to_string(),
        modules: names,
        plan: case.plan.clone(),
        invocations: case.invocations.clone(),
        script: case.script.clone(),
        lineup: LineupSpec::default(),
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

/// One line a worker prints per case.
#[derive(Serialize, Deserialize, Debug)]
pub struct WorkerLine {
    pub seed: u64,
    /// agree, diverge, inconclusive, or rejected (no case / engine refused).
    pub verdict: String,
    #[serde(default)]
    pub class: Option<String>,
    #[serde(default)]
    pub signature: Option<String>,
    #[serde(default)]
    pub new_finding: Option<String>,
    #[serde(default)]
    pub boundaries: Vec<String>,
}

/// The worker loop: seeds `seed`, `seed + stride`, … until killed (or
/// `max_cases` is reached).
pub fn worker_loop(target: Target, seed: u64, stride: u64, worker: usize, out: &Path, max_cases: Option<u64>) -> i32 {
    let inflight = out.join(".inflight").join(worker.to_string());
    let lineup = Lineup::default_lineup();
    // Test hook: `CCORACLE_TEST_CRASH_SEED=N` makes the worker abort while
    // running seed N, the way a crash of the system under test would, so that
    // the campaign's crash handling can be tested without a crashing Wasmer.
    let crash_seed: Option<u64> = std::env::var("CCORACLE_TEST_CRASH_SEED").ok().and_then(|s| s.parse().ok());
    let mut stdout = std::io::stdout().lock();
    let mut n = 0u64;
    let mut s = seed;
    loop {
        if max_cases.is_some_and(|m| n >= m) {
            return 0;
        }
        n += 1;
        let cur = s;
        s = s.wrapping_add(stride);
        let data = seed_bytes(cur, 2048 + (crate::value::mix64(cur) % 6144) as usize);
        let mut line = WorkerLine {
            seed: cur,
            verdict: "rejected".into(),
            class: None,
            signature: None,
            new_finding: None,
            boundaries: vec![],
        };
        if let Ok(g) = generate(target, &data) {
            line.boundaries = g.boundaries.iter().map(|b| b.to_string()).collect();
            let origin = format!("ccoracle fuzz --target {} (seed {cur})", target.name());
            let _ = std::fs::remove_dir_all(&inflight);
            let _ = write_case_dir(&inflight, &g.case, "in flight", &origin, None, "");
            if crash_seed == Some(cur) {
                std::process::abort(); // the test hook above: a stand-in for a crashing system under test
            }
            match check_in_process(&g.case, &lineup, &Vec::new()) {
                Ok(result) => {
                    line.verdict = result.verdict.name().into();
                    if let Verdict::Diverge(d) = &result.verdict {
                        line.class = Some(d.class.to_string());
                        line.signature = Some(d.signature.clone());
                        line.new_finding = save_finding(out, &g.case, &result, &origin);
                    }
                }
                Err(CheckError::Input(_)) | Err(CheckError::Engine(_)) => {}
            }
        }
        if serde_json::to_writer(&mut stdout, &line).is_err()
            || stdout.write_all(b"\n").is_err()
            || stdout.flush().is_err()
        {
            return 0; // parent gone
        }
    }
}

/// Saves a divergent case under `out/<signature>/` unless one is there
/// already; returns the directory name when new.
fn save_finding(out: &Path, case: &Case, result: &CheckResult, origin: &str) -> Option<String> {
    let sig = result.verdict.signature()?;
    let name = slug(sig);
    let dir = out.join(&name);
    // create_dir is atomic: exactly one worker wins each signature; the
    // others record their seed for `ccoracle triage` counts.
    if std::fs::create_dir(&dir).is_err() {
        let mut f = std::fs::OpenOptions::new().create(true).append(true).open(dir.join("duplicates.txt")).ok()?;
        let _ = writeln!(f, "{origin}");
        return None;
    }
    let prepared = PreparedCase::new(case).ok()?;
    let report = crate::report::text(&prepared, result);
    let about = format!("fuzz finding: {sig}");
    write_case_dir(&dir, case, &about, origin, Some(Expectation::of(&result.verdict)), &report).ok()?;
    Some(name)
}

/// Settings of a campaign.
#[derive(Clone, Debug)]
pub struct CampaignOpts {
    pub target: Target,
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
    pub findings: Vec<String>,
    pub crashes: u64,
    /// What the crash findings did when run again alone (outcome -> count).
    pub crash_reruns: BTreeMap<String, u64>,
    pub hangs: u64,
    pub elapsed: Duration,
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
        if let Some(c) = &l.class {
            *self.by_class.entry(c.clone()).or_default() += 1;
        }
        if let Some(s) = &l.signature {
            *self.by_signature.entry(s.clone()).or_default() += 1;
        }
        for b in &l.boundaries {
            *self.boundaries.entry(b.clone()).or_default() += 1;
        }
        if let Some(f) = &l.new_finding {
            self.findings.push(f.clone());
        }
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

    /// The one-line live status.
    pub fn status(&self) -> String {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        let classes: Vec<String> = self.by_class.iter().map(|(k, v)| format!("{k} {v}")).collect();
        format!(
            "[{:>5.0}s] cases {} ({:.1}/s) | agree {} | diverge {}{} | inconclusive {} ({:.1}%) | rejected {} | findings {} | crashes {} | hangs {}",
            secs,
            self.cases,
            self.cases as f64 / secs,
            self.agree,
            self.diverge,
            if classes.is_empty() { String::new() } else { format!(" ({})", classes.join(", ")) },
            self.inconclusive,
            100.0 * self.inconclusive_rate(),
            self.rejected,
            self.findings.len(),
            self.crashes,
            self.hangs
        )
    }

    /// The closing summary.
    pub fn summary(&self) -> String {
        let mut s = format!("{}\nboundary kinds exercised (cases containing each):\n", self.status());
        for (k, v) in &self.boundaries {
            s.push_str(&format!("  {k:<24} {v}\n"));
        }
        if !self.by_signature.is_empty() {
            s.push_str("divergences by signature:\n");
            for (k, v) in &self.by_signature {
                s.push_str(&format!("  {v:>6}  {k}\n"));
            }
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
    next_seed: u64,
}

fn spawn_worker(
    exe: &Path,
    opts: &CampaignOpts,
    index: usize,
    seed: u64,
    tx: &mpsc::Sender<(usize, u32, Option<WorkerLine>)>,
    generation: u32,
) -> std::io::Result<Worker> {
    let mut child = Command::new(exe)
        .args(["__fuzz-worker", "--target", opts.target.name(), "--worker", &index.to_string()])
        .args(["--seed", &seed.to_string(), "--stride", &opts.jobs.to_string()])
        .arg("--out")
        .arg(&opts.out)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
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
    Ok(Worker { child, index, last: Instant::now(), last_seed: None, next_seed: seed })
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
                w.next_seed = line.seed.wrapping_add(opts.jobs as u64);
                stats.add(&line);
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
                let msg = format!(
                    "the campaign worker died ({how}) while running seed {seed}: the system under test crashed \
                     on this case or on state left by earlier cases of the same worker"
                );
                let name = format!("crash-seed-{seed}");
                if keep_inflight(&opts.out, i, &name, &msg) {
                    // Run the case again, alone, in fresh processes: does it
                    // crash by itself, and which divergence does it show?
                    let (exe, dir, tx) = (exe.to_path_buf(), opts.out.join(&name), rerun_tx.clone());
                    reruns.push(std::thread::spawn(move || {
                        let _ = tx.send(rerun_crash(&exe, &dir, &msg));
                    }));
                }
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
                keep_inflight(&opts.out, w.index, &format!("hangs/seed-{seed}"), "worker exceeded the hang timeout");
                generations[i] += 1;
                workers[i] = spawn_worker(exe, opts, i, seed.wrapping_add(opts.jobs as u64), &tx, generations[i])?;
            }
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
    let lineup = Lineup::default_lineup();
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

/// Time per stage of a fixed-seed batch, run in this process (one core).
#[derive(Debug, Default)]
pub struct Bench {
    pub cases: u64,
    pub executed: u64,
    pub generate: f64,
    pub prepare: f64,
    pub reference: f64,
    pub compile_with: f64,
    pub compile_without: f64,
    pub sut_runs: f64,
    pub compare: f64,
    pub total: f64,
}

/// Runs `cases` seeds from `seed` through every stage and times each.
pub fn bench(target: Target, seed: u64, cases: u64) -> Bench {
    use crate::engine::EngineSpec;
    use std::sync::Arc;
    let mut b = Bench { cases, ..Bench::default() };
    let lineup = Lineup::default_lineup();
    let (with, without) = lineup.pairs[0].clone();
    let all = Instant::now();
    for s in seed..seed + cases {
        let t = Instant::now();
        let data = seed_bytes(s, 2048 + (crate::value::mix64(s) % 6144) as usize);
        let g = generate(target, &data);
        b.generate += t.elapsed().as_secs_f64();
        let Ok(g) = g else { continue };
        let t = Instant::now();
        let prepared = PreparedCase::new(&g.case).map(Arc::new);
        b.prepare += t.elapsed().as_secs_f64();
        let Ok(prepared) = prepared else { continue };
        let run = |spec: &EngineSpec| spec.run(&prepared, Vec::new(), None);
        let t = Instant::now();
        let r = run(&EngineSpec::reference());
        b.reference += t.elapsed().as_secs_f64();
        let (Ok(r), Ok(w), Ok(wo)) = (r, run(&with), run(&without)) else {
            continue;
        };
        b.compile_with += w.meta.compile_seconds;
        b.compile_without += wo.meta.compile_seconds;
        b.sut_runs += w.meta.run_seconds + wo.meta.run_seconds;
        let t = Instant::now();
        let _ = crate::compare::verdict(&r, &[(&w, &wo)]);
        b.compare += t.elapsed().as_secs_f64();
        b.executed += 1;
    }
    b.total = all.elapsed().as_secs_f64();
    b
}

impl Bench {
    /// The printed table.
    pub fn table(&self, target: Target) -> String {
        let row = |name: &str, secs: f64| {
            format!(
                "| {name:<30} | {:>9.1} | {:>6.1}% |\n",
                1000.0 * secs / self.executed.max(1) as f64,
                100.0 * secs / self.total.max(1e-9)
            )
        };
        let mut s = format!(
            "target {}: {} seeds, {} executed, {:.2} s, {:.2} execs/s (one process)\n\n",
            target.name(),
            self.cases,
            self.executed,
            self.total,
            self.executed as f64 / self.total.max(1e-9)
        );
        s.push_str("| stage                          | ms / case |  share  |\n|---|---:|---:|\n");
        s.push_str(&row("generate", self.generate));
        s.push_str(&row("prepare (validate, instrument)", self.prepare));
        s.push_str(&row("reference run (wasmi)", self.reference));
        s.push_str(&row("compile, pass-params on", self.compile_with));
        s.push_str(&row("compile, pass-params off", self.compile_without));
        s.push_str(&row("SUT runs (both)", self.sut_runs));
        s.push_str(&row("compare", self.compare));
        let compile = self.compile_with + self.compile_without;
        s.push_str(&format!(
            "\ntotal / bare compile time = {:.2} (1.00 would mean compiling is all the oracle does)\n",
            self.total / compile.max(1e-9)
        ));
        s
    }
}
