//! The `ccoracle` command line. Exit codes: 0 all engines agree, 1 a
//! divergence, 2 bad input or usage, 3 inconclusive, 4 internal error.

fn main() {
    std::process::exit(ccoracle::cli::main(std::env::args_os().collect()));
}
