//! Fast paths of the one fold and tokeniser: a table of `fold_char_into` for Latin, Greek, Cyrillic and Vietnamese letters, and a tokeniser that allocates nothing (checked exhaustively against the definitions below).

use crate::lang;
use std::sync::OnceLock;
use unicode_normalization::{is_nfc_quick, IsNormalized};

/// Calls `f(start, end)` for each word of `text` (byte offsets), exactly the
/// maximal runs of [`lang::is_word_char`] characters, without building a vector. ASCII bytes are
/// classified directly; other characters are decoded one by one.
#[inline]
pub fn for_each_token(text: &str, mut f: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (word, len) = if b < 0x80 {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => (is_word(c), c.len_utf8()),
                None => (false, 1),
            }
        };
        if word {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            f(s, i);
        }
        i += len;
    }
    if let Some(s) = start {
        f(s, text.len());
    }
}

/// First code point covered by the fold table.
const TABLE_START: u32 = 0x80;
/// One past the last code point covered (Latin, Greek, Cyrillic, Vietnamese, marks).
const TABLE_END: u32 = 0x2000;
/// Table value: folds to nothing (a combining mark).
const EMPTY: u32 = 0;
/// Table value: folds to several characters; use the slow path.
const MANY: u32 = u32::MAX;

/// [`lang::is_word_char`], with a bit table for `TABLE_START..TABLE_END`.
#[inline]
fn is_word(c: char) -> bool {
    static WORD: OnceLock<Vec<u64>> = OnceLock::new();
    let bits = WORD.get_or_init(|| {
        let mut bits = vec![0u64; ((TABLE_END - TABLE_START) as usize).div_ceil(64)];
        for cp in TABLE_START..TABLE_END {
            if char::from_u32(cp).is_some_and(lang::is_word_char) {
                let i = (cp - TABLE_START) as usize;
                if let Some(w) = bits.get_mut(i / 64) {
                    *w |= 1 << (i % 64);
                }
            }
        }
        bits
    });
    let cp = u32::from(c);
    if (TABLE_START..TABLE_END).contains(&cp) {
        let i = (cp - TABLE_START) as usize;
        bits.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    } else {
        lang::is_word_char(c)
    }
}

/// The fold of every code point in `TABLE_START..TABLE_END`, as one char, `EMPTY` or `MANY`.
fn table() -> &'static [u32] {
    static TABLE: OnceLock<Vec<u32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut buf = String::new();
        (TABLE_START..TABLE_END)
            .map(|cp| {
                let Some(c) = char::from_u32(cp) else { return MANY };
                buf.clear();
                lang::fold_char_into(c, &mut buf);
                let mut chars = buf.chars();
                match (chars.next(), chars.next()) {
                    (None, _) => EMPTY,
                    (Some(f), None) => u32::from(f),
                    _ => MANY,
                }
            })
            .collect()
    })
}

/// Appends the fold of `token` to `out`: `lang::fold_char_into` of each char, from a table where it can.
#[inline]
pub fn fold_into(token: &str, out: &mut String) {
    if token.is_ascii() {
        out.extend(token.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    let table = table();
    for c in token.chars() {
        let cp = u32::from(c);
        if cp < TABLE_START {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match table.get((cp - TABLE_START) as usize) {
            Some(&EMPTY) => {}
            Some(&v) if v != MANY => out.extend(char::from_u32(v)),
            _ => lang::fold_char_into(c, out),
        }
    }
}

/// The exact form of a token: lower case, NFC (the same as [`lang::lower_nfc`]).
pub fn lower_exact(token: &str) -> String {
    if is_nfc_quick(token.chars()) == IsNormalized::Yes {
        token.chars().flat_map(char::to_lowercase).collect()
    } else {
        lang::lower_nfc(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition of a token: a maximal run of `lang::is_word_char` characters.
    fn reference_tokens(s: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in s.char_indices() {
            match (lang::is_word_char(c), start) {
                (true, None) => start = Some(i),
                (false, Some(st)) => {
                    out.push((st, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(st) = start {
            out.push((st, s.len()));
        }
        out
    }

    /// The definition of the fold: `lang::fold_char_into` of every char.
    fn reference_fold(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars() {
            lang::fold_char_into(c, &mut out);
        }
        out
    }

    #[test]
    fn table_fold_equals_lang_fold_for_every_code_point() {
        let mut fast = String::new();
        let mut slow = String::new();
        for cp in 0..0x3_0000u32 {
            let Some(c) = char::from_u32(cp) else { continue };
            let s = c.to_string();
            fast.clear();
            fold_into(&s, &mut fast);
            slow.clear();
            lang::fold_char_into(c, &mut slow);
            assert_eq!(fast, slow, "U+{cp:04X}");
        }
    }

    #[test]
    fn word_table_equals_lang_for_every_code_point() {
        for cp in 0..0x3_0000u32 {
            let Some(c) = char::from_u32(cp) else { continue };
            if !c.is_ascii() {
                assert_eq!(is_word(c), lang::is_word_char(c), "U+{cp:04X}");
            }
        }
    }

    #[test]
    fn tokens_equal_lang_tokens_on_the_seeds() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let mut ours = Vec::new();
            for_each_token(&text, |s, e| ours.push((s, e)));
            let theirs = reference_tokens(&text);
            assert_eq!(ours, theirs);
        }
    }

    proptest::proptest! {
        #[test]
        fn tokens_and_folds_equal_lang(s in "\\PC{0,80}") {
            let mut ours = Vec::new();
            for_each_token(&s, |a, b| ours.push((a, b)));
            let theirs = reference_tokens(&s);
            proptest::prop_assert_eq!(ours, theirs);
            let mut folded = String::new();
            fold_into(&s, &mut folded);
            proptest::prop_assert_eq!(folded, reference_fold(&s));
            proptest::prop_assert_eq!(lower_exact(&s), lang::lower_nfc(&s));
        }

        #[test]
        fn nfd_vietnamese_folds_and_lowers_alike(s in "[a-zA-Zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ ]{0,30}") {
            use unicode_normalization::UnicodeNormalization;
            let nfd: String = s.nfd().collect();
            proptest::prop_assert_eq!(lower_exact(&nfd), lang::lower_nfc(&nfd));
            let mut a = String::new();
            fold_into(&nfd, &mut a);
            proptest::prop_assert_eq!(a, reference_fold(&s));
        }
    }
}
