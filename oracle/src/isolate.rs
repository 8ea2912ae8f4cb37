//! Running an engine in a child process, so that a crash or a hang of the
//! system under test becomes part of the trace instead of ending the run.
//!
//! The parent writes a [`WorkerRequest`] as JSON to the child's stdin
//! (`ccoracle __engine`); the child streams each event as one JSON line as
//! it happens and ends with a [`WorkerEnd`] line. A child killed by a signal
//! leaves the events it streamed plus an [`Event::Crash`]; one that exceeds
//! the time limit is killed and gets an [`Event::Timeout`] (inconclusive).

use crate::case::Case;
use crate::check::{CheckError, CheckResult, FaultPlan};
use crate::engine::{EngineError, EngineSpec, Lineup};
use crate::host::Fault;
use crate::prepare::PreparedCase;
use crate::trace::{Event, Trace, TraceMeta};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What the parent asks a worker to do.
#[derive(Serialize, Deserialize)]
pub struct WorkerRequest {
    pub engine: EngineSpec,
    pub case: Case,
    #[serde(default)]
    pub faults: Vec<Fault>,
}

/// The last line a worker prints.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerEnd {
    Done {
        notes: Vec<String>,
        /// The engine's label as this build names it (another build may be
        /// built against another Wasmer).
        #[serde(default)]
        engine: Option<String>,
    },
    Error(EngineError),
}

/// A streamed line: an event or the end.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Line {
    End { end: WorkerEnd },
    Event(Event),
}

/// The exit code of a worker that could not take its request: a defect of
/// the oracle (never of the engine), reported as an internal error.
pub const WORKER_BAD_REQUEST: i32 = 4;

/// The worker side: reads a request on stdin, runs it, streams the trace.
pub fn worker_main() -> i32 {
    let mut input = String::new();
    if std::io::Read::read_to_string(&mut std::io::stdin(), &mut input).is_err() {
        eprintln!("ccoracle __engine: cannot read the request");
        return WORKER_BAD_REQUEST;
    }
    let req: WorkerRequest = match serde_json::from_str(&input) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("ccoracle __engine: bad request: {e}");
            return WORKER_BAD_REQUEST;
        }
    };
    let prepared = match PreparedCase::new(&req.case) {
        Ok(p) => Arc::new(p),
        Err(e) => {
            eprintln!("ccoracle __engine: {e}");
            return WORKER_BAD_REQUEST;
        }
    };
    let stream: Box<dyn Write + Send> = Box::new(std::io::stdout());
    // Test hook: `CCORACLE_TEST_FAULTS` (JSON, a list of host faults) makes
    // this binary a deliberately broken build, to test comparisons of two
    // builds (`--baseline-bin`) without building a second Wasmer.
    let mut faults = req.faults;
    if let Some(extra) =
        std::env::var("CCORACLE_TEST_FAULTS").ok().and_then(|s| serde_json::from_str::<Vec<Fault>>(&s).ok())
    {
        faults.extend(extra);
    }
    let end = match req.engine.run(&prepared, faults, Some(stream)) {
        Ok(trace) => WorkerEnd::Done { notes: trace.meta.notes, engine: Some(trace.meta.engine) },
        Err(e) => WorkerEnd::Error(e),
    };
    let mut out = std::io::stdout().lock();
    let _ = serde_json::to_writer(&mut out, &Line::End { end });
    let _ = out.write_all(b"\n");
    let _ = out.flush();
    0
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        _ => "signal",
    }
}

/// Runs one engine in a child process (`worker` is the `ccoracle` binary).
pub fn run_isolated(
    worker: &Path,
    spec: &EngineSpec,
    case: &Case,
    faults: &[Fault],
    timeout: Duration,
) -> Result<Trace, EngineError> {
    let internal = |msg: String| EngineError::Internal { engine: spec.label(), msg };
    let mut child = Command::new(worker)
        .arg("__engine")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| internal(format!("cannot start worker {}: {e}", worker.display())))?;
    let req = WorkerRequest { engine: spec.clone(), case: case.clone(), faults: faults.to_vec() };
    let payload = serde_json::to_vec(&req).map_err(|e| internal(e.to_string()))?;
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&payload);
    });
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut events = Vec::new();
        let mut end = None;
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            match serde_json::from_str::<Line>(&line) {
                Ok(Line::Event(e)) => events.push(e),
                Ok(Line::End { end: e }) => end = Some(e),
                Err(_) => {} // stray output of the engine: ignored
            }
        }
        (events, end)
    });
    let mut stderr = child.stderr.take().unwrap();
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut s);
        s
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                timed_out = true;
                break child.wait().ok();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(_) => break None,
        }
    };
    let _ = writer.join();
    let (mut events, end) = reader.join().unwrap_or_default();
    let stderr_text = err_reader.join().unwrap_or_default();
    let mut meta = TraceMeta { engine: spec.label(), ..TraceMeta::default() };
    if timed_out {
        events.push(Event::Timeout { seconds: timeout.as_secs_f64() });
    } else {
        match end {
            Some(WorkerEnd::Done { notes, engine }) => {
                meta.notes = notes;
                if let Some(e) = engine {
                    meta.engine = e;
                }
            }
            Some(WorkerEnd::Error(e)) => return Err(e),
            None if events.is_empty() && status.is_some_and(|s| s.code() == Some(WORKER_BAD_REQUEST)) => {
                return Err(internal(
                    last_words(&stderr_text).unwrap_or_else(|| "the worker refused its request".into()),
                ));
            }
            None => {
                use std::os::unix::process::ExitStatusExt;
                let how = match status {
                    Some(st) => match st.signal() {
                        Some(sig) => format!("killed by {} ({sig})", signal_name(sig)),
                        None => format!("exited with {}", st.code().unwrap_or(-1)),
                    },
                    None => "vanished".to_string(),
                };
                let message = match last_words(&stderr_text) {
                    Some(w) => format!("{how}; {w}"),
                    None => how,
                };
                events.push(Event::Crash { message });
            }
        }
    }
    Ok(Trace { meta, events })
}

/// The informative part of a dead engine's stderr: a Rust panic's location
/// and message, else the last non-empty line.
fn last_words(stderr: &str) -> Option<String> {
    let lines: Vec<&str> = stderr.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if let Some(i) = lines.iter().position(|l| l.contains("panicked at")) {
        let at = lines[i].split("panicked at").nth(1).unwrap_or("").trim().trim_end_matches(':');
        let msg = lines.get(i + 1).copied().unwrap_or("");
        return Some(format!("panicked at {at}: {msg}"));
    }
    lines.last().map(|l| format!("last words: {l}"))
}

/// Where the `ccoracle` binary is: `CCORACLE_BIN` when set, else this
/// executable when it is `ccoracle`, else a `ccoracle` next to it or one
/// directory up (test binaries live in `target/*/deps`).
pub fn worker_binary() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("CCORACLE_BIN") {
        return Some(PathBuf::from(p));
    }
    let exe = std::env::current_exe().ok()?;
    if exe.file_stem().is_some_and(|s| s == "ccoracle") {
        return Some(exe);
    }
    let dir = exe.parent()?;
    [dir.join("ccoracle"), dir.parent()?.join("ccoracle")].into_iter().find(|p| p.exists())
}

/// Like [`crate::check::check_in_process`], but every engine runs in its
/// own child process with a time limit.
pub fn check_isolated(
    worker: &Path,
    case: &Case,
    lineup: &Lineup,
    faults: &FaultPlan,
    timeout: Duration,
) -> Result<CheckResult, CheckError> {
    // Validate up front, so bad input is one clear error and not one per
    // engine.
    PreparedCase::new(case)?;
    let mut results = Vec::new();
    for (spec, runner) in lineup.all().into_iter().zip(lineup.runners()) {
        let f = faults.iter().find(|(s, _)| s == spec).map(|(_, f)| f.clone()).unwrap_or_default();
        let bin = runner.map(|b| b.bin.as_path()).unwrap_or(worker);
        results.push(run_isolated(bin, spec, case, &f, timeout));
    }
    Ok(CheckResult::for_lineup(crate::check::traces_from(results)?, lineup))
}
