//! Fuzzy meeting dates (`FuzzyDate`): exactly what the text gives (a day, a range, a month, a year, a month and day without its year, a span of years the text implies), with its precision, evidence and derivation.
//!
//! A fuzzy date never holds a year the text does not give: a year is either
//! written in the evidence, or derived from other dated facts of the article
//! (its `derivation` then says how), or bounded by the publication date (said
//! too).

use crate::date::{days_in_month, Date, PartialDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A sentence (or part of one) that a fact comes from: its text and its byte range in [`crate::corpus::Article::body`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// The text, as in the body.
    pub text: String,
    /// Byte offset of its first byte in the body.
    pub start: usize,
    /// Byte offset one past its last byte in the body.
    pub end: usize,
}

/// How precisely a meeting's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Precision {
    /// One day, year included (stated, or derived with a note).
    Day,
    /// A run of days, year included ("3–5 April 2024").
    Range,
    /// A month of a known year ("October 2018").
    Month,
    /// A year only ("in 2022").
    Year,
    /// A day or month whose year is not stated but lies in `year_min..=year_max` (two or more years).
    YearRange,
    /// A month and day with no year, or only one bound on the year.
    UnknownYear,
    /// Nothing is known of the date.
    Unknown,
}

impl Precision {
    /// Every precision, most precise first.
    pub const ALL: [Precision; 7] = [
        Precision::Day,
        Precision::Range,
        Precision::Month,
        Precision::Year,
        Precision::YearRange,
        Precision::UnknownYear,
        Precision::Unknown,
    ];

    /// The machine name used in JSON (`day`, `range`, `month`, `year`, `year-range`, `unknown-year`, `unknown`).
    pub fn code(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Range => "range",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::YearRange => "year-range",
            Precision::UnknownYear => "unknown-year",
            Precision::Unknown => "unknown",
        }
    }

    /// A short English phrase for a card ("exact day", "year not stated", ...).
    pub fn label(self) -> &'static str {
        match self {
            Precision::Day => "exact day",
            Precision::Range => "range of days",
            Precision::Month => "month",
            Precision::Year => "year only",
            Precision::YearRange => "year bounded by the text",
            Precision::UnknownYear => "year not stated",
            Precision::Unknown => "date not stated",
        }
    }

    /// Reads a name made by [`Precision::code`].
    pub fn from_code(code: &str) -> Option<Precision> {
        Precision::ALL.into_iter().find(|p| p.code() == code)
    }

    /// True when the year is known to one value or a bounded span (the meeting can be placed on a time axis).
    pub fn has_year(self) -> bool {
        matches!(
            self,
            Precision::Day | Precision::Range | Precision::Month | Precision::Year | Precision::YearRange
        )
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A month and a day, without a year (`--10-08`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct MonthDay {
    /// Month, 1..=12.
    pub month: u8,
    /// Day, 1..=31 (a day that exists in that month in some year).
    pub day: u8,
}

impl MonthDay {
    /// A checked month and day (29 February allowed).
    pub fn new(month: u8, day: u8) -> Option<MonthDay> {
        crate::date::is_valid_month_day(month, day).then_some(MonthDay { month, day })
    }

    /// This day in `year`, when it exists (29 February only in leap years).
    pub fn in_year(self, year: u16) -> Option<Date> {
        Date::new(year, self.month, self.day)
    }
}

impl fmt::Display for MonthDay {
    /// `MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

/// A meeting's date as far as the article tells it.
///
/// Invariants (kept by the constructors, checked by tests): `start <= end` when both are set; `year_min <=
/// year_max` when both are set; `month_day` is set only when the year is not stated; a year that is not
/// written in the evidence comes with a `derivation`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FuzzyDate {
    /// How precisely the date is known.
    pub precision: Precision,
    /// The first day, month or year (for `day`, `range`, `month`, `year`); `None` when the year is not known.
    pub start: Option<PartialDate>,
    /// The last day, month or year (equal to `start` unless a range).
    pub end: Option<PartialDate>,
    /// Month and day when the text states them without a year.
    pub month_day: Option<MonthDay>,
    /// Last month and day of a range stated without a year ("July 6 to 8").
    pub month_day_end: Option<MonthDay>,
    /// The earliest year possible, when the text bounds it.
    pub year_min: Option<u16>,
    /// The latest year possible, when the text (or the publication date) bounds it.
    pub year_max: Option<u16>,
    /// The sentence(s) the date comes from: the one stating it first, then any used to bound or derive the year.
    pub evidence: Vec<Evidence>,
    /// How a year that is not written next to the date was reached, in plain English; `None` when stated.
    pub derivation: Option<String>,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `Jan` .. `Dec`; `?` out of range.
pub fn month_abbr(m: u8) -> &'static str {
    MONTHS.get(usize::from(m).wrapping_sub(1)).copied().unwrap_or("?")
}

impl FuzzyDate {
    /// A date of which nothing is known.
    pub fn unknown() -> FuzzyDate {
        FuzzyDate {
            precision: Precision::Unknown,
            start: None,
            end: None,
            month_day: None,
            month_day_end: None,
            year_min: None,
            year_max: None,
            evidence: Vec::new(),
            derivation: None,
        }
    }

    /// A date known with its year: one day, month or year (`start == end`) or a range. The precision follows
    /// from the two ends; `start` and `end` are swapped if inverted.
    pub fn known(start: PartialDate, end: PartialDate) -> FuzzyDate {
        let (start, end) = if end.last_day() < start.first_day() {
            (end, start)
        } else {
            (start, end)
        };
        let precision = match (start, end) {
            (a, b) if a != b => Precision::Range,
            (PartialDate::Day(_), _) => Precision::Day,
            (PartialDate::Month(..), _) => Precision::Month,
            (PartialDate::Year(_), _) => Precision::Year,
        };
        FuzzyDate {
            precision,
            start: Some(start),
            end: Some(end),
            year_min: Some(start.year()),
            year_max: Some(end.year()),
            ..FuzzyDate::unknown()
        }
    }

    /// A month and day (or a run of days) without a year, maybe bounded to `year_min..=year_max`.
    pub fn without_year(md: MonthDay, md_end: Option<MonthDay>) -> FuzzyDate {
        FuzzyDate {
            precision: Precision::UnknownYear,
            month_day: Some(md),
            month_day_end: md_end.filter(|e| *e > md),
            ..FuzzyDate::unknown()
        }
    }

    /// The earliest day the meeting may have been on, when the year is bounded below.
    pub fn earliest(&self) -> Option<Date> {
        if let Some(s) = self.start {
            return Some(s.first_day());
        }
        let y = self.year_min?;
        Some(
            self.month_day
                .and_then(|md| md.in_year(y).or_else(|| first_valid(md, y, 1)))
                .unwrap_or(Date {
                    year: y,
                    month: 1,
                    day: 1,
                }),
        )
    }

    /// The latest day the meeting may have been on, when the year is bounded above.
    pub fn latest(&self) -> Option<Date> {
        if let Some(e) = self.end {
            return Some(e.last_day());
        }
        let y = self.year_max?;
        let md = self.month_day_end.or(self.month_day);
        Some(
            md.and_then(|md| md.in_year(y).or_else(|| first_valid(md, y, -1)))
                .unwrap_or(Date {
                    year: y,
                    month: 12,
                    day: 31,
                }),
        )
    }

    /// The `data-date` hook of the timeline: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` of the earliest possible day, at
    /// the precision the text gives; empty when the year is not known.
    pub fn data_date(&self) -> String {
        match self.precision {
            Precision::Day | Precision::Range | Precision::Month | Precision::Year => {
                self.start.map(|s| s.to_string()).unwrap_or_default()
            }
            Precision::YearRange => self.year_min.map(|y| format!("{y:04}")).unwrap_or_default(),
            Precision::UnknownYear | Precision::Unknown => String::new(),
        }
    }

    /// A short English label: `19 Apr 2024`, `3–5 Apr 2024`, `Oct 2018`, `2022`, `19 Feb, year 2019–2022`,
    /// `8 Oct, year not stated`, `date not stated`.
    pub fn label(&self) -> String {
        let md = |md: MonthDay| format!("{} {}", md.day, month_abbr(md.month));
        let md_range = || match (self.month_day, self.month_day_end) {
            (Some(a), Some(b)) if a.month == b.month => format!("{}–{} {}", a.day, b.day, month_abbr(a.month)),
            (Some(a), Some(b)) => format!("{} – {}", md(a), md(b)),
            (Some(a), None) => md(a),
            (None, _) => String::new(),
        };
        match self.precision {
            Precision::Day | Precision::Month | Precision::Year => self.start.map(label_of).unwrap_or_default(),
            Precision::Range => match (self.start, self.end) {
                (Some(PartialDate::Day(a)), Some(PartialDate::Day(b))) if a.year == b.year && a.month == b.month => {
                    format!("{}–{} {} {}", a.day, b.day, month_abbr(a.month), a.year)
                }
                (Some(a), Some(b)) => format!("{} – {}", label_of(a), label_of(b)),
                _ => String::new(),
            },
            Precision::YearRange => {
                let years = match (self.year_min, self.year_max) {
                    (Some(a), Some(b)) => format!("year {a}–{b}"),
                    _ => "year not stated".to_string(),
                };
                match self.month_day {
                    Some(_) => format!("{}, {years}", md_range()),
                    None => years,
                }
            }
            Precision::UnknownYear => match self.month_day {
                Some(_) => format!("{}, year not stated", md_range()),
                None => "year not stated".to_string(),
            },
            Precision::Unknown => "date not stated".to_string(),
        }
    }

    /// Every year this date names, stated or derived (start, end, year_min, year_max), for checks.
    pub fn years(&self) -> Vec<u16> {
        let mut out: Vec<u16> = [
            self.start.map(PartialDate::year),
            self.end.map(PartialDate::year),
            self.year_min,
            self.year_max,
        ]
        .into_iter()
        .flatten()
        .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// `19 Apr 2024`, `Oct 2018`, `2022`.
fn label_of(p: PartialDate) -> String {
    match p {
        PartialDate::Day(d) => format!("{} {} {}", d.day, month_abbr(d.month), d.year),
        PartialDate::Month(y, m) => format!("{} {y}", month_abbr(m)),
        PartialDate::Year(y) => format!("{y}"),
    }
}

/// The nearest real day to `md` in `year` (only 29 February can be missing): 28 Feb (`dir < 0`) or 1 Mar.
fn first_valid(md: MonthDay, year: u16, dir: i8) -> Option<Date> {
    if md.month == 2 && md.day > days_in_month(year, 2) {
        if dir < 0 {
            Date::new(year, 2, days_in_month(year, 2))
        } else {
            Date::new(year, 3, 1)
        }
    } else {
        None
    }
}

/// The day `n` days after `d` (negative: before); `None` outside years 1..=9999.
pub fn add_days(d: Date, n: i32) -> Option<Date> {
    let mut y = i32::from(d.year);
    let mut m = i32::from(d.month);
    let mut day = i32::from(d.day) + n;
    // Small steps only (relative words are a day or two); loops at most |n| / 28 + 1 times.
    loop {
        let month_len = i32::from(days_in_month(u16::try_from(y).ok()?, u8::try_from(m).ok()?));
        if day < 1 {
            m -= 1;
            if m < 1 {
                m = 12;
                y -= 1;
            }
            day += i32::from(days_in_month(u16::try_from(y).ok()?, u8::try_from(m).ok()?));
        } else if day > month_len {
            day -= month_len;
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
        } else {
            break;
        }
    }
    Date::new(u16::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: u16, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap_or(Date {
            year: 1,
            month: 1,
            day: 1,
        })
    }

    #[test]
    fn labels_and_hooks() {
        let md = |m, d| MonthDay::new(m, d).unwrap_or(MonthDay { month: 1, day: 1 });
        let mut bounded = FuzzyDate::without_year(md(2, 19), None);
        bounded.precision = Precision::YearRange;
        bounded.year_min = Some(2019);
        bounded.year_max = Some(2022);
        type Row = (
            &'static str,
            FuzzyDate,
            &'static str,
            &'static str,
            Option<Date>,
            Option<Date>,
        );
        let rows: Vec<Row> = vec![
            (
                "day",
                FuzzyDate::known(PartialDate::Day(day(2024, 4, 19)), PartialDate::Day(day(2024, 4, 19))),
                "19 Apr 2024",
                "2024-04-19",
                Some(day(2024, 4, 19)),
                Some(day(2024, 4, 19)),
            ),
            (
                "range",
                FuzzyDate::known(PartialDate::Day(day(2024, 4, 3)), PartialDate::Day(day(2024, 4, 5))),
                "3–5 Apr 2024",
                "2024-04-03",
                Some(day(2024, 4, 3)),
                Some(day(2024, 4, 5)),
            ),
            (
                "month",
                FuzzyDate::known(PartialDate::Month(2018, 10), PartialDate::Month(2018, 10)),
                "Oct 2018",
                "2018-10",
                Some(day(2018, 10, 1)),
                Some(day(2018, 10, 31)),
            ),
            (
                "year",
                FuzzyDate::known(PartialDate::Year(2022), PartialDate::Year(2022)),
                "2022",
                "2022",
                Some(day(2022, 1, 1)),
                Some(day(2022, 12, 31)),
            ),
            (
                "year range",
                bounded,
                "19 Feb, year 2019–2022",
                "2019",
                Some(day(2019, 2, 19)),
                Some(day(2022, 2, 19)),
            ),
            (
                "unknown year",
                FuzzyDate::without_year(md(10, 8), None),
                "8 Oct, year not stated",
                "",
                None,
                None,
            ),
            (
                "unknown year range of days",
                FuzzyDate::without_year(md(7, 6), Some(md(7, 8))),
                "6–8 Jul, year not stated",
                "",
                None,
                None,
            ),
            ("unknown", FuzzyDate::unknown(), "date not stated", "", None, None),
        ];
        for (name, date, label, hook, earliest, latest) in rows {
            assert_eq!(date.label(), label, "{name}");
            assert_eq!(date.data_date(), hook, "{name}");
            assert_eq!(date.earliest(), earliest, "{name}");
            assert_eq!(date.latest(), latest, "{name}");
        }
    }

    #[test]
    fn known_orders_its_ends() {
        let a = PartialDate::Day(day(2024, 4, 5));
        let b = PartialDate::Day(day(2024, 4, 3));
        let d = FuzzyDate::known(a, b);
        assert_eq!(d.start, Some(b));
        assert_eq!(d.precision, Precision::Range);
    }

    #[test]
    fn adds_days_across_months_and_years() {
        let rows = [
            (day(2024, 4, 5), -1, day(2024, 4, 4)),
            (day(2024, 3, 1), -1, day(2024, 2, 29)),
            (day(2023, 3, 1), -1, day(2023, 2, 28)),
            (day(2024, 1, 1), -1, day(2023, 12, 31)),
            (day(2023, 12, 31), 1, day(2024, 1, 1)),
            (day(2024, 4, 5), 0, day(2024, 4, 5)),
        ];
        for (d, n, want) in rows {
            assert_eq!(add_days(d, n), Some(want), "{d} {n}");
        }
        assert_eq!(add_days(day(1, 1, 1), -1), None);
    }

    #[test]
    fn precision_codes_round_trip() {
        for p in Precision::ALL {
            assert_eq!(Precision::from_code(p.code()), Some(p));
        }
    }
}
