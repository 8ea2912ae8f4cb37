//! Triage: from many findings to few causes.
//!
//! A finding (a campaign's case directory) is *bucketed* by the cause
//! fingerprint ([`crate::cause`]) of its reduced form: the finding is
//! reduced once (within a time budget, keeping the divergence it was saved
//! for), the reduced case is written to `FINDING/reduced/`, and its
//! fingerprint to `FINDING/fingerprint.json`, so later triage reuses them.
//! [`Known`] causes come from a corpus: every divergence each corpus case
//! shows on this build's target, fingerprinted; a finding whose fingerprint
//! is a known one is counted under that corpus case instead of as new.

use crate::cause::{fingerprint, Fingerprint};
use crate::corpus::CorpusCase;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Fingerprints of known causes, each with the corpus case that pins it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Known {
    pub causes: Vec<(Fingerprint, String)>,
}

impl Known {
    /// Runs every corpus case under `dir` that this target is expected to
    /// diverge on and fingerprints each of its divergences.
    pub fn load(worker: &Path, dir: &Path, timeout: Duration) -> Result<Known, String> {
        let target = crate::corpus::current_target();
        let mut causes = Vec::new();
        for c in crate::corpus::list(dir).map_err(|e| e.to_string())? {
            let cc = crate::corpus::load(&c).map_err(|e| e.to_string())?;
            if cc.expectation(&target).verdict != "diverge" {
                continue;
            }
            let Ok(r) = crate::isolate::check_isolated(worker, &cc.case, &cc.lineup(), &Vec::new(), timeout) else {
                continue;
            };
            for d in r.verdict.divergences() {
                let fp = fingerprint(&cc.case, d);
                if !causes.iter().any(|(f, _)| *f == fp) {
                    causes.push((fp, cc.name()));
                }
            }
        }
        Ok(Known { causes })
    }

    /// The corpus cases that pin known causes, each once.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        let mut seen = std::collections::BTreeSet::new();
        self.causes.iter().map(|(_, n)| n.as_str()).filter(move |n| seen.insert(*n))
    }

    /// The corpus case pinning this cause, if it is known.
    pub fn case_of(&self, fp: &Fingerprint) -> Option<&str> {
        self.causes.iter().find(|(f, _)| f == fp).map(|(_, n)| n.as_str())
    }
}

/// What triage knows of one finding.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Bucketed {
    /// The divergence the finding was saved for.
    pub signature: String,
    pub fingerprint: Fingerprint,
    /// The reduced case's directory.
    pub reduced: PathBuf,
    /// WAT lines of the reduced case.
    pub lines: usize,
}

/// The signature a finding directory was saved for.
pub fn finding_signature(cc: &CorpusCase) -> Option<String> {
    let target = crate::corpus::current_target();
    cc.file.finding.clone().or_else(|| cc.file.expect.get(&target).and_then(|e| e.signature.clone()))
}

/// Reduces a finding (unless done before) and fingerprints it.
pub fn bucket(worker: &Path, dir: &Path, budget: Duration, timeout: Duration) -> Result<Bucketed, String> {
    let saved = dir.join("fingerprint.json");
    if let Ok(text) = std::fs::read_to_string(&saved) {
        if let Ok(b) = serde_json::from_str::<Bucketed>(&text) {
            return Ok(b);
        }
    }
    let cc = crate::corpus::load(dir).map_err(|e| e.to_string())?;
    let signature = finding_signature(&cc).ok_or("no divergence recorded")?;
    let lineup = cc.lineup();
    let opts = crate::reduce::ReduceOpts {
        timeout,
        signature: Some(signature.clone()),
        budget: Some(budget),
        ..crate::reduce::ReduceOpts::default()
    };
    let reduced = crate::reduce::reduce(worker, &cc.case, &lineup, opts).map_err(|e| e.to_string())?;
    let out = dir.join("reduced");
    let prepared = crate::prepare::PreparedCase::new(&reduced.case).map_err(|e| e.to_string())?;
    let report = crate::report::text(&prepared, &reduced.result);
    let expect = crate::corpus::Expectation::of(&reduced.result.verdict);
    crate::fuzz::write_case_dir(&out, &reduced.case, &cc.file.about, &cc.file.origin, Some(expect), &report, &lineup)
        .map_err(|e| e.to_string())?;
    let d = reduced.result.verdict.divergences().into_iter().find(|d| d.signature == signature).cloned();
    let d = d.ok_or("the reduced case lost its divergence")?;
    let b = Bucketed {
        signature,
        fingerprint: fingerprint(&reduced.case, &d),
        reduced: out,
        lines: reduced.after.wat_lines,
    };
    let _ = std::fs::write(&saved, serde_json::to_string_pretty(&b).unwrap() + "\n");
    Ok(b)
}

/// A bucket of findings with one cause fingerprint.
#[derive(Clone, Debug, Default)]
pub struct Bucket {
    /// Cases (findings and their recorded duplicates).
    pub cases: u64,
    pub findings: Vec<PathBuf>,
    /// The smallest reduced case, and its WAT lines.
    pub smallest: Option<(PathBuf, usize)>,
    pub known: Option<String>,
}

/// Buckets findings under `dirs`; findings that cannot be bucketed are
/// listed with why.
pub fn buckets(
    worker: &Path,
    dirs: &[PathBuf],
    known: &Known,
    budget: Duration,
    timeout: Duration,
    mut progress: impl FnMut(&Path, &Result<Bucketed, String>),
) -> Result<(BTreeMap<String, (Fingerprint, Bucket)>, Vec<(PathBuf, String)>), String> {
    let mut out: BTreeMap<String, (Fingerprint, Bucket)> = BTreeMap::new();
    let mut failed = Vec::new();
    for d in dirs {
        let list = if crate::corpus::is_case_dir(d) {
            vec![d.clone()]
        } else {
            crate::corpus::list(d).map_err(|e| e.to_string())?
        };
        for c in list {
            let r = bucket(worker, &c, budget, timeout);
            progress(&c, &r);
            match r {
                Ok(b) => {
                    let dups = std::fs::read_to_string(c.join("duplicates.txt"))
                        .map(|s| s.lines().count() as u64)
                        .unwrap_or(0);
                    let e = out
                        .entry(b.fingerprint.to_string())
                        .or_insert_with(|| (b.fingerprint.clone(), Bucket::default()));
                    e.1.cases += 1 + dups;
                    e.1.findings.push(c.clone());
                    if e.1.smallest.as_ref().is_none_or(|(_, l)| b.lines < *l) {
                        e.1.smallest = Some((b.reduced.clone(), b.lines));
                    }
                    e.1.known = known.case_of(&b.fingerprint).map(str::to_string);
                }
                Err(e) => failed.push((c, e)),
            }
        }
    }
    Ok((out, failed))
}
