//! Calendar dates (`Date`) and partial dates (`PartialDate`: a year, a month or a day), with checked construction and ISO text forms.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A checked calendar date (proleptic Gregorian, years 1..=9999).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Date {
    /// Year, 1..=9999.
    pub year: u16,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of the month, 1..=days_in_month(year, month).
    pub day: u8,
}

/// Why a date could not be built or read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// The text is not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Format(String),
    /// The numbers do not name a real day (e.g. 2023-02-30).
    OutOfRange(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(s) => write!(f, "“{s}” is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"),
            DateError::OutOfRange(s) => write!(f, "“{s}” is not a real day"),
        }
    }
}

impl std::error::Error for DateError {}

/// True in leap years of the Gregorian calendar.
pub fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Number of days in `month` (1..=12) of `year`; 0 for a month out of range.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// True when `month`/`day` can occur in some year (29 February included).
pub fn is_valid_month_day(month: u8, day: u8) -> bool {
    day >= 1 && day <= days_in_month(2000, month)
}

impl Date {
    /// Builds a date, or `None` when the numbers do not name a real day.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if (1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A date known to a year, a month or a day; orders by its first possible day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PartialDate {
    /// A whole year.
    Year(u16),
    /// A month of a year.
    Month(u16, u8),
    /// One day.
    Day(Date),
}

impl PartialDate {
    /// The first day the partial date covers.
    pub fn first_day(self) -> Date {
        match self {
            PartialDate::Year(y) => Date {
                year: y,
                month: 1,
                day: 1,
            },
            PartialDate::Month(y, m) => Date {
                year: y,
                month: m,
                day: 1,
            },
            PartialDate::Day(d) => d,
        }
    }

    /// The last day the partial date covers.
    pub fn last_day(self) -> Date {
        match self {
            PartialDate::Year(y) => Date {
                year: y,
                month: 12,
                day: 31,
            },
            PartialDate::Month(y, m) => Date {
                year: y,
                month: m,
                day: days_in_month(y, m),
            },
            PartialDate::Day(d) => d,
        }
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.first_day().year
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            PartialDate::Day(d) => d.fmt(f),
        }
    }
}

fn parse_num<T: FromStr>(part: &str, len: usize, whole: &str) -> Result<T, DateError> {
    if part.len() != len || !part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError::Format(whole.to_string()));
    }
    part.parse().map_err(|_| DateError::Format(whole.to_string()))
}

impl FromStr for PartialDate {
    type Err = DateError;

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.split('-').collect();
        let range = || DateError::OutOfRange(s.to_string());
        match parts.as_slice() {
            [y] => {
                let y: u16 = parse_num(y, 4, s)?;
                if y == 0 {
                    return Err(range());
                }
                Ok(PartialDate::Year(y))
            }
            [y, m] => {
                let y: u16 = parse_num(y, 4, s)?;
                let m: u8 = parse_num(m, 2, s)?;
                if y == 0 || !(1..=12).contains(&m) {
                    return Err(range());
                }
                Ok(PartialDate::Month(y, m))
            }
            [y, m, d] => {
                let y: u16 = parse_num(y, 4, s)?;
                let m: u8 = parse_num(m, 2, s)?;
                let d: u8 = parse_num(d, 2, s)?;
                Date::new(y, m, d).map(PartialDate::Day).ok_or_else(range)
            }
            _ => Err(DateError::Format(s.to_string())),
        }
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Reads `YYYY-MM-DD` only.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.parse::<PartialDate>()? {
            PartialDate::Day(d) => Ok(d),
            _ => Err(DateError::Format(s.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints() {
        let rows: &[(&str, Option<&str>)] = &[
            ("2024", Some("2024")),
            ("2024-04", Some("2024-04")),
            ("2024-04-19", Some("2024-04-19")),
            ("2024-02-29", Some("2024-02-29")),
            ("2023-02-29", None),
            ("2024-13", None),
            ("0000", None),
            ("24", None),
            ("banana", None),
            ("2024-4-1", None),
            ("", None),
            ("+2024", None),
        ];
        for (input, want) in rows {
            let got = input.parse::<PartialDate>().ok().map(|d| d.to_string());
            assert_eq!(got.as_deref(), *want, "{input}");
        }
    }

    #[test]
    fn partial_dates_bound_their_days() {
        let m = PartialDate::Month(2024, 2);
        assert_eq!(m.first_day().to_string(), "2024-02-01");
        assert_eq!(m.last_day().to_string(), "2024-02-29");
        assert_eq!(PartialDate::Year(2023).last_day().to_string(), "2023-12-31");
    }

    proptest::proptest! {
        #[test]
        fn display_then_parse_round_trips(y in 1u16..=9999, m in 1u8..=12, d in 1u8..=31) {
            if let Some(date) = Date::new(y, m, d) {
                let p = PartialDate::Day(date);
                proptest::prop_assert_eq!(p.to_string().parse::<PartialDate>(), Ok(p));
            }
        }
    }
}
