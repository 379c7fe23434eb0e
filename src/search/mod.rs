//! Full-text search: a compact inverted index over titles, bodies and entity names, BM25F ranking, a small query language and highlighted snippets.
//!
//! Data flow: [`IndexDoc`]s (from [`bundle::Record`]s at build time, or from
//! articles a user imports in the browser) → [`SearchIndex::build`] /
//! [`SearchIndex::add`] → serde (postcard, inside the bundle) → [`Query::parse`]
//! → [`SearchIndex::search`] → [`Hit`]s with a [`Snippet`].
//!
//! - One fold ([`crate::lang::fold`], after NFC) is shared by index and query,
//!   so `to lam`, `Tô Lâm` and `TÔ LÂM` find the same articles; the exact
//!   lower-case form of words with diacritics is indexed too, so a query that
//!   keeps its diacritics ranks exact matches higher.
//! - Queries: words (all required, ranked), prefix matching of the last word
//!   while typing, one typo for words of five or more letters, quoted phrases,
//!   `-word` and `-"phrase"` exclusions (see [`query`]).
//! - Ranking is BM25F over three fields (title, entity names, body) with the
//!   parameters in [`Bm25Params`].
//! - Snippets are lists of plain-text parts flagged highlighted or not; the UI
//!   renders them as text, never as HTML.
//!
//! Speed comes from the layout ([`index`](SearchIndex)): a sorted dictionary
//! (binary search, prefix ranges), varint postings with skip points, clauses
//! intersected rarest first by leapfrogging, precomputed length norms, typo
//! candidates found by deletion neighbourhoods (module `typo`: a dozen lookups per
//! word, not a scan of the dictionary), a postings budget for short prefixes,
//! proximity re-scoring of the leaders only (batch by batch, until no other
//! candidate can reach the results, so the results are those of re-scoring
//! all), and snippets for the shown hits only ([`Ranking`]).
//!
//! [`bundle::Record`]: crate::bundle::Record

mod index;
pub mod query;
mod rank;
mod shard;
mod snippet;
mod text;
mod typo;

pub use index::{IndexDecodeError, IndexStats, SearchIndex};
pub use query::{Clause, Query, QueryError, QueryWord};
pub use rank::{
    Highlighter, Ranking, KNOWN_WORD_DOCS, MAX_FUZZY_EXPANSIONS, MAX_PREFIX_EXPANSIONS, PREFIX_BUDGET_PER_DOC,
    PROXIMITY_BATCH, PROXIMITY_MAX,
};
pub use shard::{ShardError, SHARD_MAGIC, SHARD_VERSION};
pub use snippet::{Snippet, SnippetPart, MAX_SCAN_BYTES, MAX_SNIPPET_CHARS};

use crate::bundle::Record;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One document to index: what the search sees of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexDoc {
    /// The headline (the most heavily weighted field).
    pub title: String,
    /// The cleaned story; snippets are taken from it.
    pub body: String,
    /// Entity names and aliases found in the article (weighted between title and body).
    pub names: Vec<String>,
    /// The article's language.
    pub lang: Lang,
}

impl IndexDoc {
    /// The searchable view of a pipeline record: its title, its cleaned body,
    /// and the canonical names and written forms of its entity mentions
    /// (each distinct text once).
    pub fn from_record(record: &Record) -> IndexDoc {
        let mut names: Vec<String> = Vec::new();
        for m in &record.mentions {
            for text in [&m.name, &m.text] {
                let text = text.trim();
                if !text.is_empty() && !names.iter().any(|n| n == text) {
                    names.push(text.to_string());
                }
            }
        }
        IndexDoc {
            title: record.article.title.clone(),
            body: record.article.body(),
            names,
            lang: record.article.language,
        }
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// The document id: its position in insertion order (the n-th document added is `n`).
    pub doc: u32,
    /// The BM25F score; higher is better. Comparable only within one search.
    pub score: f32,
    /// The best-matching sentence of the body, with the matched words highlighted.
    pub snippet: Snippet,
}

/// The longest indexed word, in bytes; longer words are cut (at a character
/// boundary) alike in the index and in queries, so they still match.
pub(crate) const MAX_TERM_BYTES: usize = 64;

/// Folds one token into `folded` (cleared first) and returns its exact
/// lower-case NFC form when that differs from the fold (when the word has
/// diacritics or `đ`). Index and query both go through here.
pub(crate) fn term_forms(token: &str, folded: &mut String) -> Option<String> {
    fold_term(token, folded);
    if token.is_ascii() {
        return None;
    }
    let mut exact = text::lower_exact(token);
    clip(&mut exact, MAX_TERM_BYTES);
    (exact != *folded).then_some(exact)
}

/// Folds one token into `folded` (cleared first), cut to [`MAX_TERM_BYTES`].
pub(crate) fn fold_term(token: &str, folded: &mut String) {
    folded.clear();
    if token.is_ascii() {
        folded.extend(
            token
                .bytes()
                .take(MAX_TERM_BYTES)
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        return;
    }
    text::fold_into(token, folded);
    clip(folded, MAX_TERM_BYTES);
}

/// Cuts `s` to at most `max` bytes at a character boundary.
pub(crate) fn clip(s: &mut String, max: usize) {
    if s.len() > max {
        let mut end = max;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
}

/// The indexed fields, in the order their positions are laid out in a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    /// The headline.
    Title = 0,
    /// Entity names and aliases.
    Names = 1,
    /// The story.
    Body = 2,
}

/// Ranking parameters. The defaults suit news articles with short titles and
/// bodies of a few hundred words.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bm25Params {
    /// k1, term-frequency saturation: how quickly repeated words stop adding
    /// score. Usually 1.2; must be > 0 (sensible range 0.5..=3).
    pub k1: f32,
    /// Weight of a match in the title, relative to the body. Usually 3; must be > 0.
    pub title_weight: f32,
    /// Weight of a match in the entity names, relative to the body. Usually 2; must be > 0.
    pub names_weight: f32,
    /// Weight of a match in the body. Usually 1; must be > 0.
    pub body_weight: f32,
    /// b for the title: how much a long title dilutes its matches. Usually 0.5; must be in 0..=1.
    pub title_b: f32,
    /// b for the names field. Usually 0.3; must be in 0..=1.
    pub names_b: f32,
    /// b for the body. Usually 0.75; must be in 0..=1.
    pub body_b: f32,
    /// Extra score for a word that also matches with the query's own
    /// diacritics (`Tô` matching `Tô`, not just `To` or `Tổ`), as a fraction of
    /// the folded match's score. Usually 0.5; must be >= 0.
    pub exact_boost: f32,
    /// Extra score when two words typed side by side are side by side in the
    /// document too (a name such as `Tô Lâm`, not `Tổ … Lâm Đồng`), as a
    /// multiple of the two words' idf. Usually 1; must be >= 0.
    pub proximity_boost: f32,
    /// Score factor of a completion of the last word typed (`traffick` →
    /// `trafficking`). Usually 0.7; must be in 0..=1.
    pub prefix_weight: f32,
    /// Score factor of a word one typo away from the query word. Usually 0.5; must be in 0..=1.
    pub fuzzy_weight: f32,
}

impl Default for Bm25Params {
    fn default() -> Self {
        Bm25Params {
            k1: 1.2,
            title_weight: 3.0,
            names_weight: 2.0,
            body_weight: 1.0,
            title_b: 0.5,
            names_b: 0.3,
            body_b: 0.75,
            exact_boost: 0.5,
            proximity_boost: 1.0,
            prefix_weight: 0.7,
            fuzzy_weight: 0.5,
        }
    }
}

/// A ranking parameter outside its range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParamsError {
    /// The parameter's name (`k1`, `body_b`, ...).
    pub name: &'static str,
    /// The value given.
    pub value: f32,
    /// The allowed range, in words.
    pub range: &'static str,
}

impl fmt::Display for ParamsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "search parameter {} is {} but {}; the defaults are a good start",
            self.name, self.value, self.range
        )
    }
}

impl std::error::Error for ParamsError {}

impl Bm25Params {
    /// Checks every parameter against its documented range.
    pub fn validate(&self) -> Result<(), ParamsError> {
        let positive = "must be a number > 0";
        let unit = "must be in 0..=1";
        let rows: [(&'static str, f32, bool, &'static str); 11] = [
            ("k1", self.k1, self.k1 > 0.0, positive),
            ("title_weight", self.title_weight, self.title_weight > 0.0, positive),
            ("names_weight", self.names_weight, self.names_weight > 0.0, positive),
            ("body_weight", self.body_weight, self.body_weight > 0.0, positive),
            ("title_b", self.title_b, (0.0..=1.0).contains(&self.title_b), unit),
            ("names_b", self.names_b, (0.0..=1.0).contains(&self.names_b), unit),
            ("body_b", self.body_b, (0.0..=1.0).contains(&self.body_b), unit),
            (
                "exact_boost",
                self.exact_boost,
                self.exact_boost >= 0.0,
                "must be a number >= 0",
            ),
            (
                "proximity_boost",
                self.proximity_boost,
                self.proximity_boost >= 0.0,
                "must be a number >= 0",
            ),
            (
                "prefix_weight",
                self.prefix_weight,
                (0.0..=1.0).contains(&self.prefix_weight),
                unit,
            ),
            (
                "fuzzy_weight",
                self.fuzzy_weight,
                (0.0..=1.0).contains(&self.fuzzy_weight),
                unit,
            ),
        ];
        for (name, value, ok, range) in rows {
            // `ok` is false for NaN as well, since every comparison with NaN is false.
            if !ok || !value.is_finite() {
                return Err(ParamsError { name, value, range });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_record_takes_names_and_written_forms_once() {
        use crate::entity::{EntityKind, Mention};
        let mut record = crate::pipeline::process(
            "a.txt",
            "Title here\nHanoi (VNA) – Gen. To Lam met Tô Lâm./.".as_bytes(),
        )
        .expect("parses");
        let mention = |text: &str, name: &str| Mention {
            kind: EntityKind::Person,
            text: text.to_string(),
            id: "to-lam".to_string(),
            name: name.to_string(),
            title: None,
            start: 0,
            end: 0,
            country: None,
            rank: None,
        };
        record.mentions = vec![
            mention("To Lam", "Tô Lâm"),
            mention("Tô Lâm", "Tô Lâm"),
            mention(" ", " "),
        ];
        let doc = IndexDoc::from_record(&record);
        assert_eq!(doc.names, ["Tô Lâm", "To Lam"]);
        assert_eq!(doc.title, "Title here");
        assert_eq!(doc.body, record.article.body());
        assert_eq!(doc.lang, record.article.language);
    }

    #[test]
    fn default_params_are_valid() {
        assert_eq!(Bm25Params::default().validate(), Ok(()));
    }

    #[test]
    fn out_of_range_params_are_named() {
        type Change = fn(&mut Bm25Params);
        let rows: &[(&str, Change, &str)] = &[
            ("zero k1", |p| p.k1 = 0.0, "k1"),
            ("nan k1", |p| p.k1 = f32::NAN, "k1"),
            ("negative title weight", |p| p.title_weight = -1.0, "title_weight"),
            ("b above one", |p| p.body_b = 1.5, "body_b"),
            ("negative exact boost", |p| p.exact_boost = -0.1, "exact_boost"),
            ("infinite boost", |p| p.exact_boost = f32::INFINITY, "exact_boost"),
            ("fuzzy above one", |p| p.fuzzy_weight = 2.0, "fuzzy_weight"),
        ];
        for (name, change, want) in rows {
            let mut p = Bm25Params::default();
            change(&mut p);
            let err = p.validate().expect_err(name);
            assert_eq!(err.name, *want, "{name}");
            assert!(err.to_string().contains(want), "{name}: {err}");
        }
    }
}
