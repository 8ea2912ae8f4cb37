//! `ccoracle` against Wasmer 7.0.1: the same command line, another target.
fn main() {
    std::process::exit(ccoracle::cli::main(std::env::args_os().collect()));
}
