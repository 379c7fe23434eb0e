//! The raw form of a link's query string: key/value pairs decoded leniently under size caps, and the percent-encoder used to print links.
//!
//! Nothing here validates meaning; [`super::Filters::from_query`] does that.
//! Decoding never fails: `+` is a space, a `%` not followed by two hex digits is
//! kept literally, bytes that are not UTF-8 become U+FFFD; each pair records
//! whether any of that happened.

/// Longest query string read, in bytes (8 KiB). A real link is far shorter (all 249
/// country codes take 750 bytes); longer input is cut at the last `&` before this.
pub const MAX_QUERY_BYTES: usize = 8 * 1024;

/// Most `key=value` pairs read from one query string (64); later pairs are counted and dropped.
pub const MAX_PAIRS: usize = 64;

/// One `key=value` pair as decoded from the query string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPair {
    /// The decoded key, as written (case kept).
    pub key: String,
    /// The decoded value; empty for `key=` and for a bare `key`.
    pub value: String,
    /// True when the key or value had a bad `%` escape or bytes that are not UTF-8.
    pub malformed: bool,
}

/// The pairs of a query string, in order, plus what the caps cut.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawQuery {
    /// The pairs read, in the order written (at most [`MAX_PAIRS`]).
    pub pairs: Vec<RawPair>,
    /// Length in bytes of the query string given (after a leading `?`, before any `#`).
    pub total_bytes: usize,
    /// Bytes actually read: less than `total_bytes` when the query was longer than [`MAX_QUERY_BYTES`].
    pub read_bytes: usize,
    /// Non-empty pairs dropped because there were more than [`MAX_PAIRS`].
    pub dropped_pairs: usize,
}

impl RawQuery {
    /// Splits and decodes a query string (`?a=1&b=2`, with or without the `?`; a `#fragment` ends it).
    ///
    /// Runs in time linear in `min(query.len(), MAX_QUERY_BYTES)` plus a scan for `#`.
    pub fn parse(query: &str) -> RawQuery {
        let bytes = query.strip_prefix('?').unwrap_or(query).as_bytes();
        let bytes = match bytes.iter().position(|&b| b == b'#') {
            Some(hash) => bytes.get(..hash).unwrap_or(bytes),
            None => bytes,
        };
        let total_bytes = bytes.len();
        let read = if total_bytes <= MAX_QUERY_BYTES {
            bytes
        } else {
            // Keep whole pairs only: cut at the last `&` within the cap (a `&`
            // just past the cap still ends a whole pair).
            let window = bytes.get(..=MAX_QUERY_BYTES).unwrap_or(bytes);
            let end = window.iter().rposition(|&b| b == b'&').unwrap_or(0);
            bytes.get(..end).unwrap_or(&[])
        };
        let mut out = RawQuery {
            pairs: Vec::new(),
            total_bytes,
            read_bytes: if total_bytes <= MAX_QUERY_BYTES {
                total_bytes
            } else {
                read.len()
            },
            dropped_pairs: 0,
        };
        for segment in read.split(|&b| b == b'&').filter(|s| !s.is_empty()) {
            if out.pairs.len() >= MAX_PAIRS {
                out.dropped_pairs += 1;
                continue;
            }
            let (key, value) = match segment.iter().position(|&b| b == b'=') {
                Some(eq) => (segment.get(..eq).unwrap_or(&[]), segment.get(eq + 1..).unwrap_or(&[])),
                None => (segment, &[][..]),
            };
            let (key, bad_key) = decode(key);
            let (value, bad_value) = decode(value);
            out.pairs.push(RawPair {
                key,
                value,
                malformed: bad_key || bad_value,
            });
        }
        out
    }
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-decodes one key or value leniently; the flag is true when something had to be tolerated.
pub fn decode(bytes: &[u8]) -> (String, bool) {
    let mut out = Vec::with_capacity(bytes.len());
    let mut malformed = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let hi = bytes.get(i + 1).copied().and_then(hex_value);
                let lo = bytes.get(i + 2).copied().and_then(hex_value);
                if let (Some(hi), Some(lo)) = (hi, lo) {
                    out.push((hi << 4) | lo);
                    i += 3;
                    continue;
                }
                malformed = true;
                out.push(b'%');
            }
            _ => out.push(b),
        }
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(s) => (s, malformed),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    }
}

/// True for bytes printed as themselves in a link: RFC 3986 unreserved characters plus `,` and `:`.
fn is_kept(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',' | b':')
}

/// Appends `s` percent-encoded for a query value: space as `%20`, non-ASCII as UTF-8 `%XX`; `,` and `:` stay readable.
pub fn encode_into(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        if is_kept(b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0x0f)]));
        }
    }
}

/// `s` percent-encoded for a query value (see [`encode_into`]).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    encode_into(s, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct DecodeCase {
        name: &'static str,
        input: &'static str,
        want: &'static str,
        malformed: bool,
    }

    const DECODES: &[DecodeCase] = &[
        DecodeCase {
            name: "plain",
            input: "CN",
            want: "CN",
            malformed: false,
        },
        DecodeCase {
            name: "plus is space",
            input: "a+b",
            want: "a b",
            malformed: false,
        },
        DecodeCase {
            name: "escaped plus",
            input: "a%2Bb",
            want: "a+b",
            malformed: false,
        },
        DecodeCase {
            name: "vietnamese",
            input: "B%E1%BB%99%20C%C3%B4ng%20an",
            want: "Bộ Công an",
            malformed: false,
        },
        DecodeCase {
            name: "lower-case hex",
            input: "%c3%b4",
            want: "ô",
            malformed: false,
        },
        DecodeCase {
            name: "bad hex",
            input: "%ZZ",
            want: "%ZZ",
            malformed: true,
        },
        DecodeCase {
            name: "lone percent",
            input: "%",
            want: "%",
            malformed: true,
        },
        DecodeCase {
            name: "half escape at end",
            input: "ab%4",
            want: "ab%4",
            malformed: true,
        },
        DecodeCase {
            name: "truncated utf-8",
            input: "%E0%A4%A",
            want: "\u{FFFD}%A",
            malformed: true,
        },
        DecodeCase {
            name: "invalid byte",
            input: "a%FFb",
            want: "a\u{FFFD}b",
            malformed: true,
        },
        DecodeCase {
            name: "raw utf-8 passes",
            input: "Bộ",
            want: "Bộ",
            malformed: false,
        },
        DecodeCase {
            name: "empty",
            input: "",
            want: "",
            malformed: false,
        },
    ];

    #[test]
    fn decodes_leniently() {
        for case in DECODES {
            let (got, malformed) = decode(case.input.as_bytes());
            assert_eq!(got, case.want, "{}", case.name);
            assert_eq!(malformed, case.malformed, "{}", case.name);
        }
    }

    #[test]
    fn splits_pairs() {
        let q = RawQuery::parse("?a=1&&b&c=x=y&=z#frag&d=4");
        let got: Vec<(&str, &str)> = q.pairs.iter().map(|p| (p.key.as_str(), p.value.as_str())).collect();
        assert_eq!(got, [("a", "1"), ("b", ""), ("c", "x=y"), ("", "z")]);
        assert_eq!(q.total_bytes, q.read_bytes);
    }

    #[test]
    fn caps_pairs() {
        let q: String = (0..100).map(|i| format!("k{i}=v")).collect::<Vec<_>>().join("&");
        let raw = RawQuery::parse(&q);
        assert_eq!(raw.pairs.len(), MAX_PAIRS);
        assert_eq!(raw.dropped_pairs, 100 - MAX_PAIRS);
        assert_eq!(raw.pairs.last().map(|p| p.key.as_str()), Some("k63"));
    }

    #[test]
    fn cuts_long_query_at_a_pair_boundary() {
        let q = format!("country=CN&q={}&from=2019", "a".repeat(3 * MAX_QUERY_BYTES));
        let raw = RawQuery::parse(&q);
        assert_eq!(raw.total_bytes, q.len());
        assert_eq!(raw.read_bytes, "country=CN".len());
        assert_eq!(raw.pairs.len(), 1);
    }

    #[test]
    fn one_giant_pair_reads_nothing() {
        let q = format!("q={}", "a".repeat(2 * MAX_QUERY_BYTES));
        let raw = RawQuery::parse(&q);
        assert!(raw.pairs.is_empty());
        assert_eq!(raw.read_bytes, 0);
    }

    #[test]
    fn encodes_what_must_be() {
        let rows: &[(&str, &str)] = &[
            ("Bộ Công an", "B%E1%BB%99%20C%C3%B4ng%20an"),
            ("CN,SG", "CN,SG"),
            ("person:to-lam", "person:to-lam"),
            ("a&b=c+d#e%f?g/h", "a%26b%3Dc%2Bd%23e%25f%3Fg%2Fh"),
            ("<script>", "%3Cscript%3E"),
        ];
        for (input, want) in rows {
            assert_eq!(encode(input), *want, "{input}");
        }
    }

    proptest::proptest! {
        #[test]
        fn encode_then_decode_round_trips(s in "\\PC{0,40}") {
            let (back, malformed) = decode(encode(&s).as_bytes());
            proptest::prop_assert_eq!(back, s);
            proptest::prop_assert!(!malformed);
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,200}") {
            let raw = RawQuery::parse(&s);
            proptest::prop_assert!(raw.pairs.len() <= MAX_PAIRS);
        }
    }
}
