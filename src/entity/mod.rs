//! Entity tagging: people, organisations, countries, places, dates, topics and agreements in an article's story.
//!
//! Entry points: [`tag`] (an article's body) and [`tag_text`] (any text in a
//! known language). Mentions come back sorted by start, non-overlapping, with
//! byte offsets into the text and a canonical id:
//!
//! | kind | id | example |
//! |---|---|---|
//! | person | `person:<folded-name>` | `person:to-lam` for "To Lam", "Tô Lâm", a later "Lam" |
//! | organization | `org:<cc>-<slug>` or `org:<slug>` | `org:vn-mps`, `org:sg-home-affairs`, `org:interpol` |
//! | country | `country:<ISO 3166-1 alpha-2>` | `country:CN` for "China", "Chinese", "Trung Quốc" |
//! | place | `place:<slug>` | `place:hanoi` for "Hanoi", "Hà Nội" |
//! | date | `date:<value>` | `date:--10-08`, `date:2024-04-03/2024-04-05`, `date:yesterday` ([`DateExpr`]) |
//! | topic | `topic:<slug>` | `topic:cybercrime` for "high-tech crime", "tội phạm mạng" |
//! | agreement | `agreement:<slug>` | `agreement:mou`, `agreement:agreement-on-extradition` |
//!
//! How: gazetteers from data tables (`data/*.tsv`, see [`gazetteer`]) match on
//! folded text with Aho-Corasick; rules over the resulting words and spans find
//! ministries by pattern, acronyms defined in text, agreements and dates; people
//! are found from context (titles, ranks, honorifics, "his counterpart",
//! appositions), never from a list of names ([`people`]).

mod dates;
mod fold;
pub(crate) mod gazetteer;
pub mod index;
pub(crate) mod people;
mod rules;
mod tagger;

pub use dates::{parse_date_value, DateExpr, DatePoint};
pub use gazetteer::Level;

use crate::corpus::Article;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::time::Duration;

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
    /// Every kind, in display order.
    pub const ALL: [EntityKind; 7] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Country,
        EntityKind::Place,
        EntityKind::Date,
        EntityKind::Topic,
        EntityKind::Agreement,
    ];

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

    /// Reads a name made by [`EntityKind::code`].
    pub fn from_code(code: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.code() == code)
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
    /// The canonical display name (a person: the fullest form in the article, diacritics kept).
    pub name: String,
    /// Title or role, when the text gives one (people only): the office when known
    /// ("Deputy Minister of the MPS", "Thứ trưởng Bộ Công an"), the same on every mention of that person.
    pub title: Option<String>,
    /// Byte offset of the span's start in the body.
    pub start: usize,
    /// Byte offset one past the span's end in the body.
    pub end: usize,
    /// ISO 3166-1 alpha-2 code of the country the text ties this entity to: a person's or organisation's
    /// side ("Chinese Minister of Justice He Rong" → `CN`), a place's country, a country itself.
    pub country: Option<String>,
    /// Military or police rank of a person, when stated ("Lieutenant General", "Senior Lieutenant General"
    /// for "Thượng tướng").
    pub rank: Option<String>,
}

impl Mention {
    /// The date a date mention stands for (`None` for other kinds).
    pub fn date(&self) -> Option<DateExpr> {
        match self.kind {
            EntityKind::Date => self.id.strip_prefix("date:").and_then(parse_date_value),
            _ => None,
        }
    }

    /// The seniority of a person's title, when it has one.
    pub fn level(&self) -> Option<Level> {
        self.title.as_deref().and_then(title_level)
    }
}

/// Tags the entities of an article's story ([`Article::body`], in the article's language).
pub fn tag(article: &Article) -> Vec<Mention> {
    tag_text(&article.body(), article.language)
}

/// Tags any text in a known language. Linear in the text's length; never panics on odd input.
pub fn tag_text(text: &str, lang: Lang) -> Vec<Mention> {
    tagger::tag_text(text, lang)
}

/// Builds the tables and automata now (they are otherwise built on first use) and returns how long the
/// build took the first time it ran (zero in wasm32, where `std::time` has no clock; time it from the UI).
pub fn warm_up() -> Duration {
    gazetteer::get().build_time
}

/// Size and health of the built-in tables, for benchmarks and checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerStats {
    /// Distinct folded patterns in the English automaton.
    pub patterns_en: usize,
    /// Distinct folded patterns in the Vietnamese automaton.
    pub patterns_vi: usize,
    /// Countries in the table (UN members, observers, Taiwan, Hong Kong, Macau, Kosovo).
    pub countries: usize,
    /// Places in the table.
    pub places: usize,
    /// Time taken to parse the tables and build both automata.
    pub build_time: Duration,
    /// Heap memory of both automata, in bytes.
    pub automata_bytes: usize,
    /// Table lines that could not be read (empty when the data is sound).
    pub problems: Vec<String>,
}

/// Builds the tables if needed and reports on them.
pub fn gazetteer_stats() -> GazetteerStats {
    let g = gazetteer::get();
    GazetteerStats {
        patterns_en: g.en.len(),
        patterns_vi: g.vi.len(),
        countries: g.countries.len(),
        places: g.places.len(),
        build_time: g.build_time,
        automata_bytes: g.en.memory_usage() + g.vi.memory_usage(),
        problems: g.problems.clone(),
    }
}

/// The topic an agreement is about, when its id names one (`agreement:agreement-on-extradition` →
/// (`topic:extradition`, "extradition")): a named agreement takes in its topic words ("Agreement on
/// Extradition", "Hiệp định dẫn độ"), so its article is still found under the topic. The longest topic
/// slug that ends the id wins.
pub fn agreement_topic(id: &str) -> Option<(String, String)> {
    let slug = id.strip_prefix("agreement:")?;
    gazetteer::get()
        .topics
        .iter()
        .filter(|t| slug.ends_with(&format!("-on-{}", t.slug)))
        .max_by_key(|t| t.slug.len())
        .map(|t| (format!("topic:{}", t.slug), t.name.clone()))
}

/// The English display name of a country code (`CN` → "China"); any case.
pub fn country_name(code: &str) -> Option<&'static str> {
    gazetteer::get().country(code).map(|c| c.name.as_str())
}

/// The country code for a name, demonym or Vietnamese name ("Chinese", "Trung Quốc", "Singaporean" → `CN`,
/// `CN`, `SG`), compared folded. `None` when unknown.
pub fn country_code(name: &str) -> Option<&'static str> {
    let want = crate::lang::fold(name.trim());
    if want.is_empty() {
        return None;
    }
    gazetteer::get()
        .countries
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(name.trim()) || c.forms.iter().any(|f| crate::lang::fold(f) == want))
        .map(|c| c.code.as_str())
}

/// The seniority of a title such as "Deputy Minister of the MPS", "Thứ trưởng Bộ Công an",
/// "Permanent Secretary": the level of the title word found first (English or Vietnamese). `None` when the
/// text holds no known title.
pub fn title_level(title: &str) -> Option<Level> {
    let g = gazetteer::get();
    [Lang::En, Lang::Vi].into_iter().find_map(|lang| {
        let mut hits: Vec<_> = g
            .matcher(lang)
            .hits(title)
            .into_iter()
            .filter_map(|h| match h.entry.target {
                gazetteer::Target::Title(l) if l != Level::Counterpart => Some((h.start, std::cmp::Reverse(h.end), l)),
                _ => None,
            })
            .collect();
        hits.sort();
        hits.first().map(|(_, _, l)| *l)
    })
}

/// A person of one article, summarised from its mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Canonical id (`person:to-lam`).
    pub id: String,
    /// Display name (fullest form, diacritics kept).
    pub name: String,
    /// Title, when known.
    pub title: Option<String>,
    /// Seniority of the title.
    pub level: Option<Level>,
    /// Rank, when known.
    pub rank: Option<String>,
    /// Country (ISO code), when the text ties the person to one.
    pub country: Option<String>,
    /// Number of mentions.
    pub mentions: usize,
    /// Byte offset of the first mention.
    pub first: usize,
}

/// The people among `mentions`, one per id, in order of first mention.
pub fn people(mentions: &[Mention]) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
        match index.get(m.id.as_str()).and_then(|i| out.get_mut(*i)) {
            Some(p) => {
                p.mentions += 1;
                p.first = p.first.min(m.start);
            }
            None => {
                index.insert(&m.id, out.len());
                out.push(Person {
                    id: m.id.clone(),
                    name: m.name.clone(),
                    title: m.title.clone(),
                    level: m.level(),
                    rank: m.rank.clone(),
                    country: m.country.clone(),
                    mentions: 1,
                    first: m.start,
                });
            }
        }
    }
    out.sort_by_key(|p| p.first);
    out
}

/// Distinct entities of one kind among `mentions`, as `(id, name, count)`, most mentioned first.
pub fn entities_of(mentions: &[Mention], kind: EntityKind) -> Vec<(String, String, usize)> {
    let mut out: Vec<(String, String, usize)> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for m in mentions.iter().filter(|m| m.kind == kind) {
        match index.get(m.id.as_str()).and_then(|i| out.get_mut(*i)) {
            Some(e) => e.2 += 1,
            None => {
                index.insert(&m.id, out.len());
                out.push((m.id.clone(), m.name.clone(), 1));
            }
        }
    }
    out.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    out
}
