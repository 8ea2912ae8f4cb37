//! ccoracle: a differential test oracle for calling-convention changes in
//! WebAssembly compiler backends.
//!
//! A [`case::Case`] (modules, host plan, invocations) is prepared once
//! ([`prepare`]), run on every engine of a [`engine::Lineup`] — the wasmi
//! reference and the system under test with its optimisation on and off —
//! each run producing a [`trace::Trace`] of every boundary crossing; the
//! traces are compared ([`compare`]) into a three-way [`compare::Verdict`].

pub mod case;
pub mod cause;
pub mod check;
pub mod cli;
pub mod compare;
pub mod corpus;
pub mod dylink;
pub mod engine;
pub mod fuzz;
pub mod generate;
pub mod host;
pub mod ir;
pub mod isolate;
pub mod prepare;
pub mod reduce;
pub mod report;
pub mod spec;
pub mod trace;
pub mod triage;
pub mod value;
pub mod wasi;
