//! Soundness on modules nobody here wrote: the three defects the spec
//! testsuite showed (each as its spec module, in `tests/soundness/`), the
//! vendored sample of the testsuite run as scripts with no false divergence
//! and every assertion met by the reference, and the spec check catching a
//! wrong assertion.

use ccoracle::case::{Case, Invocation};
use ccoracle::check::check_in_process;
use ccoracle::compare::Verdict;
use ccoracle::engine::{EngineSpec, Lineup};
use ccoracle::prepare::PreparedCase;
use ccoracle::trace::{Event, Outcome, Trace, TrapKind};
use ccoracle::value::Val;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn case(file: &str) -> Case {
    Case::from_files(&[root().join("tests/soundness").join(file)]).unwrap()
}

fn reference(case: &Case) -> Trace {
    let prepared = Arc::new(PreparedCase::new(case).unwrap());
    EngineSpec::reference().run(&prepared, vec![], None).unwrap()
}

fn agrees(case: &Case) {
    let r = check_in_process(case, &Lineup::default_lineup(), &vec![]).unwrap();
    assert_eq!(r.verdict, Verdict::Agree, "{}", serde_json::to_string_pretty(&r.verdict).unwrap());
}

fn outcomes(t: &Trace) -> Vec<Outcome> {
    t.events.iter().filter_map(|e| e.outcome().cloned()).collect()
}

#[test]
fn an_element_segment_out_of_bounds_traps_on_every_engine() {
    let c = case("elem-segment-out-of-bounds.wat");
    // The old wasmi adapter said "link error" here.
    assert_eq!(outcomes(&reference(&c)), vec![Outcome::Trapped(TrapKind::TableOutOfBounds)]);
    agrees(&c);
}

#[test]
fn an_import_name_repeated_gets_one_host_object() {
    let c = case("repeated-import-names.wat");
    let got = outcomes(&reference(&c));
    let values: Vec<&Outcome> = got.iter().skip(1).collect();
    assert_eq!(values.len(), 4, "{got:?}");
    assert!(values.iter().all(|v| v == &values[0]), "one global behind all four imports: {values:?}");
    agrees(&c);
}

#[test]
fn one_name_imported_as_three_kinds_links_nowhere() {
    let c = case("one-import-name-three-kinds.wat");
    assert!(matches!(outcomes(&reference(&c)).as_slice(), [Outcome::LinkError(_)]));
    agrees(&c);
}

#[test]
fn growth_beyond_the_common_limit_fails_everywhere() {
    let mut c = case("table-grow-beyond-limit.wat");
    // The default invocations pass the canary 0x0C01A5A5 and then edge
    // values; explicit ones make the expectation plain.
    let grow = |n: i32| Invocation { instance: 0, export: "grow".into(), args: vec![Val::I32(n)] };
    c.invocations = Some(vec![grow(0x0C01_A5A5), grow(10), grow(100_000), grow(0x10000)]);
    let got = outcomes(&reference(&c));
    let ret = |v: i32| Outcome::Returned(vec![Val::I32(v)]);
    assert_eq!(got[1..], [ret(-1), ret(0), ret(-1), ret(10)], "{got:?}");
    agrees(&c);
    agrees(&case("table-grow-beyond-limit.wat"));

    let mut m = case("memory-grow-beyond-limit.wat");
    m.invocations = Some(vec![grow(20_000), grow(1), grow(0x10000)]);
    let got = outcomes(&reference(&m));
    assert_eq!(got[1..], [ret(-1), ret(0), ret(-1)], "{got:?}");
    agrees(&m);
}

#[test]
fn the_vendored_testsuite_sample_has_no_false_divergence() {
    let worker = Path::new(env!("CARGO_BIN_EXE_ccoracle"));
    let files = ccoracle::spec::wast_files(&[root().join("tests/spec-testsuite")]).unwrap();
    assert!(files.len() >= 30, "{} scripts vendored", files.len());
    let lineup = Lineup::default_lineup();
    let results =
        ccoracle::spec::par_map(&files, 2, |f| ccoracle::spec::run_script(worker, f, &lineup, Duration::from_secs(60)));
    let mut checked = 0;
    let mut problems = Vec::new();
    for r in &results {
        checked += r.checked;
        match &r.outcome {
            ccoracle::spec::SweepOutcome::Checked(Verdict::Diverge(d)) => {
                problems.push(format!("{}: diverges: {}", r.file, d.signature))
            }
            ccoracle::spec::SweepOutcome::Error(e) => problems.push(format!("{}: error: {e}", r.file)),
            _ => {}
        }
        for m in &r.mismatches {
            problems.push(format!("{}:{}: expected {}, the reference {}", r.file, m.line, m.expected, m.got));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked > 5_000, "only {checked} assertions checked");
}

#[test]
fn a_wrong_assertion_is_reported_as_the_reference_disagreeing_with_the_spec() {
    let script = ccoracle::spec::script_from_text(
        r#"(module (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
                   (func (export "div") (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0))))
           (assert_return (invoke "add" (i32.const 2) (i32.const 2)) (i32.const 4))
           (assert_return (invoke "add" (i32.const 2) (i32.const 2)) (i32.const 5))
           (assert_trap (invoke "div" (i32.const 0)) "integer overflow")
           (assert_trap (invoke "div" (i32.const 0)) "integer divide by zero")"#,
    )
    .unwrap();
    let prepared = Arc::new(PreparedCase::new(&script.case).unwrap());
    let trace = EngineSpec::reference().run(&prepared, vec![], None).unwrap();
    let (checked, mismatches) = ccoracle::spec::check_reference(&script, &trace);
    assert_eq!(checked, 5, "instantiation and four assertions");
    let lines: Vec<usize> = mismatches.iter().map(|m| m.line).collect();
    assert_eq!(lines, vec![4, 5], "{mismatches:?}");
    assert!(trace.events.iter().all(|e| !matches!(e, Event::Crash { .. })));
}
