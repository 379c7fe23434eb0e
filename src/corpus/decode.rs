//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or a Windows-1252 fallback; rejects empty, binary and oversized input.
//!
//! The decoded string is the *raw text*: the offsets that [`super::Article::raw_offset`]
//! returns are byte offsets into it. For a UTF-8 file it is the file itself,
//! byte for byte (a BOM is kept and later dropped as a stray glyph).

use super::ParseError;

/// The largest file the parser accepts, in bytes (32 MiB). Larger files get [`ParseError::TooLarge`].
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// How the bytes of a file were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, the raw text is the file.
    Utf8,
    /// Mostly UTF-8 with a few invalid bytes, each replaced by U+FFFD.
    Utf8Lossy,
    /// UTF-16 (little or big endian) announced by a byte-order mark.
    Utf16,
    /// Windows-1252 (a superset of Latin-1), for legacy files that are not UTF-8.
    Windows1252,
}

/// Decodes bytes into the raw text, or says why they are not an article's text.
pub fn decode_raw(bytes: &[u8]) -> Result<(String, Encoding), ParseError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ParseError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    if let Some(text) = decode_utf16(bytes) {
        return check_text(text, Encoding::Utf16);
    }
    let content = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if content.iter().all(u8::is_ascii_whitespace) {
        return Err(ParseError::Empty);
    }
    if bytes.contains(&0) {
        return Err(ParseError::Binary);
    }
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), Encoding::Utf8),
        Err(_) if mostly_utf8(bytes) => (String::from_utf8_lossy(bytes).into_owned(), Encoding::Utf8Lossy),
        Err(_) => (bytes.iter().map(|&b| windows_1252(b)).collect(), Encoding::Windows1252),
    };
    check_text(text, encoding)
}

/// Rejects text that is mostly control characters (a binary file that has no NUL byte).
fn check_text(text: String, encoding: Encoding) -> Result<(String, Encoding), ParseError> {
    if text.chars().all(|c| c.is_whitespace() || c == '\u{FEFF}') {
        return Err(ParseError::Empty);
    }
    let mut controls = 0usize;
    let mut total = 0usize;
    for c in text.chars() {
        total += 1;
        if (c.is_control() && !c.is_whitespace()) || c == '\u{FFFD}' {
            controls += 1;
        }
    }
    if controls * 20 > total {
        return Err(ParseError::Binary);
    }
    Ok((text, encoding))
}

/// UTF-16 text announced by a byte-order mark; `None` without one.
fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let units = bytes.get(2..)?.chunks_exact(2).map(|p| match p {
        [a, b] if little => u16::from_le_bytes([*a, *b]),
        [a, b] => u16::from_be_bytes([*a, *b]),
        _ => 0xFFFD,
    });
    Some(char::decode_utf16(units).map(|r| r.unwrap_or('\u{FFFD}')).collect())
}

/// True when the non-ASCII bytes are mostly well-formed UTF-8 sequences (a UTF-8
/// file with a few damaged bytes rather than a legacy 8-bit file).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut good = 0usize;
    let mut bad = 0usize;
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().bytes().filter(|b| !b.is_ascii()).count();
        bad += chunk.invalid().len();
    }
    good >= bad * 4
}

/// Decodes bytes as UTF-8, falling back to Windows-1252 for legacy files (the raw text of a file).
pub fn decode(bytes: &[u8]) -> Result<String, ParseError> {
    decode_raw(bytes).map(|(text, _)| text)
}

/// Maps one Windows-1252 byte to its character.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH.get(usize::from(b - 0x80)).copied().unwrap_or('\u{FFFD}'),
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Case {
        name: &'static str,
        input: &'static [u8],
        want: Result<&'static str, ParseError>,
    }

    const CASES: &[Case] = &[
        Case {
            name: "utf8",
            input: "Tô Lâm".as_bytes(),
            want: Ok("Tô Lâm"),
        },
        Case {
            name: "utf8 with bom keeps the bom in the raw text",
            input: b"\xEF\xBB\xBFHanoi",
            want: Ok("\u{FEFF}Hanoi"),
        },
        Case {
            name: "latin-1",
            input: b"G\xe9rald Darmanin",
            want: Ok("Gérald Darmanin"),
        },
        Case {
            name: "windows-1252 quotes",
            input: b"Vietnam\x92s \x93ministry\x94 \x96 Paris",
            want: Ok("Vietnam’s “ministry” – Paris"),
        },
        Case {
            name: "utf-16le",
            input: b"\xFF\xFEH\0a\0n\0o\0i\0",
            want: Ok("Hanoi"),
        },
        Case {
            name: "utf8 with one damaged byte",
            input: b"Th\xe1\xbb\xa9 tr\xc6\xb0\xe1\xbb\x9fng L\xc6\xb0\xc6\xa1ng \xff Tam Quang",
            want: Ok("Thứ trưởng Lương \u{FFFD} Tam Quang"),
        },
        Case {
            name: "empty",
            input: b"",
            want: Err(ParseError::Empty),
        },
        Case {
            name: "white space only",
            input: b" \n\t\r\n",
            want: Err(ParseError::Empty),
        },
        Case {
            name: "bom only",
            input: b"\xEF\xBB\xBF\n",
            want: Err(ParseError::Empty),
        },
        Case {
            name: "nul bytes",
            input: b"PK\x03\x04\0\0\x08\0",
            want: Err(ParseError::Binary),
        },
        Case {
            name: "control characters",
            input: b"\x01\x02\x03\x04\x05abc\x06\x07",
            want: Err(ParseError::Binary),
        },
    ];

    #[test]
    fn decodes() {
        for case in CASES {
            let got = decode(case.input);
            assert_eq!(got.as_deref().map_err(Clone::clone), case.want, "{}", case.name);
        }
    }

    #[test]
    fn refuses_files_over_the_limit() {
        let big = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert_eq!(
            decode(&big),
            Err(ParseError::TooLarge {
                bytes: MAX_INPUT_BYTES + 1,
                limit: MAX_INPUT_BYTES
            })
        );
    }
}
