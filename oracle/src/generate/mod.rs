//! Case generators: programs that build whole [`crate::case::Case`]s (WAT
//! modules, host plan, invocations) from fuzzer bytes, aimed at particular
//! kinds of boundary.

pub mod callconv;
pub mod dylink;
pub mod smith;
