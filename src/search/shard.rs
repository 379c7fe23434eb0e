//! Index shards: the `words` postings of a large index cut by ranges of sorted term ids into files fetched on demand, so the first search does not wait for the whole index.
//!
//! [`SearchIndex::split`] keeps in the main index everything ranking and
//! query expansion need (the whole term table, document frequencies, field
//! lengths and norms, the `exact` dictionary) plus the shard table, and puts
//! the entries, positions and skip points of each range of terms in its own
//! file. A search whose words expand to terms of a shard not yet loaded
//! returns [`QueryError::NeedShards`](super::QueryError::NeedShards) instead
//! of partial results; the caller loads them with
//! [`SearchIndex::add_shard`] and searches again.
//!
//! Shard file layout: magic `CPSH`, format version (u16 LE), shard number
//! (u16 LE), the main index's id (u64 LE), first and end term id (u32 LE
//! each), payload length (u32 LE), FNV-1a 64 checksum of the payload (u64
//! LE), then the postcard payload. The id is a hash of the main index's term
//! table and shard table, so a shard from another build is refused.
//!
//! Documents added to a split index (articles imported in the browser) keep
//! their postings locally: for a term whose shard is not loaded they wait
//! aside and are appended after the shard's own when it arrives.

use super::index::{Bytes, Dict, IndexDecodeError, SearchIndex, Skip};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The first four bytes of every shard file.
pub const SHARD_MAGIC: &[u8; 4] = b"CPSH";
/// The shard format version this build reads and writes.
pub const SHARD_VERSION: u16 = 1;
const HEADER_LEN: usize = 4 + 2 + 2 + 8 + 4 + 4 + 4 + 8;
/// The most shards an index is cut into (shard numbers are u16).
const MAX_SHARDS: usize = u16::MAX as usize;

/// One entry of a document added while its term's shard was not loaded.
#[derive(Debug, Clone)]
struct Deferred {
    term: u32,
    doc: u32,
    tf: [u32; 3],
    positions: Vec<u32>,
}

/// The shard table of a split index.
#[derive(Debug, Clone, Default)]
pub(crate) struct Shards {
    /// Identifies the main index; every shard file carries it.
    id: u64,
    /// Term id bounds: shard `k` holds terms `bounds[k]..bounds[k + 1]`.
    bounds: Vec<u32>,
    /// Loaded, by shard.
    loaded: Vec<bool>,
    /// Entries of documents added since, for terms of shards not loaded (in document order).
    deferred: Vec<Deferred>,
}

/// The shard table on the wire.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct WireShards {
    id: u64,
    bounds: Vec<u32>,
}

/// A shard's payload: entries, positions and skip points for its terms, in term order.
#[derive(Serialize, Deserialize)]
struct WireShard {
    postings: Vec<Bytes>,
    positions: Vec<Bytes>,
    skips: Vec<Vec<Skip>>,
}

impl Shards {
    /// The shard holding a term, if the term is in a shard (terms added later are not).
    fn shard_of(&self, term: u32) -> Option<usize> {
        if self.bounds.last().is_none_or(|&end| term >= end) {
            return None;
        }
        Some(self.bounds.partition_point(|&b| b <= term).saturating_sub(1))
    }

    /// True when a term's postings are in a shard not loaded yet.
    pub(crate) fn is_missing(&self, term: u32) -> bool {
        self.shard_of(term)
            .is_some_and(|k| !self.loaded.get(k).copied().unwrap_or(false))
    }

    /// Keeps an entry of a term whose shard is not loaded, for when it is.
    pub(crate) fn defer(&mut self, term: u32, doc: u32, tf: [u32; 3], positions: &[u32]) {
        self.deferred.push(Deferred {
            term,
            doc,
            tf,
            positions: positions.to_vec(),
        });
    }

    /// The missing shards among those holding `terms`, ascending.
    pub(crate) fn missing_for(&self, terms: impl Iterator<Item = u32>) -> Vec<u16> {
        let mut out: Vec<u16> = terms
            .filter(|&t| self.is_missing(t))
            .filter_map(|t| self.shard_of(t))
            .map(|k| k as u16)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    pub(crate) fn to_wire(&self) -> WireShards {
        WireShards {
            id: self.id,
            bounds: self.bounds.clone(),
        }
    }

    /// Checks a table read from a bundle against the dictionary's size.
    pub(crate) fn from_wire(w: WireShards, terms: usize) -> Result<Shards, IndexDecodeError> {
        let ok = w.bounds.first() == Some(&0)
            && w.bounds.last().map(|&b| b as usize) == Some(terms)
            && w.bounds.len() >= 2
            && w.bounds.len() - 1 <= MAX_SHARDS
            && w.bounds.windows(2).all(|p| p[0] < p[1]);
        if !ok {
            return Err(IndexDecodeError::Shards);
        }
        Ok(Shards {
            id: w.id,
            loaded: vec![false; w.bounds.len() - 1],
            bounds: w.bounds,
            deferred: Vec::new(),
        })
    }
}

/// Why a shard file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShardError {
    /// The index is not split: it has no shards to add.
    NotSplit,
    /// There is no shard with this number.
    NoSuchShard(usize),
    /// Shorter than the header, or than the length the header states.
    Truncated {
        /// Bytes expected.
        expected: usize,
        /// Bytes found.
        found: usize,
    },
    /// The first bytes are not `CPSH` (e.g. an HTML error page).
    NotAShard,
    /// Written by a different version of the app.
    Version(u16),
    /// The file is another shard than the one asked for.
    Number {
        /// The shard asked for.
        expected: usize,
        /// The shard the file says it is.
        found: u16,
    },
    /// The shard belongs to another build of the corpus.
    OtherIndex,
    /// The checksum does not match: the file was damaged.
    Checksum,
    /// The payload could not be decoded or does not fit the shard's terms.
    Decode(String),
    /// The shard could not be encoded.
    Encode(String),
}

impl fmt::Display for ShardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShardError::NotSplit => f.write_str("this search index is not split into shards"),
            ShardError::NoSuchShard(n) => write!(f, "the search index has no shard {n}"),
            ShardError::Truncated { expected, found } => write!(
                f,
                "the index shard is truncated ({found} of {expected} bytes); reload the page"
            ),
            ShardError::NotAShard => f.write_str("the file is not a Counterparts index shard"),
            ShardError::Version(v) => write!(
                f,
                "the index shard has format version {v}, this app reads version {SHARD_VERSION}; rebuild the corpus"
            ),
            ShardError::Number { expected, found } => {
                write!(f, "asked for index shard {expected} but the file is shard {found}")
            }
            ShardError::OtherIndex => {
                f.write_str("the index shard belongs to another build of the corpus; reload the page")
            }
            ShardError::Checksum => f.write_str("the index shard is damaged (checksum mismatch); reload the page"),
            ShardError::Decode(e) => write!(f, "the index shard could not be decoded: {e}"),
            ShardError::Encode(e) => write!(f, "the index shard could not be encoded: {e}"),
        }
    }
}

impl std::error::Error for ShardError {}

/// The dictionary with ids renumbered in sorted term order (as a loaded index has them).
fn sorted_dict(d: &Dict) -> Dict {
    let pick = |v: &Vec<Vec<u8>>, id: u32| v.get(id as usize).cloned().unwrap_or_default();
    Dict {
        terms: d.sorted.iter().map(|&id| Box::from(d.term(id))).collect(),
        postings: d.sorted.iter().map(|&id| pick(&d.postings, id)).collect(),
        positions: d.sorted.iter().map(|&id| pick(&d.positions, id)).collect(),
        df: d.sorted.iter().map(|&id| d.df(id)).collect(),
        sorted: (0..d.sorted.len() as u32).collect(),
        skips: d.sorted.iter().map(|&id| d.skips(id).to_vec()).collect(),
        last_doc: Vec::new(),
    }
}

/// The id of a main index: its documents, terms, frequencies and shard bounds.
fn index_id(index: &SearchIndex, bounds: &[u32]) -> u64 {
    let mut bytes: Vec<u8> = Vec::new();
    bytes.extend_from_slice(&(index.len() as u64).to_le_bytes());
    for (t, df) in index.words.terms.iter().zip(&index.words.df) {
        bytes.extend_from_slice(t.as_bytes());
        bytes.push(0xFF);
        bytes.extend_from_slice(&df.to_le_bytes());
    }
    for b in bounds {
        bytes.extend_from_slice(&b.to_le_bytes());
    }
    for lens in &index.lens {
        for l in lens {
            bytes.extend_from_slice(&l.to_le_bytes());
        }
    }
    crate::hash::fnv1a64(&bytes)
}

fn read_u16(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn read_u32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

fn read_u64(b: &[u8], at: usize) -> u64 {
    let mut x = [0u8; 8];
    x.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(x)
}

impl SearchIndex {
    /// Splits the `words` postings into shards of about `shard_bytes` bytes
    /// (entries plus positions) each, by contiguous ranges of sorted term ids.
    /// Returns the main index (every term, its frequency, the field lengths
    /// and the `exact` dictionary, without the `words` postings) and the shard
    /// files, numbered from 0. When the postings fit in `shard_bytes`, when
    /// `shard_bytes` is 0, or when the index is already split, the index is
    /// returned whole with no shards.
    pub fn split(&self, shard_bytes: usize) -> Result<(SearchIndex, Vec<Vec<u8>>), ShardError> {
        let total: usize = self
            .words
            .postings
            .iter()
            .chain(&self.words.positions)
            .map(Vec::len)
            .sum();
        if shard_bytes == 0 || total <= shard_bytes || self.shards.is_some() || self.words.terms.is_empty() {
            return Ok((self.clone(), Vec::new()));
        }
        // Never more shards than their numbers can name.
        let shard_bytes = shard_bytes.max(total.div_ceil(MAX_SHARDS));
        let words = sorted_dict(&self.words);
        let mut bounds: Vec<u32> = vec![0];
        let mut size = 0usize;
        for id in 0..words.terms.len() {
            if size >= shard_bytes {
                bounds.push(id as u32);
                size = 0;
            }
            size += words.postings.get(id).map_or(0, Vec::len) + words.positions.get(id).map_or(0, Vec::len);
        }
        bounds.push(words.terms.len() as u32);
        let mut main = self.clone();
        main.words = words;
        let id = index_id(&main, &bounds);
        let mut files = Vec::with_capacity(bounds.len() - 1);
        for (k, range) in bounds.windows(2).enumerate() {
            let (first, end) = (range[0], range[1]);
            let ids = first as usize..end as usize;
            let payload = WireShard {
                postings: main.words.postings[ids.clone()]
                    .iter()
                    .map(|p| Bytes(p.clone()))
                    .collect(),
                positions: main.words.positions[ids.clone()]
                    .iter()
                    .map(|p| Bytes(p.clone()))
                    .collect(),
                skips: main.words.skips[ids].to_vec(),
            };
            let payload = postcard::to_allocvec(&payload).map_err(|e| ShardError::Encode(e.to_string()))?;
            let len = u32::try_from(payload.len()).map_err(|_| ShardError::Encode("shard larger than 4 GiB".into()))?;
            let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
            out.extend_from_slice(SHARD_MAGIC);
            out.extend_from_slice(&SHARD_VERSION.to_le_bytes());
            out.extend_from_slice(&(k as u16).to_le_bytes());
            out.extend_from_slice(&id.to_le_bytes());
            out.extend_from_slice(&first.to_le_bytes());
            out.extend_from_slice(&end.to_le_bytes());
            out.extend_from_slice(&len.to_le_bytes());
            out.extend_from_slice(&crate::hash::fnv1a64(&payload).to_le_bytes());
            out.extend_from_slice(&payload);
            files.push(out);
        }
        for p in main.words.postings.iter_mut().chain(main.words.positions.iter_mut()) {
            *p = Vec::new();
        }
        for s in &mut main.words.skips {
            *s = Vec::new();
        }
        main.shards = Some(Shards {
            id,
            loaded: vec![false; bounds.len() - 1],
            bounds,
            deferred: Vec::new(),
        });
        Ok((main, files))
    }

    /// How many shards the index is split into (0 for a whole index).
    pub fn shard_count(&self) -> usize {
        self.shards.as_ref().map_or(0, |s| s.loaded.len())
    }

    /// The shards not loaded yet, ascending (empty for a whole index).
    pub fn missing_shards(&self) -> Vec<u16> {
        self.shards.as_ref().map_or_else(Vec::new, |s| {
            s.loaded
                .iter()
                .enumerate()
                .filter(|(_, l)| !**l)
                .map(|(k, _)| k as u16)
                .collect()
        })
    }

    /// Loads shard `n` from the bytes of its file, after checking that it is
    /// shard `n` of this very index and undamaged. Loading a shard already
    /// loaded changes nothing. On error the index is unchanged.
    pub fn add_shard(&mut self, n: usize, bytes: &[u8]) -> Result<(), ShardError> {
        let shards = self.shards.as_ref().ok_or(ShardError::NotSplit)?;
        let (first, end) = match shards.bounds.get(n..n + 2) {
            Some(&[a, b]) => (a, b),
            _ => return Err(ShardError::NoSuchShard(n)),
        };
        if bytes.len() >= 4 && &bytes[..4] != SHARD_MAGIC {
            return Err(ShardError::NotAShard);
        }
        if bytes.len() < HEADER_LEN {
            return Err(ShardError::Truncated {
                expected: HEADER_LEN,
                found: bytes.len(),
            });
        }
        let version = read_u16(bytes, 4);
        if version != SHARD_VERSION {
            return Err(ShardError::Version(version));
        }
        let number = read_u16(bytes, 6);
        if usize::from(number) != n {
            return Err(ShardError::Number {
                expected: n,
                found: number,
            });
        }
        if read_u64(bytes, 8) != shards.id || read_u32(bytes, 16) != first || read_u32(bytes, 20) != end {
            return Err(ShardError::OtherIndex);
        }
        let len = read_u32(bytes, 24) as usize;
        let payload = &bytes[HEADER_LEN..];
        if payload.len() != len {
            return Err(ShardError::Truncated {
                expected: HEADER_LEN.saturating_add(len),
                found: bytes.len(),
            });
        }
        if crate::hash::fnv1a64(payload) != read_u64(bytes, 28) {
            return Err(ShardError::Checksum);
        }
        if shards.loaded.get(n).copied().unwrap_or(false) {
            return Ok(());
        }
        let wire: WireShard = postcard::from_bytes(payload).map_err(|e| ShardError::Decode(e.to_string()))?;
        let count = (end - first) as usize;
        if wire.postings.len() != count || wire.positions.len() != count || wire.skips.len() != count {
            return Err(ShardError::Decode("its lists do not match its terms".into()));
        }
        self.install(n, first, wire);
        Ok(())
    }

    /// Puts a checked shard's lists in place, then appends the entries of
    /// documents added meanwhile.
    fn install(&mut self, n: usize, first: u32, wire: WireShard) {
        let Some(shards) = self.shards.as_mut() else { return };
        if let Some(l) = shards.loaded.get_mut(n) {
            *l = true;
        }
        let mut mine = Vec::new();
        let mut rest = Vec::new();
        for d in std::mem::take(&mut shards.deferred) {
            if shards.is_missing(d.term) {
                rest.push(d);
            } else {
                mine.push(d);
            }
        }
        shards.deferred = rest;
        let lists = wire.postings.into_iter().zip(wire.positions).zip(wire.skips);
        for (i, ((postings, positions), skips)) in lists.enumerate() {
            let t = first as usize + i;
            if let (Some(p), Some(q), Some(s)) = (
                self.words.postings.get_mut(t),
                self.words.positions.get_mut(t),
                self.words.skips.get_mut(t),
            ) {
                *p = postings.0;
                *q = positions.0;
                *s = skips;
            }
        }
        if mine.is_empty() {
            // `last_doc` (when built) is stale for these terms; rebuild it on the next add.
            if self.words.last_doc.len() == self.words.terms.len() {
                let end = self
                    .shards
                    .as_ref()
                    .and_then(|s| s.bounds.get(n + 1).copied())
                    .unwrap_or(first);
                for t in first..end {
                    let last = self.words.scan_last_doc(t);
                    if let Some(l) = self.words.last_doc.get_mut(t as usize) {
                        *l = last;
                    }
                }
            }
            return;
        }
        // The frequencies counted the deferred entries already; `push` counts them again.
        for d in &mine {
            if let Some(df) = self.words.df.get_mut(d.term as usize) {
                *df = df.saturating_sub(1);
            }
        }
        self.words.last_doc.clear();
        self.words.ensure_last_doc();
        for d in mine {
            self.words.push(d.term, d.doc, d.tf, Some(&d.positions));
        }
    }
}
