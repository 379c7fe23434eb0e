//! The query language: words, quoted phrases, `-` exclusions, prefix matching of the last word typed, and one typo for long words.
//!
//! | Input                 | Meaning                                                        |
//! |-----------------------|----------------------------------------------------------------|
//! | `to lam`              | both words required (any case or diacritics), ranked by BM25F  |
//! | `traffick`            | the last word also matches completions while typing            |
//! | `cooperaton`          | words of 5+ letters also match words one edit away, unless the |
//! |                       | corpus knows the word itself well ([`KNOWN_WORD_DOCS`](super::KNOWN_WORD_DOCS))|
//! | `"Bộ Công an"`        | the words adjacent and in order (smart quotes work too)        |
//! | `high-tech`, `05/04`  | a word with inner punctuation is a phrase of its parts         |
//! | `-drug`, `-"see more"`| articles with the word or phrase are left out                  |
//!
//! Parsing never fails on odd input: an unclosed quote runs to the end, very
//! long input is cut. Those repairs are reported by [`Query::repairs`]; only a
//! query with nothing to look for is an error ([`QueryError::Empty`],
//! [`QueryError::OnlyExclusions`]).

use super::term_forms;
use crate::lang;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The longest query read, in characters; the rest is dropped (and reported).
pub const MAX_QUERY_CHARS: usize = 256;
/// The most clauses (words, phrases, exclusions) a query keeps; the rest are dropped (and reported).
pub const MAX_CLAUSES: usize = 16;
/// The most words a phrase keeps.
pub const MAX_PHRASE_WORDS: usize = 12;
/// The shortest word (in characters, after folding) that tolerates a typo.
pub const MIN_FUZZY_CHARS: usize = 5;

/// Why a query cannot run as typed. The first two are errors (nothing to
/// search); the next two are repairs reported alongside a usable query; the
/// last asks the caller to load parts of a split index and search again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum QueryError {
    /// No words at all (empty, spaces or punctuation only).
    Empty,
    /// Only `-word` exclusions: nothing to look for.
    OnlyExclusions,
    /// A quote was opened and not closed; the phrase was taken to run to the end.
    UnbalancedQuote,
    /// The query was longer than the limit and was cut.
    TooLong {
        /// The limit that applied (characters or clauses).
        max: usize,
    },
    /// The query reads posting lists of index shards that are not loaded yet
    /// (see [`SearchIndex::split`](super::SearchIndex::split)): load these
    /// shards (numbers, ascending) with
    /// [`add_shard`](super::SearchIndex::add_shard) and search again. Nothing
    /// partial is returned meanwhile.
    NeedShards(Vec<u16>),
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryError::Empty => f.write_str("type a word to search for"),
            QueryError::OnlyExclusions => {
                f.write_str("add a word to look for: -word only leaves out articles that contain it")
            }
            QueryError::UnbalancedQuote => {
                f.write_str("a quote is not closed, so the phrase runs to the end of the query")
            }
            QueryError::TooLong { max } => write!(f, "the query is too long; only its first {max} parts were used"),
            QueryError::NeedShards(shards) => write!(
                f,
                "searching needs {} more part{} of the index",
                shards.len(),
                if shards.len() == 1 { "" } else { "s" }
            ),
        }
    }
}

impl std::error::Error for QueryError {}

/// One word of a query, in the forms the index knows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueryWord {
    /// The folded form (lower case, marks stripped, `đ`→`d`): what must match.
    pub folded: String,
    /// The exact lower-case form, when the query wrote diacritics (`tô`); a
    /// document with this exact form ranks higher.
    pub exact: Option<String>,
    /// Also match words starting with `folded` (the word being typed).
    pub prefix: bool,
    /// Also match words one edit away (words of [`MIN_FUZZY_CHARS`] or more
    /// characters outside quotes, unless the corpus knows the word itself well).
    pub fuzzy: bool,
}

/// One part of a query: a word or a phrase, required or excluded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clause {
    /// The words, adjacent and in order when there are several.
    pub words: Vec<QueryWord>,
    /// True for `-word` / `-"phrase"`: matching articles are left out.
    pub negated: bool,
    /// True when the user wrote quotes (no typo tolerance then).
    pub quoted: bool,
}

/// A parsed query. Build it with [`Query::parse`]; run it with
/// [`SearchIndex::search`](super::SearchIndex::search).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Query {
    clauses: Vec<Clause>,
    repairs: Vec<QueryError>,
}

/// True for the characters that open or close a phrase.
fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„')
}

impl Query {
    /// Parses what the user typed. Never panics; linear in the input (which is
    /// cut to [`MAX_QUERY_CHARS`]). Errors only when nothing is left to look for.
    pub fn parse(input: &str) -> Result<Query, QueryError> {
        let mut repairs = Vec::new();
        // A string of at most MAX_QUERY_CHARS bytes has at most that many characters.
        let long = input.len() > MAX_QUERY_CHARS;
        let cut = match long.then(|| input.char_indices().nth(MAX_QUERY_CHARS)).flatten() {
            Some((at, _)) => {
                repairs.push(QueryError::TooLong { max: MAX_QUERY_CHARS });
                &input[..at]
            }
            None => input,
        };
        let text = lang::normalize(cut);
        // The last word is still being typed unless a space (or a closing quote) ends the input.
        let open_end = text.chars().next_back().is_some_and(|c| !c.is_whitespace());
        let mut clauses: Vec<Clause> = Vec::new();
        let mut rest = text.as_str();
        loop {
            rest = rest.trim_start();
            let Some(first) = rest.chars().next() else { break };
            let mut negated = false;
            if first == '-' {
                let next = rest[1..].chars().next();
                if next.is_some_and(|c| is_quote(c) || lang::is_word_char(c)) {
                    negated = true;
                }
                rest = &rest[1..];
                if !negated {
                    continue;
                }
            }
            let Some(c) = rest.chars().next() else { break };
            let (words_text, quoted, at_end, closed) = if is_quote(c) {
                let inner = &rest[c.len_utf8()..];
                match inner.char_indices().find(|&(_, q)| is_quote(q)) {
                    Some((at, q)) => {
                        rest = &inner[at + q.len_utf8()..];
                        (&inner[..at], true, false, true)
                    }
                    None => {
                        repairs.push(QueryError::UnbalancedQuote);
                        rest = "";
                        (inner, true, true, false)
                    }
                }
            } else {
                let end = rest
                    .find(|ch: char| ch.is_whitespace() || is_quote(ch))
                    .unwrap_or(rest.len());
                let chunk = &rest[..end];
                rest = &rest[end..];
                (chunk, false, rest.is_empty(), false)
            };
            let mut words = Vec::new();
            let mut folded = String::new();
            for token in lang::tokenize(words_text).into_iter().take(MAX_PHRASE_WORDS) {
                let exact = term_forms(token.text, &mut folded);
                if folded.is_empty() {
                    continue;
                }
                words.push(QueryWord {
                    folded: folded.clone(),
                    exact,
                    prefix: false,
                    fuzzy: false,
                });
            }
            let single = words.len() == 1;
            if let Some(last) = words.last_mut() {
                last.prefix = at_end && open_end && !negated && !closed;
            }
            if single && !quoted && !negated {
                for w in &mut words {
                    w.fuzzy = w.folded.chars().count() >= MIN_FUZZY_CHARS;
                }
            }
            if words.is_empty() {
                continue;
            }
            let clause = Clause { words, negated, quoted };
            if clauses.contains(&clause) {
                continue;
            }
            if clauses.len() == MAX_CLAUSES {
                repairs.push(QueryError::TooLong { max: MAX_CLAUSES });
                break;
            }
            clauses.push(clause);
        }
        if clauses.is_empty() {
            return Err(QueryError::Empty);
        }
        if clauses.iter().all(|c| c.negated) {
            return Err(QueryError::OnlyExclusions);
        }
        repairs.dedup();
        Ok(Query { clauses, repairs })
    }

    /// The clauses, in the order typed.
    pub fn clauses(&self) -> &[Clause] {
        &self.clauses
    }

    /// What was repaired to run the query anyway (unclosed quote, cut input).
    pub fn repairs(&self) -> &[QueryError] {
        &self.repairs
    }

    /// True when there is nothing to search for (only for `Query::default()`).
    pub fn is_empty(&self) -> bool {
        self.clauses.iter().all(|c| c.negated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compact rendering of a parsed query for table rows: `-` negated,
    /// `"…"` phrases, `*` prefix, `~` fuzzy, `=exact` when diacritics were typed.
    fn render(q: &Query) -> String {
        q.clauses()
            .iter()
            .map(|c| {
                let words: Vec<String> = c
                    .words
                    .iter()
                    .map(|w| {
                        let mut s = w.folded.clone();
                        if let Some(e) = &w.exact {
                            s.push('=');
                            s.push_str(e);
                        }
                        if w.prefix {
                            s.push('*');
                        }
                        if w.fuzzy {
                            s.push('~');
                        }
                        s
                    })
                    .collect();
                let body = if c.quoted || words.len() > 1 {
                    format!("\"{}\"", words.join(" "))
                } else {
                    words.join(" ")
                };
                if c.negated {
                    format!("-{body}")
                } else {
                    body
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    struct ParseCase {
        name: &'static str,
        input: &'static str,
        want: Result<&'static str, QueryError>,
        repairs: &'static [QueryError],
    }

    const PARSES: &[ParseCase] = &[
        ParseCase {
            name: "plain words, last one typed",
            input: "to lam",
            want: Ok("to lam*"),
            repairs: &[],
        },
        ParseCase {
            name: "trailing space closes the last word",
            input: "to lam ",
            want: Ok("to lam"),
            repairs: &[],
        },
        ParseCase {
            name: "diacritics keep an exact form",
            input: "Tô Lâm ",
            want: Ok("to=tô lam=lâm"),
            repairs: &[],
        },
        ParseCase {
            name: "upper case with diacritics",
            input: "TÔ LÂM ",
            want: Ok("to=tô lam=lâm"),
            repairs: &[],
        },
        ParseCase {
            name: "nfd input is composed first",
            input: "To\u{0302} ",
            want: Ok("to=tô"),
            repairs: &[],
        },
        ParseCase {
            name: "long words tolerate a typo, short do not",
            input: "cooperaton with drug ",
            want: Ok("cooperaton~ with drug"),
            repairs: &[],
        },
        ParseCase {
            name: "quoted phrase",
            input: "\"Bộ Công an\"",
            want: Ok("\"bo=bộ cong=công an\""),
            repairs: &[],
        },
        ParseCase {
            name: "smart quotes",
            input: "“human trafficking” china",
            want: Ok("\"human trafficking\" china*~"),
            repairs: &[],
        },
        ParseCase {
            name: "one quoted word is exact",
            input: "\"darmanin\" ",
            want: Ok("\"darmanin\""),
            repairs: &[],
        },
        ParseCase {
            name: "unclosed quote runs to the end and the last word is a prefix",
            input: "\"human traff",
            want: Ok("\"human traff*\""),
            repairs: &[QueryError::UnbalancedQuote],
        },
        ParseCase {
            name: "exclusions",
            input: "crime -drug -\"human trafficking\" ",
            want: Ok("crime~ -drug -\"human trafficking\""),
            repairs: &[],
        },
        ParseCase {
            name: "an excluded last word is not a prefix",
            input: "crime -drug",
            want: Ok("crime~ -drug"),
            repairs: &[],
        },
        ParseCase {
            name: "inner hyphen makes a phrase, not an exclusion",
            input: "high-tech crime ",
            want: Ok("\"high tech\" crime~"),
            repairs: &[],
        },
        ParseCase {
            name: "a date is a phrase of numbers",
            input: "05/04/2024 ",
            want: Ok("\"05 04 2024\""),
            repairs: &[],
        },
        ParseCase {
            name: "lone and double dashes are ignored",
            input: "- -- interpol ",
            want: Ok("interpol~"),
            repairs: &[],
        },
        ParseCase {
            name: "repeated words count once",
            input: "police police ",
            want: Ok("police~"),
            repairs: &[],
        },
        ParseCase {
            name: "đ folds to d with an exact form",
            input: "Đảng ",
            want: Ok("dang=đảng"),
            repairs: &[],
        },
        ParseCase {
            name: "empty",
            input: "",
            want: Err(QueryError::Empty),
            repairs: &[],
        },
        ParseCase {
            name: "punctuation only",
            input: " ... !!! \"\" ",
            want: Err(QueryError::Empty),
            repairs: &[],
        },
        ParseCase {
            name: "only exclusions",
            input: "-drug -\"see more\"",
            want: Err(QueryError::OnlyExclusions),
            repairs: &[],
        },
        ParseCase {
            name: "lone quote",
            input: "\"",
            want: Err(QueryError::Empty),
            repairs: &[],
        },
    ];

    #[test]
    fn parses() {
        for case in PARSES {
            let got = Query::parse(case.input);
            match (&got, &case.want) {
                (Ok(q), Ok(want)) => {
                    assert_eq!(render(q), *want, "{}", case.name);
                    assert_eq!(q.repairs(), case.repairs, "{}", case.name);
                }
                (Err(e), Err(want)) => assert_eq!(e, want, "{}", case.name),
                _ => panic!("{}: got {got:?}, want {:?}", case.name, case.want),
            }
        }
    }

    #[test]
    fn ten_kilobytes_of_junk_is_cut_not_fatal() {
        let junk: String = "ab\"-cd ".repeat(1500);
        assert!(junk.len() > 10_000);
        let q = Query::parse(&junk).unwrap();
        assert!(q.repairs().contains(&QueryError::TooLong { max: MAX_QUERY_CHARS }));
        assert!(q.clauses().len() <= MAX_CLAUSES);
    }

    #[test]
    fn many_words_are_capped() {
        let many: String = (0..40).map(|i| format!("w{i} ")).collect();
        let q = Query::parse(&many).unwrap();
        assert_eq!(q.clauses().len(), MAX_CLAUSES);
        assert_eq!(q.repairs(), &[QueryError::TooLong { max: MAX_CLAUSES }]);
    }

    #[test]
    fn errors_say_what_to_do() {
        for e in [
            QueryError::Empty,
            QueryError::OnlyExclusions,
            QueryError::UnbalancedQuote,
            QueryError::TooLong { max: 16 },
        ] {
            assert!(e.to_string().len() > 20, "{e:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn parsing_never_panics_and_respects_limits(s in "\\PC{0,400}") {
            if let Ok(q) = Query::parse(&s) {
                proptest::prop_assert!(q.clauses().len() <= MAX_CLAUSES);
                proptest::prop_assert!(q.clauses().iter().any(|c| !c.negated));
                for c in q.clauses() {
                    proptest::prop_assert!(!c.words.is_empty() && c.words.len() <= MAX_PHRASE_WORDS);
                    for w in &c.words {
                        proptest::prop_assert!(!w.folded.is_empty());
                        proptest::prop_assert_eq!(w.folded.to_lowercase(), w.folded.clone());
                    }
                }
            }
        }

        #[test]
        fn quote_and_dash_soup_never_panics(s in "[\"“”\\- a-zđô]{0,60}") {
            let _ = Query::parse(&s);
        }
    }
}
