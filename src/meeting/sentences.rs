//! Sentence splitting for evidence: byte ranges of the sentences of a story, aware of abbreviations ("Gen.", "Lieut.", "No.", "Dr", "U.S."), initials ("K. Shanmugam") and Vietnamese.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (closing quotes and brackets kept
//! with it) when white space follows and the next word starts with a capital
//! letter, a digit or an opening quote or bracket; a line break always ends
//! one. A full stop does not end a sentence after a single letter (an
//! initial, or the last letter of `U.S.`) or after a known abbreviation. One
//! pass over the text: linear time.

/// A sentence: byte range into the text it was split from, white space trimmed at both ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

/// Words that end in a full stop without ending the sentence (compared in lower case, without the stop).
const ABBREVIATIONS: &[&str] = &[
    // ranks and titles
    "gen", "lieut", "lt", "col", "maj", "capt", "cpt", "sgt", "brig", "adm", "cmdr", "gov", "sen", "rep", "pres", "amb",
    "dr", "mr", "mrs", "ms", "prof", "rev", "hon", "excl", "insp", "supt", "cdr", "gen'l",
    // Vietnamese honorifics and degrees: "TS.", "ThS.", "PGS.", "GS.", "TP." (thành phố), "Q." is an initial.
    "ts", "ths", "pgs", "gs", "tp", "tt", "bs", // references and companies
    "no", "nos", "vol", "art", "para", "fig", "st", "jr", "sr", "inc", "corp", "ltd", "co", "dept", "est", "approx",
    "vs", "cf", "ref", // months
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Closing characters that stay with the sentence before them.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}')
}

/// True when a sentence may start with `c`.
fn can_start(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '«' | '(' | '[' | '\'' | '-' | '–' | '—')
}

/// The run of letters ending just before byte `at` of `text`.
fn word_before(text: &str, at: usize) -> &str {
    let head = text.get(..at).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || *c == '\'')
        .last()
        .map_or(at, |(i, _)| i);
    head.get(start..).unwrap_or("")
}

/// True when the full stop at byte `at` closes an abbreviation or an initial, not a sentence.
fn is_abbreviation(text: &str, at: usize) -> bool {
    let word = word_before(text, at);
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (None, _) => false,
        // A single letter: an initial ("K. Shanmugam") or the end of "U.S.", "Q. 1".
        (Some(c), None) => c.is_alphabetic(),
        _ => {
            let lower = word.to_lowercase();
            ABBREVIATIONS.contains(&lower.as_str())
        }
    }
}

/// Splits `text` into sentences. Every returned span is non-empty, trimmed, on char boundaries, in order and
/// disjoint.
pub fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let cut_at = match c {
            '\n' | '\r' => Some(i),
            '.' | '!' | '?' | '…' => {
                // Keep runs of stops ("...", "./.") and closers with the sentence.
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = iter.peek() {
                    if matches!(d, '.' | '!' | '?' | '…' | '/') || is_closer(d) {
                        end = j + d.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
                let rest = text.get(end..).unwrap_or("");
                let mut after = rest.chars();
                let spaced = after.next().is_some_and(char::is_whitespace);
                let next = rest.trim_start().chars().next();
                let starts = next.is_none_or(can_start);
                let abbrev = c == '.' && end == i + 1 && is_abbreviation(text, i);
                (spaced && starts && !abbrev).then_some(end)
            }
            _ => None,
        };
        if let Some(end) = cut_at {
            push(text, start, end, &mut out);
            start = end;
        }
    }
    push(text, start, text.len(), &mut out);
    out
}

/// Adds `text[start..end]`, trimmed, when it is not empty.
fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(piece) = text.get(start..end) else {
        return;
    };
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(Span {
            start: start + lead,
            end: start + lead + trimmed.len(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Row {
        name: &'static str,
        text: &'static str,
        want: &'static [&'static str],
    }

    const ROWS: &[Row] = &[
        Row {
            name: "two plain sentences",
            text: "The talks ended. They signed an MoU.",
            want: &["The talks ended.", "They signed an MoU."],
        },
        Row {
            name: "rank abbreviation",
            text: "Minister of Public Security Gen. To Lam held talks. He Rong agreed.",
            want: &["Minister of Public Security Gen. To Lam held talks.", "He Rong agreed."],
        },
        Row {
            name: "initial",
            text: "Nhận lời mời của ngài K. Shanmugam, Bộ trưởng. Thứ trưởng cảm ơn.",
            want: &["Nhận lời mời của ngài K. Shanmugam, Bộ trưởng.", "Thứ trưởng cảm ơn."],
        },
        Row {
            name: "U.S. and No.",
            text: "The U.S. Department of Justice signed Decree No. 5 with Lieut. Col. Tran. Then they left!",
            want: &[
                "The U.S. Department of Justice signed Decree No. 5 with Lieut. Col. Tran.",
                "Then they left!",
            ],
        },
        Row {
            name: "Dr without stop and with stop",
            text: "Dr. Krissanapong Kirtikara visited. Dr Lee spoke.",
            want: &["Dr. Krissanapong Kirtikara visited.", "Dr Lee spoke."],
        },
        Row {
            name: "lower-case next word does not split",
            text: "It grew 4.5 percent, e.g. in trade. Next year too.",
            want: &["It grew 4.5 percent, e.g. in trade.", "Next year too."],
        },
        Row {
            name: "closing quote stays",
            text: "He said “we agree.” The meeting ended.",
            want: &["He said “we agree.”", "The meeting ended."],
        },
        Row {
            name: "paragraphs and VNA end mark",
            text: "First paragraph ends here\n\nThe eighth meeting will be held in China in 2022./. Teaser",
            want: &[
                "First paragraph ends here",
                "The eighth meeting will be held in China in 2022./.",
                "Teaser",
            ],
        },
        Row {
            name: "year before stop splits",
            text: "It was signed in 2018. Đây là cuộc hội đàm lần thứ 5.",
            want: &["It was signed in 2018.", "Đây là cuộc hội đàm lần thứ 5."],
        },
        Row {
            name: "Vietnamese city abbreviation",
            text: "Tại TP. Hồ Chí Minh, hai bên hội đàm. Sau đó ký kết.",
            want: &["Tại TP. Hồ Chí Minh, hai bên hội đàm.", "Sau đó ký kết."],
        },
        Row {
            name: "empty and blank",
            text: "  \n\n ",
            want: &[],
        },
    ];

    #[test]
    fn splits_sentences() {
        for row in ROWS {
            let got: Vec<&str> = split(row.text).iter().map(|s| &row.text[s.start..s.end]).collect();
            assert_eq!(got, row.want, "{}", row.name);
        }
    }

    proptest::proptest! {
        #[test]
        fn spans_are_ordered_trimmed_slices(s in "\\PC{0,300}") {
            let spans = split(&s);
            let mut last = 0;
            for sp in spans {
                proptest::prop_assert!(sp.start >= last && sp.start < sp.end);
                let piece = s.get(sp.start..sp.end);
                proptest::prop_assert!(piece.is_some());
                let piece = piece.unwrap_or_default();
                proptest::prop_assert_eq!(piece, piece.trim());
                last = sp.end;
            }
        }
    }
}
