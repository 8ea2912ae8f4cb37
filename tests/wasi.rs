//! WASI programs: real C programs (tests/programs/wasi, built with clang-22
//! and wasi-libc by its build.sh) run to the end on every engine, with the
//! deterministic WASI host of `ccoracle::wasi`. On the reference, stdout
//! and the exit code are what the native build of the same C gives with the
//! same arguments, environment, stdin and files; a planted fault (one byte
//! of stdout changed on one engine) is flagged; unsupported calls answer
//! the same errno everywhere.

use ccoracle::case::{Case, CaseModule};
use ccoracle::check::{check_in_process, Depth};
use ccoracle::compare::{Diagnosis, Verdict};
use ccoracle::engine::{EngineSpec, Lineup};
use ccoracle::host::Fault;
use ccoracle::prepare::PreparedCase;
use ccoracle::trace::{Event, Outcome, Trace};
use ccoracle::value::Val;
use ccoracle::wasi::WasiConfig;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs/wasi")
}

fn worlds() -> BTreeMap<String, WasiConfig> {
    serde_json::from_str(&std::fs::read_to_string(dir().join("worlds.json")).unwrap()).unwrap()
}

fn program(name: &str) -> Case {
    let wasm = std::fs::read(dir().join(format!("{name}.wasm"))).unwrap();
    Case {
        modules: vec![CaseModule { name: name.into(), wasm }],
        wasi: Some(worlds()[name].clone()),
        ..Case::default()
    }
}

fn reference(case: &Case) -> Trace {
    EngineSpec::reference().run(&Arc::new(PreparedCase::new(case).unwrap()), vec![], None).unwrap()
}

#[test]
fn c_programs_give_the_native_output_and_exit_code_on_the_reference() {
    for name in worlds().keys() {
        let t = reference(&program(name));
        let stdout = std::fs::read(dir().join(format!("expected/{name}.stdout"))).unwrap();
        let exit: u32 =
            std::fs::read_to_string(dir().join(format!("expected/{name}.exit"))).unwrap().trim().parse().unwrap();
        assert_eq!(t.output("stdout"), ccoracle::wasi::escape(&stdout), "{name}: stdout");
        // wasi-libc calls proc_exit only for a non-zero status; _start
        // returns otherwise.
        let end = t.events.iter().rev().find_map(|e| e.outcome()).unwrap();
        match exit {
            0 => assert_eq!(end, &Outcome::Returned(vec![]), "{name}"),
            c => assert_eq!(t.exit_code(), Some(c), "{name}: {end}"),
        }
        let d = Depth::of(&t);
        assert_eq!(d.invocations, 1, "{name}: _start alone");
        assert!(d.wasi_calls >= 3, "{name}: {d:?}");
    }
}

#[test]
fn c_programs_agree_on_every_engine() {
    for name in worlds().keys() {
        let r = check_in_process(&program(name), &Lineup::default_lineup(), &vec![]).unwrap();
        assert!(matches!(r.verdict, Verdict::Agree), "{name}: {:?}", r.verdict);
        let wasi_calls: Vec<usize> = r.depth.iter().map(|d| d.wasi_calls).collect();
        assert!(wasi_calls.iter().all(|&n| n == wasi_calls[0] && n > 0), "{name}: {wasi_calls:?}");
    }
}

#[test]
fn one_changed_byte_of_stdout_is_flagged() {
    let lineup = Lineup::default_lineup();
    let (_, without) = lineup.pairs[0].clone();
    let faults = vec![(without, vec![Fault::WrongOutputByte { offset: 20 }])];
    let r = check_in_process(&program("queens"), &lineup, &faults).unwrap();
    let Verdict::Diverge(d) = &r.verdict else { panic!("not flagged: {:?}", r.verdict) };
    assert!(
        matches!(&d.difference.diagnosis, Diagnosis::Output { stream, .. } if stream == "stdout"),
        "{:?}",
        d.difference.diagnosis
    );
}

#[test]
fn stdout_stdin_and_the_exit_code_show_in_the_report_and_the_json() {
    let stdin = std::env::temp_dir().join(format!("ccoracle-wasi-stdin-{}", std::process::id()));
    std::fs::write(&stdin, "alpha beta\ngamma\ndelta\n").unwrap();
    let run = |json: bool| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_ccoracle"));
        c.arg("run").arg(dir().join("echo.wasm")).arg("--stdin").arg(&stdin).args(["--env", "WHO=you"]);
        if json {
            c.arg("--json");
        }
        c.args(["--", "x", "y z"]).output().unwrap()
    };
    let o = run(false);
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{text}{}", String::from_utf8_lossy(&o.stderr));
    assert!(text.contains("verdict: AGREE"), "{text}");
    assert!(text.contains("program (WASI): args [\"echo\", \"x\", \"y z\"]"), "{text}");
    assert!(text.contains("exit code 3"), "{text}");
    assert!(text.contains("  | arg 2: y z"), "{text}");
    assert!(text.contains("  | WHO=you"), "{text}");
    assert!(text.contains("  | stdin: 3 lines, 4 words, 23 bytes"), "{text}");
    assert!(text.contains("stderr (reference, 11 characters):\n  | echo: done"), "{text}");
    assert!(text.contains("WASI calls (reference): args_get ×1, args_sizes_get ×1, "), "{text}");
    assert!(text.contains("proc_exit ×1"), "{text}");
    let o = run(true);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let depth: Vec<Depth> = serde_json::from_value(v["depth"].clone()).unwrap();
    assert_eq!(depth.len(), 3);
    assert!(depth.iter().all(|d| d.exit_code == Some(3) && d.invocations == 1 && d.wasi_calls > 5), "{depth:?}");
    std::fs::remove_file(&stdin).ok();
    // Program arguments for a module that is not a WASI program: refused.
    let o = Command::new(env!("CARGO_BIN_EXE_ccoracle"))
        .arg("run")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/soundness/memory-grow-beyond-limit.wat"))
        .args(["--", "x"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

/// A hand-written program: unsupported functions answer ENOSYS (52), a
/// pointer out of bounds EFAULT (21), on every engine; an import of the
/// WASI module with another signature is the recording host's.
#[test]
fn unsupported_calls_and_bad_pointers_answer_the_same_errno_everywhere() {
    let wat = r#"(module
        (import "wasi_snapshot_preview1" "fd_readdir" (func $readdir (param i32 i32 i32 i64 i32) (result i32)))
        (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
        (import "wasi_snapshot_preview1" "args_get" (func $odd (param i64) (result i64)))
        (memory (export "memory") 1)
        (data (i32.const 16) "\18\00\00\00\05\00\00\00hello")
        (func (export "readdir") (result i32) (call $readdir (i32.const 3) (i32.const 0) (i32.const 0) (i64.const 0) (i32.const 0)))
        (func (export "write_ok") (result i32) (call $write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 8)))
        (func (export "write_oob") (result i32) (call $write (i32.const 1) (i32.const 65534) (i32.const 1) (i32.const 8)))
        (func (export "odd") (result i64) (call $odd (i64.const 7))))"#;
    let case = Case::from_wat("prog", wat).unwrap();
    let t = reference(&case);
    let results: BTreeMap<String, Outcome> = t
        .events
        .iter()
        .filter_map(|e| match e {
            Event::Invoke { export, outcome, .. } => Some((export.clone(), outcome.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(results["readdir"], Outcome::Returned(vec![Val::I32(52)]));
    assert_eq!(results["write_ok"], Outcome::Returned(vec![Val::I32(0)]));
    assert_eq!(results["write_oob"], Outcome::Returned(vec![Val::I32(21)]));
    assert!(matches!(results["odd"], Outcome::Returned(ref v) if v.len() == 1), "{:?}", results["odd"]);
    assert_eq!(t.output("stdout"), "hello");
    let r = check_in_process(&case, &Lineup::default_lineup(), &vec![]).unwrap();
    assert!(matches!(r.verdict, Verdict::Agree), "{:?}", r.verdict);
}
