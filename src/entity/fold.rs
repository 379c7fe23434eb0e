//! Folded text with a map back to the original bytes, case rules for gazetteer forms, and segmenting of long text.
//!
//! Gazetteers match on folded text (`crate::lang::fold` plus one space for any
//! run of white space, `-` for any dash, `'` for any apostrophe). Folding
//! changes byte lengths (`ộ` is 3 bytes, `o` is 1; a stripped mark is 0), so
//! every folded byte remembers the original byte where its character starts.

use crate::lang::{fold_char_into, is_word_char};
use unicode_normalization::char::{canonical_combining_class, decompose_canonical};

/// Longest segment (bytes) handed to the matchers at once; longer lines are cut at a space or sentence end.
pub(crate) const SEGMENT_BYTES: usize = 16 * 1024;

/// Folds one character the way the gazetteers see it; appends to `out`.
pub(crate) fn fold_gazetteer_char(c: char, out: &mut String) {
    match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => out.push('-'),
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '`' | '\u{00B4}' => out.push('\''),
        _ => fold_char_into(c, out),
    }
}

/// Folds a gazetteer form: the same fold as the text, white space collapsed, trimmed.
pub(crate) fn fold_form(s: &str) -> String {
    FoldedText::new(s).text.trim().to_string()
}

/// A folded copy of a text and, for each folded byte, the original byte offset of the character it came from.
pub(crate) struct FoldedText {
    /// The folded text.
    pub text: String,
    /// `map[i]` = start (in the original) of the character that produced folded byte `i`.
    map: Vec<u32>,
}

impl FoldedText {
    /// Folds `original` (at most 4 GiB; callers pass segments of [`SEGMENT_BYTES`]).
    pub fn new(original: &str) -> FoldedText {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len());
        let mut in_space = false;
        let mut buf = String::new();
        for (i, c) in original.char_indices() {
            let at = u32::try_from(i).unwrap_or(u32::MAX);
            if c.is_whitespace() {
                if !in_space {
                    text.push(' ');
                    map.push(at);
                }
                in_space = true;
                continue;
            }
            in_space = false;
            buf.clear();
            fold_gazetteer_char(c, &mut buf);
            text.push_str(&buf);
            map.extend(std::iter::repeat_n(at, buf.len()));
        }
        FoldedText { text, map }
    }

    /// Maps a folded byte range back to the original: `(start, end)` on char boundaries, with trailing
    /// combining marks of the last character included. `None` for an empty or out-of-range span.
    pub fn original_span(&self, original: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        if start >= end || end > self.map.len() {
            return None;
        }
        let o_start = *self.map.get(start)? as usize;
        let last = *self.map.get(end - 1)? as usize;
        let c = original.get(last..)?.chars().next()?;
        let mut o_end = last + c.len_utf8();
        for m in original.get(o_end..)?.chars() {
            if is_mark(m) {
                o_end += m.len_utf8();
            } else {
                break;
            }
        }
        Some((o_start, o_end))
    }
}

/// True for a combining mark (it decorates the character before it).
pub(crate) fn is_mark(c: char) -> bool {
    canonical_combining_class(c) != 0
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Lower-cases a word, NFC: a fast path for ASCII and for text already in NFC (the usual case).
pub(crate) fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    match unicode_normalization::is_nfc_quick(s.chars()) {
        unicode_normalization::IsNormalized::Yes => s.chars().flat_map(char::to_lowercase).collect(),
        _ => crate::lang::lower_nfc(s),
    }
}

/// Removes combining marks but keeps case and `đ`: `"Tô Lâm"` → `"To Lam"`.
pub(crate) fn strip_marks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        decompose_canonical(c, |d| {
            if !is_mark(d) {
                out.push(d);
            }
        });
    }
    out
}

/// How the case of one word of a gazetteer form must appear in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordCase {
    /// Any case (`drug trafficking`).
    Any,
    /// First letter upper case (`Singapore`, `Public Security`).
    Capital,
    /// Exactly as written, marks aside (`MoPS`, `VNA`, `U.S.`).
    Exact,
}

/// The case rule of a form: one [`WordCase`] per word (words = runs of letters and digits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CaseRule {
    words: Vec<(WordCase, String)>,
}

/// The words of a text: runs of word characters, marks stripped, case kept.
fn words_of(s: &str) -> Vec<String> {
    let stripped = strip_marks(s);
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in stripped.chars() {
        if is_word_char(c) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

impl CaseRule {
    /// Derives the rule from how a form is written in a data table.
    pub fn of_form(form: &str) -> CaseRule {
        let no_space = !form.trim().contains(char::is_whitespace);
        let uppers = form.chars().filter(|c| c.is_uppercase()).count();
        let whole_exact = no_space && uppers >= 2;
        let words = words_of(form)
            .into_iter()
            .map(|w| {
                let up = w.chars().filter(|c| c.is_uppercase()).count();
                let first_up = w.chars().next().is_some_and(char::is_uppercase);
                let case = if whole_exact || up >= 2 {
                    WordCase::Exact
                } else if first_up {
                    WordCase::Capital
                } else {
                    WordCase::Any
                };
                (case, w)
            })
            .collect();
        CaseRule { words }
    }

    /// True when the rule asks nothing of the case.
    pub fn is_any(&self) -> bool {
        self.words.iter().all(|(c, _)| *c == WordCase::Any)
    }

    /// True when `text` (the original span) satisfies the rule.
    pub fn accepts(&self, text: &str) -> bool {
        if self.is_any() {
            return true;
        }
        let mut got = WordRuns::new(text);
        for (case, want) in &self.words {
            let Some(word) = got.next() else {
                return false;
            };
            let ok = match case {
                WordCase::Any => true,
                WordCase::Capital => word.chars().next().is_some_and(|c| !c.is_lowercase()),
                WordCase::Exact if word.is_ascii() => word == want,
                WordCase::Exact => strip_marks(word) == *want,
            };
            if !ok {
                return false;
            }
        }
        got.next().is_none()
    }
}

/// The runs of word characters of a text (as in [`words_of`], without stripping marks or allocating).
struct WordRuns<'a> {
    rest: &'a str,
}

impl<'a> WordRuns<'a> {
    fn new(s: &'a str) -> WordRuns<'a> {
        WordRuns { rest: s }
    }
}

impl<'a> Iterator for WordRuns<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let start = self.rest.find(|c: char| is_word_char(c) && !is_mark(c))?;
        let from = self.rest.get(start..)?;
        let len = from
            .char_indices()
            .find(|(_, c)| !is_word_char(*c))
            .map_or(from.len(), |(i, _)| i);
        let word = from.get(..len)?;
        self.rest = from.get(len..).unwrap_or("");
        Some(word)
    }
}

/// Cuts a text into segments of at most about [`SEGMENT_BYTES`]: at line breaks, and inside a long line
/// after a sentence end or, failing that, a space. Returns `(start, end)` byte ranges covering the text.
pub(crate) fn segments(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    while start < text.len() {
        let line_end = text
            .get(start..)
            .and_then(|t| t.find('\n'))
            .map_or(text.len(), |i| start + i);
        if line_end - start <= SEGMENT_BYTES {
            out.push((start, line_end));
            start = line_end + 1;
            continue;
        }
        // A long line: look for a cut point after SEGMENT_BYTES / 2.
        let from = start + SEGMENT_BYTES / 2;
        let to = start + SEGMENT_BYTES;
        let mut cut = None;
        let mut space = None;
        for i in from..to {
            match bytes.get(i) {
                Some(b' ') => {
                    if i > 0 && matches!(bytes.get(i - 1), Some(b'.' | b'!' | b'?' | b';')) {
                        cut = Some(i);
                        break;
                    }
                    space.get_or_insert(i);
                }
                None => break,
                _ => {}
            }
        }
        let mut end = cut.or(space).unwrap_or(to).min(text.len());
        while end < text.len() && !text.is_char_boundary(end) {
            end += 1;
        }
        out.push((start, end));
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_spans_map_back() {
        let s = "Bộ  Công an\u{00A0}và Tô\u{0302} Lâm";
        let f = FoldedText::new(s);
        assert_eq!(f.text, "bo cong an va to lam");
        let at = f.text.find("cong an").unwrap();
        let (a, b) = f.original_span(s, at, at + 7).unwrap();
        assert_eq!(&s[a..b], "Công an");
        let at = f.text.find("to lam").unwrap();
        let (a, b) = f.original_span(s, at, at + 6).unwrap();
        assert_eq!(&s[a..b], "Tô\u{0302} Lâm");
    }

    #[test]
    fn case_rules() {
        let rows: &[(&str, &str, bool)] = &[
            ("MoPS", "MoPS", true),
            ("MoPS", "mops", false),
            ("MoPS", "MOPS", false),
            ("Singapore", "singapore", false),
            ("Singapore", "SINGAPORE", true),
            ("the Interior", "the interior", false),
            ("the Interior", "The Interior", true),
            ("drug trafficking", "Drug Trafficking", true),
            ("U.S.", "U.S.", true),
            ("U.S.", "u.s.", false),
            ("Lao PDR", "Lao PDR", true),
            ("Lao PDR", "Lao Pdr", false),
            ("Việt Nam", "VIỆT NAM", true),
            ("Việt Nam", "việt nam", false),
        ];
        for (form, text, want) in rows {
            assert_eq!(CaseRule::of_form(form).accepts(text), *want, "{form} vs {text}");
        }
    }

    #[test]
    fn segments_cover_the_text() {
        let long = "word ".repeat(10_000);
        let text = format!("a\nb c\n{long}\n");
        let segs = segments(&text);
        assert!(segs.iter().all(|(a, b)| b - a <= SEGMENT_BYTES));
        assert_eq!(segs[0], (0, 1));
        let covered: usize = segs.iter().map(|(a, b)| b - a).sum();
        assert!(covered + segs.len() >= text.len() - 1);
    }
}
