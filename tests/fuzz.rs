//! Every generator and fuzz-target path on a few seeds, without libFuzzer:
//! generation, the cargo-fuzz entry (which must panic on a divergence and
//! stay quiet otherwise), the campaign worker and a short campaign.

use ccoracle::check::check_in_process;
use ccoracle::compare::Verdict;
use ccoracle::engine::Lineup;
use ccoracle::fuzz::{fuzz_one, seed_bytes, Target};
use std::process::Command;

fn verdict_of(target: Target, seed: u64) -> Option<Verdict> {
    let case = ccoracle::fuzz::case_of_fuzz_input(target, &seed_bytes(seed, 4096)).ok()?;
    Some(check_in_process(&case, &Lineup::default_lineup(), &vec![]).ok()?.verdict)
}

#[test]
fn the_first_short_inputs_of_libfuzzer_already_make_full_cases_that_diverge() {
    // libFuzzer starts from an empty input and grows inputs a few bytes at
    // a time; those must already be full cases.
    let inputs: Vec<Vec<u8>> = (0..12u8).map(|i| (0..i % 5).map(|j| i.wrapping_mul(37) ^ j).collect()).collect();
    let mut diverged = 0;
    for data in &inputs {
        let case = ccoracle::fuzz::case_of_fuzz_input(Target::Callconv, data).unwrap();
        let funcs: usize =
            case.modules.iter().map(|m| ccoracle::prepare::to_wat(&m.wasm).matches("(func").count()).sum();
        assert!(funcs >= 2, "input {data:?} made a trivial case");
        let r = check_in_process(&case, &Lineup::default_lineup(), &vec![]).unwrap();
        diverged += matches!(r.verdict, Verdict::Diverge(_)) as u32;
    }
    assert!(diverged >= 1, "none of the first {} short inputs diverged on Wasmer 7.5", inputs.len());
    // Long inputs are the generator's bytes as they are.
    let long = seed_bytes(3, ccoracle::fuzz::FUZZ_INPUT_LEN + 10);
    assert_eq!(ccoracle::fuzz::expand_input(&long).len(), long.len());
}

#[test]
fn smith_target_generates_and_checks() {
    let mut checked = 0;
    for seed in 0..6 {
        if let Some(v) = verdict_of(Target::Smith, seed) {
            checked += 1;
            // Must not panic on anything but a divergence.
            if !matches!(v, Verdict::Diverge(_)) {
                fuzz_one(Target::Smith, &seed_bytes(seed, 4096));
            }
        }
    }
    assert!(checked >= 3, "too few smith seeds made a case: {checked}");
}

#[test]
fn callconv_target_panics_on_divergence_and_only_then() {
    let (mut diverged, mut quiet) = (None, None);
    for seed in 0..40 {
        match verdict_of(Target::Callconv, seed) {
            Some(Verdict::Diverge(_)) if diverged.is_none() => diverged = Some(seed),
            Some(Verdict::Agree) if quiet.is_none() => quiet = Some(seed),
            _ => {}
        }
        if diverged.is_some() && quiet.is_some() {
            break;
        }
    }
    let (d, q) = (diverged.expect("a divergent seed in 0..40"), quiet.expect("an agreeing seed in 0..40"));
    fuzz_one(Target::Callconv, &seed_bytes(q, 4096));
    let err = std::panic::catch_unwind(|| fuzz_one(Target::Callconv, &seed_bytes(d, 4096))).unwrap_err();
    let msg = err.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(msg.contains("ccoracle divergence pass-params/"), "{msg}");
    assert!(msg.contains("verdict: DIVERGE"), "{msg}");
    // With a findings directory the divergence is saved and the run goes
    // on: a case directory per signature, the second time a duplicate.
    let out = std::env::temp_dir().join(format!("ccoracle-fuzz-findings-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    for _ in 0..2 {
        ccoracle::fuzz::fuzz_one_with(Target::Callconv, &seed_bytes(d, 4096), Some(&out));
    }
    ccoracle::fuzz::fuzz_one_with(Target::Callconv, &seed_bytes(q, 4096), Some(&out));
    let saved: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(saved.len(), 1, "{saved:?}");
    let case = ccoracle::corpus::load(&saved[0]).unwrap();
    assert!(case.file.about.starts_with("fuzz finding: pass-params/"), "{}", case.file.about);
    let dups = std::fs::read_to_string(saved[0].join("duplicates.txt")).unwrap();
    assert_eq!(dups.lines().count(), 1, "{dups}");
    let _ = std::fs::remove_dir_all(&out);
}

/// The lines of a campaign worker (callconv, seeds 7, 8, …) run with the
/// generator choice `gen` for `max_cases` checks, its findings under `out`.
fn worker_lines(out: &std::path::Path, gen: &str, max_cases: u32) -> Vec<ccoracle::fuzz::WorkerLine> {
    let o = Command::new(env!("CARGO_BIN_EXE_ccoracle"))
        .args(["__fuzz-worker", "--target", "callconv", "--worker", "0", "--seed", "7", "--stride", "1"])
        .args(["--gen", gen, "--max-cases", &max_cases.to_string(), "--out"])
        .arg(out)
        .output()
        .unwrap();
    assert!(o.status.success());
    String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn campaign_worker_reports_one_line_per_case() {
    let out = std::env::temp_dir().join(format!("ccoracle-worker-{}", std::process::id()));
    let lines = worker_lines(&out, r#"{"checks_per_compile":1}"#, 3);
    assert_eq!(lines.iter().map(|l| l.seed).collect::<Vec<_>>(), vec![7, 8, 9]);
    assert!(lines.iter().all(|l| !l.boundaries.is_empty()));
    std::fs::remove_dir_all(&out).ok();
}

#[test]
fn a_worker_checks_each_module_set_k_times_and_numbers_the_checks() {
    let out = std::env::temp_dir().join(format!("ccoracle-worker-k-{}", std::process::id()));
    let lines = worker_lines(&out, r#"{"checks_per_compile":3,"fixed":{"dylink":0}}"#, 6);
    let ids: Vec<(u64, u32, u32)> = lines.iter().map(|l| (l.seed, l.check, l.checks)).collect();
    assert_eq!(ids, vec![(7, 0, 3), (7, 1, 3), (7, 2, 3), (8, 0, 3), (8, 1, 3), (8, 2, 3)]);
    std::fs::remove_dir_all(&out).ok();
}

/// Compile once, check many: checks of one module set run after each other
/// in one process, on cached compiled modules, give what each gives alone
/// (`ccoracle run --json` on the saved case: every engine in a fresh
/// process): the reference and the correct configuration event for event,
/// the divergences signature for signature (a wrong m0 may leak addresses,
/// which differ between processes).
#[test]
fn checks_of_one_compile_replay_alone_exactly() {
    use ccoracle::engine::wasmer::compile_cache;
    let cfg = ccoracle::generate::callconv::Config { dylink: 0, ..Default::default() };
    let lineup = Lineup::default_lineup();
    let dir = std::env::temp_dir().join(format!("ccoracle-checks-{}", std::process::id()));
    let mut diverging = 0;
    let mut checked = 0;
    for seed in 0..6u64 {
        let data = seed_bytes(seed, 4096);
        let more: Vec<Vec<u8>> =
            (1..4).map(|i| seed_bytes(ccoracle::fuzz::campaign::check_seed(seed, i), 2048)).collect();
        let checks =
            ccoracle::generate::callconv::generate_checks(&mut arbitrary::Unstructured::new(&data), &cfg, &more)
                .unwrap();
        assert_eq!(checks.len(), 4);
        // The same modules, other plans or invocations.
        assert!(checks.iter().all(|c| c.case.modules == checks[0].case.modules));
        assert!(checks
            .iter()
            .skip(1)
            .any(|c| c.case.plan != checks[0].case.plan || c.case.invocations != checks[0].case.invocations));
        compile_cache::clear();
        for (i, c) in checks.iter().enumerate() {
            let warm = check_in_process(&c.case, &lineup, &vec![]).unwrap();
            let case_dir = dir.join(format!("{seed}-{i}"));
            ccoracle::fuzz::write_case_dir(&case_dir, &c.case, "test", "test", None, "", &lineup).unwrap();
            let o =
                Command::new(env!("CARGO_BIN_EXE_ccoracle")).args(["run", "--json"]).arg(&case_dir).output().unwrap();
            let alone: ccoracle::check::CheckResult = serde_json::from_slice(&o.stdout)
                .unwrap_or_else(|e| panic!("seed {seed} check {i}: {e}: {}", String::from_utf8_lossy(&o.stderr)));
            let sigs = |r: &ccoracle::check::CheckResult| {
                r.verdict.divergences().iter().map(|d| d.signature.clone()).collect::<Vec<_>>()
            };
            let at = format!("seed {seed} check {i}");
            assert_eq!(warm.verdict.name(), alone.verdict.name(), "{at}");
            assert_eq!(sigs(&warm), sigs(&alone), "{at}");
            assert_eq!(warm.traces[0].events, alone.traces[0].events, "{at}: reference");
            assert_eq!(warm.traces[2].events, alone.traces[2].events, "{at}: pass-params off");
            diverging += !sigs(&warm).is_empty() as u32;
            checked += 1;
        }
    }
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(checked, 24);
    assert!(diverging >= 1, "no check diverged: the test would not see a cache that hides a divergence");
}

#[test]
fn short_campaign_runs_and_saves_findings_as_cases() {
    let out = std::env::temp_dir().join(format!("ccoracle-campaign-{}", std::process::id()));
    let o = Command::new(env!("CARGO_BIN_EXE_ccoracle"))
        .args(["fuzz", "--time", "6s", "--jobs", "1", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("boundary kinds exercised"), "{stdout}");
    // Exit 1 means findings were saved; each is a loadable corpus case.
    if o.status.code() == Some(1) {
        let cases = ccoracle::corpus::list(&out).unwrap();
        assert!(!cases.is_empty());
        for c in cases {
            ccoracle::corpus::load(&c).unwrap();
        }
    } else {
        assert_eq!(o.status.code(), Some(0), "{stdout}");
    }
    std::fs::remove_dir_all(&out).ok();
}

#[test]
fn a_crashing_worker_loses_no_case_and_the_crash_is_run_again_alone() {
    // Seed 5 makes a case (the other tests use neighbouring seeds); the hook
    // aborts the worker while it runs that case, as a crashing Wasmer would.
    let out = std::env::temp_dir().join(format!("ccoracle-crash-{}", std::process::id()));
    let o = Command::new(env!("CARGO_BIN_EXE_ccoracle"))
        .args(["fuzz", "--time", "5s", "--jobs", "1", "--seed", "5", "--out"])
        .arg(&out)
        .env("CCORACLE_TEST_CRASH_SEED", "5")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "a crash is a finding: {stdout}");
    assert!(stdout.contains("crashes 1"), "{stdout}");
    assert!(stdout.contains("worker crashes, run again alone in fresh processes:"), "{stdout}");
    let dir = out.join("crash-seed-5");
    let cc = ccoracle::corpus::load(&dir).unwrap();
    assert!(cc.file.origin.contains("seed 5"), "{}", cc.file.origin);
    // The rerun happens in engine processes without the hook: it does not
    // crash, and its verdict is recorded for triage.
    assert!(cc.file.about.contains("alone in a fresh process it did not crash"), "{}", cc.file.about);
    assert!(cc.file.expect.contains_key(&ccoracle::corpus::current_target()));
    let report = std::fs::read_to_string(dir.join("report.txt")).unwrap();
    assert!(report.contains("killed by signal 6"), "{report}");
    assert!(report.contains("verdict:"), "{report}");
    std::fs::remove_dir_all(&out).ok();
}

/// Reach, measured without engines: the module sets a default campaign
/// generates (swarm configurations drawn per [`SWARM_PERIOD`] sets, checks
/// per set as `auto` starts, the same seeds and byte streams as a worker)
/// exercise every boundary kind of the calling-convention generator in at
/// least 5 % of checks. The dylink kinds are the exception by design: the
/// dylink shape is one check per module set, at a low weight (#11).
#[test]
fn a_default_campaign_reaches_every_boundary_kind_in_five_percent_of_checks() {
    use ccoracle::fuzz::campaign::{generate_checks, set_bytes, GenChoice, SWARM_PERIOD};
    use ccoracle::generate::callconv::Boundary;
    let gen = GenChoice::default();
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    let mut total = 0usize;
    // Eight workers' worth of swarm configurations, 20 module sets each.
    for worker in 0..8u64 {
        for set in 0..SWARM_PERIOD * 6 {
            if set % SWARM_PERIOD >= 20 {
                continue;
            }
            let cur = worker + set * 8;
            let cfg = gen.config(worker, set);
            let (data, more) = set_bytes(cur, 8);
            for g in generate_checks(Target::Callconv, &data, &cfg, &more).unwrap() {
                total += 1;
                for b in g.boundaries {
                    *counts.entry(b.to_string()).or_default() += 1;
                }
            }
        }
    }
    let share = |k: &str| counts.get(k).copied().unwrap_or(0) as f64 * 100.0 / total as f64;
    let table: Vec<String> = Boundary::ALL.iter().map(|b| format!("{} {:.1}%", b.name(), share(b.name()))).collect();
    eprintln!("{total} checks: {}", table.join(", "));
    let low: Vec<&String> = Boundary::ALL
        .iter()
        .zip(&table)
        .filter(|(b, _)| !b.name().starts_with("dylink") && share(b.name()) < 5.0)
        .map(|(_, t)| t)
        .collect();
    assert!(low.is_empty(), "under 5 % of {total} checks: {low:?}");
}
