//! Fuzz target: `corpus::parse` on arbitrary bytes must never panic, and any article it returns must keep its invariants.
#![no_main]

use counterparts::corpus;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(article) = corpus::parse("fuzz.txt", data) else {
        return;
    };
    let raw = corpus::decode(data).expect("an article was parsed, so its raw text decodes");
    assert_eq!(article.paragraphs.len(), article.provenance.len());
    for p in &article.paragraphs {
        assert!(!p.trim().is_empty(), "empty paragraph");
        assert!(unicode_normalization::is_nfc(p), "paragraph not NFC: {p:?}");
    }
    let body = article.body();
    for (i, _) in body.char_indices().step_by(7) {
        let r = article.raw_offset(i).expect("body offsets map");
        assert!(r <= raw.len(), "raw offset {r} past the raw text ({})", raw.len());
    }
});
