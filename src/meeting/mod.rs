//! Meetings: whether an article reports a meeting of Vietnam's Ministry of Public Security (MPS) with foreign counterparts at minister or deputy-minister level, and its facts, each traceable to its sentence.
//!
//! Entry point: [`extract`] (an article and its entity mentions). It returns
//! the meeting the article reports first (`mentioned: false`), then the other
//! meetings of the same series it cites (the previous one, a planned one) with
//! `mentioned: true`. An article that is not such a meeting yields nothing.
//!
//! How it decides, from general evidence only (see `extract.rs`):
//! - the report: the first sentence with a meeting verb or noun (`cues.rs`) that
//!   is not a phone call and not about another meeting of the series, with an
//!   MPS side (a person whose title is in the MPS, or the MPS itself) and a
//!   foreign side (a person or organisation of another country) in it or the
//!   next sentence;
//! - the Vietnamese lead: the most senior MPS person there at minister or
//!   deputy-minister level; the level of the meeting is that lead's level;
//!   the partner lead: the foreign person there of highest rank;
//! - the date ([`FuzzyDate`]): the most precise date of that sentence; a day
//!   without its year is bounded by the article's other dated events it places
//!   before or after the report ("since the previous meeting in October 2018",
//!   "will be held in 2022") and by the publication date, and the derivation
//!   says how;
//! - place, ordinal, agreements signed (a signing verb, not a promise to sign),
//!   topics, participants, and the evidence sentences as byte ranges of
//!   [`crate::corpus::Article::body`].

mod cues;
pub mod date;
mod extract;

pub use date::{add_days, month_abbr, Evidence, FuzzyDate, MonthDay, Precision};
pub use extract::{extract, extract_text, Context};

use crate::filters::Level;
use serde::{Deserialize, Serialize};

/// A person leading one side of a meeting, or taking part in it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Person {
    /// Entity id (`person:to-lam`), as in the article's mentions.
    pub id: String,
    /// Display name (fullest form in the article).
    pub name: String,
    /// Title or office, when the text gives one.
    pub title: Option<String>,
    /// ISO code of the person's country, when the text ties them to one.
    pub country: Option<String>,
}

/// The two leads of a meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Leads {
    /// The MPS side's lead.
    pub vietnam: Option<Person>,
    /// The foreign side's lead.
    pub partner: Option<Person>,
}

/// An agreement signed at the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Agreement {
    /// Entity id of the kind of agreement (`agreement:mou`, `agreement:letter-of-intent`).
    pub id: String,
    /// Display name of the kind ("Memorandum of Understanding").
    pub name: String,
    /// How many were signed, when the text says ("three MoUs" → 3, "a letter of intent" → 1).
    pub count: Option<u32>,
    /// The words of the text naming it, with its subject ("three MoUs on cooperation in fighting high-tech crime, …").
    pub text: String,
    /// Byte offset of `text` in the body.
    pub start: usize,
    /// Byte offset one past `text` in the body.
    pub end: usize,
}

/// An entity tied to a meeting: id and display name (topics, organisations).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EntityName {
    /// Entity id (`topic:cybercrime`, `org:sg-home-affairs`).
    pub id: String,
    /// Display name.
    pub name: String,
}

/// Where a mentioned meeting stands against the one the article reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Relation {
    /// Held before it (the previous meeting).
    Earlier,
    /// Planned after it (the next meeting).
    Later,
}

impl Relation {
    /// `earlier` or `later`.
    pub fn code(self) -> &'static str {
        match self {
            Relation::Earlier => "earlier",
            Relation::Later => "later",
        }
    }
}

/// A meeting of the MPS with a foreign counterpart, reported or mentioned by one article.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Meeting {
    /// ISO 3166-1 alpha-2 codes of the foreign side(s); never `VN`.
    pub partners: Vec<String>,
    /// True for a meeting the article only mentions (a previous or planned one).
    pub mentioned: bool,
    /// For a mentioned meeting: before or after the one reported.
    pub relation: Option<Relation>,
    /// When, as far as the text tells.
    pub date: FuzzyDate,
    /// City (or city-state), when stated.
    pub place: Option<String>,
    /// Entity id of the place (`place:hanoi`), when known.
    pub place_id: Option<String>,
    /// ISO code of the country the meeting took place in, when known.
    pub country: Option<String>,
    /// How the place was found when not stated with the meeting ("from the dateline").
    pub place_note: Option<String>,
    /// Minister or deputy-minister level.
    pub level: Level,
    /// How the level was decided ("the Vietnamese lead's title: Deputy Minister of the MPS").
    pub level_note: String,
    /// The meeting's number in its series ("12th annual meeting" → 12), when stated or derived.
    pub ordinal: Option<u32>,
    /// How the ordinal was derived when not stated ("the one before the seventh").
    pub ordinal_note: Option<String>,
    /// The two leads.
    pub leads: Leads,
    /// Other people of either side named taking part.
    pub participants: Vec<Person>,
    /// Organisations of either side named in the report (the MPS, the partner ministry).
    pub organizations: Vec<EntityName>,
    /// Agreements signed at the meeting.
    pub agreements: Vec<Agreement>,
    /// Topics of the story, most mentioned first.
    pub topics: Vec<EntityName>,
    /// The sentence(s) reporting or mentioning the meeting; the first is the main one.
    pub evidence: Vec<Evidence>,
}

impl Meeting {
    /// A reported meeting with `partners` (country codes), `date` and `level`, and nothing
    /// else known: no place, leads, participants, agreements, topics or evidence.
    pub fn new(partners: &[&str], date: FuzzyDate, level: Level) -> Meeting {
        Meeting {
            partners: partners.iter().map(|s| s.to_string()).collect(),
            mentioned: false,
            relation: None,
            date,
            place: None,
            place_id: None,
            country: None,
            place_note: None,
            level,
            level_note: String::new(),
            ordinal: None,
            ordinal_note: None,
            leads: Leads::default(),
            participants: Vec::new(),
            organizations: Vec::new(),
            agreements: Vec::new(),
            topics: Vec::new(),
            evidence: Vec::new(),
        }
    }

    /// `data-country`: the partner codes, comma-separated.
    pub fn data_country(&self) -> String {
        self.partners.join(",")
    }

    /// `data-level`: `minister` or `deputy-minister`.
    pub fn data_level(&self) -> &'static str {
        self.level.code()
    }

    /// Every entity id the meeting names (leads, participants, partners as `country:XX`, place, organisations,
    /// topics, agreements), for the entity filter.
    pub fn entity_ids(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        out.extend(self.leads.vietnam.iter().map(|p| p.id.as_str()));
        out.extend(self.leads.partner.iter().map(|p| p.id.as_str()));
        out.extend(self.participants.iter().map(|p| p.id.as_str()));
        out.extend(self.place_id.as_deref());
        out.extend(self.organizations.iter().map(|e| e.id.as_str()));
        out.extend(self.topics.iter().map(|e| e.id.as_str()));
        out.extend(self.agreements.iter().map(|a| a.id.as_str()));
        out
    }

    /// True when the meeting names entity `id` (`person:to-lam`, `country:CN`, `topic:cybercrime`, ...).
    pub fn involves(&self, id: &str) -> bool {
        if let Some(code) = id.strip_prefix("country:") {
            if self.partners.iter().any(|p| p.eq_ignore_ascii_case(code)) {
                return true;
            }
        }
        self.entity_ids().contains(&id)
    }

    /// True when one of the meeting's topics has slug `slug` (`cybercrime` for `topic:cybercrime`).
    pub fn has_topic(&self, slug: &str) -> bool {
        self.topics.iter().any(|t| {
            t.id.strip_prefix("topic:")
                .is_some_and(|s| s.eq_ignore_ascii_case(slug))
        })
    }
}
