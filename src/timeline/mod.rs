//! The timeline model: meetings in lanes by partner country, ordered in time, with a "year not stated" slot per lane, a year axis, the test hooks (`data-date`, `data-level`, `data-country`) and the filters applied; pure functions the UI draws.
//!
//! Data flow: [`entries`] (from the bundle's records) → [`filter`] (the
//! link's [`Filters`]: country, level, from/to, topic, entity) → [`build`] →
//! [`Timeline`]. A meeting with several partners appears in each partner's
//! lane. A meeting whose year the text does not bound is never placed on the
//! axis: it goes to its lane's `undated` slot, ordered by month and day.

use crate::bundle::Record;
use crate::corpus::ArticleId;
use crate::date::{days_in_month, is_leap, Date};
use crate::filters::{DateMatch, Filters};
use crate::meeting::{FuzzyDate, Meeting, MonthDay};

/// One meeting to lay out: the article it comes from and the meeting.
pub type Entry<'a> = (&'a ArticleId, &'a Meeting);

/// Every meeting of the records, reported and mentioned, in record order.
pub fn entries(records: &[Record]) -> Vec<Entry<'_>> {
    records
        .iter()
        .flat_map(|r| r.meetings.iter().map(move |m| (&r.article.id, m)))
        .collect()
}

/// One meeting as drawn in one lane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The article reporting or mentioning it (for the link to the reader).
    pub article: ArticleId,
    /// Its position in the entries given to [`build`] (a stable key).
    pub index: usize,
    /// The meeting.
    pub meeting: Meeting,
    /// The earliest day it may have been on (`None` when the year is not bounded).
    pub earliest: Option<Date>,
    /// The latest day it may have been on.
    pub latest: Option<Date>,
    /// For a date known only to lie in a span of years: the first and last year, to draw as a bar.
    pub span: Option<(u16, u16)>,
    /// `data-date`: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` of the earliest possible day; empty when the year is unknown.
    pub data_date: String,
    /// `data-level`: `minister` or `deputy-minister`.
    pub data_level: &'static str,
    /// `data-country`: the partner codes, comma-separated.
    pub data_country: String,
    /// A short date label (`19 Feb, year 2019–2022`, `8 Oct, year not stated`).
    pub label: String,
}

/// One partner country's lane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lane {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// English name of the country.
    pub name: String,
    /// Meetings the articles report with this partner (mentioned ones not counted).
    pub count: usize,
    /// Meetings only mentioned (previous or planned ones).
    pub mentioned: usize,
    /// Meetings placed on the time axis, by earliest possible day.
    pub dated: Vec<Item>,
    /// The "year not stated" slot: meetings whose year the text does not bound, by month and day.
    pub undated: Vec<Item>,
}

/// The span of years the dated meetings cover, to lay out the axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Axis {
    /// First year (of any dated meeting's earliest day).
    pub min_year: u16,
    /// Last year (of any dated meeting's latest day), `>= min_year`.
    pub max_year: u16,
}

impl Axis {
    /// Where `date` falls on the axis, from 0.0 (1 January of `min_year`) to 1.0 (the end of `max_year`),
    /// clamped to that range.
    pub fn fraction(&self, date: Date) -> f64 {
        let years = f64::from(self.max_year - self.min_year + 1);
        let year_len = if is_leap(date.year) { 366.0 } else { 365.0 };
        let before: u32 = (1..date.month).map(|m| u32::from(days_in_month(date.year, m))).sum();
        let in_year = f64::from(before + u32::from(date.day) - 1) / year_len;
        let offset = f64::from(date.year) - f64::from(self.min_year) + in_year;
        (offset / years).clamp(0.0, 1.0)
    }

    /// The years of the axis, in order (for tick labels).
    pub fn years(&self) -> impl Iterator<Item = u16> {
        self.min_year..=self.max_year
    }
}

/// The timeline: lanes by partner, the axis, and totals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    /// Lanes, most reported meetings first, then by country name.
    pub lanes: Vec<Lane>,
    /// The axis; `None` when no meeting has a bounded year.
    pub axis: Option<Axis>,
    /// Meetings reported (each counted once, whatever its number of partners).
    pub reported: usize,
    /// Meetings mentioned.
    pub mentioned: usize,
}

/// The English name of a country code, or the code itself when unknown. (The ISO table, not the
/// entity gazetteer: the page's wasm must not carry the tagger's tables.)
fn country_name(code: &str) -> String {
    crate::iso3166::name(code).map_or_else(|| code.to_string(), str::to_string)
}

/// `axis` widened to hold `date`, when it has a year and bounded days.
fn widen(axis: Option<Axis>, date: &FuzzyDate) -> Option<Axis> {
    if !date.precision.has_year() {
        return axis;
    }
    let (Some(a), Some(b)) = (date.earliest(), date.latest()) else {
        return axis;
    };
    Some(match axis {
        None => Axis {
            min_year: a.year,
            max_year: b.year.max(a.year),
        },
        Some(x) => Axis {
            min_year: x.min_year.min(a.year),
            max_year: x.max_year.max(b.year),
        },
    })
}

/// The axis [`build`] would give `meetings`, without laying them out (the
/// year menus want the whole corpus's years on every view).
pub fn axis<'m>(meetings: impl IntoIterator<Item = &'m Meeting>) -> Option<Axis> {
    meetings.into_iter().fold(None, |axis, m| widen(axis, &m.date))
}

/// Lays out meetings in lanes by partner country (see the module documentation).
pub fn build(entries: &[Entry<'_>]) -> Timeline {
    let mut lanes: Vec<Lane> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut axis: Option<Axis> = None;
    let mut timeline = Timeline::default();
    for (i, (article, meeting)) in entries.iter().enumerate() {
        if meeting.mentioned {
            timeline.mentioned += 1;
        } else {
            timeline.reported += 1;
        }
        let date = &meeting.date;
        let placed = date.precision.has_year();
        let (earliest, latest) = (date.earliest(), date.latest());
        axis = widen(axis, date);
        let span = match (date.year_min, date.year_max) {
            (Some(a), Some(b)) if placed && a < b => Some((a, b)),
            _ => None,
        };
        let item = Item {
            article: (*article).clone(),
            index: i,
            meeting: (*meeting).clone(),
            earliest,
            latest,
            span,
            data_date: date.data_date(),
            data_level: meeting.data_level(),
            data_country: meeting.data_country(),
            label: date.label(),
        };
        let mut partners: Vec<&String> = meeting.partners.iter().collect();
        partners.sort();
        partners.dedup();
        for code in partners {
            let at = *index.entry(code.clone()).or_insert_with(|| {
                lanes.push(Lane {
                    code: code.clone(),
                    name: country_name(code),
                    count: 0,
                    mentioned: 0,
                    dated: Vec::new(),
                    undated: Vec::new(),
                });
                lanes.len() - 1
            });
            let Some(lane) = lanes.get_mut(at) else { continue };
            if meeting.mentioned {
                lane.mentioned += 1;
            } else {
                lane.count += 1;
            }
            if placed {
                lane.dated.push(item.clone());
            } else {
                lane.undated.push(item.clone());
            }
        }
    }
    for lane in &mut lanes {
        lane.dated
            .sort_by_key(|x| (x.earliest, x.latest, x.meeting.mentioned, x.index));
        lane.undated.sort_by_key(|x| {
            let md = x.meeting.date.month_day.unwrap_or(MonthDay { month: 13, day: 0 });
            (md, x.meeting.mentioned, x.index)
        });
    }
    lanes.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.code.cmp(&b.code))
    });
    timeline.lanes = lanes;
    timeline.axis = axis;
    timeline
}

/// How a meeting's date meets the link's `from`/`to` ([`DateMatch::Inside`] when no date filter is set).
pub fn date_match(filters: &Filters, meeting: &Meeting) -> DateMatch {
    filters.date_match(meeting.date.earliest(), meeting.date.latest())
}

/// True when the meeting passes every filter but the dates: partner country, level, topic, entity.
/// (Search text `q` and article language are the search's and the article list's.)
pub fn matches_except_date(filters: &Filters, meeting: &Meeting) -> bool {
    filters.matches_country(&meeting.partners)
        && filters.level().is_none_or(|l| l == meeting.level)
        && filters.topic().is_none_or(|t| meeting.has_topic(t.as_str()))
        && filters.entity().is_none_or(|e| meeting.involves(e.as_str()))
}

/// The meetings a link shows, and how many it hides for an uncertain date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filtered<'a> {
    /// The meetings shown, in input order.
    pub shown: Vec<Entry<'a>>,
    /// Meetings passing every other filter but hidden because their date may or may not be in `from`/`to`
    /// (no year, or a span of years across a bound): the UI says "N meetings with an uncertain date hidden".
    pub uncertain_hidden: usize,
    /// Meetings passing every other filter but certainly outside `from`/`to`.
    pub outside: usize,
}

/// Applies the link's filters to meetings: a meeting is shown when it passes every filter and its date is
/// certainly inside `from`/`to` ([`Filters::matches_date`]); the uncertain ones are counted, not dropped silently.
pub fn filter<'a>(filters: &Filters, entries: &[Entry<'a>]) -> Filtered<'a> {
    let mut out = Filtered {
        shown: Vec::new(),
        uncertain_hidden: 0,
        outside: 0,
    };
    for &(article, meeting) in entries {
        if !matches_except_date(filters, meeting) {
            continue;
        }
        match date_match(filters, meeting) {
            DateMatch::Inside => out.shown.push((article, meeting)),
            DateMatch::Uncertain => out.uncertain_hidden += 1,
            DateMatch::Outside => out.outside += 1,
        }
    }
    out
}
