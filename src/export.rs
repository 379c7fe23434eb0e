//! Export of what the home page shows: the meetings after filters as CSV, JSON and iCalendar, and the search results as CSV; pure text builders the UI downloads.
//!
//! Data flow: [`rows`] (the records and the [`Timeline`] the link shows) →
//! [`Row`]s, each meeting once even when it sits in two partners' lanes, in
//! corpus order (article by article, the reported meeting before the ones it
//! mentions) → [`csv`], [`json`] or [`ics`]. [`hits_csv`] writes the search
//! results; [`file_name`] names the download after the link's filters.
//!
//! Fuzzy dates stay fuzzy: CSV and JSON carry the date as the text gives it
//! (start, end, month and day without a year, year bounds, precision,
//! derivation); the calendar holds only meetings known to the day or to a run
//! of days, and [`Calendar::left_out`] counts the others so the page can say so.
//! Nothing here reads a clock: the calendar's `DTSTAMP` is a parameter.

use crate::bundle::Record;
use crate::corpus::Article;
use crate::date::{Date, PartialDate};
use crate::filters::{ArticleRef, Filters, Key, Level, View};
use crate::library::Results;
use crate::meeting::{add_days, Meeting, Person, Precision, Relation};
use crate::report::MeetingJson;
use crate::timeline::Timeline;
use serde::Serialize;
use std::fmt;

/// One meeting to export: its article, its position among that article's meetings, and the meeting.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    /// The article reporting or mentioning it.
    pub article: &'a Article,
    /// Position of the meeting in its article's meetings (0 is the reported one): a key that does not change
    /// with the filters, used in calendar UIDs.
    pub index: usize,
    /// The meeting.
    pub meeting: &'a Meeting,
}

impl Row<'_> {
    /// The link to the article at the meeting's first source sentence, relative to the page:
    /// `?view=article&article=ID#ev=START-END`.
    pub fn link(&self) -> String {
        let mut out = String::from("?");
        if let Ok(a) = ArticleRef::parse(self.article.id.as_str()) {
            let f = Filters::default().with_view(View::Article).with_article(Some(a));
            out.push_str(&f.to_string());
        }
        if let Some(e) = self.meeting.evidence.first() {
            out.push_str(&crate::reader::evidence_fragment(&(e.start..e.end)));
        }
        out
    }
}

/// The meetings a timeline shows, each once, in corpus order: `records` in order, each record's meetings in
/// order, keeping those the timeline holds. (A meeting with two partners is in two lanes; it is exported once.)
///
/// `timeline` must be built from meetings of `records` in record order (as [`crate::library::Library::timeline_view`]
/// does); linear in the number of meetings.
pub fn rows<'a>(records: &'a [Record], timeline: &Timeline) -> Vec<Row<'a>> {
    let mut items: Vec<&crate::timeline::Item> = timeline
        .lanes
        .iter()
        .flat_map(|l| l.dated.iter().chain(l.undated.iter()))
        .collect();
    items.sort_by_key(|i| i.index);
    items.dedup_by_key(|i| i.index);
    // The shown meetings are a subsequence of the records' meetings in the same order: walk both at once.
    let mut want = items.into_iter().peekable();
    let mut out = Vec::new();
    for record in records {
        for (index, meeting) in record.meetings.iter().enumerate() {
            let Some(next) = want.peek() else { return out };
            if next.article == record.article.id && next.meeting == *meeting {
                out.push(Row {
                    article: &record.article,
                    index,
                    meeting,
                });
                want.next();
            }
        }
    }
    out
}

/// Why an export could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// The JSON writer failed (its message).
    Json(String),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::Json(e) => write!(f, "the JSON export could not be written ({e}); try CSV instead"),
        }
    }
}

impl std::error::Error for ExportError {}

// ---------------------------------------------------------------------------------------------------------------
// CSV (RFC 4180)
// ---------------------------------------------------------------------------------------------------------------

/// The byte order mark that starts every CSV file, so spreadsheet programs read the UTF-8 (Vietnamese) right.
pub const BOM: &str = "\u{feff}";

/// The columns of the meetings CSV, in order.
pub const CSV_COLUMNS: [&str; 24] = [
    "article_id",
    "article_title",
    "partners",
    "mentioned",
    "date_start",
    "date_end",
    "month_day",
    "month_day_end",
    "year_min",
    "year_max",
    "precision",
    "derivation",
    "place",
    "country",
    "level",
    "ordinal",
    "vietnam_lead",
    "vietnam_title",
    "partner_lead",
    "partner_title",
    "agreements",
    "topics",
    "evidence",
    "link",
];

/// The columns of the search results CSV, in order.
pub const HITS_COLUMNS: [&str; 7] = [
    "rank",
    "article_id",
    "title",
    "language",
    "published",
    "score",
    "snippet",
];

/// Appends one CSV field: a cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) gets a leading `'`; a field with a comma, a quote or a line break is quoted, its quotes
/// doubled (RFC 4180).
pub fn push_csv_field(out: &mut String, value: &str) {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = value.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    if quote {
        for c in value.chars() {
            if c == '"' {
                out.push('"');
            }
            out.push(c);
        }
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// Appends one CSV record and its CRLF.
fn push_csv_record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_csv_field(out, f.as_ref());
    }
    out.push_str("\r\n");
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// The values of one meeting, in the order of [`CSV_COLUMNS`].
fn csv_values(row: &Row<'_>) -> [String; 24] {
    let m = row.meeting;
    let d = &m.date;
    let lead = |p: &Option<Person>| p.as_ref().map(|p| p.name.clone()).unwrap_or_default();
    let title = |p: &Option<Person>| p.as_ref().and_then(|p| p.title.clone()).unwrap_or_default();
    [
        row.article.id.to_string(),
        row.article.title.clone(),
        m.partners.join("; "),
        m.mentioned.to_string(),
        opt(d.start),
        opt(d.end),
        opt(d.month_day),
        opt(d.month_day_end),
        opt(d.year_min),
        opt(d.year_max),
        d.precision.code().to_string(),
        d.derivation.clone().unwrap_or_default(),
        m.place.clone().unwrap_or_default(),
        m.country.clone().unwrap_or_default(),
        m.level.code().to_string(),
        opt(m.ordinal),
        lead(&m.leads.vietnam),
        title(&m.leads.vietnam),
        lead(&m.leads.partner),
        title(&m.leads.partner),
        m.agreements.iter().map(agreement_text).collect::<Vec<_>>().join("; "),
        m.topics.iter().map(|t| t.name.as_str()).collect::<Vec<_>>().join("; "),
        m.evidence.first().map(|e| e.text.clone()).unwrap_or_default(),
        row.link(),
    ]
}

/// An agreement as one line: `3 × Memorandum of Understanding: three MoUs on …`.
fn agreement_text(a: &crate::meeting::Agreement) -> String {
    match a.count {
        Some(n) if n > 1 => format!("{n} × {}: {}", a.name, a.text),
        _ => format!("{}: {}", a.name, a.text),
    }
}

/// The meetings as CSV: a byte order mark, the header ([`CSV_COLUMNS`]), one record per meeting, CRLF line ends.
/// Mentioned meetings are included with `mentioned` = `true`; dates are written at the precision the text gives
/// (`date_start` is empty when the year is not known; `month_day` then holds `MM-DD`).
pub fn csv(rows: &[Row<'_>]) -> String {
    let mut out = String::from(BOM);
    push_csv_record(&mut out, &CSV_COLUMNS);
    for row in rows {
        push_csv_record(&mut out, &csv_values(row));
    }
    out
}

/// The search results as CSV ([`HITS_COLUMNS`]): rank from 1, best first; the snippet as plain text.
/// Results whose record is not in `records` are skipped.
pub fn hits_csv(records: &[Record], results: &Results) -> String {
    let mut out = String::from(BOM);
    push_csv_record(&mut out, &HITS_COLUMNS);
    let mut rank = 0usize;
    for f in &results.found {
        let Some(rec) = records.get(f.record) else { continue };
        rank += 1;
        let a = &rec.article;
        push_csv_record(
            &mut out,
            &[
                rank.to_string(),
                a.id.to_string(),
                a.title.clone(),
                a.language.code().to_string(),
                opt(a.published),
                format!("{:.3}", f.score),
                results.snippet(rec).text(),
            ],
        );
    }
    out
}

// ---------------------------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------------------------

/// One exported meeting as JSON: the article, the meeting's index and link, then the fields of
/// `counterparts extract`'s meetings ([`MeetingJson`]).
#[derive(Debug, Serialize)]
pub struct RowJson<'a> {
    /// Stable article id.
    pub article_id: &'a str,
    /// The article's headline.
    pub article_title: &'a str,
    /// Position of the meeting in the article's meetings.
    pub index: usize,
    /// Link to the article at the source sentence, relative to the page.
    pub link: String,
    /// The meeting, as `counterparts extract` prints it.
    #[serde(flatten)]
    pub meeting: MeetingJson<'a>,
}

impl<'a> From<&Row<'a>> for RowJson<'a> {
    fn from(row: &Row<'a>) -> Self {
        RowJson {
            article_id: row.article.id.as_str(),
            article_title: &row.article.title,
            index: row.index,
            link: row.link(),
            meeting: MeetingJson::from(row.meeting),
        }
    }
}

/// The meetings as a pretty-printed JSON array of [`RowJson`].
pub fn json(rows: &[Row<'_>]) -> Result<String, ExportError> {
    let values: Vec<RowJson<'_>> = rows.iter().map(RowJson::from).collect();
    serde_json::to_string_pretty(&values).map_err(|e| ExportError::Json(e.to_string()))
}

// ---------------------------------------------------------------------------------------------------------------
// iCalendar (RFC 5545)
// ---------------------------------------------------------------------------------------------------------------

/// The calendar's product identifier.
pub const PRODID: &str = "-//Counterparts//Meetings export//EN";

/// Longest content line, in octets, CRLF not counted (RFC 5545 §3.1).
pub const ICS_LINE_OCTETS: usize = 75;

/// A calendar export and what it left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// The `.ics` text (CRLF line ends, lines folded at [`ICS_LINE_OCTETS`]).
    pub text: String,
    /// Events written: meetings known to the day or to a run of days.
    pub events: usize,
    /// Meetings left out because their day is not known (year not stated, a span of years, a month or a year
    /// only): the page says "N meetings without a known day are not in the calendar".
    pub left_out: usize,
    /// Of those left out, the meetings whose year the text does not bound at all (`unknown-year`, `unknown`).
    pub no_year: usize,
}

/// The days a meeting took place on, first and last, when the text gives them with their year; `None` for any
/// fuzzier date (never a made-up day).
pub fn known_days(meeting: &Meeting) -> Option<(Date, Date)> {
    let d = &meeting.date;
    match (d.precision, d.start, d.end) {
        (Precision::Day | Precision::Range, Some(PartialDate::Day(a)), Some(PartialDate::Day(b))) if a <= b => {
            Some((a, b))
        }
        _ => None,
    }
}

/// The event title: `Vietnam–China ministerial meeting: To Lam – Zhao Kezhi` (`(mentioned)` added for a meeting
/// the article only mentions).
pub fn summary(meeting: &Meeting) -> String {
    let partners: Vec<&str> = meeting
        .partners
        .iter()
        .map(|c| crate::iso3166::name(c).unwrap_or(c))
        .collect();
    let level = match meeting.level {
        Level::Minister => "ministerial",
        Level::DeputyMinister => "deputy-ministerial",
    };
    let mut out = format!("Vietnam–{} {level} meeting", partners.join(" & "));
    let leads: Vec<&str> = [&meeting.leads.vietnam, &meeting.leads.partner]
        .into_iter()
        .flatten()
        .map(|p| p.name.as_str())
        .collect();
    if !leads.is_empty() {
        out.push_str(": ");
        out.push_str(&leads.join(" – "));
    }
    if meeting.mentioned {
        out.push_str(" (mentioned)");
    }
    out
}

fn person_text(p: &Person) -> String {
    match &p.title {
        Some(t) => format!("{} ({t})", p.name),
        None => p.name.clone(),
    }
}

/// A field on one line of the description: line breaks (CRLF, CR, LF) become spaces.
fn one_line(s: &str) -> String {
    s.replace("\r\n", " ").replace(['\r', '\n'], " ")
}

/// The event description, one fact a line: date and how it was reached, the leads, agreements, the source
/// sentence, the article and the link.
fn description(row: &Row<'_>, base: &str) -> String {
    let m = row.meeting;
    let mut lines: Vec<String> = vec![format!("Date: {} ({})", m.date.label(), m.date.precision.label())];
    if let Some(d) = &m.date.derivation {
        lines.push(format!("Year derived: {d}"));
    }
    match m.relation {
        Some(Relation::Later) if m.mentioned => lines.push("Mentioned as a planned meeting.".into()),
        _ if m.mentioned => lines.push("Mentioned as an earlier meeting.".into()),
        _ => {}
    }
    if let Some(p) = &m.leads.vietnam {
        lines.push(format!("Vietnam: {}", person_text(p)));
    }
    if let Some(p) = &m.leads.partner {
        lines.push(format!("Partner: {}", person_text(p)));
    }
    for a in &m.agreements {
        lines.push(format!("Signed: {}", agreement_text(a)));
    }
    if let Some(e) = m.evidence.first() {
        lines.push(format!("Source: {}", e.text));
    }
    lines.push(format!("Article: {}", row.article.title));
    lines.push(format!("Link: {base}{}", row.link()));
    lines.iter().map(|l| one_line(l)).collect::<Vec<_>>().join("\n")
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` escaped, line breaks as `\n`, other control characters
/// (tab aside) dropped.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at [`ICS_LINE_OCTETS`] octets (continuation lines start with one space, which
/// counts), never inside a UTF-8 character, each line ended by CRLF.
pub fn push_folded(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = ICS_LINE_OCTETS;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (head, tail) = rest.split_at(cut);
        out.push_str(head);
        out.push_str("\r\n ");
        rest = tail;
        limit = ICS_LINE_OCTETS - 1;
    }
}

/// `YYYYMMDD`.
fn ics_date(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// A UTC date-time `YYYYMMDDTHHMMSSZ` from seconds since 1970-01-01 (the proleptic Gregorian civil calendar;
/// years past 9999 are clamped to 9999-12-31T23:59:59Z).
pub fn utc_stamp(unix_seconds: u64) -> String {
    let max = 253_402_300_799u64; // 9999-12-31T23:59:59Z
    let s = unix_seconds.min(max);
    let days = s / 86_400;
    let secs = s % 86_400;
    // Howard Hinnant's civil_from_days, on unsigned numbers (days >= 0).
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// The meetings as an iCalendar file: one all-day `VEVENT` per meeting known to the day or a run of days
/// (`DTEND` the day after the last), the rest counted in [`Calendar::left_out`]. `stamp_unix` (seconds since
/// 1970) is the `DTSTAMP` of every event; `base` (the page's address, or empty) is put before each event's link.
pub fn ics(rows: &[Row<'_>], stamp_unix: u64, base: &str) -> Calendar {
    let stamp = utc_stamp(stamp_unix);
    let mut text = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_folded(&mut text, line);
    }
    let (mut events, mut left_out, mut no_year) = (0, 0, 0);
    for row in rows {
        let Some((first, last)) = known_days(row.meeting) else {
            left_out += 1;
            no_year += usize::from(!row.meeting.date.precision.has_year());
            continue;
        };
        let Some(end) = add_days(last, 1) else {
            left_out += 1;
            continue;
        };
        events += 1;
        let m = row.meeting;
        push_folded(&mut text, "BEGIN:VEVENT");
        push_folded(&mut text, &format!("UID:{}-{}@counterparts", row.article.id, row.index));
        push_folded(&mut text, &format!("DTSTAMP:{stamp}"));
        push_folded(&mut text, &format!("DTSTART;VALUE=DATE:{}", ics_date(first)));
        push_folded(&mut text, &format!("DTEND;VALUE=DATE:{}", ics_date(end)));
        push_folded(&mut text, &format!("SUMMARY:{}", escape_text(&summary(m))));
        let place = match (&m.place, &m.country) {
            (Some(p), Some(c)) => Some(format!("{p}, {}", crate::iso3166::name(c).unwrap_or(c))),
            (Some(p), None) => Some(p.clone()),
            (None, Some(c)) => Some(crate::iso3166::name(c).unwrap_or(c).to_string()),
            (None, None) => None,
        };
        if let Some(p) = place {
            push_folded(&mut text, &format!("LOCATION:{}", escape_text(&p)));
        }
        push_folded(
            &mut text,
            &format!("DESCRIPTION:{}", escape_text(&description(row, base))),
        );
        push_folded(&mut text, "TRANSP:TRANSPARENT");
        push_folded(&mut text, "END:VEVENT");
    }
    push_folded(&mut text, "END:VCALENDAR");
    Calendar {
        text,
        events,
        left_out,
        no_year,
    }
}

// ---------------------------------------------------------------------------------------------------------------
// File names
// ---------------------------------------------------------------------------------------------------------------

/// Longest name part taken from the filters, in bytes.
const NAME_FILTERS_MAX: usize = 80;

/// A download's file name after the link's filters: `counterparts-{what}[-{key}-{value}…].{ext}`, e.g.
/// `counterparts-meetings-country-CN.csv`. Values are folded to ASCII letters, digits and `-` (`q=Tô Lâm` →
/// `q-to-lam`); the view and interface language are left out; the filter part is cut at 80 bytes.
pub fn file_name(filters: &Filters, what: &str, ext: &str) -> String {
    let mut tail = String::new();
    for key in Key::ALL {
        if matches!(key, Key::View | Key::Ui) {
            continue;
        }
        let Some(value) = filters.value(key) else { continue };
        for part in [key.name().to_string(), value] {
            let folded = if key == Key::Country {
                part
            } else {
                crate::lang::fold(&part)
            };
            tail.push('-');
            let mut dash = true;
            for c in folded.chars() {
                if c.is_ascii_alphanumeric() {
                    tail.push(c);
                    dash = false;
                } else if !dash {
                    tail.push('-');
                    dash = true;
                }
            }
            while tail.ends_with('-') {
                tail.pop();
            }
        }
    }
    if tail.len() > NAME_FILTERS_MAX {
        let mut cut = NAME_FILTERS_MAX;
        while !tail.is_char_boundary(cut) {
            cut -= 1;
        }
        tail.truncate(cut);
        while tail.ends_with('-') {
            tail.pop();
        }
    }
    format!("counterparts-{what}{tail}.{ext}")
}
