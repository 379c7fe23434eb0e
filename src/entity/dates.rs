//! Date expressions in English and Vietnamese ("October 8", "December 12-13, 2023", "ngày 03/4", "từ ngày 03 - 05/4/2024", "chiều qua") and their ids.
//!
//! A date keeps exactly what the text gives: a day without a year is
//! `--MM-DD`, never a guessed year. Ids (after `date:`) are ISO 8601 forms:
//! `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD`, `--MM`, a range `A/B` of two of
//! these, or `yesterday`, `today`, `tomorrow` for words relative to the
//! article's own date.

use crate::date::{days_in_month, is_valid_month_day};
use crate::lang::{Lang, Token};
use std::fmt;

/// A point in time as far as the text gives it: at least a year or a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DatePoint {
    /// Year (1000..=2999) when stated.
    pub year: Option<u16>,
    /// Month (1..=12) when stated.
    pub month: Option<u8>,
    /// Day of the month when stated (needs a month).
    pub day: Option<u8>,
}

impl DatePoint {
    /// A checked point: a day needs a month, and must exist in that month (29 February only in leap years
    /// when the year is known); years are 1000..=2999.
    pub fn new(year: Option<u16>, month: Option<u8>, day: Option<u8>) -> Option<DatePoint> {
        if year.is_some_and(|y| !(1000..=2999).contains(&y)) {
            return None;
        }
        match (month, day) {
            (None, Some(_)) => return None,
            (None, None) if year.is_none() => return None,
            (Some(m), None) if !(1..=12).contains(&m) => return None,
            (Some(m), Some(d)) => {
                let ok = match year {
                    Some(y) => d >= 1 && d <= days_in_month(y, m),
                    None => is_valid_month_day(m, d),
                };
                if !ok {
                    return None;
                }
            }
            _ => {}
        }
        Some(DatePoint { year, month, day })
    }
}

impl fmt::Display for DatePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}"),
            (None, Some(m), None) => write!(f, "--{m:02}"),
            (None, None, _) => Ok(()),
        }
    }
}

/// A date expression found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateExpr {
    /// One day, month or year.
    Point(DatePoint),
    /// From the first to the second, inclusive ("03 - 05/4/2024", "December 12-13, 2023").
    Range(DatePoint, DatePoint),
    /// Days relative to the article's date: -1 yesterday ("chiều qua"), 0 today, 1 tomorrow.
    Relative(i8),
}

impl fmt::Display for DateExpr {
    /// The id form (without `date:`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateExpr::Point(p) => p.fmt(f),
            DateExpr::Range(a, b) => write!(f, "{a}/{b}"),
            DateExpr::Relative(-1) => f.write_str("yesterday"),
            DateExpr::Relative(1) => f.write_str("tomorrow"),
            DateExpr::Relative(_) => f.write_str("today"),
        }
    }
}

fn parse_point(s: &str) -> Option<DatePoint> {
    let num = |p: &str, len: usize| -> Option<u16> {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    if let Some(rest) = s.strip_prefix("--") {
        let parts: Vec<&str> = rest.split('-').collect();
        return match parts.as_slice() {
            [m] => DatePoint::new(None, Some(u8::try_from(num(m, 2)?).ok()?), None),
            [m, d] => DatePoint::new(
                None,
                Some(u8::try_from(num(m, 2)?).ok()?),
                Some(u8::try_from(num(d, 2)?).ok()?),
            ),
            _ => None,
        };
    }
    let parts: Vec<&str> = s.split('-').collect();
    match parts.as_slice() {
        [y] => DatePoint::new(Some(num(y, 4)?), None, None),
        [y, m] => DatePoint::new(Some(num(y, 4)?), Some(u8::try_from(num(m, 2)?).ok()?), None),
        [y, m, d] => DatePoint::new(
            Some(num(y, 4)?),
            Some(u8::try_from(num(m, 2)?).ok()?),
            Some(u8::try_from(num(d, 2)?).ok()?),
        ),
        _ => None,
    }
}

/// Reads a date id value (the part after `date:`), the inverse of `DateExpr`'s `Display`.
pub fn parse_date_value(s: &str) -> Option<DateExpr> {
    match s {
        "yesterday" => return Some(DateExpr::Relative(-1)),
        "today" => return Some(DateExpr::Relative(0)),
        "tomorrow" => return Some(DateExpr::Relative(1)),
        _ => {}
    }
    match s.split_once('/') {
        Some((a, b)) => Some(DateExpr::Range(parse_point(a)?, parse_point(b)?)),
        None => Some(DateExpr::Point(parse_point(s)?)),
    }
}

/// A date found in a segment: byte span (relative to the segment) and value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FoundDate {
    pub start: usize,
    pub end: usize,
    pub expr: DateExpr,
}

const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Words after which a bare year or month is a date ("in 2022", "since October").
const EN_BEFORE_YEAR: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "to",
    "of",
    "year",
    "before",
    "after",
    "during",
    "early",
    "late",
    "mid",
    "through",
    "throughout",
    "between",
    "and",
    "or",
    "around",
    "last",
    "next",
    "this",
    "fiscal",
];

/// Vietnamese words after which a bare `d/m` is a date ("sáng 25/9", "ngày 3/4", "từ 3 đến 5/4").
const VI_BEFORE_DAY: &[&str] = &[
    "ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "từ", "đến", "tới", "và", "hoặc", "qua", "nay",
];

/// Time-of-day words that make "X qua" yesterday and "X nay" today.
const VI_PART_OF_DAY: &[&str] = &["hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya"];

fn lower(t: &Token<'_>) -> String {
    super::fold::lower(t.text)
}

fn digits(t: &Token<'_>) -> Option<u32> {
    (t.text.len() <= 4 && !t.text.is_empty() && t.text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.text.parse().ok())
        .flatten()
}

/// A day number: 1..=31, with or without an English ordinal suffix ("8th").
fn day_of(t: &Token<'_>) -> Option<u8> {
    let s = t.text;
    let num_len = s.bytes().take_while(u8::is_ascii_digit).count();
    if num_len == 0 || num_len > 2 {
        return None;
    }
    let suffix = s.get(num_len..)?.to_ascii_lowercase();
    if !matches!(suffix.as_str(), "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let d: u8 = s.get(..num_len)?.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn month_num(t: &Token<'_>) -> Option<u8> {
    let d = digits(t)?;
    (t.text.len() <= 2 && (1..=12).contains(&d)).then(|| u8::try_from(d).ok())?
}

fn year_of(t: &Token<'_>) -> Option<u16> {
    let d = digits(t)?;
    (t.text.len() == 4 && (1900..=2100).contains(&d)).then(|| u16::try_from(d).ok())?
}

/// An English month name or abbreviation, capitalised.
fn month_name(t: &Token<'_>) -> Option<u8> {
    if !t.text.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let l = t.text.to_ascii_lowercase();
    MONTHS.iter().find(|(n, _)| *n == l).map(|(_, m)| *m)
}

/// Scans one segment's tokens for dates.
pub(crate) fn scan(seg: &str, toks: &[Token<'_>], lang: Lang) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let found = match lang {
            Lang::En => english_at(seg, toks, i).or_else(|| numeric_at(seg, toks, i, lang)),
            Lang::Vi => vietnamese_at(seg, toks, i).or_else(|| numeric_at(seg, toks, i, lang)),
        };
        match found {
            Some((last, expr)) => {
                if let (Some(a), Some(b)) = (toks.get(i), toks.get(last)) {
                    out.push(FoundDate {
                        start: a.start,
                        end: b.end,
                        expr,
                    });
                }
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// The text between token `i - 1` and token `i`.
fn gap<'a>(seg: &'a str, toks: &[Token<'_>], i: usize) -> &'a str {
    match (i.checked_sub(1).and_then(|p| toks.get(p)), toks.get(i)) {
        (Some(a), Some(b)) => seg.get(a.end..b.start).unwrap_or(""),
        _ => "",
    }
}

fn is_space(g: &str) -> bool {
    !g.is_empty() && g.chars().all(char::is_whitespace)
}

fn is_dash(g: &str) -> bool {
    matches!(g.trim(), "-" | "–" | "—" | "‐" | "−")
}

fn word_is(toks: &[Token<'_>], i: usize, words: &[&str]) -> bool {
    toks.get(i).is_some_and(|t| words.contains(&lower(t).as_str()))
}

/// English "Month D[-D2][, YYYY]", "Month YYYY", "D Month [YYYY]", years after a preposition, relative words.
fn english_at(seg: &str, toks: &[Token<'_>], i: usize) -> Option<(usize, DateExpr)> {
    let t = toks.get(i)?;
    let prev_word = |k: usize| k.checked_sub(1).and_then(|p| toks.get(p)).map(lower);
    if let Some(m) = month_name(t) {
        let abbrev_gap = |g: &str| is_space(g) || g.trim() == "." || g == ". ";
        // Month D ...
        if let Some(d) = toks
            .get(i + 1)
            .filter(|_| abbrev_gap(gap(seg, toks, i + 1)))
            .and_then(day_of)
        {
            let mut last = i + 1;
            let mut d2 = None;
            if let Some(e) = toks.get(i + 2).and_then(day_of) {
                if is_dash(gap(seg, toks, i + 2)) && e > d {
                    d2 = Some(e);
                    last = i + 2;
                }
            }
            if d2.is_none() && word_is(toks, i + 2, &["to", "and", "until", "till"]) {
                if let Some(e) = toks.get(i + 3).and_then(day_of).filter(|e| *e > d) {
                    if is_space(gap(seg, toks, i + 3)) {
                        d2 = Some(e);
                        last = i + 3;
                    }
                }
            }
            let mut year = None;
            if let Some(y) = toks.get(last + 1).and_then(year_of) {
                let g = gap(seg, toks, last + 1).trim();
                if g.is_empty() || g == "," {
                    year = Some(y);
                    last += 1;
                }
            }
            let a = DatePoint::new(year, Some(m), Some(d))?;
            return Some(match d2 {
                Some(e) => (last, DateExpr::Range(a, DatePoint::new(year, Some(m), Some(e))?)),
                None => (last, DateExpr::Point(a)),
            });
        }
        // Month YYYY
        if let Some(y) = toks.get(i + 1).and_then(year_of) {
            let g = gap(seg, toks, i + 1).trim();
            if g.is_empty() || g == "," {
                return Some((i + 1, DateExpr::Point(DatePoint::new(Some(y), Some(m), None)?)));
            }
        }
        // "in October", "since March" (not "May": a verb far more often than a month).
        if m != 5 && prev_word(i).is_some_and(|w| EN_BEFORE_YEAR.contains(&w.as_str())) {
            return Some((i, DateExpr::Point(DatePoint::new(None, Some(m), None)?)));
        }
        return None;
    }
    // D Month [YYYY], D-D2 Month [YYYY]
    if let Some(d) = day_of(t) {
        let mut j = i + 1;
        let mut d2 = None;
        if let Some(e) = toks.get(i + 1).and_then(day_of) {
            if is_dash(gap(seg, toks, i + 1)) && e > d {
                d2 = Some(e);
                j = i + 2;
            }
        }
        if let Some(m) = toks.get(j).filter(|_| is_space(gap(seg, toks, j))).and_then(month_name) {
            let mut last = j;
            let mut year = None;
            if let Some(y) = toks.get(j + 1).and_then(year_of) {
                let g = gap(seg, toks, j + 1).trim();
                if g.is_empty() || g == "," {
                    year = Some(y);
                    last = j + 1;
                }
            }
            let a = DatePoint::new(year, Some(m), Some(d))?;
            return Some(match d2 {
                Some(e) => (last, DateExpr::Range(a, DatePoint::new(year, Some(m), Some(e))?)),
                None => (last, DateExpr::Point(a)),
            });
        }
    }
    // Years: "in 2022", "since 2018", "2020-2025".
    if let Some(y) = year_of(t) {
        return year_or_range(
            seg,
            toks,
            i,
            y,
            prev_word(i).is_some_and(|w| EN_BEFORE_YEAR.contains(&w.as_str())),
        );
    }
    if !(5..=9).contains(&t.text.len()) || !t.text.is_ascii() {
        return None;
    }
    let w = t.text.to_ascii_lowercase();
    match w.as_str() {
        "yesterday" => Some((i, DateExpr::Relative(-1))),
        "today" => Some((i, DateExpr::Relative(0))),
        "tomorrow" => Some((i, DateExpr::Relative(1))),
        _ => None,
    }
}

/// A bare year (when `context` allows) or a year range `YYYY-YYYY`.
fn year_or_range(seg: &str, toks: &[Token<'_>], i: usize, y: u16, context: bool) -> Option<(usize, DateExpr)> {
    if let Some(y2) = toks.get(i + 1).and_then(year_of) {
        if is_dash(gap(seg, toks, i + 1)) && y2 > y && y2 - y <= 50 {
            let not_numeric = !gap(seg, toks, i + 2).starts_with(['-', '/', '.']) || toks.get(i + 2).is_none();
            if not_numeric {
                return Some((
                    i + 1,
                    DateExpr::Range(
                        DatePoint::new(Some(y), None, None)?,
                        DatePoint::new(Some(y2), None, None)?,
                    ),
                ));
            }
        }
    }
    let g_after = match toks.get(i + 1) {
        Some(_) => gap(seg, toks, i + 1),
        None => "",
    };
    let numeric_next = g_after.starts_with(['/', '-', '.', ',']) && g_after.len() == 1;
    if context && !numeric_next && !gap(seg, toks, i).ends_with(['/', '-', '.']) {
        return Some((i, DateExpr::Point(DatePoint::new(Some(y), None, None)?)));
    }
    None
}

/// Numeric dates: `05/04/2024`, `16-1-2026`, `2024-04-05`, `03 - 05/4/2024`, and `25/9` after a day word.
fn numeric_at(seg: &str, toks: &[Token<'_>], i: usize, lang: Lang) -> Option<(usize, DateExpr)> {
    let t = toks.get(i)?;
    let sep_at = |k: usize| {
        let g = gap(seg, toks, k);
        match g {
            "/" | "-" | "." => Some(g),
            _ => None,
        }
    };
    // ISO YYYY-MM-DD
    if let Some(y) = year_of(t) {
        if sep_at(i + 1) == Some("-") && sep_at(i + 2) == Some("-") {
            let m = toks.get(i + 1).and_then(month_num)?;
            let d = toks.get(i + 2).and_then(day_of)?;
            return Some((i + 2, DateExpr::Point(DatePoint::new(Some(y), Some(m), Some(d))?)));
        }
        return None;
    }
    let d = day_of(t).filter(|_| digits(t).is_some())?;
    // Day range "03 - 05/4[/2024]" or "3-5/4".
    if is_dash(gap(seg, toks, i + 1)) {
        if let Some(d2) = toks.get(i + 1).filter(|x| digits(x).is_some()).and_then(day_of) {
            if d2 > d && sep_at(i + 2) == Some("/") {
                let m = toks.get(i + 2).and_then(month_num)?;
                let (last, year) = match (sep_at(i + 3), toks.get(i + 3).and_then(year_of)) {
                    (Some("/"), Some(y)) => (i + 3, Some(y)),
                    _ => (i + 2, None),
                };
                if year.is_some() || day_context(seg, toks, i, lang) {
                    return Some((
                        last,
                        DateExpr::Range(
                            DatePoint::new(year, Some(m), Some(d))?,
                            DatePoint::new(year, Some(m), Some(d2))?,
                        ),
                    ));
                }
            }
        }
    }
    let sep = sep_at(i + 1)?;
    let m = toks.get(i + 1).and_then(month_num)?;
    if sep_at(i + 2) == Some(sep) {
        if let Some(y) = toks.get(i + 2).and_then(year_of) {
            // Not part of a longer number chain (1.2.2024.5).
            if sep_at(i + 3).is_none() {
                return Some((i + 2, DateExpr::Point(DatePoint::new(Some(y), Some(m), Some(d))?)));
            }
        }
        return None;
    }
    if sep == "/" && lang == Lang::Vi && day_context(seg, toks, i, lang) && sep_at(i + 2).is_none() {
        return Some((i + 1, DateExpr::Point(DatePoint::new(None, Some(m), Some(d))?)));
    }
    None
}

/// True when a day-month without a year is preceded by a day word or an opening parenthesis.
fn day_context(seg: &str, toks: &[Token<'_>], i: usize, lang: Lang) -> bool {
    if lang != Lang::Vi {
        return false;
    }
    let g = gap(seg, toks, i);
    if g.trim_end().ends_with('(')
        || (i == 0
            && seg
                .get(..toks.get(i).map_or(0, |t| t.start))
                .is_some_and(|s| s.trim_end().ends_with('(')))
    {
        return true;
    }
    i > 0 && is_space(g) && word_is(toks, i - 1, VI_BEFORE_DAY)
}

/// Vietnamese word forms: "ngày D tháng M năm Y", "ngày 03/4", "tháng 4/2024", "năm 2024", "chiều qua".
fn vietnamese_at(seg: &str, toks: &[Token<'_>], i: usize) -> Option<(usize, DateExpr)> {
    let t = toks.get(i)?;
    // Every word form below is 2 to 6 letters long.
    if t.text.chars().count() > 6 || t.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let first = t
        .text
        .chars()
        .next()
        .map(|c| crate::lang::fold(c.encode_utf8(&mut [0; 4])));
    if !first.is_some_and(|f| matches!(f.as_str(), "n" | "t" | "h" | "s" | "c" | "d" | "k")) {
        return None;
    }
    let w = lower(t);
    let next_space = |k: usize| is_space(gap(seg, toks, k));
    match w.as_str() {
        "ngày" => {
            // ngày D tháng M [năm Y]
            if let Some(d) = toks.get(i + 1).filter(|_| next_space(i + 1)).and_then(day_of) {
                if word_is(toks, i + 2, &["tháng"]) {
                    let m = toks.get(i + 3).and_then(month_num)?;
                    if word_is(toks, i + 4, &["năm"]) {
                        if let Some(y) = toks.get(i + 5).and_then(year_of) {
                            return Some((i + 5, DateExpr::Point(DatePoint::new(Some(y), Some(m), Some(d))?)));
                        }
                    }
                    return Some((i + 3, DateExpr::Point(DatePoint::new(None, Some(m), Some(d))?)));
                }
                // ngày 03/4, ngày 03 - 05/4/2024: the numeric scanner reads from the number on.
                let (last, expr) = numeric_at(seg, toks, i + 1, Lang::Vi)?;
                return Some((last, expr));
            }
            // "ngày mai" = tomorrow
            if word_is(toks, i + 1, &["mai"]) && next_space(i + 1) {
                return Some((i + 1, DateExpr::Relative(1)));
            }
            None
        }
        "tháng" => {
            let m = toks.get(i + 1).filter(|_| next_space(i + 1)).and_then(month_num)?;
            if gap(seg, toks, i + 2) == "/" {
                if let Some(y) = toks.get(i + 2).and_then(year_of) {
                    return Some((i + 2, DateExpr::Point(DatePoint::new(Some(y), Some(m), None)?)));
                }
            }
            if word_is(toks, i + 2, &["năm"]) {
                if let Some(y) = toks.get(i + 3).and_then(year_of) {
                    return Some((i + 3, DateExpr::Point(DatePoint::new(Some(y), Some(m), None)?)));
                }
            }
            // "tháng 10" alone is the month, but "tháng 10 năm" without a year is not a date we can read.
            Some((i + 1, DateExpr::Point(DatePoint::new(None, Some(m), None)?)))
        }
        "năm" => {
            let y = toks.get(i + 1).filter(|_| next_space(i + 1)).and_then(year_of)?;
            year_or_range(seg, toks, i + 1, y, true)
        }
        _ if VI_PART_OF_DAY.contains(&w.as_str()) => {
            let n = toks.get(i + 1).filter(|_| next_space(i + 1))?;
            let rel = match lower(n).as_str() {
                "qua" => -1,
                "nay" => 0,
                _ => return None,
            };
            // "chiều qua" is yesterday afternoon, but "qua" also means "through": take it only before a
            // pause, a capitalised word, a number or the end.
            let after = gap(seg, toks, i + 2);
            let pause = toks.get(i + 2).is_none()
                || after.contains([',', '.', ';', ':', '(', ')', '-', '–'])
                || toks.get(i + 2).is_some_and(|x| {
                    x.text
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                });
            pause.then_some((i + 1, DateExpr::Relative(rel)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::tokenize;

    fn find(text: &str, lang: Lang) -> Vec<(String, String)> {
        let toks = tokenize(text);
        scan(text, &toks, lang)
            .into_iter()
            .map(|d| (text[d.start..d.end].to_string(), d.expr.to_string()))
            .collect()
    }

    struct Row {
        name: &'static str,
        lang: Lang,
        text: &'static str,
        want: &'static [(&'static str, &'static str)],
    }

    const ROWS: &[Row] = &[
        Row {
            name: "month day",
            lang: Lang::En,
            text: "took place in Hanoi on October 8.",
            want: &[("October 8", "--10-08")],
        },
        Row {
            name: "day range with year",
            lang: Lang::En,
            text: "the State visit from December 12-13, 2023, saying",
            want: &[("December 12-13, 2023", "2023-12-12/2023-12-13")],
        },
        Row {
            name: "month year and bare year",
            lang: Lang::En,
            text: "the previous meeting in Beijing in October 2018, and promote cooperation to 2022.",
            want: &[("October 2018", "2018-10"), ("2022", "2022")],
        },
        Row {
            name: "in year",
            lang: Lang::En,
            text: "The eighth meeting will be held in China in 2022. Since 2018, four raids.",
            want: &[("2022", "2022"), ("2018", "2018")],
        },
        Row {
            name: "day month year",
            lang: Lang::En,
            text: "signed on 8 October 2024 and 19th April.",
            want: &[("8 October 2024", "2024-10-08"), ("19th April", "--04-19")],
        },
        Row {
            name: "to range",
            lang: Lang::En,
            text: "visited Vietnam from July 6 to 8 to deepen ties",
            want: &[("July 6 to 8", "--07-06/--07-08")],
        },
        Row {
            name: "not dates",
            lang: Lang::En,
            text: "It may rain. 2,000 people; 1-billion-tree project; 126,250 square kilometres; March forward; 1/2 of them.",
            want: &[],
        },
        Row {
            name: "invalid day",
            lang: Lang::En,
            text: "on February 30, 2023 and on February 29, 2024",
            want: &[("February 29, 2024", "2024-02-29")],
        },
        Row {
            name: "vi day range",
            lang: Lang::Vi,
            text: "từ ngày 03 - 05/4/2024, Đoàn công tác",
            want: &[("ngày 03 - 05/4/2024", "2024-04-03/2024-04-05")],
        },
        Row {
            name: "vi day month",
            lang: Lang::Vi,
            text: "Trong khuôn khổ chuyến công tác, ngày 03/4, Thứ trưởng",
            want: &[("ngày 03/4", "--04-03")],
        },
        Row {
            name: "vi full numeric and year",
            lang: Lang::Vi,
            text: "05/04/2024\nThỏa thuận đã ký năm 2018 trong năm 2024.",
            want: &[("05/04/2024", "2024-04-05"), ("năm 2018", "2018"), ("năm 2024", "2024")],
        },
        Row {
            name: "vi dashes and part of day",
            lang: Lang::Vi,
            text: "Chiều 25/9, hội nghị; ngày 16-1-2026 khai mạc; chiều qua, Bộ trưởng",
            want: &[("25/9", "--09-25"), ("ngày 16-1-2026", "2026-01-16"), ("chiều qua", "yesterday")],
        },
        Row {
            name: "vi words",
            lang: Lang::Vi,
            text: "ngày 3 tháng 4 năm 2024 và tháng 10/2018, tháng 12",
            want: &[("ngày 3 tháng 4 năm 2024", "2024-04-03"), ("tháng 10/2018", "2018-10"), ("tháng 12", "--12")],
        },
        Row {
            name: "vi not dates",
            lang: Lang::Vi,
            text: "10 nước thành viên, 1/3 số vụ, đi qua cầu, 300 doanh nghiệp",
            want: &[],
        },
        Row {
            name: "year range",
            lang: Lang::En,
            text: "in the 2020-2025 tenure",
            want: &[("2020-2025", "2020/2025")],
        },
    ];

    #[test]
    fn finds_dates() {
        for row in ROWS {
            let got = find(row.text, row.lang);
            let want: Vec<(String, String)> = row.want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
            assert_eq!(got, want, "{}", row.name);
        }
    }

    #[test]
    fn ids_round_trip() {
        for v in [
            "2024-04-05",
            "2024-04",
            "2024",
            "--04-03",
            "--12",
            "2024-04-03/2024-04-05",
            "yesterday",
            "today",
        ] {
            let e = parse_date_value(v).unwrap();
            assert_eq!(e.to_string(), v);
        }
        for bad in ["2023-02-29", "--02-30", "24", "2024-13", "x", "", "2024/", "/2024"] {
            assert_eq!(parse_date_value(bad), None, "{bad}");
        }
    }

    proptest::proptest! {
        #[test]
        fn points_round_trip(y in proptest::option::of(1000u16..=2999), m in proptest::option::of(1u8..=12), d in proptest::option::of(1u8..=31)) {
            if let Some(p) = DatePoint::new(y, m, d) {
                let e = DateExpr::Point(p);
                proptest::prop_assert_eq!(parse_date_value(&e.to_string()), Some(e));
            }
        }
    }
}
