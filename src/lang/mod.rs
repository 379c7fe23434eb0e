//! Language helpers shared by every part of the core: NFC normalisation, diacritic folding, tokenising, language detection.
//!
//! One fold is used everywhere (index, query, gazetteers, aliases), so that
//! `Tô Lâm`, `TÔ LÂM`, `To Lam` and `to lam` compare equal once folded.

pub mod fast;

use serde::{Deserialize, Serialize};
use unicode_normalization::char::{canonical_combining_class, decompose_canonical};
use unicode_normalization::UnicodeNormalization;

/// The language of an article or a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    En,
    /// Vietnamese.
    Vi,
}

impl Lang {
    /// The ISO 639-1 code (`en`, `vi`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }

    /// Parses an ISO 639-1 code (`en`, `vi`, any case).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "vi" => Some(Lang::Vi),
            _ => None,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Returns `s` in Unicode NFC (sources mix NFC and NFD).
pub fn normalize(s: &str) -> String {
    // Most text is already NFC (all ASCII text is): the quick check says so
    // without decomposing and recomposing every character.
    if s.is_ascii() || unicode_normalization::is_nfc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes {
        return s.to_string();
    }
    s.nfc().collect()
}

/// Folds one character: lower case, combining marks stripped, `đ`/`Đ` to `d` (and the other
/// letters with a stroke that have no decomposition: `ø`, `ł`, `ð`; `ß` to `ss`). Appends the folded
/// form (zero or more chars) to `out`. This is the definition; [`fast`] caches it in a table.
pub fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    decompose_canonical(c, |d| {
        if canonical_combining_class(d) != 0 || is_combining_mark(d) {
            return;
        }
        for l in d.to_lowercase() {
            match l {
                'đ' | 'ð' => out.push('d'),
                'ø' => out.push('o'),
                'ł' => out.push('l'),
                'ß' => out.push_str("ss"),
                _ if canonical_combining_class(l) != 0 || is_combining_mark(l) => {}
                _ => out.push(l),
            }
        }
    });
}

/// True for combining marks that have combining class 0 but still decorate a base letter.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Folds a string: lower case, marks stripped, `đ` to `d`. `fold("Tô Lâm") == "to lam"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fast::fold_into(s, &mut out);
    out
}

/// Lower-cases without stripping marks (NFC), for exact-diacritics comparisons.
pub fn lower_nfc(s: &str) -> String {
    s.nfc().flat_map(char::to_lowercase).collect()
}

/// A word of a text, with byte offsets into that text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

/// True for characters that belong inside a word (letters, digits, combining marks).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining_mark(c) || canonical_combining_class(c) != 0
}

/// Splits text into words (runs of letters, digits and marks); punctuation and spaces separate.
pub fn tokenize(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(st) = start.take() {
            out.push(Token {
                text: &s[st..i],
                start: st,
                end: i,
            });
        }
    }
    if let Some(st) = start {
        out.push(Token {
            text: &s[st..],
            start: st,
            end: s.len(),
        });
    }
    out
}

/// Letters used by Vietnamese but not by English (after NFC): a strong signal.
fn is_vietnamese_letter(c: char) -> bool {
    matches!(c, 'đ' | 'Đ' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'ă' | 'Ă') || matches!(c, '\u{1EA0}'..='\u{1EF9}')
}

/// Detects whether a text is Vietnamese or English from its letters and common words.
pub fn detect(text: &str) -> Lang {
    let mut vi = 0usize;
    let mut letters = 0usize;
    for c in text.chars().take(20_000) {
        if c.is_alphabetic() {
            letters += 1;
            if is_vietnamese_letter(c) {
                vi += 1;
            }
        }
    }
    if letters == 0 {
        return Lang::En;
    }
    // Vietnamese prose has a marked letter every dozen letters or so; English
    // text quoting a Vietnamese name has far fewer.
    if vi * 100 >= letters * 2 {
        Lang::Vi
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct FoldCase {
        input: &'static str,
        want: &'static str,
    }

    const FOLDS: &[FoldCase] = &[
        FoldCase {
            input: "Tô Lâm",
            want: "to lam",
        },
        FoldCase {
            input: "TÔ LÂM",
            want: "to lam",
        },
        FoldCase {
            input: "To\u{0302} La\u{0302}m",
            want: "to lam",
        },
        FoldCase {
            input: "Bộ Công an",
            want: "bo cong an",
        },
        FoldCase {
            input: "Đại tướng",
            want: "dai tuong",
        },
        FoldCase {
            input: "Gérald Darmanin",
            want: "gerald darmanin",
        },
        FoldCase {
            input: "Lương Tam Quang",
            want: "luong tam quang",
        },
        FoldCase {
            input: "Thỏa thuận",
            want: "thoa thuan",
        },
    ];

    #[test]
    fn folds() {
        for case in FOLDS {
            assert_eq!(fold(case.input), case.want, "fold({:?})", case.input);
        }
    }

    #[test]
    fn nfc_and_nfd_fold_alike() {
        let nfd: String = "Thượng tướng".nfd().collect();
        assert_ne!(nfd, "Thượng tướng");
        assert_eq!(fold(&nfd), fold("Thượng tướng"));
        assert_eq!(normalize(&nfd), "Thượng tướng");
    }

    #[test]
    fn tokenizes_with_offsets() {
        let s = "Tô Lâm, MPS's (VNA) 05/04/2024";
        let words: Vec<_> = tokenize(s).iter().map(|t| t.text).collect();
        assert_eq!(words, ["Tô", "Lâm", "MPS", "s", "VNA", "05", "04", "2024"]);
        for t in tokenize(s) {
            assert_eq!(&s[t.start..t.end], t.text);
        }
    }

    #[test]
    fn detects_language() {
        assert_eq!(
            detect("Việt Nam – Singapore tăng cường hợp tác phòng, chống tội phạm"),
            Lang::Vi
        );
        assert_eq!(
            detect("Vietnamese Minister of Public Security Gen. To Lam held talks with Tô Lâm"),
            Lang::En
        );
        assert_eq!(detect(""), Lang::En);
    }

    #[test]
    fn letters_without_decomposition_fold_once() {
        for (input, want) in [
            ("Ǿ", "o"),
            ("Øresund", "oresund"),
            ("Łódź", "lodz"),
            ("İstanbul", "istanbul"),
            ("Straße", "strasse"),
        ] {
            assert_eq!(fold(input), want, "{input}");
            assert_eq!(fold(&fold(input)), want, "fold twice: {input}");
        }
    }

    proptest::proptest! {
        /// The quick path gives exactly what full composition gives: text
        /// mixing ASCII, precomposed and decomposed Vietnamese, lone marks.
        #[test]
        fn normalize_is_nfc(s in "[a-zA-Z ơưđĐÂâ\u{0300}\u{0301}\u{0303}\u{0309}\u{0323}\u{0302}\u{031B}가각]{0,24}") {
            proptest::prop_assert_eq!(normalize(&s), s.nfc().collect::<String>());
        }

        #[test]
        fn fold_is_idempotent(s in "\\PC{0,40}") {
            let once = fold(&s);
            proptest::prop_assert_eq!(fold(&once), once.clone());
        }

        #[test]
        fn tokens_slice_the_input(s in "\\PC{0,60}") {
            for t in tokenize(&s) {
                proptest::prop_assert_eq!(&s[t.start..t.end], t.text);
            }
        }
    }
}
