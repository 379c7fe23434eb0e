//! What reading a link ignored or changed, and why: `Notice`, the per-field `FieldError`, and `Echo`, a bounded safe quote of the input; each message in English (`Display`) or Vietnamese (`message`).

use super::Key;
use crate::date::PartialDate;
use crate::lang::Lang;
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

impl FieldError {
    /// The message in the interface language (`Display` is the English one).
    pub fn message(&self, lang: Lang) -> String {
        Localised(self, lang).to_string()
    }

    fn write(&self, f: &mut fmt::Formatter<'_>, lang: Lang) -> fmt::Result {
        let text = match (lang, self) {
            (_, FieldError::TooLong { max }) => {
                return match lang {
                    Lang::En => write!(f, "too long (at most {max} characters)"),
                    Lang::Vi => write!(f, "quá dài (tối đa {max} ký tự)"),
                };
            }
            (Lang::En, FieldError::NotAView) => "not a view (use timeline, search, article, entities or entity)",
            (Lang::En, FieldError::NotALevel) => "not a level (use minister or deputy-minister)",
            (Lang::En, FieldError::NotADate) => "not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
            (Lang::En, FieldError::NotARealDay) => "not a real date (check the month and the day)",
            (Lang::En, FieldError::NotACountry) => "not a country code (use ISO 3166 codes such as CN or SG)",
            (Lang::En, FieldError::NotALanguage) => "not a language (use en or vi)",
            (Lang::En, FieldError::NotAnEntity) => {
                "not an entity id (use kind:id, such as person:to-lam or country:CN)"
            }
            (Lang::En, FieldError::NotAnArticle) => "not an article id (use its 16 hexadecimal digits)",
            (Lang::En, FieldError::NotATopic) => "not a topic (use lower-case letters, digits and hyphens)",
            (Lang::Vi, FieldError::NotAView) => {
                "không phải tên trang (dùng timeline, search, article, entities hoặc entity)"
            }
            (Lang::Vi, FieldError::NotALevel) => "không phải cấp (dùng minister hoặc deputy-minister)",
            (Lang::Vi, FieldError::NotADate) => "không phải ngày tháng (dùng YYYY, YYYY-MM hoặc YYYY-MM-DD)",
            (Lang::Vi, FieldError::NotARealDay) => "không phải ngày có thật (hãy kiểm tra tháng và ngày)",
            (Lang::Vi, FieldError::NotACountry) => "không phải mã quốc gia (dùng mã ISO 3166 như CN hoặc SG)",
            (Lang::Vi, FieldError::NotALanguage) => "không phải ngôn ngữ (dùng en hoặc vi)",
            (Lang::Vi, FieldError::NotAnEntity) => {
                "không phải mã thực thể (dùng loại:mã, như person:to-lam hoặc country:CN)"
            }
            (Lang::Vi, FieldError::NotAnArticle) => "không phải mã bài viết (dùng 16 chữ số thập lục phân của bài)",
            (Lang::Vi, FieldError::NotATopic) => "không phải chủ đề (dùng chữ thường, chữ số và dấu gạch ngang)",
        };
        f.write_str(text)
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, Lang::En)
    }
}

/// A notice or field error written in a language.
struct Localised<'a, T>(&'a T, Lang);

impl fmt::Display for Localised<'_, FieldError> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write(f, self.1)
    }
}

impl fmt::Display for Localised<'_, Notice> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write(f, self.1)
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

impl Notice {
    /// The message in the interface language: `ignored from=banana: not a date …` /
    /// `bỏ qua from=banana: không phải ngày tháng …`. (`Display` is the English one.)
    pub fn message(&self, lang: Lang) -> String {
        Localised(self, lang).to_string()
    }

    fn write(&self, f: &mut fmt::Formatter<'_>, lang: Lang) -> fmt::Result {
        let vi = lang == Lang::Vi;
        match self {
            Notice::Invalid { key, value, error } => {
                let verb = if vi { "bỏ qua" } else { "ignored" };
                write!(f, "{verb} {key}={value}: {}", Localised(error, lang))
            }
            Notice::BadCountry { code } => {
                let verb = if vi { "bỏ qua quốc gia" } else { "ignored country" };
                write!(f, "{verb} {code}: {}", Localised(&FieldError::NotACountry, lang))
            }
            Notice::Repeated { key, kept, ignored } if vi => {
                write!(f, "khóa {key} lặp lại: giữ {key}={kept}, bỏ qua {key}={ignored}")
            }
            Notice::Repeated { key, kept, ignored } => {
                write!(f, "repeated key {key}: kept {key}={kept}, ignored {key}={ignored}")
            }
            Notice::UnknownKey { key, value, quiet } => {
                f.write_str(if vi { "bỏ qua " } else { "ignored " })?;
                if value.as_str().is_empty() {
                    write!(f, "{key}")?;
                } else {
                    write!(f, "{key}={value}")?;
                }
                if *quiet {
                    f.write_str(if vi {
                        ": khóa theo dõi, không dùng ở đây"
                    } else {
                        ": a tracking key, not used here"
                    })
                } else {
                    f.write_str(if vi {
                        ": khóa không dùng ở đây (dùng "
                    } else {
                        ": unknown key (use "
                    })?;
                    let or = if vi { " hoặc " } else { " or " };
                    for (i, k) in Key::ALL.iter().enumerate() {
                        let sep = match i {
                            0 => "",
                            _ if i + 1 == Key::ALL.len() => or,
                            _ => ", ",
                        };
                        write!(f, "{sep}{k}")?;
                    }
                    f.write_str(")")
                }
            }
            Notice::Shortened { key, max_chars } if vi => write!(f, "đã cắt {key} còn {max_chars} ký tự đầu"),
            Notice::Shortened { key, max_chars } => write!(f, "shortened {key} to its first {max_chars} characters"),
            Notice::BadEncoding { key, read_as } if vi => {
                write!(f, "{key} có mã phần trăm (%) sai: đã đọc thành “{read_as}”")
            }
            Notice::BadEncoding { key, read_as } => {
                write!(f, "{key} has bad percent-encoding: read it as “{read_as}”")
            }
            Notice::Swapped { from, to } if vi => write!(f, "from={from} sau to={to}: đã đổi chỗ hai giá trị"),
            Notice::Swapped { from, to } => write!(f, "from={from} is after to={to}: swapped them"),
            Notice::TooLong { bytes, read } if vi => {
                write!(
                    f,
                    "phần truy vấn của liên kết dài {bytes} byte: chỉ đọc {read} byte đầu"
                )
            }
            Notice::TooLong { bytes, read } => {
                write!(
                    f,
                    "the link's query is {bytes} bytes long: read only its first {read} bytes"
                )
            }
            Notice::TooManyPairs { read, ignored } if vi => {
                write!(
                    f,
                    "liên kết có quá nhiều tham số: đã đọc {read}, bỏ qua {ignored} tham số còn lại"
                )
            }
            Notice::TooManyPairs { read, ignored } => {
                write!(
                    f,
                    "the link has too many parameters: read {read}, ignored the other {ignored}"
                )
            }
            Notice::More { count } if vi => write!(f, "và {count} vấn đề khác"),
            Notice::More { count: 1 } => f.write_str("and 1 more problem"),
            Notice::More { count } => write!(f, "and {count} more problems"),
        }
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, Lang::En)
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

    /// One notice of each kind, as the link reader makes them.
    fn one_of_each() -> Vec<Notice> {
        let date = PartialDate::Year(2024);
        vec![
            Notice::Invalid {
                key: Key::From,
                value: Echo::new("banana"),
                error: FieldError::NotADate,
            },
            Notice::BadCountry { code: Echo::new("ZZ") },
            Notice::Repeated {
                key: Key::Level,
                kept: Echo::new("minister"),
                ignored: Echo::new("deputy-minister"),
            },
            Notice::UnknownKey {
                key: Echo::new("contry"),
                value: Echo::new("CN"),
                quiet: false,
            },
            Notice::UnknownKey {
                key: Echo::new("utm_source"),
                value: Echo::new("x"),
                quiet: true,
            },
            Notice::Shortened {
                key: Key::Q,
                max_chars: 256,
            },
            Notice::BadEncoding {
                key: Key::Q,
                read_as: Echo::new("a%zz"),
            },
            Notice::Swapped {
                from: date,
                to: PartialDate::Year(2019),
            },
            Notice::TooLong {
                bytes: 9000,
                read: 8192,
            },
            Notice::TooManyPairs { read: 64, ignored: 3 },
            Notice::More { count: 1 },
            Notice::More { count: 4 },
        ]
    }

    #[test]
    fn every_notice_reads_in_both_languages_and_keeps_what_it_quotes() {
        for n in one_of_each() {
            let en = n.message(Lang::En);
            let vi = n.message(Lang::Vi);
            assert_eq!(en, n.to_string(), "Display is the English message");
            assert_ne!(en, vi, "{en}: not translated");
            assert!(!vi.is_empty());
            // What the notice quotes from the link is quoted the same in both.
            for quoted in [
                "banana",
                "ZZ",
                "contry=CN",
                "utm_source=x",
                "a%zz",
                "from=2024",
                "9000",
                "8192",
                "64",
            ] {
                assert_eq!(en.contains(quoted), vi.contains(quoted), "{quoted}: {en} / {vi}");
            }
        }
    }

    #[test]
    fn vietnamese_notices() {
        let rows: &[(Notice, &str)] = &[
            (
                Notice::Invalid {
                    key: Key::From,
                    value: Echo::new("banana"),
                    error: FieldError::NotADate,
                },
                "bỏ qua from=banana: không phải ngày tháng (dùng YYYY, YYYY-MM hoặc YYYY-MM-DD)",
            ),
            (
                Notice::BadCountry { code: Echo::new("ZZ") },
                "bỏ qua quốc gia ZZ: không phải mã quốc gia (dùng mã ISO 3166 như CN hoặc SG)",
            ),
            (
                Notice::Invalid {
                    key: Key::Q,
                    value: Echo::new("x"),
                    error: FieldError::TooLong { max: 256 },
                },
                "bỏ qua q=x: quá dài (tối đa 256 ký tự)",
            ),
            (Notice::More { count: 1 }, "và 1 vấn đề khác"),
            (
                Notice::UnknownKey {
                    key: Echo::new("contry"),
                    value: Echo::new(""),
                    quiet: false,
                },
                "bỏ qua contry: khóa không dùng ở đây (dùng view, q, country, level, from, to, entity, lang, article, topic hoặc ui)",
            ),
        ];
        for (n, want) in rows {
            assert_eq!(n.message(Lang::Vi), *want);
        }
    }

    #[test]
    fn every_field_error_reads_in_both_languages() {
        let all = [
            FieldError::NotAView,
            FieldError::NotALevel,
            FieldError::NotADate,
            FieldError::NotARealDay,
            FieldError::NotACountry,
            FieldError::NotALanguage,
            FieldError::NotAnEntity,
            FieldError::NotAnArticle,
            FieldError::NotATopic,
            FieldError::TooLong { max: 80 },
        ];
        for e in all {
            assert_eq!(e.message(Lang::En), e.to_string());
            assert_ne!(e.message(Lang::Vi), e.to_string(), "{e}");
        }
    }
}
