//! The pipeline from raw bytes to a [`Record`]: parse, tag entities, extract meetings. Used by the CLI, the bundle builder and in-browser import.

use crate::bundle::{Bundle, Record};
use crate::corpus::{self, ParseError};
use crate::{entity, meeting};

/// Parses, tags and extracts one raw file.
pub fn process(file: &str, bytes: &[u8]) -> Result<Record, ParseError> {
    let article = corpus::parse(file, bytes)?;
    let mentions = entity::tag(&article);
    let meetings = meeting::extract(&article, &mentions);
    Ok(Record {
        article,
        mentions,
        meetings,
    })
}

/// Builds a bundle from named files; files that fail are reported, not fatal.
pub fn build_bundle(files: Vec<(String, Vec<u8>)>) -> (Bundle, Vec<(String, ParseError)>) {
    let mut files = files;
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for (name, bytes) in files {
        match process(&name, &bytes) {
            Ok(rec) => records.push(rec),
            Err(e) => errors.push((name, e)),
        }
    }
    (Bundle::from_records(records), errors)
}
