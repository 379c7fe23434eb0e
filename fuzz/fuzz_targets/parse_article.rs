//! Fuzz target: the whole `pipeline::process` (parse, tag entities, extract meetings) on arbitrary bytes must never panic, and every record it returns must keep its invariants.
#![no_main]

#[path = "common.rs"]
mod common;

use counterparts::pipeline;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(rec) = pipeline::process("fuzz.txt", data) {
        common::check_record(data, &rec);
    }
});
