//! Dynamic linking: real clang/wasm-ld output (tests/programs/dylink, a PIE
//! main and two side modules) loaded by the oracle's loader and run on every
//! engine. On the reference, every test export gives what the native build
//! of the same C gives (tests/programs/dylink/expected.txt); a planted
//! loader fault (a GOT.func entry one slot off) is caught by that check.

use ccoracle::case::{Case, CaseModule};
use ccoracle::check::check_in_process;
use ccoracle::dylink::{build, LoaderFault, LoaderOpts};
use ccoracle::engine::{EngineSpec, Lineup};
use ccoracle::prepare::PreparedCase;
use ccoracle::trace::{Event, Outcome};
use ccoracle::value::Val;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs/dylink")
}

fn module(sub: &str, name: &str) -> CaseModule {
    let wasm = std::fs::read(dir().join(sub).join(format!("{name}.wasm"))).unwrap();
    CaseModule { name: name.trim_end_matches("-needed").into(), wasm }
}

fn program(sub: &str, main: &str, opts: &LoaderOpts) -> Case {
    build(module(sub, main), vec![module(sub, "libmath"), module(sub, "libstr")], None, opts).unwrap()
}

fn expected() -> BTreeMap<String, i32> {
    std::fs::read_to_string(dir().join("expected.txt"))
        .unwrap()
        .lines()
        .map(|l| {
            let (k, v) = l.split_once(' ').unwrap();
            (k.to_string(), v.parse().unwrap())
        })
        .collect()
}

/// The results of main's test exports on the reference, by export.
fn reference_results(case: &Case) -> BTreeMap<String, Outcome> {
    let prepared = Arc::new(PreparedCase::new(case).unwrap());
    let t = EngineSpec::reference().run(&prepared, vec![], None).unwrap();
    t.events
        .iter()
        .filter_map(|e| match e {
            Event::Invoke { export, outcome, .. } if !export.starts_with("__") => {
                Some((export.clone(), outcome.clone()))
            }
            _ => None,
        })
        .collect()
}

/// Where the reference parts from the native build (test_host depends on
/// what the host returns: compared across engines only).
fn mismatches(case: &Case) -> Vec<String> {
    let got = reference_results(case);
    let mut out = Vec::new();
    for (export, want) in expected() {
        if export == "test_host" {
            continue;
        }
        match got.get(&export) {
            Some(Outcome::Returned(v)) if v.as_slice() == [Val::I32(want)] => {}
            other => out.push(format!("{export}: native {want}, reference {other:?}")),
        }
    }
    out
}

#[test]
fn the_reference_gives_the_native_results() {
    for (sub, main) in [("", "main"), ("", "main-needed"), ("mvp", "main"), ("mvp", "main-needed")] {
        let case = program(sub, main, &LoaderOpts::default());
        let m = mismatches(&case);
        assert!(m.is_empty(), "{sub}/{main}: {m:#?}");
    }
}

#[test]
fn every_engine_runs_the_program_and_the_verdict_is_recorded() {
    let case = program("", "main", &LoaderOpts::default());
    let r = check_in_process(&case, &Lineup::default_lineup(), &vec![]).unwrap();
    // Whatever the verdict, every engine ran every step; the loader's
    // steps (glue instances, relocations, constructors) are in the traces.
    let instantiations = r.traces[0].events.iter().filter(|e| matches!(e, Event::Instantiate { .. })).count();
    assert!(instantiations >= 9, "{instantiations}");
    println!("verdict on the dylink program: {}", r.verdict.signature().unwrap_or(r.verdict.name()));
}

#[test]
fn a_got_entry_one_slot_off_is_flagged() {
    let opts = LoaderOpts { fault: Some(LoaderFault::GotFuncOffByOne("main_square".into())), ..LoaderOpts::default() };
    let m = mismatches(&program("", "main", &opts));
    assert!(!m.is_empty(), "a loader with a wrong GOT.func entry passed");
    assert!(m.iter().any(|x| x.starts_with("test_fnptr_identity") || x.starts_with("test_callbacks")), "{m:#?}");
}
