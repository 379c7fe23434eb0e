//! What reading a link ignored or changed, and why: `Notice`, the per-field `FieldError`, and `Echo`, a bounded safe quote of the input.

use super::Key;
use crate::date::PartialDate;
use std::fmt;

/// Most characters of an input value quoted back in a notice (40); longer values end in `…`.
pub const ECHO_MAX_CHARS: usize = 40;

/// A piece of the link quoted back to the reader: at most [`ECHO_MAX_CHARS`]
/// characters, control and bidirectional-formatting characters replaced by `�`
/// so a notice cannot be made to read differently from what it says. It is
/// plain text (`<script>` stays `<script>`); the UI renders it as text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Echo(String);

impl Echo {
    /// Quotes `s`, bounded and cleaned. Reads at most `ECHO_MAX_CHARS + 1` characters of `s`.
    pub fn new(s: &str) -> Echo {
        let mut out = String::new();
        let mut chars = s.chars();
        for c in chars.by_ref().take(ECHO_MAX_CHARS) {
            out.push(if is_unsafe_to_echo(c) { '\u{FFFD}' } else { c });
        }
        if chars.next().is_some() {
            out.push('…');
        }
        Echo(out)
    }

    /// The quoted text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Echo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Control characters and the Unicode bidirectional formatting characters.
fn is_unsafe_to_echo(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
}

/// Why one value cannot be used for its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldError {
    /// `view` is not one of the five views.
    NotAView,
    /// `level` is not `minister` or `deputy-minister`.
    NotALevel,
    /// `from`/`to` is not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    NotADate,
    /// `from`/`to` has the right form but names no real day or month (`2023-02-30`, `2024-13`).
    NotARealDay,
    /// A `country` item is not an assigned ISO 3166-1 alpha-2 code.
    NotACountry,
    /// `lang`/`ui` is not `en` or `vi`.
    NotALanguage,
    /// `entity` is not `kind:id` (`[a-z]+:[A-Za-z0-9-]+`).
    NotAnEntity,
    /// `article` is not 16 hexadecimal digits.
    NotAnArticle,
    /// `topic` is not a slug of lower-case letters, digits and hyphens.
    NotATopic,
    /// The value is longer than the key allows.
    TooLong {
        /// The most characters allowed.
        max: usize,
    },
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::NotAView => f.write_str("not a view (use timeline, search, article, entities or entity)"),
            FieldError::NotALevel => f.write_str("not a level (use minister or deputy-minister)"),
            FieldError::NotADate => f.write_str("not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"),
            FieldError::NotARealDay => f.write_str("not a real date (check the month and the day)"),
            FieldError::NotACountry => f.write_str("not a country code (use ISO 3166 codes such as CN or SG)"),
            FieldError::NotALanguage => f.write_str("not a language (use en or vi)"),
            FieldError::NotAnEntity => {
                f.write_str("not an entity id (use kind:id, such as person:to-lam or country:CN)")
            }
            FieldError::NotAnArticle => f.write_str("not an article id (use its 16 hexadecimal digits)"),
            FieldError::NotATopic => f.write_str("not a topic (use lower-case letters, digits and hyphens)"),
            FieldError::TooLong { max } => write!(f, "too long (at most {max} characters)"),
        }
    }
}

impl std::error::Error for FieldError {}

/// One thing [`super::Filters::from_query`] ignored or changed, with a message a person can act on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Notice {
    /// A value that cannot be used for its key; the key keeps its earlier value or default.
    Invalid {
        /// The key.
        key: Key,
        /// The value as read.
        value: Echo,
        /// Why it was ignored.
        error: FieldError,
    },
    /// One item of the `country` list that is not an assigned code; the other items were kept.
    BadCountry {
        /// The item as read.
        code: Echo,
    },
    /// A key given again with a different valid value; the first valid value was kept.
    Repeated {
        /// The key.
        key: Key,
        /// The value kept (canonical form).
        kept: Echo,
        /// The value ignored, as read.
        ignored: Echo,
    },
    /// A key this app does not use.
    UnknownKey {
        /// The key as read.
        key: Echo,
        /// Its value as read (may be empty).
        value: Echo,
        /// True for well-known tracking keys (`utm_*`, `fbclid`, ...): the UI need not show it.
        quiet: bool,
    },
    /// A value was cut to the longest allowed (only `q`).
    Shortened {
        /// The key.
        key: Key,
        /// The characters kept.
        max_chars: usize,
    },
    /// A value with bad percent-encoding was used as read, stray `%` kept and broken bytes as `�` (only `q`).
    BadEncoding {
        /// The key.
        key: Key,
        /// What the value was read as.
        read_as: Echo,
    },
    /// `from` was after `to`; they were swapped.
    Swapped {
        /// The `from` given.
        from: PartialDate,
        /// The `to` given.
        to: PartialDate,
    },
    /// The query string was longer than [`super::raw::MAX_QUERY_BYTES`]; only its start was read.
    TooLong {
        /// Bytes in the query string.
        bytes: usize,
        /// Bytes read (whole pairs only).
        read: usize,
    },
    /// The query string had more than [`super::raw::MAX_PAIRS`] pairs; the rest were ignored.
    TooManyPairs {
        /// Pairs read.
        read: usize,
        /// Pairs ignored.
        ignored: usize,
    },
    /// More notices than [`super::MAX_NOTICES`]; this many were not listed.
    More {
        /// Notices left out.
        count: usize,
    },
}

impl Notice {
    /// True for notices the UI may leave unshown (tracking keys added by other sites).
    pub fn is_quiet(&self) -> bool {
        matches!(self, Notice::UnknownKey { quiet: true, .. })
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::Invalid { key, value, error } => write!(f, "ignored {key}={value}: {error}"),
            Notice::BadCountry { code } => write!(f, "ignored country {code}: {}", FieldError::NotACountry),
            Notice::Repeated { key, kept, ignored } => {
                write!(f, "repeated key {key}: kept {key}={kept}, ignored {key}={ignored}")
            }
            Notice::UnknownKey { key, value, quiet } => {
                f.write_str("ignored ")?;
                if value.as_str().is_empty() {
                    write!(f, "{key}")?;
                } else {
                    write!(f, "{key}={value}")?;
                }
                if *quiet {
                    f.write_str(": a tracking key, not used here")
                } else {
                    f.write_str(": unknown key (use ")?;
                    for (i, k) in Key::ALL.iter().enumerate() {
                        let sep = match i {
                            0 => "",
                            _ if i + 1 == Key::ALL.len() => " or ",
                            _ => ", ",
                        };
                        write!(f, "{sep}{k}")?;
                    }
                    f.write_str(")")
                }
            }
            Notice::Shortened { key, max_chars } => write!(f, "shortened {key} to its first {max_chars} characters"),
            Notice::BadEncoding { key, read_as } => {
                write!(f, "{key} has bad percent-encoding: read it as “{read_as}”")
            }
            Notice::Swapped { from, to } => write!(f, "from={from} is after to={to}: swapped them"),
            Notice::TooLong { bytes, read } => {
                write!(
                    f,
                    "the link's query is {bytes} bytes long: read only its first {read} bytes"
                )
            }
            Notice::TooManyPairs { read, ignored } => {
                write!(
                    f,
                    "the link has too many parameters: read {read}, ignored the other {ignored}"
                )
            }
            Notice::More { count: 1 } => f.write_str("and 1 more problem"),
            Notice::More { count } => write!(f, "and {count} more problems"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echo_bounds_and_cleans() {
        let rows: &[(&str, &str)] = &[
            ("banana", "banana"),
            ("<script>", "<script>"),
            ("a\u{202E}b\nc", "a\u{FFFD}b\u{FFFD}c"),
            (
                "0123456789012345678901234567890123456789",
                "0123456789012345678901234567890123456789",
            ),
            (
                "01234567890123456789012345678901234567890",
                "0123456789012345678901234567890123456789…",
            ),
            ("", ""),
        ];
        for (input, want) in rows {
            assert_eq!(Echo::new(input).as_str(), *want, "{input:?}");
        }
        let huge = "ô".repeat(100_000);
        assert_eq!(Echo::new(&huge).as_str().chars().count(), ECHO_MAX_CHARS + 1);
    }

    #[test]
    fn unknown_key_lists_the_known_ones() {
        let n = Notice::UnknownKey {
            key: Echo::new("contry"),
            value: Echo::new("CN"),
            quiet: false,
        };
        assert_eq!(
            n.to_string(),
            "ignored contry=CN: unknown key (use view, q, country, level, from, to, entity, lang, article, topic or ui)"
        );
        assert!(!n.is_quiet());
    }
}
