//! Command-line front end: parses arguments, calls the library, prints.
//! Every error the user can cause is one line on stderr with exit code 2.

use crate::case::{Case, HostPlan};
use crate::check::CheckError;
use crate::engine::{EngineError, Lineup, MemoryStyle, OptLevel};
use crate::prepare::PreparedCase;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

/// Exit code for bad input or usage.
pub const EXIT_USAGE: i32 = 2;

#[derive(Parser)]
#[command(name = "ccoracle", version, about = "Differential oracle for calling-convention changes in Wasm backends")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Opt {
    O0,
    O1,
    O2,
    O3,
}

#[derive(Clone, Copy, ValueEnum)]
enum Mem {
    Static,
    Dynamic,
}

#[derive(clap::Args)]
struct EngineArgs {
    /// LLVM opt levels of the SUT (repeatable); each gets a pass-params
    /// on/off pair. Default: when the command is given one corpus case
    /// directory, its own (its case.json `lineup`); else O3.
    #[arg(long = "opt", value_enum)]
    opts: Vec<Opt>,
    /// Memory styles of the SUT (repeatable). m0 is only in effect with
    /// `static`. Default: when the command is given one corpus case
    /// directory, its own; else static.
    #[arg(long = "memory", value_enum)]
    memories: Vec<Mem>,
    /// Time limit per engine, in seconds (exceeding it is inconclusive).
    #[arg(long, default_value_t = 20.0)]
    timeout: f64,
    /// Another build's `ccoracle` (built against another Wasmer: a release,
    /// a branch): it runs the second engine of every pair, so the two
    /// builds are compared (class `build`).
    #[arg(long, value_name = "PATH")]
    baseline_bin: Option<PathBuf>,
    /// The other build's name in reports (default: its directory's name).
    #[arg(long, value_name = "NAME")]
    baseline_name: Option<String>,
    /// This build's name in reports.
    #[arg(long, value_name = "NAME", default_value = "this-build")]
    build_name: String,
    /// Pass-params in the other build (default: as in this build's engine).
    #[arg(long, value_enum)]
    baseline_pass_params: Option<OnOff>,
}

#[derive(Clone, Copy, ValueEnum)]
enum OnOff {
    On,
    Off,
}

/// The baseline of a line-up from the options.
fn baseline_of(
    bin: &Option<PathBuf>,
    name: &Option<String>,
    this: &str,
    pass_params: Option<OnOff>,
) -> Option<crate::engine::Baseline> {
    let bin = bin.clone()?;
    let bin = std::fs::canonicalize(&bin).unwrap_or(bin);
    let name = name.clone().unwrap_or_else(|| {
        bin.parent()
            .and_then(|p| p.parent())
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "baseline".into())
    });
    Some(crate::engine::Baseline {
        bin,
        name,
        this: this.to_string(),
        pass_params: pass_params.map(|p| matches!(p, OnOff::On)),
    })
}

impl Opt {
    fn level(self) -> OptLevel {
        match self {
            Opt::O0 => OptLevel::O0,
            Opt::O1 => OptLevel::O1,
            Opt::O2 => OptLevel::O2,
            Opt::O3 => OptLevel::O3,
        }
    }
}

impl Mem {
    fn style(self) -> MemoryStyle {
        match self {
            Mem::Static => MemoryStyle::Static,
            Mem::Dynamic => MemoryStyle::Dynamic,
        }
    }
}

impl EngineArgs {
    /// The line-up the options ask for (O3 and static memories where they
    /// say nothing).
    fn lineup(&self) -> Lineup {
        let mut opts: Vec<OptLevel> = self.opts.iter().map(|o| o.level()).collect();
        let mut mems: Vec<MemoryStyle> = self.memories.iter().map(|m| m.style()).collect();
        if opts.is_empty() {
            opts.push(OptLevel::O3);
        }
        if mems.is_empty() {
            mems.push(MemoryStyle::Static);
        }
        self.with_baseline(Lineup::new(&opts, &mems))
    }

    /// The line-up for a case: the options' if they name opt levels or
    /// memory styles, else the corpus case's own (a campaign finding records
    /// the configuration it diverged with), else the default.
    fn lineup_for(&self, cc: Option<&crate::corpus::CorpusCase>) -> Lineup {
        match cc {
            Some(c) if self.opts.is_empty() && self.memories.is_empty() => self.with_baseline(c.lineup()),
            _ => self.lineup(),
        }
    }

    /// `l` with this command's baseline build, if one was given.
    fn with_baseline(&self, l: Lineup) -> Lineup {
        match baseline_of(&self.baseline_bin, &self.baseline_name, &self.build_name, self.baseline_pass_params) {
            Some(b) => l.with_baseline(b),
            None => l,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run a case (one or more .wat/.wasm files, linked in order, or one
    /// corpus case directory) on the reference and the SUT with
    /// pass-params on and off, and report.
    Run {
        /// Module files; an import whose module name is the stem of an
        /// earlier file binds to that instance. A single directory with a
        /// case.json is a corpus case (its plan and invocations are used).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Host plan (JSON, see the README); default: derived results, no
        /// side effects.
        #[arg(long)]
        plan: Option<PathBuf>,
        /// Print the full result (traces and verdict) as JSON.
        #[arg(long)]
        json: bool,
        /// The one file given is a fuzzer input (a libFuzzer artifact or
        /// corpus entry) of this target: run the case it stands for.
        #[arg(long, value_enum, value_name = "TARGET")]
        fuzz_input: Option<crate::fuzz::Target>,
        /// The files are a dynamically linked program (WebAssembly
        /// tool-conventions): the main module first, then its side modules
        /// in load order. They are loaded as a dynamic loader would, and
        /// every exported function of main without parameters is called.
        #[arg(long)]
        dylink: bool,
        /// Also write the case as a corpus-format directory (WAT, case.json
        /// with the verdict, report.txt), for `reduce`, `report` and the
        /// corpus.
        #[arg(long, value_name = "DIR")]
        save: Option<PathBuf>,
        /// On a divergence, also print the "At the IR level" section: the
        /// call sites the static audit flags in Wasmer's IR, with and
        /// without pass-params (costs a compile per module and setting).
        #[arg(long)]
        ir: bool,
        #[command(flatten)]
        engines: EngineArgs,
        #[command(flatten)]
        wasi: WasiArgs,
    },
    /// Replay every case of a corpus directory (or one case directory)
    /// against this build's target and compare with the expected verdicts.
    /// Exit 0 when all match, 1 otherwise.
    Replay {
        /// The corpus root, or one case directory (default: corpus/).
        #[arg(default_value = "corpus")]
        dir: PathBuf,
        /// Time limit per engine, in seconds.
        #[arg(long, default_value_t = 20.0)]
        timeout: f64,
    },
    /// Run a fuzz campaign: generate cases, check each on every engine,
    /// save one case per divergence signature under --out. No libFuzzer
    /// needed. Exit 0 when nothing was found, 1 when findings were saved.
    Fuzz {
        /// How long: 30s, 10m, 1h30m, or seconds.
        #[arg(long, default_value = "10m")]
        time: String,
        /// First seed; worker n runs seed+n, seed+n+jobs, ...
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Worker processes (default: the number of cores).
        #[arg(long)]
        jobs: Option<usize>,
        /// Where findings go.
        #[arg(long, default_value = "findings")]
        out: PathBuf,
        /// What generates the cases.
        #[arg(long, value_enum, default_value_t = crate::fuzz::Target::Callconv)]
        target: crate::fuzz::Target,
        /// A worker silent this many seconds is stopped (hang).
        #[arg(long, default_value_t = 60.0)]
        hang_timeout: f64,
        /// Pin the SUT's opt levels (repeatable); default: drawn per case.
        #[arg(long = "opt", value_enum)]
        opts: Vec<Opt>,
        /// Pin the SUT's memory styles (repeatable); default: drawn per case.
        #[arg(long = "memory", value_enum)]
        memories: Vec<Mem>,
        /// The generator's configuration (JSON, see
        /// `generate::callconv::Config`); default: each worker draws its own
        /// now and then (swarm testing).
        #[arg(long)]
        generator: Option<PathBuf>,
        /// Only these boundary kinds (comma-separated; `ccoracle fuzz
        /// --only help` lists them).
        #[arg(long, value_delimiter = ',')]
        only: Vec<String>,
        /// Never these boundary kinds (comma-separated).
        #[arg(long, value_delimiter = ',')]
        avoid: Vec<String>,
        /// A corpus of known causes: every new finding is reduced and
        /// bucketed by cause, and one with a corpus case's cause is counted
        /// under that case and moved to OUT/.known/ (implies --reduce).
        #[arg(long)]
        known: Option<PathBuf>,
        /// Reduce every new finding in the background and bucket it by
        /// cause.
        #[arg(long)]
        reduce: bool,
        /// Seconds of reduction per finding (with --reduce).
        #[arg(long, default_value_t = 30.0)]
        reduce_budget: f64,
        /// Checks per compiled module set: each a whole case of the same
        /// modules with its own host plan and invocations (compile once,
        /// check many); `auto` adapts it to the cost of compiling.
        #[arg(long, default_value = "auto", value_name = "K|auto")]
        checks_per_compile: String,
        /// Also run the static IR audit (`ccoracle audit`) on every module
        /// set: a second oracle; a failing rule is saved like a divergence
        /// (`OUT/audit_<rule>_<mechanism>/`).
        #[arg(long)]
        audit: bool,
        /// Another build's `ccoracle`: it runs the second engine of every
        /// pair (see `ccoracle run --help`).
        #[arg(long, value_name = "PATH")]
        baseline_bin: Option<PathBuf>,
        #[arg(long, value_name = "NAME")]
        baseline_name: Option<String>,
        #[arg(long, value_name = "NAME", default_value = "this-build")]
        build_name: String,
        #[arg(long, value_enum)]
        baseline_pass_params: Option<OnOff>,
    },
    /// Shrink a divergent case (a corpus/finding directory, or module
    /// files) while its divergence signature stays the same; write the
    /// result as a case directory of WAT files.
    Reduce {
        /// A case directory (with case.json) or module files.
        #[arg(required = true)]
        case: Vec<PathBuf>,
        /// Output directory (created).
        #[arg(short, long)]
        out: PathBuf,
        /// wasm-shrink attempts per module.
        #[arg(long, default_value_t = 200)]
        attempts: u32,
        #[command(flatten)]
        engines: EngineArgs,
    },
    /// Every call site of a case's functions at the LLVM IR level, with and
    /// without pass-params side by side: the callee, the hidden arguments
    /// (vmctx, m0) and where they come from, and call_indirect's dispatch.
    /// Functions without call sites are left out unless --function names one.
    Explain {
        /// Module files, or one corpus case directory.
        #[arg(required = true)]
        case: Vec<PathBuf>,
        /// Only this function: MODULE:INDEX (module name or instance number,
        /// function index with imports counted), like m1:3.
        #[arg(long)]
        function: Option<String>,
        /// Read the optimised IR instead (LLVM folds the call_indirect
        /// dispatch away).
        #[arg(long)]
        postopt: bool,
        /// Keep the captured `.ll` files in this directory.
        #[arg(long)]
        ir_dir: Option<PathBuf>,
        #[arg(long = "opt", value_enum, default_value = "o3")]
        opt: Opt,
    },
    /// Static audit of the m0 convention on the IR Wasmer compiles for a
    /// case, against how the case links its instances (the rules are in
    /// `oracle/src/ir/audit.rs` and the README). Exit 0 when every rule
    /// holds, 1 when one fails.
    Audit {
        /// Module files, or one corpus case directory.
        #[arg(required = true)]
        case: Vec<PathBuf>,
        #[arg(long = "opt", value_enum, default_value = "o3")]
        opt: Opt,
        /// Print the findings as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Markdown bug report for a divergent case (title, summary,
    /// environment, WAT, trace difference, one-command repro, standalone
    /// Wasmer program). Exit 1 if the case does not diverge.
    Report {
        /// A case directory (with case.json) or module files.
        #[arg(required = true)]
        case: Vec<PathBuf>,
        /// Also write the standalone program to this file.
        #[arg(long)]
        program: Option<PathBuf>,
        #[command(flatten)]
        engines: EngineArgs,
    },
    /// Group findings (case directories from `ccoracle fuzz`, or any corpus
    /// directories) by divergence signature: one line per group with a
    /// count and the smallest case.
    Triage {
        /// Directories holding case directories.
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// Run every case again instead of trusting its recorded verdict.
        #[arg(long)]
        rerun: bool,
        /// Group by cause instead of symptom: reduce every finding (once:
        /// the result is kept in FINDING/reduced/) and bucket it by the
        /// cause fingerprint of the reduced case.
        #[arg(long)]
        reduce: bool,
        /// Seconds of reduction per finding, at most (with --reduce).
        #[arg(long, default_value_t = 60.0)]
        budget: f64,
        /// A corpus whose cases are known causes (with --reduce): a bucket
        /// with a corpus case's fingerprint is named by it, others are new.
        #[arg(long)]
        known: Option<PathBuf>,
        #[command(flatten)]
        engines: EngineArgs,
    },
    /// Run WebAssembly spec testsuite scripts (.wast files, or directories
    /// of them) as cases: each script's modules, invocations and `register`s
    /// on every engine, compared as usual, and the script's assertions
    /// checked against the reference. Exit 0 when no script diverges, 1
    /// otherwise.
    Spec {
        /// .wast files or directories holding them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Run every valid module on its own with the default invocations
        /// (as `ccoracle run` would), instead of the scripts.
        #[arg(long)]
        modules: bool,
        /// Scripts checked at once (default: the number of cores).
        #[arg(long)]
        jobs: Option<usize>,
        /// Save every divergent case here, as a corpus-format directory.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Print only the summary and what went wrong.
        #[arg(long, short)]
        quiet: bool,
        #[command(flatten)]
        engines: EngineArgs,
    },
    /// Time each stage on a fixed-seed batch, once per checks-per-compile
    /// setting, and print the table side by side; with --detect, time to
    /// first detection of every known cause.
    Bench {
        /// Module sets per column.
        #[arg(long, default_value_t = 40)]
        cases: u64,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        #[arg(long, value_enum, default_value_t = crate::fuzz::Target::Callconv)]
        target: crate::fuzz::Target,
        /// Checks per compiled module set, one column each (comma-separated,
        /// `auto` for the campaign's adaptive choice).
        #[arg(long, value_delimiter = ',', default_value = "1,auto")]
        checks_per_compile: Vec<String>,
        /// Instead: time to first detection of every known cause (each
        /// corpus case the SUT diverges on), over --seeds campaigns of
        /// --time per checks-per-compile setting, from empty findings
        /// directories.
        #[arg(long)]
        detect: bool,
        /// The corpus of known causes (with --detect).
        #[arg(long, default_value = "corpus")]
        known: PathBuf,
        /// Campaigns per setting (with --detect).
        #[arg(long, default_value_t = 5)]
        seeds: u64,
        /// Length of each campaign (with --detect).
        #[arg(long, default_value = "2m")]
        time: String,
        /// Workers per campaign (with --detect; default: the cores).
        #[arg(long)]
        jobs: Option<usize>,
        /// Seconds of reduction per finding before it is bucketed (with
        /// --detect).
        #[arg(long, default_value_t = 10.0)]
        reduce_budget: f64,
        /// Also time the static IR audit of every module set (a row of its
        /// own, not in checks/s).
        #[arg(long)]
        audit: bool,
    },
    /// Internal: a fuzz campaign worker.
    #[command(name = "__fuzz-worker", hide = true)]
    FuzzWorker {
        #[arg(long, value_enum)]
        target: crate::fuzz::Target,
        #[arg(long)]
        worker: usize,
        #[arg(long)]
        seed: u64,
        #[arg(long)]
        stride: u64,
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        max_cases: Option<u64>,
        /// The SUT choice as JSON (see `fuzz::SutChoice`).
        #[arg(long, default_value = "{}")]
        sut: String,
        /// The generator choice as JSON (see `fuzz::GenChoice`).
        #[arg(long, default_value = "{}")]
        gen: String,
    },
    /// Internal: run one engine on a request read from stdin.
    #[command(name = "__engine", hide = true)]
    Engine,
}

fn fail(msg: impl std::fmt::Display) -> i32 {
    eprintln!("ccoracle: {msg}");
    EXIT_USAGE
}

/// Entry point of every `ccoracle` binary; returns the process exit code.
/// Call it first thing in `main`: it resets SIGPIPE so that the command
/// behaves like a Unix filter (`ccoracle ... | head` ends quietly instead of
/// panicking in `println!`).
pub fn main(args: Vec<OsString>) -> i32 {
    // SAFETY: called at the start of the process, before other threads.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Command::Engine => crate::isolate::worker_main(),
        Command::Run { files, plan, json, fuzz_input, dylink, save, ir, engines, wasi } => {
            let input = fuzz_input.map(Input::Fuzz).or(dylink.then_some(Input::Dylink));
            run(files, plan, json, input, save, ir, engines, wasi)
        }
        Command::Replay { dir, timeout } => replay(&dir, timeout),
        Command::Fuzz {
            time,
            seed,
            jobs,
            out,
            target,
            hang_timeout,
            opts,
            memories,
            generator,
            only,
            avoid,
            known,
            reduce,
            reduce_budget,
            checks_per_compile,
            audit,
            baseline_bin,
            baseline_name,
            build_name,
            baseline_pass_params,
        } => {
            let sut = crate::fuzz::SutChoice {
                opts: opts.iter().map(|o| o.level()).collect(),
                memories: memories.iter().map(|m| m.style()).collect(),
                baseline: baseline_of(&baseline_bin, &baseline_name, &build_name, baseline_pass_params),
            };
            let mut gen = match generator_choice(generator.as_deref(), only, avoid) {
                Ok(g) => g,
                Err(e) => return fail(e),
            };
            gen.checks_per_compile = match parse_checks(&checks_per_compile) {
                Ok(k) => k,
                Err(e) => return fail(e),
            };
            if audit && !crate::ir::SHAPES_KNOWN {
                return fail("--audit: the IR rules read Wasmer 7.5's m0 translation, and this build is Wasmer 7.0.1");
            }
            gen.audit = audit;
            let settings = FuzzSettings {
                hang_timeout,
                sut,
                gen,
                known,
                reduce,
                reduce_budget: Duration::from_secs_f64(reduce_budget.max(1.0)),
            };
            fuzz(&time, seed, jobs, out, target, settings)
        }
        Command::Reduce { case, out, attempts, engines } => reduce(&case, &out, attempts, &engines),
        Command::Report { case, program, engines } => report(&case, program.as_deref(), &engines),
        Command::Explain { case, function, postopt, ir_dir, opt } => {
            explain(&case, function.as_deref(), postopt, ir_dir, opt.level())
        }
        Command::Audit { case, opt, json } => audit(&case, opt.level(), json),
        Command::Triage { dirs, rerun, reduce, budget, known, engines } => {
            if reduce {
                triage_causes(&dirs, budget, known.as_deref(), &engines)
            } else {
                triage(&dirs, rerun, &engines)
            }
        }
        Command::Spec { paths, modules, jobs, out, quiet, engines } => {
            spec(&paths, modules, jobs, out.as_deref(), quiet, &engines)
        }
        Command::Bench {
            cases,
            seed,
            target,
            checks_per_compile,
            detect,
            known,
            seeds,
            time,
            jobs,
            reduce_budget,
            audit,
        } => {
            let mut settings = Vec::new();
            for k in &checks_per_compile {
                match parse_checks(k) {
                    Ok(k) => settings.push(k),
                    Err(e) => return fail(e),
                }
            }
            if detect {
                let budget = Duration::from_secs_f64(reduce_budget.max(1.0));
                return bench_detect(&settings, &known, seeds, &time, jobs, budget);
            }
            let runs: Vec<_> = settings.iter().map(|k| crate::fuzz::bench(target, seed, cases, *k, audit)).collect();
            print!("{}", crate::fuzz::bench::table(target, &runs));
            0
        }
        Command::FuzzWorker { target, worker, seed, stride, out, max_cases, sut, gen } => {
            let Ok(sut) = serde_json::from_str(&sut) else {
                return fail("--sut: not a SUT choice");
            };
            let Ok(gen) = serde_json::from_str(&gen) else {
                return fail("--gen: not a generator choice");
            };
            crate::fuzz::worker_loop(target, &sut, &gen, seed, stride.max(1), worker, &out, max_cases)
        }
    }
}

fn load_plan(path: &PathBuf) -> Result<HostPlan, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: bad host plan: {e}", path.display()))
}

/// What `ccoracle run`'s files are, when they are not module files or a
/// case directory.
#[derive(Clone, Copy)]
enum Input {
    Fuzz(crate::fuzz::Target),
    Dylink,
}

/// What `ccoracle run` gives a WASI program (`ccoracle run prog.wasm --
/// ARGS`). A case whose modules import `wasi_snapshot_preview1` is a WASI
/// program: a command runs `_start`, a reactor `_initialize` and then its
/// other exports (see [`crate::wasi`]).
#[derive(Args, Default)]
struct WasiArgs {
    /// A file (UTF-8 text) whose contents the program reads from stdin.
    #[arg(long, value_name = "FILE")]
    stdin: Option<PathBuf>,
    /// An environment entry (`NAME=value`, repeatable).
    #[arg(long = "env", value_name = "NAME=VALUE")]
    env: Vec<String>,
    /// A directory whose files (UTF-8 text, recursively) are copied into
    /// the program's in-memory file system, preopened as `/`.
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Seed of the program's `random_get`.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// The program's arguments (after `--`); its name comes first on its
    /// own (the module's file stem).
    #[arg(last = true, value_name = "ARGS")]
    args: Vec<String>,
}

impl WasiArgs {
    fn given(&self) -> bool {
        self.stdin.is_some() || !self.env.is_empty() || self.dir.is_some() || self.seed != 0 || !self.args.is_empty()
    }

    /// Puts what was given into the WASI world of the case and of its
    /// prepared form, and makes the world explicit in the case (what
    /// `--save` writes). A WASI program has a world once prepared (its own,
    /// or the default one); what was given only changes its contents, not
    /// how the case runs.
    fn apply(&self, case: &mut Case, prepared: &mut PreparedCase) -> Result<(), String> {
        // A scripted case (`--dylink`) gets no default world when prepared.
        let default = || {
            crate::wasi::imports_wasi(&prepared.modules).then(|| crate::wasi::WasiConfig {
                args: vec![case.modules.last().map_or("program".to_string(), |m| m.name.clone())],
                ..Default::default()
            })
        };
        let Some(world) = prepared.wasi.clone().or_else(|| if self.given() { default() } else { None }) else {
            if self.given() {
                return Err(format!(
                    "program arguments, --stdin, --env, --dir and --seed are for WASI programs; no module imports {}",
                    crate::wasi::MODULE
                ));
            }
            return Ok(());
        };
        let w = case.wasi.insert(world);
        if !self.args.is_empty() {
            w.args.truncate(1);
            w.args.extend(self.args.iter().cloned());
        }
        if let Some(p) = &self.stdin {
            w.stdin = std::fs::read_to_string(p).map_err(|e| format!("{}: cannot read: {e}", p.display()))?;
        }
        for e in &self.env {
            if !e.contains('=') {
                return Err(format!("--env {e}: expected NAME=VALUE"));
            }
            w.env.push(e.clone());
        }
        if let Some(d) = &self.dir {
            read_dir_into(d, d, &mut w.files)?;
        }
        if self.seed != 0 {
            w.seed = self.seed;
        }
        prepared.wasi = case.wasi.clone();
        Ok(())
    }
}

/// Every file under `dir`, by path relative to `root`.
fn read_dir_into(
    root: &std::path::Path,
    dir: &std::path::Path,
    files: &mut std::collections::BTreeMap<String, String>,
) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: cannot read: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            read_dir_into(root, &path, files)?;
        } else {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("{}: cannot read as UTF-8 text: {e}", path.display()))?;
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            files.insert(rel, text);
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn run(
    files: Vec<PathBuf>,
    plan: Option<PathBuf>,
    json: bool,
    input: Option<Input>,
    save: Option<PathBuf>,
    ir: bool,
    engines: EngineArgs,
    wasi: WasiArgs,
) -> i32 {
    let fuzz_input = match input {
        Some(Input::Fuzz(t)) => Some(t),
        _ => None,
    };
    let loaded = match input {
        Some(Input::Fuzz(target)) => case_of_fuzz_input(target, &files).map(|c| (c, None)),
        Some(Input::Dylink) => dylink_case(&files).map(|c| (c, None)),
        None => load_case(&files).map_err(|e| e.to_string()),
    };
    let (mut case, cc) = match loaded {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let lineup = engines.lineup_for(cc.as_ref());
    if let Some(p) = plan {
        match load_plan(&p) {
            Ok(plan) => case.plan = plan,
            Err(e) => return fail(e),
        }
    }
    let mut prepared = match PreparedCase::new(&case) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    if let Err(e) = wasi.apply(&mut case, &mut prepared) {
        return fail(e);
    }
    let worker = match worker_or_fail() {
        Ok(w) => w,
        Err(code) => return code,
    };
    if !(engines.timeout > 0.0) {
        return fail("--timeout must be positive");
    }
    let timeout = Duration::from_secs_f64(engines.timeout);
    let result = match crate::isolate::check_isolated(&worker, &case, &lineup, &Vec::new(), timeout) {
        Ok(r) => r,
        Err(CheckError::Input(e)) => return fail(e),
        Err(CheckError::Engine(e @ EngineError::Rejected { .. })) => return fail(e),
        Err(CheckError::Engine(e)) => {
            eprintln!("ccoracle: internal error: {e}");
            return 4;
        }
    };
    let report = crate::report::text(&prepared, &result);
    if json {
        println!("{}", serde_json::to_string_pretty(&result).unwrap());
    } else {
        print!("{report}");
        if ir {
            print!("\n{}", crate::ir::report_section(&prepared, &lineup, &result.verdict));
        }
    }
    if let Some(dir) = save {
        let origin = match fuzz_input {
            Some(t) => format!("ccoracle run --fuzz-input {} {}", t.name(), files[0].display()),
            None => {
                format!("ccoracle run {}", files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(" "))
            }
        };
        let expect = crate::corpus::Expectation::of(&result.verdict);
        if let Err(e) =
            crate::fuzz::write_case_dir(&dir, &case, "saved by ccoracle run", &origin, Some(expect), &report, &lineup)
        {
            return fail(format!("{}: {e}", dir.display()));
        }
        eprintln!("ccoracle: case written to {}", dir.display());
    }
    crate::report::exit_code(&result.verdict)
}

/// The loaded case of a dynamically linked program (main first).
fn dylink_case(files: &[PathBuf]) -> Result<Case, String> {
    let case = Case::from_files(files).map_err(|e| e.to_string())?;
    let mut modules = case.modules;
    let main = modules.remove(0);
    crate::dylink::build(main, modules, None, &crate::dylink::LoaderOpts::default()).map_err(|e| e.to_string())
}

/// The case a fuzzer input file stands for.
fn case_of_fuzz_input(target: crate::fuzz::Target, files: &[PathBuf]) -> Result<Case, String> {
    let [file] = files else {
        return Err("--fuzz-input takes exactly one file".into());
    };
    let data = std::fs::read(file).map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
    crate::fuzz::case_of_fuzz_input(target, &data)
        .map_err(|e| format!("{}: not an input the {} target makes a case of: {e}", file.display(), target.name()))
}

fn worker_or_fail() -> Result<PathBuf, i32> {
    crate::isolate::worker_binary()
        .ok_or_else(|| fail("cannot find the ccoracle binary to run engines in (set CCORACLE_BIN)"))
}

/// Replays one corpus case; `Ok(line)` when it matches its expectation.
pub fn replay_case(worker: &std::path::Path, dir: &std::path::Path, timeout: Duration) -> Result<String, String> {
    let cc = crate::corpus::load(dir).map_err(|e| e.to_string())?;
    let prepared = PreparedCase::new(&cc.case).map_err(|e| e.to_string())?;
    let target = crate::corpus::current_target();
    let result = match crate::isolate::check_isolated(worker, &cc.case, &cc.lineup(), &Vec::new(), timeout) {
        Ok(r) => r,
        Err(CheckError::Engine(e @ EngineError::Rejected { .. })) => {
            // The target cannot run the case at all (e.g. a feature it lacks).
            if cc.expectation(&target).verdict == "unsupported" {
                return Ok(format!("{:<46} {:<12} {e}", cc.name(), "unsupported"));
            }
            return Err(format!(
                "corpus case {}: {e}\nIf {target} cannot run this case, set \"expect\".\"{target}\" in {} to \
                 {{\"verdict\": \"unsupported\"}} and say why.",
                cc.name(),
                cc.dir.join("case.json").display()
            ));
        }
        Err(e) => return Err(format!("corpus case {}: {e}", cc.name())),
    };
    let report = crate::report::text(&prepared, &result);
    cc.judge(&target, &result, &report)?;
    Ok(format!("{:<46} {:<12} {}", cc.name(), result.verdict.name(), result.verdict.signature().unwrap_or("")))
}

fn replay(dir: &std::path::Path, timeout: f64) -> i32 {
    let worker = match worker_or_fail() {
        Ok(w) => w,
        Err(code) => return code,
    };
    // A corpus directory, or one case directory.
    let cases = if crate::corpus::is_case_dir(dir) { Ok(vec![dir.to_path_buf()]) } else { crate::corpus::list(dir) };
    let cases = match cases {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    if cases.is_empty() {
        return fail(format!("{}: no corpus cases (directories with a case.json)", dir.display()));
    }
    let timeout = Duration::from_secs_f64(timeout.max(0.1));
    println!("target: {}", crate::corpus::current_target());
    println!("{:<46} {:<12} {}", "case", "verdict", "signature");
    let mut failed = Vec::new();
    for c in &cases {
        match replay_case(&worker, c, timeout) {
            Ok(line) => println!("{line}  ok"),
            Err(msg) => {
                println!("{:<46} MISMATCH", c.file_name().unwrap_or_default().to_string_lossy());
                failed.push(msg);
            }
        }
    }
    for m in &failed {
        println!("\n{m}");
    }
    println!("\n{} cases, {} as expected, {} mismatched", cases.len(), cases.len() - failed.len(), failed.len());
    if failed.is_empty() {
        0
    } else {
        1
    }
}

/// The generator choice of a campaign from its options; `Err` is the one
/// line to print.
fn generator_choice(
    file: Option<&std::path::Path>,
    only: Vec<String>,
    avoid: Vec<String>,
) -> Result<crate::fuzz::GenChoice, String> {
    use crate::generate::callconv::config::SWITCHES;
    if only.iter().chain(&avoid).any(|k| k == "help") {
        let names: Vec<&str> = SWITCHES.iter().map(|(k, _)| *k).collect();
        return Err(format!("boundary kinds for --only and --avoid: {}", names.join(", ")));
    }
    let fixed = match file {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: cannot read: {e}", p.display()))?;
            Some(
                serde_json::from_str(&text)
                    .map_err(|e| format!("{}: bad generator configuration: {e}", p.display()))?,
            )
        }
        None => None,
    };
    // Check the kinds now, not in every worker.
    crate::generate::callconv::Config::default().restrict(&only, &avoid)?;
    Ok(crate::fuzz::GenChoice { fixed, only, avoid, checks_per_compile: None, audit: false })
}

/// `ccoracle bench --detect`.
fn bench_detect(
    settings: &[Option<u32>],
    known: &std::path::Path,
    seeds: u64,
    time: &str,
    jobs: Option<usize>,
    budget: Duration,
) -> i32 {
    let Some(time) = crate::fuzz::parse_duration(time) else {
        return fail(format!("--time {time}: expected a duration like 30s, 10m, 1h"));
    };
    let worker = match worker_or_fail() {
        Ok(w) => w,
        Err(code) => return code,
    };
    let k = match crate::triage::Known::load(&worker, known, Duration::from_secs(20)) {
        Ok(k) => k,
        Err(e) => return fail(format!("{}: {e}", known.display())),
    };
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    let scratch = std::env::temp_dir().join(format!("ccoracle-detect-{}", std::process::id()));
    match crate::fuzz::detect(&worker, &k, settings, seeds.max(1), time, jobs.max(1), budget, &scratch) {
        Ok(d) => {
            print!("{}", d.table());
            println!("(findings of every campaign kept in {})", scratch.display());
            0
        }
        Err(e) => fail(format!("bench --detect: {e}")),
    }
}

/// `--checks-per-compile`: `auto` or a count of at least 1.
fn parse_checks(s: &str) -> Result<Option<u32>, String> {
    match s {
        "auto" => Ok(None),
        _ => match s.parse::<u32>() {
            Ok(k) if k >= 1 => Ok(Some(k)),
            _ => Err(format!("--checks-per-compile: expected auto or a count of at least 1, got {s:?}")),
        },
    }
}

/// Campaign settings beyond time, seed, jobs, output and target.
struct FuzzSettings {
    hang_timeout: f64,
    sut: crate::fuzz::SutChoice,
    gen: crate::fuzz::GenChoice,
    known: Option<PathBuf>,
    reduce: bool,
    reduce_budget: Duration,
}

fn fuzz(
    time: &str,
    seed: u64,
    jobs: Option<usize>,
    out: PathBuf,
    target: crate::fuzz::Target,
    settings: FuzzSettings,
) -> i32 {
    let FuzzSettings { hang_timeout, sut, gen, known, reduce, reduce_budget } = settings;
    let Some(time) = crate::fuzz::parse_duration(time) else {
        return fail(format!("--time {time}: expected a duration like 30s, 10m, 1h"));
    };
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    if jobs == 0 {
        return fail("--jobs must be at least 1");
    }
    let worker = match worker_or_fail() {
        Ok(w) => w,
        Err(code) => return code,
    };
    let known = match known {
        Some(k) => {
            eprintln!("ccoracle fuzz: fingerprinting the known causes of {}/ ...", k.display());
            match crate::triage::Known::load(&worker, &k, Duration::from_secs(20)) {
                Ok(k) => Some(k),
                Err(e) => return fail(format!("{}: {e}", k.display())),
            }
        }
        None => None,
    };
    let opts = crate::fuzz::CampaignOpts {
        target,
        sut,
        gen,
        known,
        reduce,
        reduce_budget,
        time,
        seed,
        jobs,
        out: out.clone(),
        hang_timeout: Duration::from_secs_f64(hang_timeout.max(1.0)),
    };
    eprintln!(
        "ccoracle fuzz: target {}, {} worker(s), {:?}, seed {seed}, findings in {}/",
        target.name(),
        jobs,
        time,
        out.display()
    );
    match crate::fuzz::campaign(&worker, &opts) {
        Ok(stats) => {
            print!("{}", stats.summary());
            // Findings found to be known causes were moved to .known/.
            for f in stats.findings.iter().filter(|f| out.join(f).is_dir()) {
                println!("new finding: {}/{f}  (reproduce: ccoracle run {}/{f})", out.display(), out.display());
            }
            if stats.findings.is_empty() {
                0
            } else {
                1
            }
        }
        Err(e) => fail(format!("{}: {e}", out.display())),
    }
}

/// What every command that runs a case needs: the case (and its corpus
/// entry, if it came from one), the prepared form, and the worker binary.
/// `Err` is the exit code, the error already printed.
fn load_for_run(files: &[PathBuf]) -> Result<(Case, Option<crate::corpus::CorpusCase>, PreparedCase, PathBuf), i32> {
    let (case, cc) = load_case(files).map_err(fail)?;
    let prepared = PreparedCase::new(&case).map_err(fail)?;
    let worker = worker_or_fail()?;
    Ok((case, cc, prepared, worker))
}

/// The IR of a case, captured into `dir` (a temporary one unless given).
fn case_ir(
    files: &[PathBuf],
    opt: OptLevel,
    stage: crate::ir::Stage,
    dir: Option<PathBuf>,
) -> Result<(PreparedCase, crate::ir::CaseIr, PathBuf), String> {
    let (case, _) = load_case(files).map_err(|e| e.to_string())?;
    let prepared = PreparedCase::new(&case).map_err(|e| e.to_string())?;
    let dir = dir.unwrap_or_else(|| std::env::temp_dir().join(format!("ccoracle-ir-{}", std::process::id())));
    let config = crate::engine::WasmerConfig { pass_params: true, opt, memory: crate::engine::MemoryStyle::Static };
    let ir = crate::ir::CaseIr::capture(&prepared, &config, stage, &dir)?;
    Ok((prepared, ir, dir))
}

fn explain(files: &[PathBuf], function: Option<&str>, postopt: bool, ir_dir: Option<PathBuf>, opt: OptLevel) -> i32 {
    let filter = match function.map(crate::ir::explain::Filter::parse).transpose() {
        Ok(f) => f.unwrap_or_default(),
        Err(e) => return fail(e),
    };
    let stage = if postopt { crate::ir::Stage::PostOpt } else { crate::ir::Stage::PreOpt };
    let keep = ir_dir.is_some();
    match case_ir(files, opt, stage, ir_dir) {
        Ok((prepared, ir, dir)) => {
            print!("{}", crate::ir::explain::explain(&prepared, &ir, &filter));
            if keep {
                println!("(IR files in {})", dir.display());
            } else {
                let _ = std::fs::remove_dir_all(&dir);
            }
            0
        }
        Err(e) => fail(e),
    }
}

fn audit(files: &[PathBuf], opt: OptLevel, json: bool) -> i32 {
    if !crate::ir::SHAPES_KNOWN {
        return fail("audit: the IR rules read Wasmer 7.5's m0 translation, and this build is Wasmer 7.0.1");
    }
    let audited = load_case(files).map_err(|e| e.to_string()).and_then(|(case, _)| {
        let prepared = PreparedCase::new(&case).map_err(|e| e.to_string())?;
        let config = crate::engine::WasmerConfig { pass_params: true, opt, memory: crate::engine::MemoryStyle::Static };
        let dir = std::env::temp_dir().join(format!("ccoracle-ir-{}", std::process::id()));
        crate::ir::audit_case(&prepared, &config, &dir)
    });
    match audited {
        Ok(a) => {
            if json {
                println!("{}", serde_json::to_string_pretty(&a).unwrap());
            } else {
                for f in &a.findings {
                    println!("{f}");
                }
                for u in &a.unpaired {
                    println!("not audited (calls not matched to the Wasm): {u}");
                }
                println!(
                    "audit: {} functions, {} call sites, {} finding(s){}",
                    a.functions,
                    a.sites,
                    a.findings.len(),
                    if a.unpaired.is_empty() {
                        String::new()
                    } else {
                        format!(", {} unpaired function(s)", a.unpaired.len())
                    }
                );
            }
            if a.findings.is_empty() {
                0
            } else {
                1
            }
        }
        Err(e) => fail(e),
    }
}

/// A case from a corpus directory (with its case file) or module files.
fn load_case(files: &[PathBuf]) -> Result<(Case, Option<crate::corpus::CorpusCase>), crate::case::InputError> {
    if files.len() == 1 && crate::corpus::is_case_dir(&files[0]) {
        let cc = crate::corpus::load(&files[0])?;
        Ok((cc.case.clone(), Some(cc)))
    } else {
        Ok((Case::from_files(files)?, None))
    }
}

fn reduce(files: &[PathBuf], out: &std::path::Path, attempts: u32, engines: &EngineArgs) -> i32 {
    let (case, cc, _, worker) = match load_for_run(files) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let lineup = engines.lineup_for(cc.as_ref());
    let opts = crate::reduce::ReduceOpts {
        attempts,
        timeout: Duration::from_secs_f64(engines.timeout.max(0.1)),
        ..crate::reduce::ReduceOpts::default()
    };
    let reduced = match crate::reduce::reduce(&worker, &case, &lineup, opts) {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    let prepared = PreparedCase::new(&reduced.case).expect("reduced case prepares");
    let report = crate::report::text(&prepared, &reduced.result);
    let about = cc.as_ref().map(|c| c.file.about.clone()).unwrap_or_else(|| "reduced divergence".into());
    let origin =
        format!("ccoracle reduce of {}", files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(" "));
    let expect = crate::corpus::Expectation::of(&reduced.result.verdict);
    if let Err(e) = crate::fuzz::write_case_dir(out, &reduced.case, &about, &origin, Some(expect), &report, &lineup) {
        return fail(format!("{}: {e}", out.display()));
    }
    println!("before: {}", reduced.before);
    println!("after:  {}", reduced.after);
    println!("{} checks in {:.1} s; written to {}", reduced.checks, reduced.seconds, out.display());
    print!("{report}");
    0
}

fn report(files: &[PathBuf], program: Option<&std::path::Path>, engines: &EngineArgs) -> i32 {
    let (case, cc, prepared, worker) = match load_for_run(files) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let lineup = engines.lineup_for(cc.as_ref());
    let timeout = Duration::from_secs_f64(engines.timeout.max(0.1));
    let result = match crate::isolate::check_isolated(&worker, &case, &lineup, &Vec::new(), timeout) {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    let label = files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(" ");
    let mut md = crate::report::markdown(&label, &case, &prepared, &lineup, &result);
    // The IR section goes before the standalone program.
    let ir = crate::ir::report_section(&prepared, &lineup, &result.verdict);
    if !ir.is_empty() {
        match md.find("## Reproduce") {
            Some(at) => md.insert_str(at, &ir),
            None => md.push_str(&ir),
        }
    }
    print!("{md}");
    if let Some(p) = program {
        if let Err(e) = std::fs::write(p, crate::report::standalone_program(&case, &prepared)) {
            return fail(format!("{}: {e}", p.display()));
        }
    }
    if matches!(result.verdict, crate::compare::Verdict::Diverge(_)) {
        0
    } else {
        1
    }
}

fn triage(dirs: &[PathBuf], rerun: bool, engines: &EngineArgs) -> i32 {
    let worker = if rerun {
        match worker_or_fail() {
            Ok(w) => Some(w),
            Err(code) => return code,
        }
    } else {
        None
    };
    let target = crate::corpus::current_target();
    // signature -> (count, smallest case dir, its size)
    let mut groups: std::collections::BTreeMap<String, (u64, PathBuf, usize)> = Default::default();
    let mut cases = 0;
    for d in dirs {
        let list = if crate::corpus::is_case_dir(d) { Ok(vec![d.clone()]) } else { crate::corpus::list(d) };
        let list = match list {
            Ok(l) => l,
            Err(e) => return fail(e),
        };
        for c in list {
            let cc = match crate::corpus::load(&c) {
                Ok(cc) => cc,
                Err(e) => {
                    eprintln!("ccoracle: skipping {}: {e}", c.display());
                    continue;
                }
            };
            cases += 1;
            let sig = match &worker {
                Some(w) => {
                    let t = Duration::from_secs_f64(engines.timeout.max(0.1));
                    match crate::isolate::check_isolated(w, &cc.case, &engines.lineup_for(Some(&cc)), &Vec::new(), t) {
                        Ok(r) => {
                            r.verdict.signature().map(str::to_string).unwrap_or_else(|| r.verdict.name().to_string())
                        }
                        Err(e) => format!("error: {e}"),
                    }
                }
                None if cc.file.finding.is_some() => cc.file.finding.clone().unwrap(),
                None => match cc.file.expect.get(&target) {
                    Some(e) => e.signature.clone().unwrap_or_else(|| e.verdict.clone()),
                    // e.g. a campaign's crash-* directory: nothing was recorded.
                    None => format!("no verdict recorded for {target} (--rerun checks it)"),
                },
            };
            // A campaign's crash finding keeps its own group, named by what
            // it did when run again alone.
            let sig = if cc.file.about.starts_with(crate::fuzz::CRASH_ABOUT) || cc.file.about == "in flight" {
                format!("worker crash; alone: {sig}")
            } else {
                sig
            };
            // Duplicates recorded by the campaign count too.
            let dups = std::fs::read_to_string(c.join("duplicates.txt")).map(|s| s.lines().count() as u64).unwrap_or(0);
            let size: usize = cc.case.modules.iter().map(|m| m.wasm.len()).sum();
            let g = groups.entry(sig).or_insert((0, c.clone(), usize::MAX));
            g.0 += 1 + dups;
            if size < g.2 {
                g.1 = c.clone();
                g.2 = size;
            }
        }
    }
    println!("{:>6}  {:<64} smallest case (wasm bytes)", "count", "signature");
    for (sig, (n, dir, size)) in &groups {
        println!("{n:>6}  {sig:<64} {} ({size})", dir.display());
    }
    println!("{} groups from {} case directories", groups.len(), cases);
    0
}

fn triage_causes(dirs: &[PathBuf], budget: f64, known: Option<&std::path::Path>, engines: &EngineArgs) -> i32 {
    let worker = match worker_or_fail() {
        Ok(w) => w,
        Err(code) => return code,
    };
    let timeout = Duration::from_secs_f64(engines.timeout.clamp(0.1, 10.0));
    let known = match known {
        Some(k) => match crate::triage::Known::load(&worker, k, timeout) {
            Ok(k) => k,
            Err(e) => return fail(format!("{}: {e}", k.display())),
        },
        None => crate::triage::Known::default(),
    };
    let budget = Duration::from_secs_f64(budget.max(1.0));
    let result = crate::triage::buckets(&worker, dirs, &known, budget, timeout, |c, r| match r {
        Ok(b) => eprintln!("{}: {}", c.display(), b.fingerprint),
        Err(e) => eprintln!("{}: not bucketed: {e}", c.display()),
    });
    let (buckets, failed) = match result {
        Ok(x) => x,
        Err(e) => return fail(e),
    };
    println!("{:>6}  {:<28}  cause fingerprint  (smallest reduced case)", "cases", "known as");
    let mut sorted: Vec<_> = buckets.values().collect();
    sorted.sort_by_key(|(_, b)| std::cmp::Reverse(b.cases));
    for (fp, b) in &sorted {
        let smallest = b.smallest.as_ref().map(|(p, l)| format!("{} ({l} lines)", p.display())).unwrap_or_default();
        println!("{:>6}  {:<28}  {fp}  ({smallest})", b.cases, b.known.as_deref().unwrap_or("NEW"));
    }
    let new = sorted.iter().filter(|(_, b)| b.known.is_none()).count();
    println!(
        "{} buckets ({} new, {} known) from {} findings",
        sorted.len(),
        new,
        sorted.len() - new,
        sorted.iter().map(|(_, b)| b.findings.len()).sum::<usize>()
    );
    for (c, e) in &failed {
        println!("not bucketed: {}: {e}", c.display());
    }
    0
}

fn spec(
    paths: &[PathBuf],
    modules: bool,
    jobs: Option<usize>,
    out: Option<&std::path::Path>,
    quiet: bool,
    engines: &EngineArgs,
) -> i32 {
    let files = match crate::spec::wast_files(paths) {
        Ok(f) if f.is_empty() => return fail("no .wast files given"),
        Ok(f) => f,
        Err(e) => return fail(e),
    };
    let worker = match worker_or_fail() {
        Ok(w) => w,
        Err(code) => return code,
    };
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    let timeout = Duration::from_secs_f64(engines.timeout.max(0.1));
    let lineup = engines.lineup();
    let start = std::time::Instant::now();
    let summary = if modules {
        let results =
            crate::spec::par_map(&files, jobs, |f| (f.clone(), crate::spec::run_modules(&worker, f, &lineup, timeout)));
        crate::spec::print_module_sweep(&results, out, quiet)
    } else {
        let results = crate::spec::par_map(&files, jobs, |f| crate::spec::run_script(&worker, f, &lineup, timeout));
        crate::spec::print_script_sweep(&results, out, quiet)
    };
    println!("{} in {:.0} s", summary.line, start.elapsed().as_secs_f64());
    if summary.divergent > 0 {
        1
    } else {
        0
    }
}
