//! Shared by the fuzz targets: the seed articles compiled in, and the invariants every pipeline record must keep.
#![allow(dead_code)] // each target uses part of it

use counterparts::bundle::{Bundle, Record};
use counterparts::{corpus, pipeline};

/// The five seed articles of `corpus/`, compiled in so a target needs no files at run time.
pub const SEED_ARTICLES: [(&str, &[u8]); 5] = [
    ("000.txt", include_bytes!("../../corpus/000_2eb8f48eb3c8e0c6.txt")),
    ("001.txt", include_bytes!("../../corpus/001_45c73304fdcf255d.txt")),
    ("002.txt", include_bytes!("../../corpus/002_8394bbce6724e067.txt")),
    ("003.txt", include_bytes!("../../corpus/003_17fa29c206418ba5.txt")),
    ("004.txt", include_bytes!("../../corpus/004_ca2c0e4932d0df0b.txt")),
];

/// The seed articles through `pipeline::process`, in file order.
pub fn seed_records() -> Vec<Record> {
    SEED_ARTICLES
        .iter()
        .map(|(name, bytes)| pipeline::process(name, bytes).expect("every seed article parses"))
        .collect()
}

/// A bundle of the seed articles.
pub fn seed_bundle() -> Bundle {
    Bundle::from_records(seed_records())
}

/// Characters that reorder or hide text: bidi embeddings, overrides, isolates and marks,
/// zero-width characters, the BOM. None may survive into what the app shows as text.
pub fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// Checks what `pipeline::process` promises about a record made from `bytes`.
pub fn check_record(bytes: &[u8], rec: &Record) {
    let article = &rec.article;
    let raw = corpus::decode(bytes).expect("an article was parsed, so its raw text decodes");
    assert_eq!(article.paragraphs.len(), article.provenance.len());
    for p in &article.paragraphs {
        assert!(!p.trim().is_empty(), "empty paragraph");
        assert!(unicode_normalization::is_nfc(p), "paragraph not NFC: {p:?}");
    }
    for (what, text) in std::iter::once(("title", &article.title))
        .chain(article.paragraphs.iter().map(|p| ("paragraph", p)))
        .chain(article.captions.iter().map(|c| ("caption", c)))
    {
        assert!(
            !text.chars().any(is_invisible_control),
            "{what} keeps a bidi or zero-width control: {text:?}"
        );
    }
    let body = article.body();
    assert_eq!(body.len(), article.body_len());
    for (i, _) in body.char_indices().step_by(7) {
        let r = article.raw_offset(i).expect("body offsets map");
        assert!(r <= raw.len(), "raw offset {r} past the raw text ({})", raw.len());
    }
    assert!(article.raw_offset(body.len() + 1).is_none());
    let mut last_end = 0;
    for m in &rec.mentions {
        assert!(m.start < m.end, "empty mention {m:?}");
        assert!(m.start >= last_end, "mentions overlap or are out of order at {m:?}");
        last_end = m.end;
        assert_eq!(
            body.get(m.start..m.end),
            Some(m.text.as_str()),
            "mention does not slice the body: {m:?}"
        );
        assert!(
            !m.id.is_empty() && !m.name.trim().is_empty(),
            "mention without id or name: {m:?}"
        );
        assert!(
            !m.name.chars().any(is_invisible_control),
            "entity name keeps a bidi or zero-width control: {m:?}"
        );
    }
}
