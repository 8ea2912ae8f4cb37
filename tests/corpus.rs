//! Corpus replay: one test per case directory under `corpus/`, named after
//! it, each running the case on this build's target and comparing with the
//! expected verdict in its case.json.

use std::path::Path;
use std::time::Duration;

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let worker = Path::new(env!("CARGO_BIN_EXE_ccoracle")).to_path_buf();
    let trials = ccoracle::corpus::list(&root)
        .expect("corpus/ is readable")
        .into_iter()
        .map(|dir| {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            let worker = worker.clone();
            libtest_mimic::Trial::test(format!("corpus::{name}"), move || {
                ccoracle::cli::replay_case(&worker, &dir, Duration::from_secs(60)).map(|_| ()).map_err(Into::into)
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
