//! The IR level: `explain` on the corpus (golden files for a few cases),
//! the static audit flagging each m0 mechanism with its rule and staying
//! quiet where Wasmer 7.5 is right, and a planted IR fault failing it.

use ccoracle::engine::{MemoryStyle, OptLevel, WasmerConfig};
use ccoracle::ir::{audit, explain, CaseIr, IrModule, Stage};
use ccoracle::prepare::PreparedCase;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn config() -> WasmerConfig {
    WasmerConfig { pass_params: true, opt: OptLevel::O3, memory: MemoryStyle::Static }
}

/// A directory of its own for every capture (tests run in parallel).
fn scratch(name: &str) -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    std::env::temp_dir().join(format!("ccoracle-ir-test-{}-{n}-{name}", std::process::id()))
}

fn corpus_case(name: &str) -> (ccoracle::corpus::CorpusCase, PreparedCase) {
    let cc = ccoracle::corpus::load(&root().join("corpus").join(name)).unwrap();
    let p = PreparedCase::new(&cc.case).unwrap();
    (cc, p)
}

fn audit_of(name: &str) -> audit::Audit {
    let (_, p) = corpus_case(name);
    let dir = scratch(name);
    let ir = CaseIr::capture(&p, &config(), Stage::PreOpt, &dir).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let with: Vec<IrModule> = ir.modules.into_iter().map(|(w, _)| w).collect();
    audit::audit(&p, &with, &config())
}

#[test]
fn explain_matches_the_golden_files() {
    for name in [
        "cross-instance-call-uses-callers-memory",
        "call-indirect-second-segment-undefined",
        "return-call-to-import-falls-through",
    ] {
        let (_, p) = corpus_case(name);
        let dir = scratch(name);
        let ir = CaseIr::capture(&p, &config(), Stage::PreOpt, &dir).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        let got = explain::explain(&p, &ir, &explain::Filter::default());
        let path = root().join("tests/ir").join(format!("{name}.expected"));
        if std::env::var("BLESS").is_ok() {
            std::fs::write(&path, &got).unwrap();
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(got, want, "{name}: explain differs from {} (BLESS=1 to regenerate)", path.display());
    }
}

#[test]
fn explain_works_on_every_corpus_case() {
    for dir in ccoracle::corpus::list(&root().join("corpus")).unwrap() {
        let cc = ccoracle::corpus::load(&dir).unwrap();
        let p = PreparedCase::new(&cc.case).unwrap();
        let d = scratch(&cc.name());
        let ir = CaseIr::capture(&p, &config(), Stage::PreOpt, &d);
        let _ = std::fs::remove_dir_all(&d);
        let ir = ir.unwrap_or_else(|e| panic!("{}: {e}", cc.name()));
        let text = explain::explain(&p, &ir, &explain::Filter::default());
        assert!(!text.is_empty(), "{}", cc.name());
    }
}

/// Each m0 mechanism of docs/campaigns/mechanisms-wasmer-7.5.md, statically,
/// with the rule that catches it.
#[test]
fn the_audit_flags_every_m0_mechanism() {
    let cases = [
        ("cross-instance-call-uses-callers-memory", "import-call-m0", "mechanism A"),
        ("memoryless-caller-into-callee-with-memory", "import-call-m0", "mechanism B"),
        ("m0-leaks-into-memoryless-callee", "import-call-m0", "mechanism C"),
        ("call-indirect-imported-table-to-host", "call-indirect-m0", "mechanism C"),
        ("call-indirect-to-foreign-function-traps", "call-indirect-m0", "mechanism B"),
        ("call-indirect-ignores-elem-offset", "call-indirect-m0", "mechanism D"),
        ("call-indirect-second-segment-undefined", "call-indirect-m0", "unreachable"),
        ("call-indirect-imported-table-to-foreign-uses-callers-memory", "call-indirect-m0", "mechanism C"),
        ("return-call-to-import-falls-through", "tail-call", "plain call"),
    ];
    for (name, rule, words) in cases {
        let a = audit_of(name);
        assert!(
            a.findings.iter().any(|f| f.rule == rule && f.detail.contains(words)),
            "{name}: no {rule} finding saying \"{words}\":\n{}",
            a.findings.iter().map(|f| f.to_string()).collect::<Vec<_>>().join("\n")
        );
    }
}

/// Where Wasmer 7.5 is right (the corpus cases it is expected to agree on),
/// the audit finds nothing.
#[test]
fn the_audit_is_quiet_where_wasmer_7_5_is_right() {
    let mut audited = 0;
    for dir in ccoracle::corpus::list(&root().join("corpus")).unwrap() {
        let cc = ccoracle::corpus::load(&dir).unwrap();
        if cc.expectation("wasmer-7.5").verdict != "agree" {
            continue;
        }
        let a = audit_of(&cc.name());
        if cc.name() == "g0m0-call-indirect-compile-error" {
            // Wasmer 7.5 agrees here only because the case invokes nothing
            // (it pins a 7.0.1 compile error). Its table's slot 1 holds
            // lib_store, a function of an instance with another memory,
            // which the call_indirect dispatch would call without a base of
            // its own: a latent fault no run of this case shows, and which
            // the static audit is there to see.
            assert_eq!(a.findings.len(), 1, "{:?}", a.findings);
            assert!(a.findings[0].detail.starts_with("slot 1 "), "{}", a.findings[0]);
            continue;
        }
        assert!(
            a.findings.is_empty(),
            "{}: {}",
            cc.name(),
            a.findings.iter().map(|f| f.to_string()).collect::<Vec<_>>().join("\n")
        );
        audited += 1;
    }
    assert!(audited >= 8, "only {audited} agreeing corpus cases");
}

/// A fault planted in the IR (a local call given the caller's vmctx where
/// its m0 goes) fails the audit with the rule and the instruction.
#[test]
fn a_planted_ir_fault_fails_the_audit() {
    let case = ccoracle::case::Case::from_wats(&[(
        "m",
        r#"(module (memory 1)
             (func $leaf (param i32) (result i32) (i32.load (local.get 0)))
             (func (export "go") (result i32) (call $leaf (i32.const 8))))"#,
    )])
    .unwrap();
    let p = PreparedCase::new(&case).unwrap();
    let dir = scratch("planted");
    let sub = ccoracle::ir::capture(&p, 0, &config(), &dir).unwrap();
    let clean = IrModule::load(&sub, Stage::PreOpt).unwrap();
    assert!(audit::audit(&p, &[clean], &config()).findings.is_empty());
    // Plant: in every .preopt.ll, the m0 argument of calls becomes %vmctx.
    let mut planted = 0;
    for e in std::fs::read_dir(&sub).unwrap() {
        let path = e.unwrap().path();
        if !path.to_string_lossy().ends_with(".preopt.ll") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut out = String::new();
        for line in text.lines() {
            if line.contains(" call ") && line.contains("@f0(") && line.contains("ptr %m0_base_ptr") {
                out.push_str(&line.replace("ptr %m0_base_ptr", "ptr %vmctx"));
                planted += 1;
            } else {
                out.push_str(line);
            }
            out.push('\n');
        }
        std::fs::write(&path, out).unwrap();
    }
    assert!(planted >= 1, "no call to plant the fault in");
    let faulty = IrModule::load(&sub, Stage::PreOpt).unwrap();
    let a = audit::audit(&p, &[faulty], &config());
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        a.findings.iter().any(|f| f.rule == "local-call-m0" && f.detail.contains("the caller's own vmctx")),
        "{:?}",
        a.findings
    );
}

/// A report's "At the IR level" section shows the call site the audit
/// flags, both compilations side by side, with the hidden m0 named; and on
/// a case without a divergence it adds nothing.
#[test]
fn reports_show_the_flagged_call_site_at_the_ir_level() {
    let (cc, p) = corpus_case("m0-leaks-into-memoryless-callee");
    let lineup = ccoracle::engine::Lineup::new(&[OptLevel::O3], &[MemoryStyle::Static]);
    let result = ccoracle::check::check_in_process(&cc.case, &lineup, &vec![]).unwrap();
    let section = ccoracle::ir::report_section(&p, &lineup, &result.verdict);
    assert!(section.starts_with("## At the IR level"), "{section}");
    // Mechanism C: app's call of the imported nomem.id passes m0.
    assert!(section.contains("**import-call-m0** in `app`"), "{section}");
    assert!(section.contains("mechanism C"), "{section}");
    assert!(section.contains("m0 = the caller's own m0"), "{section}");
    assert!(section.contains("with pass-params") && section.contains("without pass-params"), "{section}");
    let agreeing = ccoracle::compare::Verdict::Agree;
    assert_eq!(ccoracle::ir::report_section(&p, &lineup, &agreeing), "");
}
