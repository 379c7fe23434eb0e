//! Fuzz target: a link's query string through `Filters::from_query`, printed and read again: never panics, the printed link is a fixed point, and it carries nothing a page could mistake for markup.
#![no_main]

use counterparts::bundle::Record;
use counterparts::filters::Filters;
use counterparts::{pipeline, reader};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Split like a URL: the query string, then the fragment after `#`.
    let (query, fragment) = text.split_once('#').unwrap_or((&text, ""));
    let (filters, _notices) = Filters::from_query(query);
    let printed = filters.to_string();
    assert!(
        printed
            .bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b'<' | b'>' | b'"' | b'\'' | b'`' | b'\\')),
        "the printed link has a character that needs escaping: {printed:?}"
    );
    let (again, notices) = Filters::from_query(&printed);
    assert!(
        notices.is_empty(),
        "the printed link {printed:?} gives notices {notices:?}"
    );
    assert_eq!(again, filters, "the printed link {printed:?} reads back differently");
    assert_eq!(again.to_string(), printed, "printing is not a fixed point");
    // The views read these too.
    let _ = filters.chips();
    let _ = filters.title();
    // The same bytes as a URL fragment: an evidence range the reader must clip, never trust.
    if let Some(range) = reader::evidence_from_fragment(fragment) {
        assert_eq!(
            reader::evidence_from_fragment(&reader::evidence_fragment(&range)),
            Some(range.clone())
        );
        let rec = sample_record();
        let body = rec.article.body();
        for p in reader::paragraphs(&rec.article, &rec.mentions, &[range]) {
            for part in p.parts {
                assert!(
                    body.get(part.range.clone()).is_some(),
                    "part {:?} does not slice the body",
                    part.range
                );
            }
        }
    }
});

/// A short tagged article with multi-byte characters, so a fragment's range can fall inside one.
fn sample_record() -> &'static Record {
    static RECORD: OnceLock<Record> = OnceLock::new();
    RECORD.get_or_init(|| {
        pipeline::process(
            "sample.txt",
            "Hà Nội (TTXVN) – Bộ trưởng Bộ Công an Lương Tam Quang tiếp Đại sứ Nhật Bản.\nHai bên trao đổi về hợp tác phòng, chống tội phạm.\n"
                .as_bytes(),
        )
        .expect("the sample article parses")
    })
}
