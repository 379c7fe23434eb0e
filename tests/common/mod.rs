//! Fixtures shared by the integration tests: the five seed articles of `corpus/`, as paths and as the records the pipeline makes of them.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // each test crate uses part of it; fixtures may panic

use counterparts::bundle::Record;
use counterparts::pipeline;
use std::path::PathBuf;

/// The seed files (`corpus/*.txt`), in file-name order.
pub fn seed_paths() -> Vec<PathBuf> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files: Vec<PathBuf> = std::fs::read_dir(format!("{root}/corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// The seed file whose name starts with `prefix` (`"003"`).
pub fn seed_path(prefix: &str) -> PathBuf {
    seed_paths()
        .into_iter()
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no corpus file {prefix}*"))
}

/// The record of one seed file, processed under its file name.
pub fn seed_record(path: &PathBuf) -> Record {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    pipeline::process(&name, &std::fs::read(path).unwrap()).unwrap()
}

/// The records of every seed, in file-name order.
pub fn seeds() -> Vec<Record> {
    seed_paths().iter().map(seed_record).collect()
}
