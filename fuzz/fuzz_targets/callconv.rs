//! Calling-convention generator: linked modules built around boundaries.
//! A divergence panics with the readable report.
#![no_main]
include!("asan.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| ccoracle::fuzz::fuzz_one(ccoracle::fuzz::Target::Callconv, data));
