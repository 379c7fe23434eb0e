//! Fuzz target: what a user types into the search box through `Query::parse`, then searched over a fixed index of the seed corpus (`corpus/*.txt` through `pipeline::process` and `Bundle::from_records`), as the app does: never panics, hits are ranked, filtered and snippeted from the article's own text.
#![no_main]

#[path = "common.rs"]
mod common;

use counterparts::library::Library;
use counterparts::search::Query;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// The seed corpus, indexed once per process.
fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::new(common::seed_bundle()))
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks a filter (which records pass) and a limit; the rest is the query.
    let (&knobs, rest) = data.split_first().unwrap_or((&0, &[]));
    let text = String::from_utf8_lossy(rest);
    let lib = library();
    let pass = |doc: usize| knobs & 0x1F & (1 << (doc % 5)) == 0;
    let limit = usize::from(knobs >> 5) * 2;

    let Ok(query) = Query::parse(&text) else {
        return;
    };
    assert!(!query.clauses().is_empty());
    assert!(query.clauses().iter().all(|c| !c.words.is_empty()));

    let hits = lib.index.search(&query, &|d| pass(d as usize), limit);
    assert!(hits.len() <= limit, "{} hits for limit {limit}", hits.len());
    for pair in hits.windows(2) {
        assert!(pair[0].score >= pair[1].score, "hits not ranked: {hits:?}");
    }
    for h in &hits {
        assert!(h.score.is_finite(), "score {}", h.score);
        assert!(pass(h.doc as usize), "hit {} fails the filter", h.doc);
        assert!((h.doc as usize) < lib.records.len(), "hit {} past the records", h.doc);
    }

    let found = lib.search(&text, &pass, limit).expect("the query parsed");
    assert_eq!(
        found.iter().map(|f| f.record).collect::<Vec<_>>(),
        hits.iter().map(|h| h.doc as usize).collect::<Vec<_>>(),
        "the library and the index disagree"
    );
    for f in &found {
        let rec = &lib.records[f.record];
        assert_eq!(
            f.title.text(),
            rec.article.title,
            "the highlighted title is not the title"
        );
        let snippet = f.snippet.text();
        let body = rec.article.body();
        assert!(
            body.contains(snippet.trim_matches('…')),
            "the snippet {snippet:?} is not text of the article"
        );
        for part in f.snippet.parts.iter().chain(&f.title.parts) {
            assert!(!part.text.is_empty(), "empty snippet part");
        }
    }
});
