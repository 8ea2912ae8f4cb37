//! `ccoracle bench`: where a check's time goes, and how many checks one
//! compile buys; `ccoracle bench --detect`: time to detection of every
//! known cause, from an empty findings directory.

use super::campaign::{generate_checks, set_bytes, AutoChecks, CampaignOpts, GenChoice};
use super::Target;
use crate::engine::{EngineSpec, Lineup};
use crate::generate::callconv::Config;
use crate::prepare::PreparedCase;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Time per stage of a fixed-seed batch, run in this process (one core).
#[derive(Debug, Default, Clone)]
pub struct Bench {
    /// Checks per compiled module set: fixed, or adaptive (`None`).
    pub k: Option<u32>,
    pub module_sets: u64,
    pub checks: u64,
    pub executed: u64,
    pub generate: f64,
    pub prepare: f64,
    pub reference: f64,
    pub compile_with: f64,
    pub compile_without: f64,
    pub sut_runs: f64,
    pub compare: f64,
    /// The static IR audit of each module set (with `--audit`; not in
    /// `total`).
    pub audit: f64,
    pub audited: u64,
    pub total: f64,
}

/// Runs `sets` module sets from `seed`, each checked `k` times (`None`:
/// as many times as [`AutoChecks`] decides), through every stage, timing
/// each. The compile cache is emptied before every module set, so each set
/// pays its compiles once.
pub fn bench(target: Target, seed: u64, sets: u64, k: Option<u32>, audit: bool) -> Bench {
    let mut b = Bench { k, module_sets: sets, ..Bench::default() };
    let lineup = Lineup::default_lineup();
    let (with, without) = lineup.pairs[0].clone();
    let mut auto = AutoChecks::default();
    let cfg = Config::default();
    let all = Instant::now();
    for s in seed..seed + sets {
        crate::engine::wasmer::compile_cache::clear();
        let kk = k.unwrap_or(auto.k).max(1);
        let t = Instant::now();
        let (data, more) = set_bytes(s, kk);
        let checks = generate_checks(target, &data, &cfg, &more);
        b.generate += t.elapsed().as_secs_f64();
        let Ok(checks) = checks else { continue };
        if audit {
            let t = Instant::now();
            if let Ok(p) = PreparedCase::new(&checks[0].case) {
                let config = match &with {
                    EngineSpec::Wasmer(c) => *c,
                    _ => unreachable!("the SUT is Wasmer"),
                };
                let dir = std::env::temp_dir().join(format!("ccoracle-bench-ir-{}", std::process::id()));
                if crate::ir::audit_case(&p, &config, &dir).is_ok() {
                    b.audited += 1;
                }
            }
            b.audit += t.elapsed().as_secs_f64();
        }
        let mut times = Vec::new();
        for g in checks {
            b.checks += 1;
            let started = Instant::now();
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
            times.push(started.elapsed().as_secs_f64());
        }
        auto.observe(&times);
    }
    b.total = all.elapsed().as_secs_f64() - b.audit;
    b
}

impl Bench {
    fn checks_per_sec(&self) -> f64 {
        self.executed as f64 / self.total.max(1e-9)
    }

    /// Checks/s if every check paid both compiles and nothing else: the
    /// ceiling of compiling once per check.
    fn ceiling(&self) -> f64 {
        self.module_sets as f64 / (self.compile_with + self.compile_without).max(1e-9)
    }

    fn name(&self) -> String {
        match self.k {
            Some(k) => format!("K = {k}"),
            None => "K = auto".into(),
        }
    }
}

/// The printed table of one or more runs on the same seeds, side by side.
pub fn table(target: Target, runs: &[Bench]) -> String {
    let mut s = format!(
        "target {}: {} module sets from the same seeds per column, one process, Wasmer O3/static with and \
         without pass-params, wasmi\n\n",
        target.name(),
        runs.first().map(|b| b.module_sets).unwrap_or(0)
    );
    s.push_str("| figure |");
    for b in runs {
        s.push_str(&format!(" {} |", b.name()));
    }
    s.push_str("\n|---|");
    for _ in runs {
        s.push_str("---:|");
    }
    s.push('\n');
    let mut row = |name: &str, f: &dyn Fn(&Bench) -> String| {
        s.push_str(&format!("| {name} |"));
        for b in runs {
            s.push_str(&format!(" {} |", f(b)));
        }
        s.push('\n');
    };
    row("checks executed", &|b| b.executed.to_string());
    row("checks per compile", &|b| format!("{:.1}", b.executed as f64 / b.module_sets.max(1) as f64));
    row("seconds", &|b| format!("{:.1}", b.total));
    row("**checks/s**", &|b| format!("**{:.1}**", b.checks_per_sec()));
    row("compiles/s (module sets, both configurations)", &|b| {
        format!("{:.1}", b.module_sets as f64 / b.total.max(1e-9))
    });
    row("checks/s ÷ bare-compile ceiling", &|b| format!("{:.2}", b.checks_per_sec() / b.ceiling()));
    let per_check = |secs: f64, b: &Bench| format!("{:.2}", 1000.0 * secs / b.executed.max(1) as f64);
    row("ms/check: generate", &|b| per_check(b.generate, b));
    row("ms/check: prepare (validate, instrument)", &|b| per_check(b.prepare, b));
    row("ms/check: reference run (wasmi)", &|b| per_check(b.reference, b));
    row("ms/check: compile, pass-params on", &|b| per_check(b.compile_with, b));
    row("ms/check: compile, pass-params off", &|b| per_check(b.compile_without, b));
    row("ms/check: SUT runs (both)", &|b| per_check(b.sut_runs, b));
    row("ms/check: compare", &|b| per_check(b.compare, b));
    if runs.iter().any(|b| b.audited > 0) {
        row("ms/module set: static IR audit (capture with pass-params, read, rules)", &|b| {
            format!("{:.1}", 1000.0 * b.audit / b.audited.max(1) as f64)
        });
    }
    if runs.len() > 1 {
        let base = runs[0].checks_per_sec().max(1e-9);
        row("checks/s ratio to the first column", &|b| format!("{:.2}×", b.checks_per_sec() / base));
    }
    s.push_str(
        "\nThe bare-compile ceiling is the checks/s of a checker that did nothing but compile each check's \
         modules with and without pass-params (1.00: compiling is all it does).\n",
    );
    s
}

/// Time to detection of each known cause: `seeds` campaigns per
/// checks-per-compile setting, each from an empty findings directory.
pub struct Detect {
    pub settings: Vec<Option<u32>>,
    /// Per setting, per seed: (checks/s, cause name -> seconds).
    pub runs: Vec<Vec<(f64, BTreeMap<String, f64>)>>,
    pub time: Duration,
    pub causes: Vec<String>,
}

/// Runs the detection campaigns: for each setting in `settings` and each of
/// `seeds` seeds, a campaign of `time` with `jobs` workers whose findings
/// are reduced and bucketed against `known` (the corpus); a cause is
/// detected when the first finding of its bucket was saved.
pub fn detect(
    exe: &Path,
    known: &crate::triage::Known,
    settings: &[Option<u32>],
    seeds: u64,
    time: Duration,
    jobs: usize,
    reduce_budget: Duration,
    scratch: &Path,
) -> std::io::Result<Detect> {
    let mut runs = Vec::new();
    for (si, k) in settings.iter().enumerate() {
        let mut per = Vec::new();
        for seed in 0..seeds {
            let out = scratch.join(format!("k{si}-seed{seed}"));
            let _ = std::fs::remove_dir_all(&out);
            let opts = CampaignOpts {
                target: Target::Callconv,
                sut: super::SutChoice::default(),
                gen: GenChoice { checks_per_compile: *k, ..GenChoice::default() },
                known: Some(known.clone()),
                reduce: true,
                reduce_budget,
                time,
                seed: seed * 1_000_003,
                jobs,
                out: out.clone(),
                hang_timeout: Duration::from_secs(60),
            };
            eprintln!(
                "bench --detect: {} seed {seed}: {time:?} campaign in {}",
                k.map(|k| format!("K = {k}")).unwrap_or("K = auto".into()),
                out.display()
            );
            let stats = super::campaign(exe, &opts)?;
            let mut found = BTreeMap::new();
            for (fp, (name, t)) in stats.detection() {
                let name = name.unwrap_or_else(|| format!("NEW: {fp}"));
                let e = found.entry(name).or_insert(t.as_secs_f64());
                *e = e.min(t.as_secs_f64());
            }
            per.push((stats.cases as f64 / stats.elapsed.as_secs_f64().max(1e-9), found));
        }
        runs.push(per);
    }
    let mut causes: Vec<String> = known.names().map(str::to_string).collect();
    causes.sort();
    Ok(Detect { settings: settings.to_vec(), runs, time, causes })
}

impl Detect {
    /// Medians and spreads per known cause and setting (a cause not
    /// detected within the campaign counts as its full length, marked).
    pub fn table(&self) -> String {
        let name = |k: &Option<u32>| k.map(|k| format!("K = {k}")).unwrap_or("K = auto".into());
        let mut s = format!(
            "time to first detection, seconds from an empty findings directory ({} seeds per column, {:?} \
             campaigns; median [min–max]; n/N = seeds that found it)\n\n| cause (corpus case) |",
            self.runs.first().map(Vec::len).unwrap_or(0),
            self.time
        );
        for k in &self.settings {
            s.push_str(&format!(" {} |", name(k)));
        }
        s.push_str("\n|---|");
        for _ in &self.settings {
            s.push_str("---|");
        }
        s.push('\n');
        for c in &self.causes {
            s.push_str(&format!("| {c} |"));
            for per in &self.runs {
                let mut t: Vec<f64> =
                    per.iter().map(|(_, f)| f.get(c).copied().unwrap_or(self.time.as_secs_f64())).collect();
                let n = per.iter().filter(|(_, f)| f.contains_key(c)).count();
                t.sort_by(f64::total_cmp);
                if n == 0 {
                    s.push_str(&format!(" not found (0/{}) |", per.len()));
                } else {
                    s.push_str(&format!(
                        " {:.0} [{:.0}–{:.0}] ({n}/{}) |",
                        t[t.len() / 2],
                        t[0],
                        t[t.len() - 1],
                        per.len()
                    ));
                }
            }
            s.push('\n');
        }
        s.push_str("| checks/s (mean over seeds) |");
        for per in &self.runs {
            let m = per.iter().map(|(r, _)| r).sum::<f64>() / per.len().max(1) as f64;
            s.push_str(&format!(" {m:.1} |"));
        }
        s.push('\n');
        let mut new = std::collections::BTreeSet::new();
        for per in &self.runs {
            for (_, f) in per {
                new.extend(f.keys().filter(|k| k.starts_with("NEW")).cloned());
            }
        }
        if !new.is_empty() {
            s.push_str(&format!("\nnew causes found on the way: {}\n", new.len()));
        }
        s
    }
}
