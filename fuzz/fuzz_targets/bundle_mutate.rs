//! Fuzz target: a valid encoded bundle, flipped, overwritten, cut and spliced by the fuzzer (optionally with the header's length and checksum repaired, so damage reaches the payload decoder), then decoded and used as the app uses it: never panics.
#![no_main]

#[path = "common.rs"]
mod common;

use counterparts::bundle::{Bundle, MAGIC, VERSION};
use counterparts::library::Library;
use counterparts::{hash, pipeline, reader};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// Header bytes: magic, version, payload length, checksum.
const HEADER_LEN: usize = 4 + 2 + 4 + 8;

/// The valid bundles mutations start from: a one-article bundle (small, fast) and the seed corpus.
fn bases() -> &'static [Vec<u8>; 2] {
    static BASES: OnceLock<[Vec<u8>; 2]> = OnceLock::new();
    BASES.get_or_init(|| {
        let small = pipeline::process(
            "small.txt",
            "Ministers meet in Hanoi\nHanoi (VNA) – Minister of Public Security To Lam met Thai Police chief \
             General Somchai in Hanoi on March 3, 2024 to discuss drug trafficking./.\n"
                .as_bytes(),
        )
        .expect("the small article parses");
        [
            Bundle::from_records(vec![small]).encode().expect("encodes"),
            common::seed_bundle().encode().expect("encodes"),
        ]
    })
}

/// One edit of the bytes.
fn mutate(u: &mut Unstructured<'_>, bytes: &mut Vec<u8>) -> Result<()> {
    let op: u8 = u.arbitrary()?;
    let at = if bytes.is_empty() {
        0
    } else {
        u.arbitrary::<u32>()? as usize % bytes.len()
    };
    match op % 6 {
        0 => {
            if let Some(b) = bytes.get_mut(at) {
                *b ^= u.arbitrary::<u8>()?.max(1);
            }
        }
        1 => {
            if let Some(b) = bytes.get_mut(at) {
                *b = u.arbitrary()?;
            }
        }
        2 => bytes.truncate(at),
        3 => {
            let n = usize::from(u.arbitrary::<u8>()? % 16);
            let insert: Vec<u8> = (0..n).map(|_| u.arbitrary()).collect::<Result<_>>()?;
            bytes.splice(at..at, insert);
        }
        4 => {
            let n = usize::from(u.arbitrary::<u8>()?);
            bytes.drain(at..(at + n).min(bytes.len()));
        }
        _ => {
            // A plausible but wrong varint (a length or a count), where postcard keeps them.
            let v: u32 = u.arbitrary()?;
            let mut enc = Vec::new();
            let mut x = v;
            while x >= 0x80 {
                enc.push((x as u8) | 0x80);
                x >>= 7;
            }
            enc.push(x as u8);
            let end = (at + enc.len()).min(bytes.len());
            bytes.splice(at..end, enc);
        }
    }
    Ok(())
}

/// Rewrites the header so only the payload is damaged: magic, version, length, checksum.
fn repair_header(bytes: &mut [u8]) {
    if bytes.len() < HEADER_LEN {
        return;
    }
    let payload_len = u32::try_from(bytes.len() - HEADER_LEN).unwrap_or(u32::MAX);
    let sum = hash::fnv1a64(&bytes[HEADER_LEN..]);
    bytes[..4].copy_from_slice(MAGIC);
    bytes[4..6].copy_from_slice(&VERSION.to_le_bytes());
    bytes[6..10].copy_from_slice(&payload_len.to_le_bytes());
    bytes[10..18].copy_from_slice(&sum.to_le_bytes());
}

/// Uses a decoded bundle the way the views do.
fn exercise(bundle: Bundle) {
    let lib = Library::new(bundle);
    for rec in &lib.records {
        let article = &rec.article;
        let body = article.body();
        let whole = 0..body.len();
        for p in reader::paragraphs(article, &rec.mentions, &[whole]) {
            for part in p.parts {
                assert!(
                    body.get(part.range.clone()).is_some(),
                    "part {:?} does not slice the body",
                    part.range
                );
            }
        }
        for m in &rec.mentions {
            let _ = article.raw_range(m.start..m.end);
        }
        assert!(lib.record(article.id.as_str()).is_some());
    }
    for e in &lib.entities {
        assert!(lib.entity(&e.id).is_some());
    }
    for q in [
        "hanoi",
        "to lam",
        "\"public security\"",
        "traffick",
        "minister -drug",
        "bộ công",
    ] {
        let _ = lib.search(q, &|_| true, 10);
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(flags) = u.arbitrary::<u8>() else { return };
    let mut bytes = bases()[usize::from(flags & 1)].clone();
    let fix = flags & 2 != 0;
    for _ in 0..(flags >> 2) % 8 + 1 {
        if mutate(&mut u, &mut bytes).is_err() {
            break;
        }
    }
    if fix {
        repair_header(&mut bytes);
    }
    match Bundle::decode(&bytes) {
        Ok(bundle) => exercise(bundle),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
