//! The corpus bundle: parsed, tagged and extracted articles in one compact binary file, built ahead of time and decoded in the browser.
//!
//! Layout: magic `CPTS`, format version (u16 LE), payload length (u32 LE),
//! FNV-1a 64 checksum of the payload (u64 LE), then the postcard payload.

use crate::corpus::Article;
use crate::entity::Mention;
use crate::meeting::Meeting;
use crate::search::{IndexDoc, SearchIndex};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The first four bytes of every bundle.
pub const MAGIC: &[u8; 4] = b"CPTS";
/// The format version this build reads and writes; bump on any change of the payload types.
pub const VERSION: u16 = 4;
const HEADER_LEN: usize = 4 + 2 + 4 + 8;

/// One article with everything the pipeline found in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The parsed article.
    pub article: Article,
    /// Entities tagged in its story.
    pub mentions: Vec<Mention>,
    /// Meetings it reports or mentions.
    pub meetings: Vec<Meeting>,
}

/// Every article of a corpus, ready for the app: the records and their search index.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Bundle {
    /// The records, in file-name order.
    pub records: Vec<Record>,
    /// The search index over the records (document `n` is record `n`), without stored
    /// texts: snippets are taken from the records' bodies.
    pub index: SearchIndex,
}

impl Bundle {
    /// A bundle of `records` with their search index built.
    pub fn from_records(records: Vec<Record>) -> Bundle {
        let docs: Vec<IndexDoc> = records.iter().map(IndexDoc::from_record).collect();
        let mut index = SearchIndex::build(&docs);
        index.drop_texts();
        Bundle { records, index }
    }
}

/// Why bytes could not be read as a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// Shorter than the header, or than the length the header states.
    Truncated {
        /// Bytes expected.
        expected: usize,
        /// Bytes found.
        found: usize,
    },
    /// The first bytes are not `CPTS`: not a bundle at all (e.g. an HTML error page).
    NotABundle,
    /// Written by a different version of the app.
    Version(u16),
    /// The checksum does not match: the file was damaged.
    Checksum,
    /// The payload could not be decoded.
    Decode(String),
    /// The payload could not be encoded.
    Encode(String),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::Truncated { expected, found } => {
                write!(
                    f,
                    "the corpus file is truncated ({found} of {expected} bytes); rebuild or re-upload it"
                )
            }
            BundleError::NotABundle => f.write_str("the corpus file is not a Counterparts bundle"),
            BundleError::Version(v) => write!(
                f,
                "the corpus file has format version {v}, this app reads version {VERSION}; rebuild it with this version"
            ),
            BundleError::Checksum => {
                f.write_str("the corpus file is damaged (checksum mismatch); rebuild or re-upload it")
            }
            BundleError::Decode(e) => write!(f, "the corpus file could not be decoded: {e}"),
            BundleError::Encode(e) => write!(f, "the corpus could not be encoded: {e}"),
        }
    }
}

impl std::error::Error for BundleError {}

impl Bundle {
    /// Encodes the bundle with its header.
    pub fn encode(&self) -> Result<Vec<u8>, BundleError> {
        let payload = postcard::to_allocvec(self).map_err(|e| BundleError::Encode(e.to_string()))?;
        let len = u32::try_from(payload.len()).map_err(|_| BundleError::Encode("corpus larger than 4 GiB".into()))?;
        let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&crate::hash::fnv1a64(&payload).to_le_bytes());
        out.extend_from_slice(&payload);
        Ok(out)
    }

    /// Decodes and checks a bundle.
    pub fn decode(bytes: &[u8]) -> Result<Bundle, BundleError> {
        if bytes.len() >= 4 && &bytes[..4] != MAGIC {
            return Err(BundleError::NotABundle);
        }
        if bytes.len() < HEADER_LEN {
            return Err(BundleError::Truncated {
                expected: HEADER_LEN,
                found: bytes.len(),
            });
        }
        let version = u16::from_le_bytes([bytes[4], bytes[5]]);
        if version != VERSION {
            return Err(BundleError::Version(version));
        }
        let len = u32::from_le_bytes([bytes[6], bytes[7], bytes[8], bytes[9]]) as usize;
        let mut sum = [0u8; 8];
        sum.copy_from_slice(&bytes[10..18]);
        let payload = &bytes[HEADER_LEN..];
        if payload.len() != len {
            return Err(BundleError::Truncated {
                expected: HEADER_LEN + len,
                found: bytes.len(),
            });
        }
        if crate::hash::fnv1a64(payload) != u64::from_le_bytes(sum) {
            return Err(BundleError::Checksum);
        }
        postcard::from_bytes(payload).map_err(|e| BundleError::Decode(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Bundle {
        let rec = crate::pipeline::process("a.txt", "Title\nHanoi (VNA) – Story./.\nTeaser".as_bytes())
            .map(|r| vec![r])
            .unwrap_or_default();
        Bundle::from_records(rec)
    }

    #[test]
    fn round_trips() {
        let b = sample();
        assert_eq!(b.records.len(), 1);
        let bytes = b.encode().unwrap();
        let back = Bundle::decode(&bytes).unwrap();
        assert_eq!(back.records, b.records);
        assert_eq!(back.index.len(), 1);
        let q = crate::search::Query::parse("story").unwrap();
        assert_eq!(back.index.search(&q, &|_| true, 5).len(), 1);
    }

    #[test]
    fn damaged_bundles_give_clear_errors() {
        let bytes = sample().encode().unwrap();
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 0xFF;
        let mut old = bytes.clone();
        old[4] = 99;
        let rows: Vec<(&str, Vec<u8>, BundleError)> = vec![
            (
                "truncated",
                bytes[..bytes.len() - 3].to_vec(),
                BundleError::Truncated {
                    expected: bytes.len(),
                    found: bytes.len() - 3,
                },
            ),
            (
                "tiny",
                b"CP".to_vec(),
                BundleError::Truncated {
                    expected: HEADER_LEN,
                    found: 2,
                },
            ),
            ("html", b"<!doctype html><html>".to_vec(), BundleError::NotABundle),
            ("flipped", flipped, BundleError::Checksum),
            ("old version", old, BundleError::Version(99)),
        ];
        for (name, input, want) in rows {
            assert_eq!(Bundle::decode(&input).err(), Some(want), "{name}");
        }
    }

    proptest::proptest! {
        #[test]
        fn decoding_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            let _ = Bundle::decode(&bytes);
        }
    }
}
