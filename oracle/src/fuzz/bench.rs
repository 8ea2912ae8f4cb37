//! `ccoracle bench`: time per stage on a fixed-seed batch.

use super::{generate, seed_bytes, Target};
use crate::engine::Lineup;
use crate::prepare::PreparedCase;
use std::time::Instant;

/// Time per stage of a fixed-seed batch, run in this process (one core).
#[derive(Debug, Default)]
pub struct Bench {
    pub cases: u64,
    pub executed: u64,
    pub generate: f64,
    pub prepare: f64,
    pub reference: f64,
    pub compile_with: f64,
    pub compile_without: f64,
    pub sut_runs: f64,
    pub compare: f64,
    pub total: f64,
}

/// Runs `cases` seeds from `seed` through every stage and times each.
pub fn bench(target: Target, seed: u64, cases: u64) -> Bench {
    use crate::engine::EngineSpec;
    use std::sync::Arc;
    let mut b = Bench { cases, ..Bench::default() };
    let lineup = Lineup::default_lineup();
    let (with, without) = lineup.pairs[0].clone();
    let all = Instant::now();
    for s in seed..seed + cases {
        let t = Instant::now();
        let data = seed_bytes(s, 2048 + (crate::value::mix64(s) % 6144) as usize);
        let g = generate(target, &data);
        b.generate += t.elapsed().as_secs_f64();
        let Ok(g) = g else { continue };
        let t = Instant::now();
        let prepared = PreparedCase::new(&g.case).map(Arc::new);
        b.prepare += t.elapsed().as_secs_f64();
        let Ok(prepared) = prepared else { continue };
        let run = |spec: &EngineSpec| spec.run(&prepared, Vec::new(), None);
        let t = Instant::now();
        let r = run(&EngineSpec::reference());
        b.reference += t.elapsed().as_secs_f64();
        let (Ok(r), Ok(w), Ok(wo)) = (r, run(&with), run(&without)) else {
            continue;
        };
        b.compile_with += w.meta.compile_seconds;
        b.compile_without += wo.meta.compile_seconds;
        b.sut_runs += w.meta.run_seconds + wo.meta.run_seconds;
        let t = Instant::now();
        let _ = crate::compare::verdict(&r, &[(&w, &wo)]);
        b.compare += t.elapsed().as_secs_f64();
        b.executed += 1;
    }
    b.total = all.elapsed().as_secs_f64();
    b
}

impl Bench {
    /// The printed table.
    pub fn table(&self, target: Target) -> String {
        let row = |name: &str, secs: f64| {
            format!(
                "| {name:<30} | {:>9.1} | {:>6.1}% |\n",
                1000.0 * secs / self.executed.max(1) as f64,
                100.0 * secs / self.total.max(1e-9)
            )
        };
        let mut s = format!(
            "target {}: {} seeds, {} executed, {:.2} s, {:.2} execs/s (one process)\n\n",
            target.name(),
            self.cases,
            self.executed,
            self.total,
            self.executed as f64 / self.total.max(1e-9)
        );
        s.push_str("| stage                          | ms / case |  share  |\n|---|---:|---:|\n");
        s.push_str(&row("generate", self.generate));
        s.push_str(&row("prepare (validate, instrument)", self.prepare));
        s.push_str(&row("reference run (wasmi)", self.reference));
        s.push_str(&row("compile, pass-params on", self.compile_with));
        s.push_str(&row("compile, pass-params off", self.compile_without));
        s.push_str(&row("SUT runs (both)", self.sut_runs));
        s.push_str(&row("compare", self.compare));
        let compile = self.compile_with + self.compile_without;
        s.push_str(&format!(
            "\ntotal / bare compile time = {:.2} (1.00 would mean compiling is all the oracle does)\n",
            self.total / compile.max(1e-9)
        ));
        s
    }
}
