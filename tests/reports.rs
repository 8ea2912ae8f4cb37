//! The bug reports under docs/reports: each committed standalone program is
//! exactly what `ccoracle report` generates today, `cargo test` builds it
//! (as an example), and running it reproduces the divergence.

use std::path::{Path, PathBuf};
use std::process::Command;

const REPORTS: &[&str] = &[
    "m0-leaks-into-memoryless-callee",
    "cross-instance-call-uses-callers-memory",
    "call-indirect-second-segment-undefined",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn example_binary(name: &str) -> PathBuf {
    // Test binaries live in target/<profile>/deps; examples one level up.
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().join("examples").join(name)
}

#[test]
fn committed_reports_match_the_generator() {
    for case in REPORTS {
        let program = std::env::temp_dir().join(format!("ccoracle-report-{}-{case}.rs", std::process::id()));
        let out = Command::new(env!("CARGO_BIN_EXE_ccoracle"))
            .args(["report", &format!("corpus/{case}"), "--program"])
            .arg(&program)
            .current_dir(root())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let md = String::from_utf8_lossy(&out.stdout);
        for section in [
            "# Wasmer LLVM (pass-params dependent)",
            "## Environment",
            "## Minimised case",
            "## Trace difference",
            "## At the IR level",
            "m0 = the caller's own m0",
            "## Reproduce",
            "```rust",
        ] {
            assert!(md.contains(section), "{case}: report lacks {section}");
        }
        // The committed copy is formatted by `cargo fmt` (it is an example
        // target): format the fresh one the same way before comparing.
        let fmt = Command::new("rustfmt")
            .args(["--edition", "2021", "--config-path"])
            .arg(root().join("rustfmt.toml"))
            .arg(&program)
            .status()
            .expect("rustfmt runs");
        assert!(fmt.success());
        let generated = std::fs::read_to_string(&program).unwrap();
        let committed =
            std::fs::read_to_string(root().join(format!("docs/reports/{}.rs", case.replace('-', "_")))).unwrap();
        assert_eq!(
            generated, committed,
            "docs/reports/{case}: regenerate with `ccoracle report corpus/{case} --program ...`"
        );
        std::fs::remove_file(&program).ok();
    }
}

#[test]
fn standalone_programs_reproduce_the_divergence() {
    for case in REPORTS {
        let bin = example_binary(&case.replace('-', "_"));
        let out = Command::new(&bin).output().unwrap_or_else(|e| panic!("{}: {e}", bin.display()));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{case}: {stdout}");
        assert!(stdout.contains("DIFFERENT at line"), "{case}: {stdout}");
    }
}
