//! Entity tagging: people, organisations, countries, places, dates, topics and agreements in an article's story.

use crate::corpus::Article;
use serde::{Deserialize, Serialize};

/// The kind of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A ministry, police force, agency, association.
    Organization,
    /// A country (canonical id is its ISO 3166-1 alpha-2 code).
    Country,
    /// A city or other place.
    Place,
    /// A date expression.
    Date,
    /// A crime or cooperation area.
    Topic,
    /// An agreement, MoU, letter of intent, minutes.
    Agreement,
}

impl EntityKind {
    /// The lower-case name used in JSON and URLs (`person`, `organization`, ...).
    pub fn code(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Country => "country",
            EntityKind::Place => "place",
            EntityKind::Date => "date",
            EntityKind::Topic => "topic",
            EntityKind::Agreement => "agreement",
        }
    }
}

/// One tagged span of an article's cleaned story ([`Article::body`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// What kind of entity.
    pub kind: EntityKind,
    /// The text as written.
    pub text: String,
    /// The canonical entity's stable id.
    pub id: String,
    /// The canonical display name.
    pub name: String,
    /// Title or role, when the text gives one (people only).
    pub title: Option<String>,
    /// Byte offset of the span's start in the body.
    pub start: usize,
    /// Byte offset one past the span's end in the body.
    pub end: usize,
}

/// Tags the entities of an article's story.
pub fn tag(_article: &Article) -> Vec<Mention> {
    Vec::new()
}
