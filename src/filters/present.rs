//! What the UI shows of the filters: the page title, the removable chips, and how fuzzy meeting dates and partners meet the filters.

use super::{EntityRef, Filters, Key, View};
use crate::date::{Date, PartialDate};
use crate::iso3166::CountryCode;
use crate::lang::Lang;

/// Most characters of the search text shown in a chip or title (40); longer ends in `…`.
const LABEL_MAX_CHARS: usize = 40;

/// More countries than this are counted in the title (`5 countries`) instead of named.
const TITLE_MAX_COUNTRIES: usize = 3;

/// The suffix of every page title.
const APP_NAME: &str = "Counterparts";

/// One active filter as the UI shows it above the timeline: a label and the filters without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    /// The key it comes from (`q`, `country`, `level`, `from`, `to`, `entity`, `lang`, `topic`).
    pub key: &'static str,
    /// A short English label (`China`, `from 2019`, `“Bộ Công an”`).
    pub label: String,
    /// The filters with this one removed (the chip's × link).
    pub without: Filters,
}

/// How a meeting's possibly fuzzy date relates to the `from`/`to` filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateMatch {
    /// Every day the meeting may have been on lies in the range (or no date filter is set).
    Inside,
    /// No day the meeting may have been on lies in the range.
    Outside,
    /// Some days may and some may not, or the date is not known well enough (e.g. no year).
    Uncertain,
}

fn shorten(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).collect();
    if s.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_name(m: u8) -> &'static str {
    MONTHS.get(usize::from(m).wrapping_sub(1)).copied().unwrap_or("?")
}

/// `2019`, `Apr 2024`, `19 Apr 2024`.
fn date_label(d: PartialDate) -> String {
    match d {
        PartialDate::Year(y) => format!("{y}"),
        PartialDate::Month(y, m) => format!("{} {y}", month_name(m)),
        PartialDate::Day(d) => format!("{} {} {}", d.day, month_name(d.month), d.year),
    }
}

/// The label of an entity without a name table: a country's name for `country:XX`, else the id.
fn default_entity_name(e: &EntityRef) -> Option<String> {
    if e.kind() == "country" {
        CountryCode::parse(e.id()).map(|c| c.name().to_string())
    } else {
        None
    }
}

impl Filters {
    /// The chips of the active filters, in canonical key order, one per
    /// country; entities labelled by their id (or a country's name).
    pub fn chips(&self) -> Vec<Chip> {
        self.chips_with(&default_entity_name)
    }

    /// As [`Filters::chips`], naming entities with `name_of` (e.g. from the
    /// bundle: `person:to-lam` → `Tô Lâm`); when it returns `None` the id is shown.
    pub fn chips_with(&self, name_of: &dyn Fn(&EntityRef) -> Option<String>) -> Vec<Chip> {
        let mut chips = Vec::new();
        if !self.q.is_empty() {
            chips.push(Chip {
                key: Key::Q.name(),
                label: format!("“{}”", shorten(&self.q, LABEL_MAX_CHARS)),
                without: self.clone().without(Key::Q),
            });
        }
        for &c in &self.country {
            chips.push(Chip {
                key: Key::Country.name(),
                label: c.name().to_string(),
                without: self.clone().without_country(c),
            });
        }
        if let Some(level) = self.level {
            chips.push(Chip {
                key: Key::Level.name(),
                label: level.label().to_string(),
                without: self.clone().without(Key::Level),
            });
        }
        if let Some(from) = self.from {
            chips.push(Chip {
                key: Key::From.name(),
                label: format!("from {}", date_label(from)),
                without: self.clone().without(Key::From),
            });
        }
        if let Some(to) = self.to {
            chips.push(Chip {
                key: Key::To.name(),
                label: format!("to {}", date_label(to)),
                without: self.clone().without(Key::To),
            });
        }
        if let Some(entity) = &self.entity {
            chips.push(Chip {
                key: Key::Entity.name(),
                label: name_of(entity).unwrap_or_else(|| entity.as_str().to_string()),
                without: self.clone().without(Key::Entity),
            });
        }
        if let Some(lang) = self.lang {
            let label = match lang {
                Lang::En => "English articles",
                Lang::Vi => "Vietnamese articles",
            };
            chips.push(Chip {
                key: Key::Lang.name(),
                label: label.to_string(),
                without: self.clone().without(Key::Lang),
            });
        }
        if let Some(topic) = &self.topic {
            chips.push(Chip {
                key: Key::Topic.name(),
                label: format!("topic: {topic}"),
                without: self.clone().without(Key::Topic),
            });
        }
        chips
    }

    /// A page title naming the view and the active filters, e.g. `China · from 2019 — Counterparts`;
    /// just `Counterparts` for the default timeline.
    pub fn title(&self) -> String {
        self.title_with(&default_entity_name)
    }

    /// As [`Filters::title`], naming entities with `name_of`.
    pub fn title_with(&self, name_of: &dyn Fn(&EntityRef) -> Option<String>) -> String {
        let mut parts: Vec<String> = Vec::new();
        match self.view {
            View::Timeline => {}
            View::Entity if self.entity.is_some() => {}
            v => parts.push(v.label().to_string()),
        }
        let mut countries_done = false;
        for chip in self.chips_with(name_of) {
            if chip.key == Key::Country.name() {
                if countries_done {
                    continue;
                }
                countries_done = true;
                if self.country.len() > TITLE_MAX_COUNTRIES {
                    parts.push(format!("{} countries", self.country.len()));
                } else {
                    let names: Vec<&str> = self.country.iter().map(|c| c.name()).collect();
                    parts.push(names.join(", "));
                }
            } else {
                parts.push(chip.label);
            }
        }
        if parts.is_empty() {
            APP_NAME.to_string()
        } else {
            format!("{} — {APP_NAME}", parts.join(" · "))
        }
    }

    /// How a meeting known to lie between `earliest` and `latest` (inclusive;
    /// `None` = not known on that side, e.g. a date stated without its year)
    /// relates to `from`/`to`. With no date filter every meeting is
    /// [`DateMatch::Inside`]. A meeting is `Inside` only when every day it may
    /// have been on is in range, `Outside` only when none is, else `Uncertain`.
    pub fn date_match(&self, earliest: Option<Date>, latest: Option<Date>) -> DateMatch {
        let lo = self.from.map(PartialDate::first_day);
        let hi = self.to.map(PartialDate::last_day);
        if lo.is_none() && hi.is_none() {
            return DateMatch::Inside;
        }
        if let (Some(lo), Some(latest)) = (lo, latest) {
            if latest < lo {
                return DateMatch::Outside;
            }
        }
        if let (Some(hi), Some(earliest)) = (hi, earliest) {
            if earliest > hi {
                return DateMatch::Outside;
            }
        }
        let lo_ok = lo.is_none_or(|lo| earliest.is_some_and(|e| e >= lo));
        let hi_ok = hi.is_none_or(|hi| latest.is_some_and(|l| l <= hi));
        if lo_ok && hi_ok {
            DateMatch::Inside
        } else {
            DateMatch::Uncertain
        }
    }

    /// True when the meeting is certainly in the date range ([`DateMatch::Inside`]).
    ///
    /// Decision: when a date filter is active, a meeting whose date is not known
    /// well enough (no year, or a range straddling a bound) is *not* shown; the
    /// UI must count those with [`Filters::date_match`] == [`DateMatch::Uncertain`]
    /// and say so ("2 meetings of uncertain date not shown"), so nothing is
    /// dropped silently. Without a date filter every meeting matches.
    pub fn matches_date(&self, earliest: Option<Date>, latest: Option<Date>) -> bool {
        self.date_match(earliest, latest) == DateMatch::Inside
    }

    /// True when no country is selected or one of `partners` (ISO codes, any case) is selected.
    pub fn matches_country<S: AsRef<str>>(&self, partners: &[S]) -> bool {
        self.country.is_empty()
            || partners
                .iter()
                .filter_map(|p| CountryCode::parse(p.as_ref()))
                .any(|c| self.country.binary_search(&c).is_ok())
    }
}
