//! The inverted index: term dictionaries, delta-encoded postings with positions kept apart, field lengths, the stored texts for snippets, and the compact serde form.
//!
//! Two dictionaries share one layout: `words` holds folded terms with their
//! positions (for phrases), `exact` holds the exact lower-case form of words
//! written with diacritics (for the exact-match boost), without positions.
//!
//! A term has two byte vectors, every number in them a LEB128 varint:
//! - its **entries**, one per document in increasing document order:
//!   `gap = doc - previous doc - 1 (the first: doc), head = tf_body << 2 |
//!   has_title << 1 | has_names, [tf_title], [tf_names]`;
//! - its **positions**, entry after entry, each entry's `tf_title + tf_names +
//!   tf_body` position deltas (no length: the entry's counts give it).
//!
//! Keeping positions apart makes the entries, which every query reads, about
//! a third of the bytes; positions are read only for phrases and for the few
//! leading documents re-scored for words side by side, and the cursor skips
//! the positions of the entries it passes without decoding them. Positions
//! count title words first, then names, then body, with a gap of one between
//! fields and between names, so a phrase never spans two of them.
//!
//! Every [`SKIP_EVERY`] entries a skip point `(previous doc, entries offset,
//! positions offset)` is recorded, so intersecting with a few candidates jumps
//! over whole blocks.
//!
//! Term ids are insertion order while building; the serde form writes the
//! dictionary sorted and front-coded, so a loaded index has ids in sorted order.

use super::{term_forms, Bm25Params, Field, IndexDoc};
use crate::lang::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Entries between two skip points of a posting list. Intersections mostly
/// seek a few entries ahead in a dense list (`to`, `of`, `công`), so short
/// blocks pay: 16 against 64 took the 10,000-article median query from 79 to
/// 60 µs (native) for 5% more index bytes; 8 gave 55 µs for 12% more.
pub(crate) const SKIP_EVERY: u32 = 16;

/// Appends `v` as an unsigned LEB128 varint.
pub(crate) fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads one varint at `*at`, advancing it; `None` when the bytes end or the number is too long.
#[inline]
pub(crate) fn get_varint(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let mut v: u32 = 0;
    let mut shift = 0u32;
    loop {
        let b = *bytes.get(*at)?;
        *at += 1;
        v |= u32::from(b & 0x7F).checked_shl(shift)?;
        if b & 0x80 == 0 {
            return Some(v);
        }
        shift += 7;
        if shift > 28 {
            return None;
        }
    }
}

/// The offset just past `n` varints that start at `at` (or the end of
/// `bytes`, if they hold fewer): varint ends (bytes below 0x80) are counted
/// eight bytes at a time while at least that many are still to pass, then
/// byte by byte. Dense lists pass hundreds of positions per seek.
pub(crate) fn skip_varints(bytes: &[u8], mut at: usize, mut n: u32) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while n >= 8 {
        let Some(chunk) = bytes
            .get(at..at.saturating_add(8))
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
        else {
            break;
        };
        n -= (!u64::from_le_bytes(chunk) & HIGH).count_ones();
        at += 8;
    }
    while n > 0 {
        let Some(&b) = bytes.get(at) else { break };
        at += 1;
        if b < 0x80 {
            n -= 1;
        }
    }
    at
}

/// Reads one varint, with the common one-byte case inlined.
#[inline(always)]
fn read_varint(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let b = *bytes.get(*at)?;
    if b < 0x80 {
        *at += 1;
        return Some(u32::from(b));
    }
    get_varint(bytes, at)
}

/// A skip point: the block of entries that starts after document `doc` begins
/// at byte `at` of the entries and byte `pos` of the positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Skip {
    /// The last document before the block.
    pub doc: u32,
    /// Byte offset of the block in the entries.
    pub at: u32,
    /// Byte offset of the block's first positions.
    pub pos: u32,
}

/// A posting list read forwards: [`next`](Cursor::next) steps one entry,
/// [`seek`](Cursor::seek) returns the first entry at or after a document using
/// the skip points to pass whole blocks, and [`positions`](Cursor::positions)
/// decodes the current entry's positions on demand. Stops (rather than
/// panicking) at malformed bytes.
pub(crate) struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The current entry's document (valid when `live`).
    doc: u32,
    /// The document the next gap counts from, plus one (0 before the first entry).
    base: u32,
    /// The current entry's counts per field (title, names, body).
    tf: [u32; 3],
    /// True when positioned on an entry; false before the first and after the last.
    live: bool,
    /// True once the end is reached (or the bytes are malformed).
    done: bool,
    positions: &'a [u8],
    /// Byte offset in `positions` of the first position not yet passed.
    pos_at: usize,
    /// Positions (varints) between `pos_at` and the current entry's first.
    pos_skip: u32,
    /// True once the current entry's positions were read.
    pos_read: bool,
    /// Byte offset of the current entry's positions (valid when `pos_read`).
    pos_cur: usize,
    skips: &'a [Skip],
    /// The next skip point not yet passed.
    next_skip: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor before the first entry of a list.
    pub(crate) fn new(bytes: &'a [u8], positions: &'a [u8], skips: &'a [Skip]) -> Cursor<'a> {
        Cursor {
            bytes,
            at: 0,
            doc: 0,
            base: 0,
            tf: [0; 3],
            live: false,
            done: false,
            positions,
            pos_at: 0,
            pos_skip: 0,
            pos_read: false,
            pos_cur: 0,
            skips,
            next_skip: 0,
        }
    }

    /// The current entry's document (meaningful after `next` or `seek` returned it).
    #[inline(always)]
    pub(crate) fn doc(&self) -> u32 {
        self.doc
    }

    /// The current entry's counts per field (title, names, body).
    #[inline(always)]
    pub(crate) fn tf(&self) -> [u32; 3] {
        self.tf
    }

    /// Steps to the next entry and returns its document; `None` at the end.
    #[inline(always)]
    pub(crate) fn next(&mut self) -> Option<u32> {
        if self.live && !self.pos_read {
            self.pos_skip = self
                .pos_skip
                .wrapping_add(self.tf[0])
                .wrapping_add(self.tf[1])
                .wrapping_add(self.tf[2]);
        }
        match self.read_entry() {
            Some(doc) => Some(doc),
            None => {
                self.live = false;
                self.done = true;
                None
            }
        }
    }

    #[inline(always)]
    fn read_entry(&mut self) -> Option<u32> {
        if self.done {
            return None;
        }
        let gap = read_varint(self.bytes, &mut self.at)?;
        let doc = self.base.checked_add(gap)?;
        let head = read_varint(self.bytes, &mut self.at)?;
        self.tf[0] = if head & 2 != 0 {
            read_varint(self.bytes, &mut self.at)?
        } else {
            0
        };
        self.tf[1] = if head & 1 != 0 {
            read_varint(self.bytes, &mut self.at)?
        } else {
            0
        };
        self.tf[2] = head >> 2;
        self.doc = doc;
        self.base = doc.checked_add(1)?;
        self.live = true;
        self.pos_read = false;
        Some(doc)
    }

    /// The first entry whose document is `>= target`; `None` at the end.
    /// Targets must not decrease between calls.
    #[inline]
    pub(crate) fn seek(&mut self, target: u32) -> Option<u32> {
        if self.live && self.doc >= target {
            return Some(self.doc);
        }
        if self.done {
            return None;
        }
        // Jump to the last skip point that starts before the target.
        let mut jump = None;
        while let Some(&s) = self.skips.get(self.next_skip) {
            if s.doc >= target {
                break;
            }
            jump = Some(s);
            self.next_skip += 1;
        }
        if let Some(s) = jump {
            // Also at the block's very start: the positions offset is reset there.
            if (s.at as usize) >= self.at {
                self.at = s.at as usize;
                self.base = s.doc.saturating_add(1);
                self.pos_at = s.pos as usize;
                self.pos_skip = 0;
                self.live = false;
            }
        }
        loop {
            let doc = self.next()?;
            if doc >= target {
                return Some(doc);
            }
        }
    }

    /// Calls `f` with each position of the current entry, in increasing order.
    #[inline]
    pub(crate) fn positions(&mut self, f: impl FnMut(u32)) {
        if !self.live {
            return;
        }
        let loc = self.locator();
        let (first, end) = read_positions(self.positions, loc, f);
        self.pos_cur = first;
        // This entry's positions are passed: `next` must not count them again.
        self.pos_at = end;
        self.pos_skip = 0;
        self.pos_read = true;
    }

    /// Where the current entry's positions are.
    #[inline]
    fn locator(&self) -> PosLoc {
        let (at, skip) = if self.pos_read {
            (self.pos_cur, 0)
        } else {
            (self.pos_at, self.pos_skip)
        };
        PosLoc {
            at: at as u32,
            skip,
            n: self.tf[0].wrapping_add(self.tf[1]).wrapping_add(self.tf[2]),
        }
    }
}

/// Where one entry's positions are in its term's positions bytes: `n`
/// positions that start `skip` varints after byte `at`.
#[derive(Debug, Clone, Copy, Default)]
struct PosLoc {
    at: u32,
    skip: u32,
    n: u32,
}

/// Calls `f` with each position at `loc` in `bytes`, in increasing order;
/// returns the byte offsets of the first position and just past the last.
/// Stops early (no panic) at malformed bytes.
#[inline]
fn read_positions(bytes: &[u8], loc: PosLoc, mut f: impl FnMut(u32)) -> (usize, usize) {
    // Pass the positions of the entries stepped over.
    let mut at = skip_varints(bytes, loc.at as usize, loc.skip);
    let first = at;
    let mut p = 0u32;
    for _ in 0..loc.n {
        let Some(d) = read_varint(bytes, &mut at) else { break };
        p = p.saturating_add(d);
        f(p);
    }
    (first, at)
}

/// A fast non-cryptographic hasher for the build-time term map (FxHash's mix).
#[derive(Default)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(buf));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type TermMap = HashMap<Box<str>, u32, BuildHasherDefault<FxHasher>>;

/// A term dictionary with one posting list per term.
#[derive(Debug, Clone, Default)]
pub(crate) struct Dict {
    /// Terms by id.
    pub terms: Vec<Box<str>>,
    /// Entries (documents and counts) by id.
    pub postings: Vec<Vec<u8>>,
    /// Positions by id (empty in the `exact` dictionary).
    pub positions: Vec<Vec<u8>>,
    /// Document frequency by id.
    pub df: Vec<u32>,
    /// Term ids in sorted term order (covers every id).
    pub sorted: Vec<u32>,
    /// Skip points by id.
    pub skips: Vec<Vec<Skip>>,
    /// Last document appended per term, for delta encoding; rebuilt on demand after loading.
    pub(crate) last_doc: Vec<u32>,
}

/// Merges `new` (ids sorted by `cmp`) into `old` (ids sorted by `cmp`).
fn merge_ids(old: &[u32], new: &[u32], cmp: impl Fn(u32, u32) -> std::cmp::Ordering) -> Vec<u32> {
    let mut merged = Vec::with_capacity(old.len() + new.len());
    let (mut i, mut j) = (0, 0);
    while let (Some(&a), Some(&b)) = (old.get(i), new.get(j)) {
        if cmp(a, b) != std::cmp::Ordering::Greater {
            merged.push(a);
            i += 1;
        } else {
            merged.push(b);
            j += 1;
        }
    }
    merged.extend_from_slice(old.get(i..).unwrap_or(&[]));
    merged.extend_from_slice(new.get(j..).unwrap_or(&[]));
    merged
}

/// Byte order of `a` against `b` (as `str::cmp`), eight bytes at a time:
/// dictionary terms are short, and in wasm `str::cmp` is a call to a
/// byte-by-byte `memcmp`.
#[inline]
fn cmp_bytes(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let mut i = 0;
    while let (Some(x), Some(y)) = (a.get(i..i + 8), b.get(i..i + 8)) {
        let (Ok(x), Ok(y)) = (<[u8; 8]>::try_from(x), <[u8; 8]>::try_from(y)) else {
            break;
        };
        if x != y {
            return u64::from_be_bytes(x).cmp(&u64::from_be_bytes(y));
        }
        i += 8;
    }
    let (a, b) = (a.get(i..).unwrap_or(&[]), b.get(i..).unwrap_or(&[]));
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

impl Dict {
    /// The id of `term`, by binary search.
    pub(crate) fn find(&self, term: &str) -> Option<u32> {
        let term = term.as_bytes();
        self.sorted
            .binary_search_by(|&id| cmp_bytes(self.term(id).as_bytes(), term))
            .ok()
            .and_then(|i| self.sorted.get(i).copied())
    }

    /// The term of an id ("" for an unknown id).
    pub(crate) fn term(&self, id: u32) -> &str {
        self.terms.get(id as usize).map_or("", |t| t)
    }

    /// The entries of an id (empty for an unknown id).
    pub(crate) fn postings(&self, id: u32) -> &[u8] {
        self.postings.get(id as usize).map_or(&[], |p| p)
    }

    /// The skip points of an id (empty for an unknown id).
    pub(crate) fn skips(&self, id: u32) -> &[Skip] {
        self.skips.get(id as usize).map_or(&[], |s| s)
    }

    /// A cursor over an id's postings.
    pub(crate) fn cursor(&self, id: u32) -> Cursor<'_> {
        let positions = self.positions.get(id as usize).map_or(&[][..], |p| p);
        Cursor::new(self.postings(id), positions, self.skips(id))
    }

    /// The document frequency of an id (0 for an unknown id).
    pub(crate) fn df(&self, id: u32) -> u32 {
        self.df.get(id as usize).copied().unwrap_or(0)
    }

    /// The ids of every term starting with `prefix`, as a range of `sorted`.
    pub(crate) fn prefix_range(&self, prefix: &str) -> &[u32] {
        let p = prefix.as_bytes();
        let cmp = |id: &u32| {
            let t = self.term(*id).as_bytes();
            if t.starts_with(p) {
                std::cmp::Ordering::Equal
            } else {
                cmp_bytes(t, p)
            }
        };
        let lo = self.sorted.partition_point(|id| cmp(id) == std::cmp::Ordering::Less);
        let hi = self.sorted.partition_point(|id| cmp(id) != std::cmp::Ordering::Greater);
        self.sorted.get(lo..hi).unwrap_or(&[])
    }

    /// Finds or adds `term`, caching it in `map` for the rest of the batch.
    fn intern(&mut self, term: &str, map: &mut TermMap) -> u32 {
        if let Some(&id) = map.get(term) {
            return id;
        }
        let id = match self.find(term) {
            Some(id) => id,
            None => {
                let id = self.terms.len() as u32;
                self.terms.push(term.into());
                self.postings.push(Vec::new());
                self.positions.push(Vec::new());
                self.skips.push(Vec::new());
                self.df.push(0);
                self.last_doc.push(0);
                id
            }
        };
        map.insert(term.into(), id);
        id
    }

    /// The last document of an id's posting list (0 for an empty list).
    pub(crate) fn scan_last_doc(&self, id: u32) -> u32 {
        let mut cursor = self.cursor(id);
        let mut last = 0;
        while let Some(doc) = cursor.next() {
            last = doc;
        }
        last
    }

    /// Rebuilds `last_doc` after loading (one pass over every posting list).
    pub(crate) fn ensure_last_doc(&mut self) {
        if self.last_doc.len() == self.terms.len() {
            return;
        }
        self.last_doc = (0..self.terms.len() as u32).map(|id| self.scan_last_doc(id)).collect();
    }

    /// Appends one document's entry to a term's list (`positions`: sorted,
    /// as many as the counts add up to; `None` for a dictionary without).
    pub(crate) fn push(&mut self, id: u32, doc: u32, tf: [u32; 3], positions: Option<&[u32]>) {
        let i = id as usize;
        let (Some(list), Some(pos), Some(df), Some(last), Some(skips)) = (
            self.postings.get_mut(i),
            self.positions.get_mut(i),
            self.df.get_mut(i),
            self.last_doc.get_mut(i),
            self.skips.get_mut(i),
        ) else {
            return;
        };
        if *df > 0 && *df % SKIP_EVERY == 0 {
            skips.push(Skip {
                doc: *last,
                at: list.len() as u32,
                pos: pos.len() as u32,
            });
        }
        let gap = if *df == 0 {
            doc
        } else {
            doc.saturating_sub(*last).saturating_sub(1)
        };
        put_varint(list, gap);
        put_varint(
            list,
            (tf[2].min(u32::MAX >> 2) << 2) | (u32::from(tf[0] > 0) << 1) | u32::from(tf[1] > 0),
        );
        if tf[0] > 0 {
            put_varint(list, tf[0]);
        }
        if tf[1] > 0 {
            put_varint(list, tf[1]);
        }
        if let Some(positions) = positions {
            let mut prev = 0;
            for &p in positions {
                put_varint(pos, p.saturating_sub(prev));
                prev = p;
            }
        }
        *df += 1;
        *last = doc;
    }

    /// Merges the ids added since the last call into `sorted`.
    fn fix_sorted(&mut self) {
        let old = self.sorted.len();
        if old == self.terms.len() {
            return;
        }
        let mut new: Vec<u32> = (old as u32..self.terms.len() as u32).collect();
        new.sort_unstable_by(|&a, &b| self.term(a).cmp(self.term(b)));
        self.sorted = merge_ids(&self.sorted, &new, |a, b| self.term(a).cmp(self.term(b)));
    }

    fn heap_bytes(&self) -> usize {
        self.terms.iter().map(|t| t.len() + 16).sum::<usize>()
            + self.postings.iter().map(|p| p.capacity() + 24).sum::<usize>()
            + self.positions.iter().map(|p| p.capacity() + 24).sum::<usize>()
            + self.skips.iter().map(|s| s.capacity() * 12 + 24).sum::<usize>()
            + (self.df.capacity() + self.sorted.capacity() + self.last_doc.capacity()) * 4
    }
}

/// Sizes of an index, for the benchmark and the about page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IndexStats {
    /// Documents indexed.
    pub docs: usize,
    /// Distinct folded terms.
    pub terms: usize,
    /// Distinct exact (diacritic) forms.
    pub exact_terms: usize,
    /// Bytes of posting lists (both dictionaries).
    pub postings_bytes: usize,
    /// Bytes of the stored titles and bodies (kept for snippets).
    pub text_bytes: usize,
    /// Approximate heap bytes of the whole index in memory.
    pub heap_bytes: usize,
}

/// A search index over [`IndexDoc`]s. Documents are numbered `0, 1, 2, …` in
/// the order they are added; that number is [`Hit::doc`](super::Hit::doc).
///
/// Serialises (serde) to a compact form: the dictionaries sorted and
/// front-coded, postings delta-encoded varints, and the stored texts.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    pub(crate) params: Bm25Params,
    /// Folded terms, with positions.
    pub(crate) words: Dict,
    /// Exact lower-case forms of words with diacritics, without positions.
    pub(crate) exact: Dict,
    /// Words per field (title, names, body), by document.
    pub(crate) lens: Vec<[u32; 3]>,
    /// Sum of `lens` per field.
    pub(crate) totals: [u64; 3],
    /// Language by document.
    pub(crate) langs: Vec<Lang>,
    /// Per document and field, `weight / (1 - b + b * len / average len)`:
    /// BM25F's length normalisation, precomputed (derived, not serialised).
    pub(crate) norms: Vec<[f32; 3]>,
    /// Title and body by document, for snippets.
    pub(crate) texts: Vec<(String, String)>,
    /// For an index made by [`split`](Self::split): which term ranges of
    /// `words` have their postings in shards, and which shards are loaded.
    pub(crate) shards: Option<super::shard::Shards>,
    /// The one-typo lookup table over `words`' terms, built on first use
    /// ([`typo_table`](Self::typo_table)) and dropped when terms are added.
    pub(crate) typo: OnceLock<super::typo::TypoTable>,
}

/// Per-batch scratch space, reused across documents.
#[derive(Default)]
struct Scratch {
    words: Vec<(u32, u32, u8)>,
    exact: Vec<(u32, u8)>,
    positions: Vec<u32>,
    folded: String,
    word_map: TermMap,
    exact_map: TermMap,
}

impl SearchIndex {
    /// An empty index with the default [`Bm25Params`].
    pub fn new() -> SearchIndex {
        SearchIndex::default()
    }

    /// Builds an index from documents, numbered in iteration order.
    pub fn build<'a>(docs: impl IntoIterator<Item = &'a IndexDoc>) -> SearchIndex {
        let mut index = SearchIndex::new();
        index.extend(docs);
        index
    }

    /// Adds one document (e.g. an article imported in the browser) and returns its number.
    pub fn add(&mut self, doc: &IndexDoc) -> u32 {
        let id = self.lens.len() as u32;
        self.extend(std::iter::once(doc));
        id
    }

    /// Adds documents in order; faster than repeated [`add`](Self::add) for many.
    pub fn extend<'a>(&mut self, docs: impl IntoIterator<Item = &'a IndexDoc>) {
        self.words.ensure_last_doc();
        self.exact.ensure_last_doc();
        let mut scratch = Scratch::default();
        for doc in docs {
            if self.lens.len() >= u32::MAX as usize {
                break;
            }
            self.index_doc(doc, &mut scratch);
        }
        self.words.fix_sorted();
        self.exact.fix_sorted();
        self.refresh_norms();
        self.typo = OnceLock::new();
    }

    /// The one-typo lookup table over the current terms (built now if needed).
    pub(crate) fn typo_table(&self) -> &super::typo::TypoTable {
        self.typo
            .get_or_init(|| super::typo::TypoTable::build(&self.words.terms))
    }

    /// Builds the lookup tables queries would otherwise build on first use
    /// (the one-typo table), so that no later query pays for them.
    pub fn prepare(&self) {
        self.typo_table();
    }

    /// Recomputes [`norms`](Self::norms) after documents or parameters change.
    fn refresh_norms(&mut self) {
        let n = self.lens.len().max(1) as f64;
        let avg = self.totals.map(|t| {
            let a = (t as f64 / n) as f32;
            if a > 0.0 {
                a
            } else {
                1.0
            }
        });
        let p = &self.params;
        let w = [p.title_weight, p.names_weight, p.body_weight];
        let b = [p.title_b, p.names_b, p.body_b];
        self.norms = self
            .lens
            .iter()
            .map(|lens| {
                let mut out = [0.0f32; 3];
                for f in 0..3 {
                    let norm = 1.0 - b[f] + b[f] * lens[f] as f32 / avg[f];
                    out[f] = w[f] / norm.max(0.01);
                }
                out
            })
            .collect();
    }

    fn index_doc(&mut self, doc: &IndexDoc, s: &mut Scratch) {
        let id = self.lens.len() as u32;
        s.words.clear();
        s.exact.clear();
        let mut pos = 0u32;
        let mut lens = [0u32; 3];
        let fields = std::iter::once((Field::Title, doc.title.as_str()))
            .chain(doc.names.iter().map(|n| (Field::Names, n.as_str())))
            .chain(std::iter::once((Field::Body, doc.body.as_str())));
        for (field, text) in fields {
            let f = field as u8;
            super::text::for_each_token(text, |a, b| {
                let exact = term_forms(&text[a..b], &mut s.folded);
                if s.folded.is_empty() {
                    return;
                }
                let t = self.words.intern(&s.folded, &mut s.word_map);
                s.words.push((t, pos, f));
                if let Some(e) = exact {
                    let e = self.exact.intern(&e, &mut s.exact_map);
                    s.exact.push((e, f));
                }
                pos = pos.saturating_add(1);
                lens[usize::from(f)] = lens[usize::from(f)].saturating_add(1);
            });
            pos = pos.saturating_add(1);
        }
        // Positions were pushed in increasing order, so a stable sort by term keeps them sorted.
        s.words.sort_by_key(|&(t, _, _)| t);
        let mut i = 0;
        while i < s.words.len() {
            let t = s.words[i].0;
            let mut tf = [0u32; 3];
            s.positions.clear();
            while i < s.words.len() && s.words[i].0 == t {
                let (_, p, f) = s.words[i];
                tf[usize::from(f)] += 1;
                s.positions.push(p);
                i += 1;
            }
            match self.shards.as_mut().filter(|sh| sh.is_missing(t)) {
                // Postings of a shard not loaded yet: kept aside (the term's
                // frequency counts it now) and appended when the shard arrives.
                Some(sh) => {
                    sh.defer(t, id, tf, &s.positions);
                    if let Some(df) = self.words.df.get_mut(t as usize) {
                        *df += 1;
                    }
                }
                None => self.words.push(t, id, tf, Some(&s.positions)),
            }
        }
        s.exact.sort_by_key(|&(t, _)| t);
        let mut i = 0;
        while i < s.exact.len() {
            let t = s.exact[i].0;
            let mut tf = [0u32; 3];
            while i < s.exact.len() && s.exact[i].0 == t {
                tf[usize::from(s.exact[i].1)] += 1;
                i += 1;
            }
            self.exact.push(t, id, tf, None);
        }
        for (total, len) in self.totals.iter_mut().zip(lens) {
            *total += u64::from(len);
        }
        self.lens.push(lens);
        self.langs.push(doc.lang);
        self.texts.push((doc.title.clone(), doc.body.clone()));
    }

    /// The number of documents.
    pub fn len(&self) -> usize {
        self.lens.len()
    }

    /// True when no document has been added.
    pub fn is_empty(&self) -> bool {
        self.lens.is_empty()
    }

    /// Frees the stored titles and bodies (they are kept only for snippets).
    /// Use it when the app already holds the articles: the serialised index
    /// then shrinks by about the size of the text, and
    /// [`search_with_bodies`](Self::search_with_bodies) takes the bodies from
    /// the app. Documents added later keep their texts.
    pub fn drop_texts(&mut self) {
        for (title, body) in &mut self.texts {
            *title = String::new();
            *body = String::new();
        }
    }

    /// The stored title and body of a document (empty after [`drop_texts`](Self::drop_texts)).
    pub fn text(&self, doc: u32) -> Option<(&str, &str)> {
        self.texts.get(doc as usize).map(|(t, b)| (t.as_str(), b.as_str()))
    }

    /// The language of a document, if it exists.
    pub fn lang(&self, doc: u32) -> Option<Lang> {
        self.langs.get(doc as usize).copied()
    }

    /// The ranking parameters in use.
    pub fn params(&self) -> Bm25Params {
        self.params
    }

    /// Replaces the ranking parameters, after checking their ranges.
    pub fn set_params(&mut self, params: Bm25Params) -> Result<(), super::ParamsError> {
        params.validate()?;
        self.params = params;
        self.refresh_norms();
        Ok(())
    }

    /// Sizes of the index.
    pub fn stats(&self) -> IndexStats {
        let text_bytes = self.texts.iter().map(|(t, b)| t.len() + b.len()).sum();
        IndexStats {
            docs: self.len(),
            terms: self.words.terms.len(),
            exact_terms: self.exact.terms.len(),
            postings_bytes: self
                .words
                .postings
                .iter()
                .chain(&self.exact.postings)
                .map(Vec::len)
                .sum(),
            text_bytes,
            heap_bytes: self.words.heap_bytes()
                + self.exact.heap_bytes()
                + self.typo.get().map_or(0, super::typo::TypoTable::heap_bytes)
                + self.lens.capacity() * 12
                + self.norms.capacity() * 12
                + self.langs.capacity()
                + self
                    .texts
                    .iter()
                    .map(|(t, b)| t.capacity() + b.capacity() + 48)
                    .sum::<usize>(),
        }
    }
}

/// Why bytes could not be loaded as a search index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexDecodeError {
    /// A dictionary's parts disagree in length (terms, frequencies, postings).
    Lengths(&'static str),
    /// A dictionary is not in strictly increasing order or not UTF-8.
    Dictionary(&'static str),
    /// The ranking parameters are out of range.
    Params(String),
    /// The shard table does not fit the dictionary.
    Shards,
}

impl fmt::Display for IndexDecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IndexDecodeError::Lengths(what) => {
                write!(
                    f,
                    "the search index is damaged ({what} have different lengths); rebuild the corpus"
                )
            }
            IndexDecodeError::Dictionary(what) => {
                write!(
                    f,
                    "the search index is damaged (the {what} dictionary is unreadable); rebuild the corpus"
                )
            }
            IndexDecodeError::Params(e) => write!(f, "the search index has bad settings: {e}"),
            IndexDecodeError::Shards => f.write_str(
                "the search index is damaged (its shard table does not fit its dictionary); rebuild the corpus",
            ),
        }
    }
}

impl std::error::Error for IndexDecodeError {}

/// Bytes that serialise as one byte string (postcard: length, then the bytes),
/// which decodes far faster than a sequence of `u8`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Bytes(pub(crate) Vec<u8>);

impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Bytes, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Bytes;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Bytes, E> {
                Ok(Bytes(v.to_vec()))
            }
            fn visit_byte_buf<E: serde::de::Error>(self, v: Vec<u8>) -> Result<Bytes, E> {
                Ok(Bytes(v))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Bytes, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 20));
                while let Some(b) = seq.next_element::<u8>()? {
                    out.push(b);
                }
                Ok(Bytes(out))
            }
        }
        deserializer.deserialize_byte_buf(Visit)
    }
}

/// A dictionary on the wire: terms sorted and front-coded.
#[derive(Serialize, Deserialize)]
struct WireDict {
    /// For each term: shared prefix length with the previous term, suffix length, suffix bytes (varints).
    terms: Bytes,
    df: Vec<u32>,
    /// Entries per term.
    postings: Vec<Bytes>,
    /// Positions per term; empty (no list at all) for a dictionary without positions.
    positions: Vec<Bytes>,
    /// Skip points per term.
    skips: Vec<Vec<Skip>>,
}

/// One document on the wire.
#[derive(Serialize, Deserialize)]
struct WireDoc {
    lens: [u32; 3],
    lang: Lang,
    title: String,
    body: String,
}

/// The serde form of [`SearchIndex`].
#[derive(Serialize, Deserialize)]
struct Wire {
    params: Bm25Params,
    words: WireDict,
    exact: WireDict,
    docs: Vec<WireDoc>,
    /// The shard table of a split index (its `words` postings are then absent).
    shards: Option<super::shard::WireShards>,
}

impl WireDict {
    /// The wire form; with `absent`, without postings, positions and skips (a split index's `words`).
    fn from_dict(d: &Dict, absent: bool) -> WireDict {
        let mut terms = Vec::new();
        let mut prev: &[u8] = &[];
        for &id in &d.sorted {
            let t = d.term(id).as_bytes();
            let shared = prev.iter().zip(t).take_while(|(a, b)| a == b).count();
            put_varint(&mut terms, shared as u32);
            put_varint(&mut terms, (t.len() - shared) as u32);
            terms.extend_from_slice(&t[shared..]);
            prev = t;
        }
        WireDict {
            terms: Bytes(terms),
            df: d.sorted.iter().map(|&id| d.df(id)).collect(),
            postings: if absent {
                Vec::new()
            } else {
                d.sorted.iter().map(|&id| Bytes(d.postings(id).to_vec())).collect()
            },
            positions: if absent || d.positions.iter().all(Vec::is_empty) {
                Vec::new()
            } else {
                d.sorted
                    .iter()
                    .map(|&id| Bytes(d.positions.get(id as usize).cloned().unwrap_or_default()))
                    .collect()
            },
            skips: if absent {
                Vec::new()
            } else {
                d.sorted.iter().map(|&id| d.skips(id).to_vec()).collect()
            },
        }
    }

    /// The dictionary; with `absent`, postings, positions and skips may be
    /// missing altogether (a split index's `words`: they come in shards).
    fn into_dict(self, name: &'static str, absent: bool) -> Result<Dict, IndexDecodeError> {
        let bad = IndexDecodeError::Dictionary(name);
        let bytes = &self.terms.0;
        let mut terms: Vec<Box<str>> = Vec::with_capacity(self.df.len());
        let mut at = 0;
        let mut prev: Vec<u8> = Vec::new();
        while at < bytes.len() {
            let shared = get_varint(bytes, &mut at).ok_or(bad.clone())? as usize;
            let len = get_varint(bytes, &mut at).ok_or(bad.clone())? as usize;
            let end = at.checked_add(len).ok_or(bad.clone())?;
            let suffix = bytes.get(at..end).ok_or(bad.clone())?;
            at = end;
            let mut t = prev.get(..shared).ok_or(bad.clone())?.to_vec();
            t.extend_from_slice(suffix);
            if !terms.is_empty() && t <= prev {
                return Err(bad);
            }
            let s = std::str::from_utf8(&t).map_err(|_| bad.clone())?;
            terms.push(s.into());
            prev = t;
        }
        let n = terms.len();
        let (postings, skips) =
            if absent && self.postings.is_empty() && self.skips.is_empty() && self.positions.is_empty() {
                (vec![Vec::new(); n], vec![Vec::new(); n])
            } else {
                (self.postings.into_iter().map(|b| b.0).collect(), self.skips)
            };
        if n != self.df.len()
            || n != postings.len()
            || n != skips.len()
            || !(self.positions.is_empty() || self.positions.len() == n)
        {
            return Err(IndexDecodeError::Lengths(name));
        }
        let positions = if self.positions.is_empty() {
            vec![Vec::new(); n]
        } else {
            self.positions.into_iter().map(|b| b.0).collect()
        };
        Ok(Dict {
            terms,
            postings,
            positions,
            skips,
            df: self.df,
            sorted: (0..n as u32).collect(),
            last_doc: Vec::new(),
        })
    }
}

impl Serialize for SearchIndex {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let docs: Vec<WireDocRef<'_>> = self
            .lens
            .iter()
            .enumerate()
            .map(|(i, lens)| {
                let (title, body) = self.texts.get(i).map_or(("", ""), |(t, b)| (t.as_str(), b.as_str()));
                WireDocRef {
                    lens: *lens,
                    lang: self.langs.get(i).copied().unwrap_or(Lang::En),
                    title,
                    body,
                }
            })
            .collect();
        let mut s = serializer.serialize_struct("Wire", 5)?;
        s.serialize_field("params", &self.params)?;
        s.serialize_field("words", &WireDict::from_dict(&self.words, self.shards.is_some()))?;
        s.serialize_field("exact", &WireDict::from_dict(&self.exact, false))?;
        s.serialize_field("docs", &docs)?;
        s.serialize_field("shards", &self.shards.as_ref().map(super::shard::Shards::to_wire))?;
        s.end()
    }
}

/// [`WireDoc`] borrowing its texts, so serialising does not copy them.
#[derive(Serialize)]
struct WireDocRef<'a> {
    lens: [u32; 3],
    lang: Lang,
    title: &'a str,
    body: &'a str,
}

impl<'de> Deserialize<'de> for SearchIndex {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SearchIndex, D::Error> {
        let wire = Wire::deserialize(deserializer)?;
        SearchIndex::from_wire(wire).map_err(serde::de::Error::custom)
    }
}

impl SearchIndex {
    fn from_wire(wire: Wire) -> Result<SearchIndex, IndexDecodeError> {
        wire.params
            .validate()
            .map_err(|e| IndexDecodeError::Params(e.to_string()))?;
        let mut index = SearchIndex {
            params: wire.params,
            words: wire.words.into_dict("word", wire.shards.is_some())?,
            exact: wire.exact.into_dict("exact-form", false)?,
            ..SearchIndex::default()
        };
        if let Some(w) = wire.shards {
            let shards = super::shard::Shards::from_wire(w, index.words.terms.len())?;
            index.shards = Some(shards);
        }
        for d in wire.docs {
            for (total, len) in index.totals.iter_mut().zip(d.lens) {
                *total += u64::from(len);
            }
            index.lens.push(d.lens);
            index.langs.push(d.lang);
            index.texts.push((d.title, d.body));
        }
        index.refresh_norms();
        Ok(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip() {
        let values = [0u32, 1, 127, 128, 300, 16_383, 16_384, u32::MAX];
        let mut bytes = Vec::new();
        for v in values {
            put_varint(&mut bytes, v);
        }
        let mut at = 0;
        for v in values {
            assert_eq!(get_varint(&bytes, &mut at), Some(v));
        }
        assert_eq!(get_varint(&bytes, &mut at), None);
        assert_eq!(get_varint(&[0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], &mut 0), None);
    }

    fn doc(title: &str, body: &str) -> IndexDoc {
        IndexDoc {
            title: title.into(),
            body: body.into(),
            names: vec!["Tô Lâm".into()],
            lang: Lang::Vi,
        }
    }

    /// Every entry of a list: document, counts and positions.
    fn entries(dict: &Dict, id: u32) -> Vec<(u32, [u32; 3], Vec<u32>)> {
        let mut cursor = dict.cursor(id);
        let mut out = Vec::new();
        while let Some(doc) = cursor.next() {
            let mut pos = Vec::new();
            cursor.positions(|p| pos.push(p));
            out.push((doc, cursor.tf(), pos));
        }
        out
    }

    #[test]
    fn postings_record_fields_and_positions() {
        let index = SearchIndex::build(&[doc("Lâm lam", "x lam"), doc("y", "z")]);
        let lam = index.words.find("lam").unwrap();
        // title "Lâm lam" (0, 1), gap, names "Tô Lâm" (3, 4), gap, body "x lam" (6, 7).
        assert_eq!(
            entries(&index.words, lam),
            [(0, [2, 1, 1], vec![0, 1, 4, 7]), (1, [0, 1, 0], vec![3])]
        );
        let exact = index.exact.find("lâm").unwrap();
        assert_eq!(
            entries(&index.exact, exact),
            [(0, [1, 1, 0], vec![]), (1, [0, 1, 0], vec![])]
        );
        assert_eq!(index.words.df(lam), 2);
    }

    #[test]
    fn cursors_seek_with_skips_like_a_scan() {
        // "common" is in every document, "rare" in every 7th: many skip points.
        let docs: Vec<IndexDoc> = (0..1000)
            .map(|i| doc(if i % 7 == 0 { "rare common" } else { "common" }, "body"))
            .collect();
        let index = SearchIndex::build(&docs);
        for term in ["common", "rare"] {
            let id = index.words.find(term).unwrap();
            assert!(!index.words.skips(id).is_empty(), "{term}");
            let all = entries(&index.words, id);
            for targets in [
                vec![0u32, 1, 2, 500, 501, 999],
                vec![13, 14, 700],
                vec![998, 999, 1000],
                vec![64, 128, 129],
            ] {
                let mut cursor = index.words.cursor(id);
                for t in targets {
                    let want = all.iter().find(|e| e.0 >= t);
                    assert_eq!(cursor.seek(t), want.map(|e| e.0), "{term} seek {t}");
                    if let Some(want) = want {
                        let mut pos = Vec::new();
                        cursor.positions(|p| pos.push(p));
                        assert_eq!(pos, want.2, "{term} positions at {t}");
                    }
                }
            }
        }
    }

    proptest::proptest! {
        /// The dictionary's byte comparison orders like `str::cmp`, including
        /// shared prefixes longer than eight bytes and one string a prefix of the other.
        #[test]
        fn cmp_bytes_agrees_with_str_cmp(a in "[a-dà-ả]{0,20}", b in "[a-dà-ả]{0,20}", shared in "[a-c]{0,12}") {
            let (a, b) = (format!("{shared}{a}"), format!("{shared}{b}"));
            proptest::prop_assert_eq!(cmp_bytes(a.as_bytes(), b.as_bytes()), a.cmp(&b));
            proptest::prop_assert_eq!(cmp_bytes(a.as_bytes(), a.as_bytes()), std::cmp::Ordering::Equal);
        }

        /// Passing varints eight bytes at a time lands where counting their
        /// ends byte by byte does, for any bytes (malformed, or too few).
        #[test]
        fn skip_varints_agrees_with_counting_bytes(
            bytes in proptest::collection::vec(proptest::prop_oneof![0u8..0x80, 0x80u8..=0xFF], 0..80),
            at in 0usize..90,
            n in 0u32..90,
        ) {
            let mut want = at;
            let mut left = n;
            while left > 0 && want < bytes.len() {
                if bytes[want] < 0x80 {
                    left -= 1;
                }
                want += 1;
            }
            proptest::prop_assert_eq!(skip_varints(&bytes, at, n), want.max(at));
        }

        /// Seeking, stepping and reading positions in any mix (positions
        /// skipped for the entries passed, blocks jumped) gives what a plain
        /// scan gives.
        #[test]
        fn cursor_moves_agree_with_a_scan(
            texts in proptest::collection::vec("(a|b|c|d)( (a|b|c|d)){0,6}", 1..300),
            moves in proptest::collection::vec((0u32..320, proptest::bool::ANY, proptest::bool::ANY), 0..60),
        ) {
            let docs: Vec<IndexDoc> = texts.iter().map(|t| doc(t, t)).collect();
            let index = SearchIndex::build(&docs);
            for term in ["a", "b", "c", "d"] {
                let Some(id) = index.words.find(term) else { continue };
                let all = entries(&index.words, id);
                let mut cursor = index.words.cursor(id);
                let mut at: Option<usize> = None;
                let mut done = false;
                let mut targets: Vec<(u32, bool, bool)> = moves.clone();
                // Targets must not decrease between seeks.
                let mut floor = 0;
                for (t, step, read) in targets.iter_mut() {
                    *t = (*t).max(floor);
                    floor = *t;
                    let got = if *step && !done {
                        let got = cursor.next();
                        let want = at.map_or(0, |i| i + 1);
                        at = Some(want);
                        floor = got.unwrap_or(floor);
                        proptest::prop_assert_eq!(got, all.get(want).map(|e| e.0));
                        got
                    } else if !*step {
                        let got = cursor.seek(*t);
                        let from = at.unwrap_or(0);
                        let want = (from..all.len()).find(|&i| all[i].0 >= *t);
                        proptest::prop_assert_eq!(got, want.map(|i| all[i].0));
                        at = Some(want.unwrap_or(all.len()));
                        got
                    } else {
                        None
                    };
                    if got.is_none() {
                        done = true;
                    }
                    if *read && got.is_some() {
                        let mut pos = Vec::new();
                        cursor.positions(|p| pos.push(p));
                        let i = at.unwrap_or(0);
                        proptest::prop_assert_eq!(&pos, &all[i].2);
                        proptest::prop_assert_eq!(cursor.tf(), all[i].1);
                    }
                }
            }
        }
    }

    #[test]
    fn prefix_ranges_are_contiguous() {
        let index = SearchIndex::build(&[doc("traffic trafficking trafficked", "trade tra tr")]);
        let got: Vec<&str> = index
            .words
            .prefix_range("traf")
            .iter()
            .map(|&id| index.words.term(id))
            .collect();
        assert_eq!(got, ["traffic", "trafficked", "trafficking"]);
        assert!(index.words.prefix_range("zz").is_empty());
        assert_eq!(index.words.prefix_range("").len(), index.words.terms.len());
    }

    #[test]
    fn malformed_postings_stop_without_panic() {
        let rows: &[(&[u8], &[u8])] = &[
            (&[0x80], &[]),
            (&[5, 4, 10, 1], &[0xFF, 0xFF]),
            (&[0, 0, 0, 0, 0], &[]),
            (&[0xFF; 12], &[0x80; 3]),
            (&[1, 6, 0, 0xFF], &[1]),
            (&[0x8F, 0xFF, 0xFF, 0xFF, 0x0F, 0, 0x8F, 0xFF, 0xFF, 0xFF, 0x0F, 0], &[]),
        ];
        let skips = [Skip {
            doc: 0,
            at: 99,
            pos: 99,
        }];
        for (bytes, positions) in rows {
            let mut cursor = Cursor::new(bytes, positions, &[]);
            let mut n = 0;
            while cursor.next().is_some() {
                cursor.positions(|_| {});
                n += 1;
            }
            assert!(n <= 2, "{bytes:?}");
            let mut cursor = Cursor::new(bytes, positions, &skips);
            assert!(cursor.seek(5).is_none_or(|d| d >= 5), "{bytes:?}");
            cursor.positions(|_| {});
        }
    }

    #[test]
    fn damaged_dictionaries_are_errors() {
        let unsorted = WireDict {
            terms: Bytes(vec![0, 1, b'b', 0, 1, b'a']),
            df: vec![1, 1],
            postings: vec![Bytes::default(), Bytes::default()],
            positions: Vec::new(),
            skips: vec![vec![], vec![]],
        };
        assert_eq!(
            unsorted.into_dict("word", false).err(),
            Some(IndexDecodeError::Dictionary("word"))
        );
        let short = WireDict {
            terms: Bytes(vec![0, 1, b'a']),
            df: vec![1, 1],
            postings: vec![Bytes::default()],
            positions: Vec::new(),
            skips: vec![vec![]],
        };
        assert_eq!(
            short.into_dict("word", false).err(),
            Some(IndexDecodeError::Lengths("word"))
        );
        let positions_short = WireDict {
            terms: Bytes(vec![0, 1, b'a', 0, 1, b'b']),
            df: vec![1, 1],
            postings: vec![Bytes::default(), Bytes::default()],
            positions: vec![Bytes::default()],
            skips: vec![vec![], vec![]],
        };
        assert_eq!(
            positions_short.into_dict("word", false).err(),
            Some(IndexDecodeError::Lengths("word"))
        );
        let overlong = WireDict {
            terms: Bytes(vec![0, 9, b'a']),
            df: vec![1],
            postings: vec![Bytes::default()],
            positions: Vec::new(),
            skips: vec![vec![]],
        };
        assert_eq!(
            overlong.into_dict("word", false).err(),
            Some(IndexDecodeError::Dictionary("word"))
        );
    }
}
