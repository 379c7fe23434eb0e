//! Bringing your own articles in the browser: the messages between the page and the import worker, the per-file checks, and the format imported articles are saved in.
//!
//! The page reads each file and sends an [`ImportJob`] to a worker (its own
//! wasm, loaded on first import), which runs [`crate::pipeline::process`] and
//! answers an [`ImportReply`]. Records are saved one per key as [`StoredArticle`],
//! so a reload in the middle of an import keeps every article finished so far.

use crate::bundle::{Record, VERSION};
use crate::codec;
use crate::corpus::ParseError;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Largest file accepted (the parser's limit): bigger files are refused before they are read.
pub const MAX_FILE_BYTES: u64 = crate::corpus::MAX_INPUT_BYTES as u64;

/// Prefix of the keys imported articles are saved under (then the bundle version, then the id).
pub const STORE_PREFIX: &str = "counterparts.local.";

/// One file for the worker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportJob {
    /// Job number, echoed in the reply.
    pub id: u32,
    /// The file's name.
    pub name: String,
    /// The file's bytes.
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
}

/// The worker's answer for one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReply {
    /// The job's number.
    pub id: u32,
    /// The record (postcard bytes), or why the file is not an article.
    pub outcome: Result<ReplyRecord, String>,
}

/// A record as postcard bytes (cheap to post between threads).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyRecord(#[serde(with = "serde_bytes")] pub Vec<u8>);

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Bigger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size.
        bytes: u64,
    },
    /// The pipeline could not read it as an article.
    Parse(String),
    /// The same article (same bytes) is already in the corpus.
    Duplicate,
    /// The file could not be read by the browser.
    Read(String),
    /// The worker failed or answered nonsense.
    Worker(String),
    /// The browser refused to save it (storage full); it stays until the page is reloaded.
    Storage(String),
    /// The import was cancelled before this file was done.
    Cancelled,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "too large ({:.1} MB); the limit is {} MB, split the file",
                *bytes as f64 / 1_048_576.0,
                MAX_FILE_BYTES / 1_048_576
            ),
            ImportError::Parse(e) => f.write_str(e),
            ImportError::Duplicate => f.write_str("already in the corpus"),
            ImportError::Read(e) => write!(f, "the browser could not read the file ({e})"),
            ImportError::Worker(e) => write!(f, "the import worker failed ({e})"),
            ImportError::Storage(e) => {
                write!(
                    f,
                    "imported, but the browser would not save it ({e}); it will be gone after a reload"
                )
            }
            ImportError::Cancelled => f.write_str("cancelled"),
        }
    }
}

impl std::error::Error for ImportError {}

/// Checks a file's size before it is read.
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    if bytes > MAX_FILE_BYTES {
        Err(ImportError::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// What the worker does with one job. Never panics on any bytes.
pub fn run_job(job: &ImportJob) -> ImportReply {
    let outcome = crate::pipeline::process(&job.name, &job.bytes)
        .map_err(|e: ParseError| e.to_string())
        .and_then(|rec| postcard::to_allocvec(&rec).map(ReplyRecord).map_err(|e| e.to_string()));
    ImportReply { id: job.id, outcome }
}

/// Reads a worker's record bytes.
pub fn read_reply_record(bytes: &[u8]) -> Result<Record, ImportError> {
    postcard::from_bytes(bytes).map_err(|e| ImportError::Worker(e.to_string()))
}

/// An imported article as saved in the browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredArticle {
    /// The pipeline's record.
    pub record: Record,
}

/// The storage key of an article id (includes the bundle version: another version's entries are left alone).
pub fn store_key(article_id: &str) -> String {
    format!("{STORE_PREFIX}v{VERSION}.{article_id}")
}

/// True for keys this version reads; `Some(false)` for another version's saved articles; `None` for foreign keys.
pub fn key_is_current(key: &str) -> Option<bool> {
    let rest = key.strip_prefix(STORE_PREFIX)?;
    Some(rest.starts_with(&format!("v{VERSION}.")))
}

/// Encodes an article for a text store (postcard, base64).
pub fn encode_stored(article: &StoredArticle) -> Result<String, ImportError> {
    postcard::to_allocvec(article)
        .map(|b| codec::base64_encode(&b))
        .map_err(|e| ImportError::Storage(e.to_string()))
}

/// Decodes a saved article; a damaged entry is an error, never a panic.
pub fn decode_stored(text: &str) -> Result<StoredArticle, String> {
    let bytes = codec::base64_decode(text).map_err(|e| e.to_string())?;
    postcard::from_bytes(&bytes).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed(name: &str) -> Vec<u8> {
        std::fs::read(format!("{}/corpus/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    #[test]
    fn a_job_gives_the_record_the_pipeline_gives() {
        let job = ImportJob {
            id: 7,
            name: "004.txt".into(),
            bytes: seed("004_ca2c0e4932d0df0b.txt"),
        };
        let reply = run_job(&job);
        assert_eq!(reply.id, 7);
        let rec = read_reply_record(&reply.outcome.unwrap().0).unwrap();
        assert_eq!(rec, crate::pipeline::process("004.txt", &job.bytes).unwrap());
    }

    #[test]
    fn bad_files_give_messages() {
        let rows: &[(&str, &[u8], &str)] = &[
            ("empty", b"", "empty"),
            ("binary", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "binary"),
            ("spaces", b"   \n\t ", "empty"),
        ];
        for (name, bytes, want) in rows {
            let reply = run_job(&ImportJob {
                id: 1,
                name: name.to_string(),
                bytes: bytes.to_vec(),
            });
            let err = reply.outcome.unwrap_err();
            assert!(err.contains(want), "{name}: {err}");
        }
        assert_eq!(
            check_size(50 * 1024 * 1024),
            Err(ImportError::TooLarge {
                bytes: 50 * 1024 * 1024
            })
        );
        assert!(check_size(1024).is_ok());
        assert!(ImportError::TooLarge {
            bytes: 50 * 1024 * 1024
        }
        .to_string()
        .contains("50.0 MB"));
    }

    #[test]
    fn stored_articles_round_trip_and_damage_is_an_error() {
        let record = crate::pipeline::process("003.txt", &seed("003_17fa29c206418ba5.txt")).unwrap();
        let stored = StoredArticle { record };
        let text = encode_stored(&stored).unwrap();
        assert_eq!(decode_stored(&text).unwrap(), stored);
        assert!(decode_stored(&text[..text.len() / 2]).is_err());
        assert!(decode_stored("not base64!").is_err());
        let key = store_key(stored.record.article.id.as_str());
        assert_eq!(key_is_current(&key), Some(true));
        assert_eq!(key_is_current("counterparts.local.v0.abc"), Some(false));
        assert_eq!(key_is_current("counterparts.theme"), None);
    }

    proptest::proptest! {
        #[test]
        fn jobs_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            let reply = run_job(&ImportJob { id: 3, name: "x".into(), bytes });
            proptest::prop_assert_eq!(reply.id, 3);
        }
    }
}
