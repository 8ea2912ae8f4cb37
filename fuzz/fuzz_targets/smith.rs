//! wasm-smith modules (fuzzer-chosen configuration) with a host plan.
//! A divergence panics with the readable report.
#![no_main]
include!("asan.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| ccoracle::fuzz::fuzz_one(ccoracle::fuzz::Target::Smith, data));
