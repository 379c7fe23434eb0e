//! Benchmark entry points for the browser (cargo feature `bench`, never in the shipped site): the search index and the entity tagger driven from `bench/bench.js`, which times every call with `performance.now()`.
//!
//! Nothing here measures time itself (`std::time` has no clock in wasm32):
//! each function does one unit of work and returns a small result, so the
//! page's timer sees the work and the boundary crossing a real caller pays.

use crate::entity::{self, EntityKind};
use crate::lang::{self, Lang};
use crate::search::{IndexDoc, Query, SearchIndex};
use wasm_bindgen::prelude::*;

/// Documents buffered before they are added to the index in one batch: keeps
/// the wasm memory near the index's own size instead of holding every
/// document twice (range 1..; 4096 keeps the staging buffer under ~6 MB).
const BATCH: usize = 4096;

/// Called once by the page's entry point (`bench/main.rs`): builds the tagger's
/// tables now so that the first timed call does not pay for them.
pub fn ready() {
    entity::warm_up();
}

/// The fixed benchmark query set ([`crate::synth::QUERIES`]) as a JSON array
/// of strings, so the peers answer exactly the queries we answer.
#[wasm_bindgen]
pub fn bench_queries() -> String {
    serde_json::to_string(crate::synth::QUERIES).unwrap_or_else(|_| "[]".to_string())
}

/// A search index filled from the page, document by document.
#[wasm_bindgen]
pub struct BenchIndex {
    pending: Vec<IndexDoc>,
    index: SearchIndex,
}

impl Default for BenchIndex {
    fn default() -> Self {
        BenchIndex::new()
    }
}

#[wasm_bindgen]
impl BenchIndex {
    /// An empty index.
    #[wasm_bindgen(constructor)]
    pub fn new() -> BenchIndex {
        BenchIndex {
            pending: Vec::with_capacity(BATCH),
            index: SearchIndex::new(),
        }
    }

    /// Queues one document: title and body (the fields the peers index too;
    /// entity names are left empty so all engines see the same text) and its
    /// language code (`en`, `vi`; anything else is detected from the body).
    pub fn push(&mut self, title: &str, body: &str, lang: &str) {
        let lang = Lang::from_code(lang).unwrap_or_else(|| lang::detect(body));
        self.pending.push(IndexDoc {
            title: title.to_string(),
            body: body.to_string(),
            names: Vec::new(),
            lang,
        });
        if self.pending.len() >= BATCH {
            self.flush();
        }
    }

    /// Adds every queued document to the index. Call once after the last
    /// [`push`](Self::push); the build time is the time of all pushes plus this.
    pub fn finish(&mut self) {
        self.flush();
        self.pending = Vec::new();
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            self.index.extend(&self.pending);
            self.pending.clear();
        }
    }

    /// Documents in the index.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// True before any document was added.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Runs `query` and returns the best `limit` document numbers, best first.
    /// With `snippets`, each hit also gets its highlighted snippet (as the
    /// app's result list shows them); without, ranking only. A query that
    /// does not parse returns no hits.
    pub fn search(&self, query: &str, limit: usize, snippets: bool) -> Vec<u32> {
        let Ok(parsed) = Query::parse(query) else {
            return Vec::new();
        };
        let hits = if snippets {
            self.index.search(&parsed, &|_| true, limit)
        } else {
            self.index.search_with_bodies(&parsed, &|_| true, limit, &|_| None)
        };
        hits.iter().map(|h| h.doc).collect()
    }

    /// Bytes of the serialised index (postcard), with the stored texts that
    /// snippets come from, and without them (as the bundle ships it), as
    /// `[with, without]`.
    pub fn serialized_bytes(&self) -> Vec<f64> {
        let with = postcard::to_allocvec(&self.index).map(|b| b.len()).unwrap_or(0);
        let mut slim = self.index.clone();
        slim.drop_texts();
        let without = postcard::to_allocvec(&slim).map(|b| b.len()).unwrap_or(0);
        vec![with as f64, without as f64]
    }

    /// The index's sizes ([`crate::search::IndexStats`]) as JSON.
    pub fn stats_json(&self) -> String {
        serde_json::to_string(&self.index.stats()).unwrap_or_else(|_| "{}".to_string())
    }
}

/// A text held in wasm memory and tagged repeatedly, so the timing measures
/// the tagger and not the copy of the text across the boundary.
#[wasm_bindgen]
pub struct BenchText {
    text: String,
    lang: Lang,
}

#[wasm_bindgen]
impl BenchText {
    /// Copies `text` in; `lang` is `en` or `vi` (anything else: detected).
    #[wasm_bindgen(constructor)]
    pub fn new(text: &str, lang: &str) -> BenchText {
        let lang = Lang::from_code(lang).unwrap_or_else(|| lang::detect(text));
        BenchText {
            text: text.to_string(),
            lang,
        }
    }

    /// UTF-8 bytes of the text.
    pub fn bytes(&self) -> usize {
        self.text.len()
    }

    /// Tags the text once and returns the number of mentions found.
    pub fn tag(&self) -> usize {
        entity::tag_text(&self.text, self.lang).len()
    }

    /// Tags the text once and returns, per kind (`people`, `places`,
    /// `countries`, `organizations`), the distinct entities, the mentions and
    /// the distinct canonical names, as JSON.
    pub fn counts_json(&self) -> String {
        let mentions = entity::tag_text(&self.text, self.lang);
        let count = |kind: EntityKind| {
            let found = entity::entities_of(&mentions, kind);
            serde_json::json!({
                "distinct": found.len(),
                "mentions": found.iter().map(|e| e.2).sum::<usize>(),
                "names": found.iter().map(|e| e.1.clone()).collect::<Vec<_>>(),
            })
        };
        serde_json::json!({
            "people": count(EntityKind::Person),
            "places": count(EntityKind::Place),
            "countries": count(EntityKind::Country),
            "organizations": count(EntityKind::Organization),
        })
        .to_string()
    }
}
