//! The JSON interface of `counterparts extract`: one object per input file, documented in the README.

use crate::bundle::Record;
use crate::corpus::ParseError;
use crate::entity::Mention;
use crate::meeting::{Agreement, EntityName, Evidence, FuzzyDate, Meeting, Person};
use serde::Serialize;

/// A cut piece of the page, as JSON.
#[derive(Debug, Serialize)]
pub struct RemovedJson<'a> {
    /// Machine name of the reason (`after-end-mark`, `see-more`, ...).
    pub reason: &'static str,
    /// The cut text.
    pub text: &'a str,
}

/// An entity mention, as JSON.
#[derive(Debug, Serialize)]
pub struct EntityJson<'a> {
    /// `person`, `organization`, `country`, `place`, `date`, `topic` or `agreement`.
    pub kind: &'static str,
    /// The text as written.
    pub text: &'a str,
    /// Canonical entity id.
    pub id: &'a str,
    /// Canonical display name.
    pub name: &'a str,
    /// Role or title, when known.
    pub title: Option<&'a str>,
    /// Byte offset into the cleaned story.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// ISO code of the country the text ties the entity to (a person's or organisation's side), when known.
    pub country: Option<&'a str>,
    /// A person's military or police rank, when stated.
    pub rank: Option<&'a str>,
}

impl<'a> From<&'a Mention> for EntityJson<'a> {
    fn from(m: &'a Mention) -> Self {
        EntityJson {
            kind: m.kind.code(),
            text: &m.text,
            id: &m.id,
            name: &m.name,
            title: m.title.as_deref(),
            start: m.start,
            end: m.end,
            country: m.country.as_deref(),
            rank: m.rank.as_deref(),
        }
    }
}

/// What the pipeline knows about one file, as JSON.
#[derive(Debug, Serialize)]
pub struct ArticleJson<'a> {
    /// The input file's name.
    pub file: &'a str,
    /// Stable article id.
    pub id: &'a str,
    /// Headline.
    pub title: &'a str,
    /// `en` or `vi`.
    pub language: &'static str,
    /// Dateline, e.g. `Hanoi (VNA)`.
    pub dateline: Option<&'a str>,
    /// News agency.
    pub source: Option<&'a str>,
    /// Author line.
    pub byline: Option<&'a str>,
    /// `YYYY-MM-DD` or null.
    pub published: Option<String>,
    /// Story paragraphs.
    pub paragraphs: &'a [String],
    /// Photo captions.
    pub captions: &'a [String],
    /// What was cut and why.
    pub removed: Vec<RemovedJson<'a>>,
    /// Glued words split again: `{"original", "repaired"}`.
    pub repairs: &'a [crate::corpus::Repair],
    /// Tagged entities.
    pub entities: Vec<EntityJson<'a>>,
    /// Meetings reported or mentioned.
    pub meetings: Vec<MeetingJson<'a>>,
}

impl<'a> From<&'a Record> for ArticleJson<'a> {
    fn from(r: &'a Record) -> Self {
        let a = &r.article;
        ArticleJson {
            file: &a.file,
            id: a.id.as_str(),
            title: &a.title,
            language: a.language.code(),
            dateline: a.dateline.as_deref(),
            source: a.source.as_deref(),
            byline: a.byline.as_deref(),
            published: a.published.map(|d| d.to_string()),
            paragraphs: &a.paragraphs,
            captions: &a.captions,
            removed: a
                .removed
                .iter()
                .map(|x| RemovedJson {
                    reason: x.reason.code(),
                    text: &x.text,
                })
                .collect(),
            repairs: &a.repairs,
            entities: r.mentions.iter().map(EntityJson::from).collect(),
            meetings: r.meetings.iter().map(MeetingJson::from).collect(),
        }
    }
}

/// A person of a meeting, as JSON.
#[derive(Debug, Serialize)]
pub struct PersonJson<'a> {
    /// Display name.
    pub name: &'a str,
    /// Title, when known.
    pub title: Option<&'a str>,
    /// Entity id (`person:to-lam`).
    pub id: &'a str,
    /// ISO country code, when known.
    pub country: Option<&'a str>,
}

impl<'a> From<&'a Person> for PersonJson<'a> {
    fn from(p: &'a Person) -> Self {
        PersonJson {
            name: &p.name,
            title: p.title.as_deref(),
            id: &p.id,
            country: p.country.as_deref(),
        }
    }
}

/// The two leads, as JSON.
#[derive(Debug, Serialize)]
pub struct LeadsJson<'a> {
    /// The MPS side's lead, or null.
    pub vietnam: Option<PersonJson<'a>>,
    /// The foreign side's lead, or null.
    pub partner: Option<PersonJson<'a>>,
}

/// A fuzzy date, as JSON: `start`/`end` are `YYYY-MM-DD`, `YYYY-MM` or `YYYY` or null, `month_day` is `MM-DD`
/// or null, `precision` one of `day`, `range`, `month`, `year`, `year-range`, `unknown-year`, `unknown`.
#[derive(Debug, Serialize)]
pub struct DateJson<'a> {
    /// First day, month or year, or null when the year is not known.
    pub start: Option<String>,
    /// Last day, month or year, or null.
    pub end: Option<String>,
    /// `MM-DD` when stated without a year.
    pub month_day: Option<String>,
    /// `MM-DD` of the last day of a run of days stated without a year.
    pub month_day_end: Option<String>,
    /// Earliest possible year, or null.
    pub year_min: Option<u16>,
    /// Latest possible year, or null.
    pub year_max: Option<u16>,
    /// Precision code.
    pub precision: &'static str,
    /// Sentences the date comes from, with byte ranges into the story.
    pub evidence: &'a [Evidence],
    /// How a year not written with the date was reached, or null.
    pub derivation: Option<&'a str>,
    /// A short English label (`19 Feb, year 2019–2022`).
    pub label: String,
}

impl<'a> From<&'a FuzzyDate> for DateJson<'a> {
    fn from(d: &'a FuzzyDate) -> Self {
        DateJson {
            start: d.start.map(|x| x.to_string()),
            end: d.end.map(|x| x.to_string()),
            month_day: d.month_day.map(|x| x.to_string()),
            month_day_end: d.month_day_end.map(|x| x.to_string()),
            year_min: d.year_min,
            year_max: d.year_max,
            precision: d.precision.code(),
            evidence: &d.evidence,
            derivation: d.derivation.as_deref(),
            label: d.label(),
        }
    }
}

/// A meeting, as JSON (the shape documented in the README and issue 5).
#[derive(Debug, Serialize)]
pub struct MeetingJson<'a> {
    /// ISO codes of the foreign side(s).
    pub partners: &'a [String],
    /// True for a meeting the article only mentions.
    pub mentioned: bool,
    /// For a mentioned meeting: `earlier` or `later` than the one reported.
    pub relation: Option<&'static str>,
    /// When.
    pub date: DateJson<'a>,
    /// City, or null.
    pub place: Option<&'a str>,
    /// ISO code of the country it took place in, or null.
    pub country: Option<&'a str>,
    /// How the place was found when not stated with the meeting, or null.
    pub place_note: Option<&'a str>,
    /// `minister` or `deputy-minister`.
    pub level: &'static str,
    /// How the level was decided.
    pub level_note: &'a str,
    /// Number in its series, or null.
    pub ordinal: Option<u32>,
    /// How the ordinal was derived when not stated, or null.
    pub ordinal_note: Option<&'a str>,
    /// The two leads.
    pub leads: LeadsJson<'a>,
    /// Other people taking part.
    pub participants: Vec<PersonJson<'a>>,
    /// Organisations of either side.
    pub organizations: &'a [EntityName],
    /// Agreements signed.
    pub agreements: &'a [Agreement],
    /// Topics of the story.
    pub topics: &'a [EntityName],
    /// The sentence(s) reporting the meeting, with byte ranges into the story.
    pub evidence: &'a [Evidence],
}

impl<'a> From<&'a Meeting> for MeetingJson<'a> {
    fn from(m: &'a Meeting) -> Self {
        MeetingJson {
            partners: &m.partners,
            mentioned: m.mentioned,
            relation: m.relation.map(|r| r.code()),
            date: DateJson::from(&m.date),
            place: m.place.as_deref(),
            country: m.country.as_deref(),
            place_note: m.place_note.as_deref(),
            level: m.level.code(),
            level_note: &m.level_note,
            ordinal: m.ordinal,
            ordinal_note: m.ordinal_note.as_deref(),
            leads: LeadsJson {
                vietnam: m.leads.vietnam.as_ref().map(PersonJson::from),
                partner: m.leads.partner.as_ref().map(PersonJson::from),
            },
            participants: m.participants.iter().map(PersonJson::from).collect(),
            organizations: &m.organizations,
            agreements: &m.agreements,
            topics: &m.topics,
            evidence: &m.evidence,
        }
    }
}

/// A file that could not be read or parsed, as JSON.
#[derive(Debug, Serialize)]
pub struct ErrorJson<'a> {
    /// The input file's name.
    pub file: &'a str,
    /// A sentence saying what went wrong.
    pub error: String,
}

/// The JSON value for one file's outcome.
pub fn outcome_json(file: &str, outcome: &Result<Record, ParseError>) -> serde_json::Value {
    let value = match outcome {
        Ok(rec) => serde_json::to_value(ArticleJson::from(rec)),
        Err(e) => serde_json::to_value(ErrorJson {
            file,
            error: e.to_string(),
        }),
    };
    value.unwrap_or_else(|e| serde_json::json!({ "file": file, "error": e.to_string() }))
}
