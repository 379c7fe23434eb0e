//! Snippets: the best-matching sentence of a text, cut to a readable length, as plain-text parts flagged highlighted or not.
//!
//! Matching is on folded words, so a query `to lam` highlights `Tô Lâm`.
//! Highlighted words separated only by spaces form one part (`Tô Lâm`).

use super::{fold_term, text};
use serde::{Deserialize, Serialize};

/// The longest snippet, in characters (before the `…` marks).
pub const MAX_SNIPPET_CHARS: usize = 240;
/// How much of a body is searched for the best sentence, in bytes; keeps
/// snippets fast on huge articles (the hit itself is found by the index).
pub const MAX_SCAN_BYTES: usize = 256 * 1024;
/// Characters of context kept before the first match when a sentence is cut.
const LEAD_CHARS: usize = 60;

/// One run of snippet text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnippetPart {
    /// The text, verbatim from the article (render it as text, never as HTML).
    pub text: String,
    /// True for matched words.
    pub highlighted: bool,
}

/// A snippet: text parts in order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snippet {
    /// The parts; consecutive parts differ in `highlighted`.
    pub parts: Vec<SnippetPart>,
}

impl Snippet {
    /// The snippet as plain text.
    pub fn text(&self) -> String {
        self.parts.iter().map(|p| p.text.as_str()).collect()
    }

    /// The highlighted parts' texts.
    pub fn highlighted(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().filter(|p| p.highlighted).map(|p| p.text.as_str())
    }

    /// True when there is no text.
    pub fn is_empty(&self) -> bool {
        self.parts.iter().all(|p| p.text.is_empty())
    }

    /// Appends text, merging with the previous part when the flag is the same.
    fn push(&mut self, text: &str, highlighted: bool) {
        if text.is_empty() {
            return;
        }
        match self.parts.last_mut() {
            Some(last) if last.highlighted == highlighted => last.text.push_str(text),
            _ => self.parts.push(SnippetPart {
                text: text.to_string(),
                highlighted,
            }),
        }
    }
}

/// A word of the scanned text and whether it matches a query term.
struct Word {
    start: usize,
    end: usize,
    /// Index into the sorted terms when it matches.
    term: Option<usize>,
}

/// Tokenises `text` and marks the words whose folded form is in `terms` (sorted).
fn words(text: &str, terms: &[String]) -> Vec<Word> {
    let mut folded = String::new();
    let mut out = Vec::new();
    text::for_each_token(text, |start, end| {
        fold_term(&text[start..end], &mut folded);
        out.push(Word {
            start,
            end,
            term: terms.binary_search_by(|x| x.as_str().cmp(folded.as_str())).ok(),
        });
    });
    out
}

/// Sentence ranges (byte offsets) of `text`, by the app's one rule ([`crate::sentences::split`]), so a
/// snippet is the same sentence the meeting evidence quotes.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    crate::sentences::split(text)
        .into_iter()
        .map(|s| (s.start, s.end))
        .collect()
}

/// The best sentence of `body` for the query terms (folded, sorted), cut to
/// [`MAX_SNIPPET_CHARS`] around the first match, matches highlighted. Without
/// any match, the opening of the body.
///
/// Two passes keep it cheap: the first finds matching words only (a word is
/// folded only when its first letter could start a term), the second
/// tokenises the chosen sentence alone.
pub(crate) fn best_sentence(body: &str, terms: &[String]) -> Snippet {
    let mut cut = body.len().min(MAX_SCAN_BYTES);
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &body[..cut];
    // ASCII first letters of the terms; a non-ASCII first letter disables the shortcut.
    let mut firsts = [false; 128];
    let mut any_first = false;
    for t in terms {
        match t.bytes().next() {
            Some(b) if b.is_ascii() => firsts[usize::from(b)] = true,
            Some(_) => any_first = true,
            None => {}
        }
    }
    let mut matches: Vec<(usize, usize)> = Vec::new();
    let mut folded = String::new();
    text::for_each_token(text, |start, end| {
        let token = &text[start..end];
        if let Some(&b) = token.as_bytes().first() {
            if b.is_ascii() && !any_first && !firsts[usize::from(b.to_ascii_lowercase())] {
                return;
            }
        }
        fold_term(token, &mut folded);
        if let Ok(t) = terms.binary_search_by(|x| x.as_str().cmp(folded.as_str())) {
            matches.push((start, t));
        }
    });
    let mut best: Option<((usize, usize), usize)> = None;
    let mut m = 0;
    let mut seen: Vec<usize> = Vec::new();
    for (start, end) in sentences(text) {
        while matches.get(m).is_some_and(|&(s, _)| s < start) {
            m += 1;
        }
        seen.clear();
        let mut hits = 0;
        while let Some(&(_, t)) = matches.get(m).filter(|&&(s, _)| s < end) {
            hits += 1;
            if !seen.contains(&t) {
                seen.push(t);
            }
            m += 1;
        }
        // Distinct query words first, then how many matches (capped, so a list of names does not win).
        let score = seen.len() * 16 + hits.min(8);
        if best.is_none_or(|(_, s)| score > s) {
            best = Some(((start, end), score));
        }
        if matches.len() == m && best.is_some_and(|(_, s)| s > 0) && score == 0 {
            // No match is left further on: the best sentence is known.
            break;
        }
    }
    let Some(((start, end), _)) = best else {
        return Snippet::default();
    };
    let sentence = &text[start..end];
    let mut words = words(sentence, terms);
    for w in &mut words {
        w.start += start;
        w.end += start;
    }
    let inside: Vec<&Word> = words.iter().collect();
    let first_match = inside.iter().find(|x| x.term.is_some()).map(|x| x.start);
    let (from, to) = window(text, start, end, first_match, &inside);
    mark(text, from, to, &inside, from > start, to < end)
}

/// Chooses the part of a sentence to show: all of it when short, else
/// [`MAX_SNIPPET_CHARS`] starting a little before the first match, on word edges.
fn window(text: &str, start: usize, end: usize, first_match: Option<usize>, words: &[&Word]) -> (usize, usize) {
    if text[start..end].chars().count() <= MAX_SNIPPET_CHARS {
        return (start, end);
    }
    let anchor = first_match.unwrap_or(start);
    let lead_start = text[start..anchor]
        .char_indices()
        .rev()
        .nth(LEAD_CHARS)
        .map_or(start, |(i, _)| start + i);
    // Snap to the first word starting at or after the lead.
    let from = words
        .iter()
        .map(|w| w.start)
        .find(|&s| s >= lead_start)
        .map_or(start, |s| s.min(anchor));
    let limit = text[from..end]
        .char_indices()
        .nth(MAX_SNIPPET_CHARS)
        .map_or(end, |(i, _)| from + i);
    // Snap back to the end of the last word that fits.
    let to = words
        .iter()
        .rev()
        .map(|w| w.end)
        .find(|&e| e > from && e <= limit)
        .unwrap_or(limit);
    (from, to)
}

/// The parts of `text[from..to]`, matched words highlighted; `…` marks cut ends.
fn mark(text: &str, from: usize, to: usize, words: &[&Word], cut_start: bool, cut_end: bool) -> Snippet {
    let mut s = Snippet::default();
    if cut_start {
        s.push("…", false);
    }
    let mut at = from;
    let mut i = 0;
    let inside: Vec<&&Word> = words.iter().filter(|w| w.start >= from && w.end <= to).collect();
    while i < inside.len() {
        let w = inside[i];
        if w.term.is_none() {
            i += 1;
            continue;
        }
        // Extend over following matches separated only by white space.
        let mut last = w.end;
        let mut j = i + 1;
        while j < inside.len() && inside[j].term.is_some() && text[last..inside[j].start].trim().is_empty() {
            last = inside[j].end;
            j += 1;
        }
        s.push(&text[at..w.start], false);
        s.push(&text[w.start..last], true);
        at = last;
        i = j;
    }
    s.push(&text[at..to], false);
    if cut_end {
        s.push("…", false);
    }
    s
}

/// All of `text` with the words in `terms` (folded, sorted) highlighted.
pub(crate) fn highlight_all(text: &str, terms: &[String]) -> Snippet {
    let words = words(text, terms);
    let refs: Vec<&Word> = words.iter().collect();
    mark(text, 0, text.len(), &refs, false, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(list: &[&str]) -> Vec<String> {
        let mut t: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        t.sort();
        t
    }

    /// Renders highlighted parts in brackets.
    fn marked(s: &Snippet) -> String {
        s.parts
            .iter()
            .map(|p| {
                if p.highlighted {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect()
    }

    struct SentenceCase {
        name: &'static str,
        text: &'static str,
        want: &'static [&'static str],
    }

    const SENTENCES: &[SentenceCase] = &[
        SentenceCase {
            name: "full stops and question marks",
            text: "One here. Two there? Three!",
            want: &["One here.", "Two there?", "Three!"],
        },
        SentenceCase {
            name: "initials and ranks do not split",
            text: "Gen. To Lam met K. Shanmugam. They talked.",
            want: &["Gen. To Lam met K. Shanmugam.", "They talked."],
        },
        SentenceCase {
            name: "decimals do not split",
            text: "It cost 7.41 trillion VND. Done.",
            want: &["It cost 7.41 trillion VND.", "Done."],
        },
        SentenceCase {
            name: "paragraph breaks split",
            text: "Heading without stop\n\nBody text",
            want: &["Heading without stop", "Body text"],
        },
        SentenceCase {
            name: "vietnamese",
            text: "Thứ trưởng Lương Tam Quang nhấn mạnh. Hai Bên duy trì cơ chế",
            want: &["Thứ trưởng Lương Tam Quang nhấn mạnh.", "Hai Bên duy trì cơ chế"],
        },
        SentenceCase {
            name: "end mark",
            text: "search and rescue./. See more",
            want: &["search and rescue./.", "See more"],
        },
    ];

    #[test]
    fn splits_sentences() {
        for case in SENTENCES {
            let got: Vec<&str> = sentences(case.text).iter().map(|&(s, e)| &case.text[s..e]).collect();
            assert_eq!(got, case.want, "{}", case.name);
        }
    }

    struct SnippetCase {
        name: &'static str,
        body: &'static str,
        terms: &'static [&'static str],
        want: &'static str,
    }

    const SNIPPETS: &[SnippetCase] = &[
        SnippetCase {
            name: "folded match highlights the diacritic form as one part",
            body: "Hai Bên duy trì cơ chế. Đại tướng Tô Lâm tiếp ngài K. Shanmugam.",
            terms: &["to", "lam"],
            want: "Đại tướng [Tô Lâm] tiếp ngài K. Shanmugam.",
        },
        SnippetCase {
            name: "sentence with more distinct words wins",
            body: "Drug crime rose. Police fought drug trafficking and human trafficking together. Trafficking.",
            terms: &["human", "trafficking"],
            want: "Police fought drug [trafficking] and [human trafficking] together.",
        },
        SnippetCase {
            name: "no match gives the opening sentence",
            body: "The minister arrived. Talks followed.",
            terms: &["zzz"],
            want: "The minister arrived.",
        },
        SnippetCase {
            name: "glued words are not highlighted partially",
            body: "Minister GeneralTo Lam spoke. General To Lam left.",
            terms: &["to", "lam"],
            want: "General [To Lam] left.",
        },
    ];

    #[test]
    fn snippets() {
        for case in SNIPPETS {
            let got = best_sentence(case.body, &terms(case.terms));
            assert_eq!(marked(&got), case.want, "{}", case.name);
        }
    }

    #[test]
    fn long_sentences_are_cut_around_the_match() {
        let filler = "and the delegation discussed many further matters of shared concern ".repeat(8);
        let body = format!("Opening words {filler} before Interpol met {filler} at the end.");
        let got = best_sentence(&body, &terms(&["interpol"]));
        let text = got.text();
        assert!(text.starts_with('…') && text.ends_with('…'), "{text}");
        assert!(
            text.chars().count() <= MAX_SNIPPET_CHARS + 2,
            "{}",
            text.chars().count()
        );
        assert_eq!(got.highlighted().collect::<Vec<_>>(), ["Interpol"]);
        assert!(body.contains(text.trim_matches('…')));
    }

    #[test]
    fn highlight_all_keeps_every_character() {
        let title = "Việt Nam – Singapore tăng cường hợp tác phòng, chống tội phạm";
        let got = highlight_all(title, &terms(&["toi", "pham"]));
        assert_eq!(got.text(), title);
        assert_eq!(got.highlighted().collect::<Vec<_>>(), ["tội phạm"]);
    }

    #[test]
    fn empty_body_gives_empty_snippet() {
        assert!(best_sentence("", &terms(&["x"])).is_empty());
        assert!(best_sentence("  \n ", &terms(&["x"])).is_empty());
    }

    #[test]
    fn huge_single_line_body_is_scanned_in_bounded_time() {
        let body = "word ".repeat(4_000_000);
        let started = std::time::Instant::now();
        let got = best_sentence(&body, &terms(&["word"]));
        assert!(!got.is_empty());
        assert!(started.elapsed().as_secs() < 10);
    }

    proptest::proptest! {
        #[test]
        fn snippet_text_is_a_slice_of_the_body(body in "\\PC{0,300}", t in "[a-z]{1,3}") {
            let s = best_sentence(&body, &terms(&[t.as_str()]));
            let text = s.text();
            proptest::prop_assert!(body.contains(text.trim_matches('…')));
            let h = highlight_all(&body, &terms(&[t.as_str()]));
            proptest::prop_assert_eq!(h.text(), body);
        }
    }
}
