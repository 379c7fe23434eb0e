//! The JSON interface of `counterparts extract`: one object per input file, documented in the README.

use crate::bundle::Record;
use crate::corpus::ParseError;
use crate::entity::Mention;
use crate::meeting::Meeting;
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
    pub meetings: &'a [Meeting],
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
            meetings: &r.meetings,
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
