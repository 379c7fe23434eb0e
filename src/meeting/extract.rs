//! Meeting extraction: finds the sentence reporting an MPS meeting with a foreign side, its leads, level, date (bounded by the article's other dated events), place, ordinal, agreements, participants, and the other meetings of the series it mentions.
//!
//! Everything here works on sentences ([`super::sentences`]), the cues found
//! in them ([`super::cues`]) and the entity mentions of the tagger; nothing is
//! tied to a source, a country or a name. One pass over the sentences plus
//! constant work per sentence and per mention: linear in the story.

use super::cues::{self, Cue, Hit};
use super::date::{add_days, month_abbr, Evidence, FuzzyDate, MonthDay, Precision};
use super::sentences::{self, Span};
use super::{Agreement, EntityName, Leads, Meeting, Person, Relation};
use crate::corpus::Article;
use crate::date::{Date, PartialDate};
use crate::entity::{self, DateExpr, DatePoint, EntityKind, Level as TitleLevel, Mention};
use crate::filters::Level;
use crate::lang;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// What the extractor knows of an article besides its story and mentions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context<'a> {
    /// The publication date, when the page states it: an upper bound for the meeting, never its date.
    pub published: Option<Date>,
    /// The dateline (`Paris (VNA)`), whose place is the meeting's when the report names none.
    pub dateline: Option<&'a str>,
}

/// Extracts the meetings an article reports or mentions: the reported one first (`mentioned: false`), then the
/// meetings of the same series it cites, in text order. Empty when the article is not an MPS meeting with a
/// foreign side at minister or deputy-minister level.
pub fn extract(article: &Article, mentions: &[Mention]) -> Vec<Meeting> {
    let body = article.body();
    let ctx = Context {
        published: article.published,
        dateline: article.dateline.as_deref(),
    };
    extract_text(&body, mentions, ctx)
}

/// As [`extract`], on a story `body` with the mentions tagged in it (offsets into `body`).
pub fn extract_text(body: &str, mentions: &[Mention], ctx: Context<'_>) -> Vec<Meeting> {
    let doc = Doc::new(body, mentions, ctx);
    let Some(primary) = doc.primary() else {
        return Vec::new();
    };
    let meeting = doc.build(&primary);
    let mut out = doc.mentioned(&primary, &meeting);
    out.insert(0, meeting);
    out
}

/// Which side of a meeting a person stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// In Vietnam's Ministry of Public Security.
    Mps,
    /// Vietnamese, outside the MPS (or the MPS cannot be told).
    Vietnam,
    /// Of another country.
    Foreign,
    /// Not known.
    Unknown,
}

/// What the article tells of one person.
#[derive(Debug, Clone)]
struct Who {
    name: String,
    title: Option<String>,
    level: Option<TitleLevel>,
    country: Option<String>,
    side: Side,
}

/// One sentence of the story, with the ranges of its cues and mentions.
#[derive(Debug, Clone)]
struct Sent {
    span: Span,
    hits: Range<usize>,
    ments: Range<usize>,
}

/// The reported meeting found, before its facts are gathered.
#[derive(Debug, Clone)]
struct Primary {
    /// The sentence reporting it.
    sent: usize,
    /// The Vietnamese lead (a person mention) and its sentence.
    vn: Option<usize>,
    /// The partner lead (a person mention).
    partner: Option<usize>,
    partners: Vec<String>,
    level: Level,
    level_note: String,
}

/// Where a meeting took place, as found.
#[derive(Debug, Clone, Default)]
struct Place {
    name: Option<String>,
    id: Option<String>,
    country: Option<String>,
    note: Option<String>,
}

/// A dated event of the article placed before or after the report.
#[derive(Debug, Clone)]
struct Reference {
    /// Index of the date mention.
    mention: usize,
    first: Date,
    last: Date,
    past: bool,
    /// A meeting of the series ("the previous meeting"), not an outside event.
    series: bool,
    /// A day or run of days, not a month or year.
    precise: bool,
}

struct Doc<'a> {
    body: &'a str,
    ctx: Context<'a>,
    sents: Vec<Sent>,
    hits: Vec<Hit>,
    ments: Vec<&'a Mention>,
    people: HashMap<&'a str, Who>,
    /// Per mention (same index as `ments`), for dates only: the closest relation marker before it in its
    /// sentence since the previous date (`true` past, `false` future) and whether that stretch names a
    /// meeting of the series ("previous", "next").
    relations: Vec<Option<(bool, bool)>>,
    /// Per sentence: it speaks of another meeting of the series (see [`Doc::is_series_mention`]).
    series: Vec<bool>,
}

/// Countries whose capital is the country itself: "in Singapore" is a city.
const CITY_STATES: &[&str] = &["SG", "MC", "VA", "HK", "MO"];

/// Words before a place that make it where something happens.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "tại", "ở"];

/// Bytes between a mentioned meeting's noun and its date, at most.
const MENTION_REACH: usize = 80;

/// Most meetings mentioned by one article that are kept (32): an article cites a few; more is noise.
const MAX_MENTIONED: usize = 32;

/// Bytes around an agreement searched for its signing verb and clause ends (400).
const CLAUSE_REACH: usize = 400;

/// How senior a title is, for choosing leads: lower is more senior as a counterpart.
fn rank(level: Option<TitleLevel>) -> u8 {
    match level {
        Some(TitleLevel::Minister) => 0,
        Some(TitleLevel::DeputyMinister) => 1,
        Some(TitleLevel::SeniorOfficial) => 2,
        Some(TitleLevel::Leader) => 3,
        Some(TitleLevel::Official) => 4,
        Some(TitleLevel::Diplomat) => 5,
        Some(TitleLevel::Member) => 6,
        _ => 7,
    }
}

/// Folded words of a title.
fn title_words(title: &str) -> Vec<String> {
    lang::tokenize(&lang::fold(title))
        .into_iter()
        .map(|t| t.text.to_string())
        .collect()
}

/// True when a title places its holder in a ministry of public security ("Minister of Public Security",
/// "Deputy Minister of the MPS", "Thứ trưởng Bộ Công an").
fn is_mps_title(title: &str) -> bool {
    let w = title_words(title);
    let pair = |a: &str, b: &str| {
        w.windows(2)
            .any(|p| p.first().is_some_and(|x| x == a) && p.get(1).is_some_and(|x| x == b))
    };
    pair("public", "security") || pair("cong", "an") || w.iter().any(|x| x == "mps" || x == "mops")
}

/// True for a minister's title that names no ministry ("Minister", "Thứ trưởng").
fn is_bare_minister_title(title: &str) -> bool {
    const BARE: &[&str] = &[
        "minister",
        "deputy minister",
        "vice minister",
        "bo truong",
        "thu truong",
    ];
    let folded = title_words(title).join(" ");
    BARE.contains(&folded.as_str())
}

impl<'a> Doc<'a> {
    fn new(body: &'a str, mentions: &'a [Mention], ctx: Context<'a>) -> Doc<'a> {
        let mut ments: Vec<&Mention> = mentions
            .iter()
            .filter(|m| m.start < m.end && body.get(m.start..m.end).is_some())
            .collect();
        ments.sort_by_key(|m| (m.start, m.end));
        let spans = sentences::split(body);
        let mut hits = Vec::new();
        let mut sents = Vec::with_capacity(spans.len());
        for span in spans {
            let text = body.get(span.start..span.end).unwrap_or("");
            let h0 = hits.len();
            hits.extend(cues::scan(text, span.start));
            let lo = ments.partition_point(|m| m.start < span.start);
            let hi = ments.partition_point(|m| m.start < span.end);
            sents.push(Sent {
                span,
                hits: h0..hits.len(),
                ments: lo..hi.max(lo),
            });
        }
        let has_mps_org = ments.iter().any(|m| m.id == "org:vn-mps");
        let mut summary: HashMap<String, entity::Person> = entity::people(mentions)
            .into_iter()
            .map(|p| (p.id.clone(), p))
            .collect();
        let mut people = HashMap::new();
        for m in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
            if let Some(p) = summary.remove(&m.id) {
                let side = side_of(p.title.as_deref(), p.country.as_deref(), has_mps_org);
                people.insert(
                    m.id.as_str(),
                    Who {
                        name: p.name,
                        title: p.title,
                        level: p.level,
                        country: p.country,
                        side,
                    },
                );
            }
        }
        let relations = relations(&sents, &hits, &ments);
        let series = sents
            .iter()
            .map(|x| is_series_sentence(hits.get(x.hits.clone()).unwrap_or(&[])))
            .collect();
        Doc {
            body,
            ctx,
            sents,
            hits,
            ments,
            people,
            relations,
            series,
        }
    }

    fn text(&self, a: usize, b: usize) -> &'a str {
        self.body.get(a..b).unwrap_or("")
    }

    fn hits_of(&self, s: usize) -> &[Hit] {
        self.sents
            .get(s)
            .and_then(|x| self.hits.get(x.hits.clone()))
            .unwrap_or(&[])
    }

    fn ments_of(&self, s: usize) -> &[&'a Mention] {
        self.sents
            .get(s)
            .and_then(|x| self.ments.get(x.ments.clone()))
            .unwrap_or(&[])
    }

    /// Indices (into `self.ments`) of the mentions of sentence `s`.
    fn ment_range(&self, s: usize) -> Range<usize> {
        self.sents.get(s).map_or(0..0, |x| x.ments.clone())
    }

    fn has(&self, s: usize, cue: Cue) -> bool {
        self.hits_of(s).iter().any(|h| h.cue == cue)
    }

    fn evidence(&self, s: usize) -> Option<Evidence> {
        let span = self.sents.get(s)?.span;
        Some(Evidence {
            text: self.text(span.start, span.end).to_string(),
            start: span.start,
            end: span.end,
        })
    }

    fn sentence_of(&self, offset: usize) -> Option<usize> {
        let i = self.sents.partition_point(|s| s.span.start <= offset).checked_sub(1)?;
        (offset < self.sents.get(i)?.span.end).then_some(i)
    }

    fn who(&self, m: &Mention) -> Option<&Who> {
        (m.kind == EntityKind::Person)
            .then(|| self.people.get(m.id.as_str()))
            .flatten()
    }

    fn side(&self, m: &Mention) -> Side {
        self.who(m).map_or(Side::Unknown, |w| w.side)
    }

    /// True when the mention is followed by a possessive `'s`: the person owns another event ("Pham Minh
    /// Chinh's official visit").
    fn possessive(&self, m: &Mention) -> bool {
        self.body
            .get(m.end..)
            .is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("’s"))
    }

    fn is_foreign_org(m: &Mention) -> bool {
        m.kind == EntityKind::Organization && m.country.as_deref().is_some_and(|c| c != "VN")
    }

    /// True when sentence `s` names the MPS or one of its people.
    fn has_mps_side(&self, s: usize) -> bool {
        self.ments_of(s)
            .iter()
            .any(|m| m.id == "org:vn-mps" || self.side(m) == Side::Mps)
    }

    /// True when sentence `s` names a person or organisation of another country.
    fn has_foreign_side(&self, s: usize) -> bool {
        self.ments_of(s)
            .iter()
            .any(|m| Self::is_foreign_org(m) || (self.side(m) == Side::Foreign && !self.possessive(m)))
    }

    /// A sentence about another meeting of the series, not the one reported (see [`is_series_sentence`]).
    fn is_series_mention(&self, s: usize) -> bool {
        self.series.get(s).copied().unwrap_or(false)
    }

    /// The first sentence that reports an MPS meeting with a foreign side, with its leads and level.
    fn primary(&self) -> Option<Primary> {
        let n = self.sents.len();
        let anywhere = self.vn_lead_anywhere();
        for s in 0..n {
            let hs = self.hits_of(s);
            let meets = hs.iter().any(|h| matches!(h.cue, Cue::Verb | Cue::Noun));
            if !meets || self.has(s, Cue::Phone) || self.is_series_mention(s) {
                continue;
            }
            let window = s..(s + 2).min(n);
            if !window.clone().any(|j| self.has_mps_side(j)) || !window.clone().any(|j| self.has_foreign_side(j)) {
                continue;
            }
            let leads = s..(s + 3).min(n);
            let vn = self.vn_lead(leads.clone()).or(anywhere);
            let (level, level_note) = match vn.and_then(|i| self.ments.get(i)).and_then(|m| self.who(m)) {
                Some(Who {
                    level: Some(TitleLevel::Minister),
                    title,
                    ..
                }) => (
                    Level::Minister,
                    format!(
                        "the Vietnamese lead's title: {}",
                        title.as_deref().unwrap_or("minister")
                    ),
                ),
                Some(Who {
                    level: Some(TitleLevel::DeputyMinister),
                    title,
                    ..
                }) => (
                    Level::DeputyMinister,
                    format!(
                        "the Vietnamese lead's title: {}",
                        title.as_deref().unwrap_or("deputy minister")
                    ),
                ),
                _ => match self.level_phrase(window.clone()) {
                    Some(found) => found,
                    None => continue,
                },
            };
            let partner = self.partner_lead(leads.clone());
            let partners = self.partners(partner, window.clone());
            if partners.is_empty() {
                continue;
            }
            return Some(Primary {
                sent: s,
                vn,
                partner,
                partners,
                level,
                level_note,
            });
        }
        None
    }

    /// The most senior MPS person at minister or deputy-minister level in `sents`, earliest sentence first.
    fn vn_lead(&self, sents: Range<usize>) -> Option<usize> {
        sents.into_iter().find_map(|s| {
            self.ment_range(s)
                .filter_map(|i| {
                    let m = self.ments.get(i)?;
                    let w = self.who(m)?;
                    let ok = w.side == Side::Mps
                        && matches!(w.level, Some(TitleLevel::Minister | TitleLevel::DeputyMinister));
                    ok.then_some((rank(w.level), m.start, i))
                })
                .min()
                .map(|x| x.2)
        })
    }

    /// An MPS minister or deputy minister in any sentence that reports taking part (a meeting verb or
    /// attendance), when the report itself names none.
    fn vn_lead_anywhere(&self) -> Option<usize> {
        (0..self.sents.len())
            .filter(|&s| self.hits_of(s).iter().any(|h| matches!(h.cue, Cue::Verb | Cue::Attend)))
            .find_map(|s| self.vn_lead(s..s + 1))
    }

    /// "deputy ministerial-level", "cấp Bộ trưởng" in the report.
    fn level_phrase(&self, sents: Range<usize>) -> Option<(Level, String)> {
        sents.into_iter().find_map(|s| {
            self.hits_of(s).iter().find_map(|h| {
                let said = self.text(h.start, h.end);
                match h.cue {
                    Cue::DeputyLevel => Some((Level::DeputyMinister, format!("the text says “{said}”"))),
                    Cue::MinisterLevel => Some((Level::Minister, format!("the text says “{said}”"))),
                    _ => None,
                }
            })
        })
    }

    /// The foreign person of highest rank in `sents`, earliest sentence first; not one named as the owner of
    /// another event ("X's visit").
    fn partner_lead(&self, sents: Range<usize>) -> Option<usize> {
        sents.into_iter().find_map(|s| {
            self.ment_range(s)
                .filter_map(|i| {
                    let m = self.ments.get(i)?;
                    let w = self.who(m)?;
                    (w.side == Side::Foreign && !self.possessive(m)).then_some((rank(w.level), m.start, i))
                })
                .min()
                .map(|x| x.2)
        })
    }

    /// The partner countries: the partner lead's, and those of foreign people of the same rank beside them
    /// (a trilateral meeting); without a partner lead, the foreign organisations' of the report.
    fn partners(&self, partner: Option<usize>, window: Range<usize>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut add = |c: &str| {
            if c != "VN" && !out.iter().any(|x| x == c) {
                out.push(c.to_string());
            }
        };
        if let Some(lead) = partner.and_then(|i| self.ments.get(i)) {
            let lead_who = self.who(lead);
            if let Some(c) = lead_who.and_then(|w| w.country.as_deref()) {
                add(c);
            }
            if let Some(s) = self.sentence_of(lead.start) {
                for m in self.ments_of(s) {
                    let Some(w) = self.who(m) else { continue };
                    if w.side == Side::Foreign
                        && !self.possessive(m)
                        && w.level.is_some()
                        && w.level == lead_who.and_then(|l| l.level)
                    {
                        if let Some(c) = w.country.as_deref() {
                            add(c);
                        }
                    }
                }
            }
            return out;
        }
        for s in window {
            for m in self.ments_of(s) {
                if Self::is_foreign_org(m) {
                    if let Some(c) = m.country.as_deref() {
                        add(c);
                    }
                }
            }
        }
        out
    }

    fn person(&self, i: usize) -> Option<Person> {
        let m = self.ments.get(i)?;
        let w = self.who(m)?;
        Some(Person {
            id: m.id.clone(),
            name: w.name.clone(),
            title: w.title.clone(),
            country: w.country.clone(),
        })
    }

    /// Gathers the reported meeting's facts.
    fn build(&self, p: &Primary) -> Meeting {
        let n = self.sents.len();
        let mut evidence: Vec<Evidence> = self.evidence(p.sent).into_iter().collect();
        for lead in [p.vn, p.partner].into_iter().flatten() {
            if let Some(s) = self.ments.get(lead).and_then(|m| self.sentence_of(m.start)) {
                if s != p.sent
                    && !evidence
                        .iter()
                        .any(|e| e.start == self.sents.get(s).map_or(0, |x| x.span.start))
                {
                    evidence.extend(self.evidence(s));
                }
            }
        }
        evidence.sort_by_key(|e| e.start);
        let date = self.primary_date(p.sent);
        let Place {
            name: place,
            id: place_id,
            country,
            note: place_note,
        } = self.place(p.sent);
        let (ordinal, _) =
            self.ordinal_of((p.sent..(p.sent + 3).min(n)).filter(|&s| s == p.sent || !self.is_series_mention(s)));
        let leads = Leads {
            vietnam: p.vn.and_then(|i| self.person(i)),
            partner: p.partner.and_then(|i| self.person(i)),
        };
        let participants = self.participants(p, &leads, &date);
        let organizations = self.organizations(p.sent..(p.sent + 3).min(n), &p.partners);
        let agreements = self.agreements(&date);
        let topics = self.topics();
        Meeting {
            partners: p.partners.clone(),
            mentioned: false,
            relation: None,
            date,
            place,
            place_id,
            country,
            place_note,
            level: p.level,
            level_note: p.level_note.clone(),
            ordinal,
            ordinal_note: None,
            leads,
            participants,
            organizations,
            agreements,
            topics,
            evidence,
        }
    }

    /// The story's topics, most mentioned first (then by id).
    fn topics(&self) -> Vec<EntityName> {
        let mut counts: HashMap<&str, (usize, &str)> = HashMap::new();
        for m in self.ments.iter().filter(|m| m.kind == EntityKind::Topic) {
            counts.entry(m.id.as_str()).or_insert((0, m.name.as_str())).0 += 1;
        }
        let mut list: Vec<(&str, usize, &str)> = counts.into_iter().map(|(id, (c, name))| (id, c, name)).collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        list.into_iter()
            .map(|(id, _, name)| EntityName {
                id: id.to_string(),
                name: name.to_string(),
            })
            .collect()
    }

    /// The first ordinal attached to a meeting noun in `sents`, and its sentence.
    fn ordinal_of(&self, sents: impl Iterator<Item = usize>) -> (Option<u32>, Option<usize>) {
        for s in sents {
            let Some(span) = self.sents.get(s).map(|x| x.span) else {
                continue;
            };
            let ws = cues::words(self.text(span.start, span.end), span.start);
            let nouns: Vec<Hit> = self
                .hits_of(s)
                .iter()
                .filter(|h| matches!(h.cue, Cue::Noun | Cue::Verb))
                .copied()
                .collect();
            let gap_ok = |a: usize, b: usize| {
                self.body
                    .get(a..b)
                    .is_some_and(|g| g.chars().all(|c| c.is_alphanumeric() || c.is_whitespace() || c == '-'))
            };
            if let Some((v, _, _)) = cues::ordinal(&ws, &nouns, gap_ok) {
                return (Some(v), Some(s));
            }
        }
        (None, None)
    }

    /// Date mentions (indices into `self.ments`) of sentence `s`.
    fn dates_of(&self, s: usize) -> Vec<(usize, DateExpr)> {
        self.ment_range(s)
            .filter_map(|i| {
                let m = self.ments.get(i)?;
                Some((i, m.date()?))
            })
            .collect()
    }

    /// The relation marker closest before the date mention `i` (see [`Doc::relations`]).
    fn relation_of(&self, i: usize) -> Option<(bool, bool)> {
        self.relations.get(i).copied().flatten()
    }

    /// The date of the report in sentence `s` (or the next two sentences), bounded by the article's other
    /// dated events when its year is not stated.
    fn primary_date(&self, s: usize) -> FuzzyDate {
        let n = self.sents.len();
        let cue_at = self
            .hits_of(s)
            .iter()
            .find(|h| matches!(h.cue, Cue::Verb | Cue::Noun))
            .map_or(0, |h| h.start);
        let score = |i: usize, e: &DateExpr| -> (u8, usize) {
            let dist = self.ments.get(i).map_or(usize::MAX, |m| m.start.abs_diff(cue_at));
            (expr_rank(e), dist)
        };
        let pick = |cands: Vec<(usize, DateExpr)>| -> Option<(usize, DateExpr)> {
            let free: Vec<(usize, DateExpr)> = cands
                .iter()
                .filter(|(i, _)| self.relation_of(*i).is_none())
                .copied()
                .collect();
            let pool = if free.is_empty() { cands } else { free };
            pool.into_iter().min_by_key(|(i, e)| score(*i, e))
        };
        let chosen = pick(self.dates_of(s)).or_else(|| {
            (s + 1..(s + 3).min(n)).find_map(|t| {
                let days: Vec<(usize, DateExpr)> = self
                    .dates_of(t)
                    .into_iter()
                    .filter(|(i, e)| expr_rank(e) <= 1 && self.relation_of(*i).is_none())
                    .collect();
                pick(days)
            })
        });
        let Some((i, expr)) = chosen else {
            return FuzzyDate::unknown();
        };
        let Some(m) = self.ments.get(i) else {
            return FuzzyDate::unknown();
        };
        let mut date = self.resolve(m, expr);
        date.evidence
            .extend(self.sentence_of(m.start).and_then(|t| self.evidence(t)));
        if date.month_day.is_some() && date.start.is_none() {
            self.bound(&mut date, i);
        }
        date
    }

    /// A date mention as a fuzzy date, without bounds.
    fn resolve(&self, m: &Mention, expr: DateExpr) -> FuzzyDate {
        match expr {
            DateExpr::Point(p) => match (partial(p), month_day(p)) {
                (Some(pd), _) => FuzzyDate::known(pd, pd),
                (None, Some(md)) => FuzzyDate::without_year(md, None),
                _ => FuzzyDate {
                    derivation: Some(format!("the text gives only “{}”, with no day or year", m.text)),
                    ..FuzzyDate::unknown()
                },
            },
            DateExpr::Range(a, b) => match (partial(a), partial(b), month_day(a), month_day(b)) {
                (Some(x), Some(y), _, _) => FuzzyDate::known(x, y),
                (None, None, Some(x), y) => FuzzyDate::without_year(x, y),
                _ => FuzzyDate::unknown(),
            },
            DateExpr::Relative(n) => match self
                .ctx
                .published
                .and_then(|p| add_days(p, i32::from(n)).map(|d| (p, d)))
            {
                Some((published, d)) => FuzzyDate {
                    derivation: Some(format!("“{}” counted from the publication date {published}", m.text)),
                    ..FuzzyDate::known(PartialDate::Day(d), PartialDate::Day(d))
                },
                None => FuzzyDate {
                    derivation: Some(format!(
                        "“{}” is relative to the publication date, which the page does not give",
                        m.text
                    )),
                    ..FuzzyDate::unknown()
                },
            },
        }
    }

    /// The article's dated events placed before or after the report, except the date mention `skip`.
    fn references(&self, skip: usize) -> Vec<Reference> {
        let mut out = Vec::new();
        for (i, m) in self.ments.iter().enumerate() {
            if i == skip || m.kind != EntityKind::Date {
                continue;
            }
            let Some(expr) = m.date() else { continue };
            let Some((first, last, precise)) = expr_days(expr) else {
                continue;
            };
            let Some((past, series)) = self.relation_of(i) else {
                continue;
            };
            out.push(Reference {
                mention: i,
                first,
                last,
                past,
                series,
                precise,
            });
        }
        out
    }

    /// Bounds the year of a month-and-day date from the article's dated events and its publication date,
    /// writing how into `derivation` and the sentences used into `evidence`.
    fn bound(&self, date: &mut FuzzyDate, skip: usize) {
        let Some(md) = date.month_day else { return };
        let refs = self.references(skip);
        let lower = refs.iter().filter(|r| r.past).max_by_key(|r| r.first);
        let upper = refs.iter().filter(|r| !r.past).min_by_key(|r| r.last);
        let text_of = |r: &Reference| self.ments.get(r.mention).map_or(String::new(), |m| m.text.clone());
        let md_label = format!("{} {}", md.day, month_abbr(md.month));
        let mut notes: Vec<String> = Vec::new();
        let mut used: Vec<usize> = Vec::new();
        let mut y_min = None;
        let mut y_max = None;
        if let Some(r) = lower {
            y_min = first_year_on_or_after(md, r.first);
            if let Some(y) = y_min {
                notes.push(format!(
                    "the text cites {} as past, so {md_label} is in {y} or later",
                    text_of(r)
                ));
                used.push(r.mention);
            }
        }
        if let Some(r) = upper {
            y_max = last_year_on_or_before(md, r.last);
            if let Some(y) = y_max {
                notes.push(format!("it cites {} as still to come, so {y} or earlier", text_of(r)));
                used.push(r.mention);
            }
        }
        if let Some(p) = self.ctx.published {
            let by_pub = last_year_on_or_before(md, p);
            if by_pub.is_some() && (y_max.is_none() || by_pub < y_max) {
                y_max = by_pub;
                if let Some(y) = by_pub {
                    notes.push(format!(
                        "the page was published on {p}, so {md_label} is in {y} or earlier (the publication date is used only as a bound)"
                    ));
                }
            }
        }
        if let (Some(a), Some(b)) = (y_min, y_max) {
            if a > b {
                date.derivation = Some(format!(
                    "the article's dated references conflict ({}); the year is left open",
                    notes.join("; ")
                ));
                return;
            }
        }
        // Only a lower bound, from a precise outside event (not an earlier meeting of the series, which may be
        // years before): news cites the latest such event, so the meeting is taken to be the first such day after it.
        let recency = lower.filter(|r| r.precise && !r.series && y_max.is_none());
        match (y_min, y_max) {
            (Some(a), Some(b)) if a == b => set_day(date, md, a),
            (Some(a), Some(b)) => {
                date.precision = Precision::YearRange;
                date.year_min = Some(a);
                date.year_max = Some(b);
            }
            (Some(a), None) if recency.is_some() => {
                set_day(date, md, a);
                notes.push(format!(
                    "with no later bound, taken as the first {md_label} after it (news cites recent events): {a}"
                ));
            }
            (a, b) => {
                date.year_min = a;
                date.year_max = b;
            }
        }
        if !notes.is_empty() {
            date.derivation = Some(capitalize(&notes.join("; ")));
        }
        for i in used {
            if let Some(e) = self
                .ments
                .get(i)
                .and_then(|m| self.sentence_of(m.start))
                .and_then(|s| self.evidence(s))
            {
                if !date.evidence.contains(&e) {
                    date.evidence.push(e);
                }
            }
        }
    }

    /// The place of the report: a place (or a city-state) after "in"/"at"/"tại"/"ở" in sentence `s` (before any
    /// clause about another meeting of the series), else a country there (no city), else the dateline's place.
    fn place(&self, s: usize) -> Place {
        // Not in a clause about another meeting of the series ("… since the previous meeting in Hanoi").
        let hs = self.hits_of(s);
        let cutoff = (0..hs.len())
            .find_map(|k| series_marker(hs, k).map(|m| m.start.min(hs.get(k).map_or(m.start, |n| n.start))))
            .unwrap_or(usize::MAX);
        let located = |m: &&&Mention| m.start < cutoff && self.after_preposition(m.start);
        let ms = self.ments_of(s);
        if let Some(m) = ms.iter().filter(located).find(|m| m.kind == EntityKind::Place) {
            return Place {
                name: Some(m.name.clone()),
                id: Some(m.id.clone()),
                country: m.country.clone(),
                note: None,
            };
        }
        if let Some(m) = ms.iter().filter(located).find(|m| m.kind == EntityKind::Country) {
            return country_as_place(m);
        }
        if let Some(d) = self.ctx.dateline {
            let reach = d.len() + 2;
            if let Some(m) = self
                .ments
                .iter()
                .take_while(|m| m.start < reach)
                .find(|m| m.kind == EntityKind::Place)
            {
                return Place {
                    name: Some(m.name.clone()),
                    id: Some(m.id.clone()),
                    country: m.country.clone(),
                    note: Some(format!("from the dateline “{d}”")),
                };
            }
        }
        Place::default()
    }

    /// True when the word before byte `at` is "in", "at", "tại" or "ở", followed by one space.
    fn after_preposition(&self, at: usize) -> bool {
        let mut from = at.saturating_sub(12);
        while from < at && !self.body.is_char_boundary(from) {
            from += 1;
        }
        let head = self.text(from, at);
        let Some(before) = head.strip_suffix(' ') else {
            return false;
        };
        let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        PLACE_PREPOSITIONS.contains(&word.to_lowercase().as_str())
    }

    /// Organisations of either side named around the report: the MPS (first, when the article names it) and
    /// the partner countries' organisations.
    fn organizations(&self, sents: Range<usize>, partners: &[String]) -> Vec<EntityName> {
        let mut out: Vec<EntityName> = Vec::new();
        let mut seen: HashSet<&str> = HashSet::new();
        let mps = self.ments.iter().find(|m| m.id == "org:vn-mps");
        let around = sents.flat_map(|s| self.ments_of(s).iter().copied());
        for m in mps.into_iter().copied().chain(around) {
            let ours = m.kind == EntityKind::Organization
                && (m.id == "org:vn-mps" || m.country.as_deref().is_some_and(|c| partners.iter().any(|p| p == c)));
            if ours && seen.insert(m.id.as_str()) {
                out.push(EntityName {
                    id: m.id.clone(),
                    name: m.name.clone(),
                });
            }
        }
        out
    }

    /// Other people of either side taking part: in the report's sentences, in sentences of attendance, and in
    /// sentences where a lead meets someone; not the leads, not owners of other events, not heads of state,
    /// not in sentences about another time.
    fn participants(&self, p: &Primary, leads: &Leads, date: &FuzzyDate) -> Vec<Person> {
        let n = self.sents.len();
        let lead_ids: Vec<&str> = [&leads.vietnam, &leads.partner]
            .into_iter()
            .flatten()
            .map(|x| x.id.as_str())
            .collect();
        let mut out: Vec<Person> = Vec::new();
        let mut seen: HashSet<&str> = lead_ids.iter().copied().collect();
        for s in 0..n {
            let hs = self.hits_of(s);
            let in_report = s >= p.sent && s < (p.sent + 2).min(n);
            let attends = hs.iter().any(|h| h.cue == Cue::Attend);
            let lead_meets = hs.iter().any(|h| h.cue == Cue::Verb)
                && self.ments_of(s).iter().any(|m| lead_ids.contains(&m.id.as_str()));
            let elsewhere = hs
                .iter()
                .any(|h| matches!(h.cue, Cue::Previous | Cue::Next | Cue::Future))
                || self.has(s, Cue::Phone)
                || self.is_series_mention(s);
            if !(in_report || ((attends || lead_meets) && !elsewhere)) || !self.same_time(s, date) {
                continue;
            }
            for (i, m) in self.ment_range(s).zip(self.ments_of(s)) {
                let Some(w) = self.who(m) else { continue };
                let side_ok = match w.side {
                    Side::Mps | Side::Vietnam => true,
                    Side::Foreign => w.country.as_deref().is_some_and(|c| p.partners.iter().any(|x| x == c)),
                    Side::Unknown => false,
                };
                if !side_ok || w.level == Some(TitleLevel::Leader) || self.possessive(m) || !seen.insert(m.id.as_str())
                {
                    continue;
                }
                out.extend(self.person(i));
            }
        }
        out
    }

    /// False when sentence `s` carries a dated event with a year that the meeting's date cannot share.
    fn same_time(&self, s: usize, date: &FuzzyDate) -> bool {
        self.dates_of(s).into_iter().all(|(_, e)| compatible(e, date))
    }

    /// Agreements signed at the meeting: an agreement mention governed by a signing verb in its clause (before
    /// it, or just after it: "an MoU was signed"), not a promise to sign, not signed at another time.
    fn agreements(&self, date: &FuzzyDate) -> Vec<Agreement> {
        let mut out: Vec<Agreement> = Vec::new();
        let agreements: Vec<&Mention> = self
            .ments
            .iter()
            .copied()
            .filter(|m| m.kind == EntityKind::Agreement)
            .collect();
        for (k, m) in agreements.iter().enumerate() {
            let Some(s) = self.sentence_of(m.start) else { continue };
            let span = self.sents.get(s).map_or(Span { start: 0, end: 0 }, |x| x.span);
            let reach_start = self.boundary_at_or_after(m.start.saturating_sub(CLAUSE_REACH).max(span.start));
            let reach_end = self.boundary_at_or_after((m.end + CLAUSE_REACH).min(span.end));
            let clause_start = self
                .text(reach_start, m.start)
                .rfind(';')
                .map_or(reach_start, |i| reach_start + i + 1);
            let clause_end = self.text(m.end, reach_end).find(';').map_or(reach_end, |i| m.end + i);
            let hs = self.hits_of(s);
            let lo = hs.partition_point(|h| h.start < clause_start);
            let hi = hs.partition_point(|h| h.start < clause_end);
            let near = hs.get(lo..hi).unwrap_or(&[]);
            let is_verb = |h: &&Hit| matches!(h.cue, Cue::Sign | Cue::NotYet);
            let before = near.iter().filter(|h| h.end <= m.start).rfind(is_verb);
            let after = near
                .iter()
                .filter(|h| h.start >= m.end && h.start <= m.end + 24)
                .find(is_verb);
            let Some(verb) = before.or(after) else { continue };
            if verb.cue != Cue::Sign || self.signed_elsewhen(verb, date) {
                continue;
            }
            // The words naming it: from its count ("three", "a") to the end of its clause or the next agreement.
            // The word just before it (at most 24 bytes back) may be its count.
            let look = self.boundary_at_or_after(m.start.saturating_sub(24).max(clause_start));
            let ws = cues::words(self.text(look, m.start), look);
            let (count, start) = match ws.last() {
                Some((w, ws_start, _)) => match cues::cardinal(w) {
                    Some(c) => (Some(c), *ws_start),
                    None => (None, m.start),
                },
                None => (None, m.start),
            };
            let plural = m.text.ends_with('s') && !m.text.ends_with("ss");
            let count = count.or(if plural { None } else { Some(1) });
            let mut end = clause_end;
            if let Some(next) = agreements.get(k + 1).filter(|x| x.start < clause_end) {
                let nws = cues::words(self.text(m.end, next.start), m.end);
                end = match nws.last() {
                    Some((w, s0, _)) if cues::cardinal(w).is_some() => *s0,
                    _ => next.start,
                };
            }
            let text = trim_clause(self.text(start, end));
            if text.is_empty() {
                continue;
            }
            out.push(Agreement {
                id: m.id.clone(),
                name: m.name.clone(),
                count,
                text: text.to_string(),
                start,
                end: start + text.len(),
            });
        }
        out
    }

    /// The first char boundary of the body at or after `at`.
    fn boundary_at_or_after(&self, at: usize) -> usize {
        let mut at = at.min(self.body.len());
        while !self.body.is_char_boundary(at) {
            at += 1;
        }
        at
    }

    /// True when a signing verb is followed by a dated time the meeting's date cannot share ("đã ký năm 2018").
    fn signed_elsewhen(&self, verb: &Hit, date: &FuzzyDate) -> bool {
        let from = self.ments.partition_point(|m| m.start < verb.end);
        self.ments
            .iter()
            .skip(from)
            .take_while(|m| m.start <= verb.end + 12)
            .filter_map(|m| m.date())
            .any(|e| !compatible(e, date))
    }

    /// Other meetings of the series the article mentions: a meeting noun marked previous, next, to come or
    /// with another ordinal, with a dated time in reach.
    fn mentioned(&self, p: &Primary, primary: &Meeting) -> Vec<Meeting> {
        let mut out: Vec<Meeting> = Vec::new();
        for s in 0..self.sents.len() {
            if out.len() >= MAX_MENTIONED {
                break;
            }
            if self.has(s, Cue::Phone) {
                continue;
            }
            let hs = self.hits_of(s);
            // A meeting noun marked as another of the series by a neighbouring "previous", "next", "lần trước",
            // "tiếp theo" (within 24 bytes); in the report's own sentence only such a noun counts.
            let marked = (0..hs.len()).find_map(|k| series_marker(hs, k).and_then(|m| Some((hs.get(k)?, m))));
            let (noun, marker) = match marked {
                Some((n, m)) => (n, Some(m)),
                None if s == p.sent => continue,
                None => {
                    let Some(n) = hs.iter().find(|h| h.cue == Cue::Noun) else {
                        continue;
                    };
                    let m = hs
                        .iter()
                        .find(|h| matches!(h.cue, Cue::Previous | Cue::Next))
                        .or_else(|| hs.iter().find(|h| h.cue == Cue::Future && h.start > n.start));
                    (n, m)
                }
            };
            let (ordinal, _) = self.ordinal_of(std::iter::once(s));
            let ordinal = ordinal.filter(|_| s != p.sent);
            let by_ordinal = match (ordinal, primary.ordinal) {
                (Some(a), Some(b)) if a != b => Some(if a < b { Relation::Earlier } else { Relation::Later }),
                _ => None,
            };
            let relation = match marker.map(|h| h.cue) {
                Some(Cue::Previous) => Some(Relation::Earlier),
                Some(Cue::Next | Cue::Future) => Some(Relation::Later),
                _ => by_ordinal,
            };
            let Some(relation) = relation else { continue };
            if marker.is_none() && ordinal.is_none() {
                continue;
            }
            // Its date: the first after the noun within reach, else the last just before it.
            let dates = self.dates_of(s);
            let after = dates.iter().find(|(i, _)| {
                self.ments
                    .get(*i)
                    .is_some_and(|m| m.start >= noun.end && m.start <= noun.end + MENTION_REACH)
            });
            let before = dates.iter().rev().find(|(i, _)| {
                self.ments
                    .get(*i)
                    .is_some_and(|m| m.end <= noun.start && m.end + 40 >= noun.start)
            });
            let Some(&(di, expr)) = after.or(before) else { continue };
            let Some(dm) = self.ments.get(di) else { continue };
            let mut date = self.resolve(dm, expr);
            if !date.precision.has_year() {
                continue;
            }
            date.evidence.extend(self.evidence(s));
            // Its place: a place or country between the noun and the date.
            let (lo, hi) = (noun.end.min(dm.start), dm.end.max(noun.end));
            let located: Vec<&&Mention> = self
                .ments_of(s)
                .iter()
                .filter(|m| m.start >= lo && m.end <= hi && self.after_preposition(m.start))
                .collect();
            let found = match located.iter().find(|m| m.kind == EntityKind::Place) {
                Some(m) => Place {
                    name: Some(m.name.clone()),
                    id: Some(m.id.clone()),
                    country: m.country.clone(),
                    note: None,
                },
                None => located
                    .iter()
                    .find(|m| m.kind == EntityKind::Country)
                    .map_or_else(Place::default, |m| country_as_place(m)),
            };
            let (ordinal, ordinal_note) = match (ordinal, primary.ordinal, relation) {
                (Some(o), _, _) => (Some(o), None),
                (None, Some(b), Relation::Earlier) if b > 1 => (
                    Some(b - 1),
                    Some(format!("the one before the meeting reported (number {b})")),
                ),
                (None, Some(b), Relation::Later) => (
                    Some(b + 1),
                    Some(format!("the one after the meeting reported (number {b})")),
                ),
                _ => (None, None),
            };
            if out.iter().any(|x| x.date == date && x.place == found.name) {
                continue;
            }
            out.push(Meeting {
                partners: primary.partners.clone(),
                mentioned: true,
                relation: Some(relation),
                date,
                place: found.name,
                place_id: found.id,
                country: found.country,
                place_note: None,
                level: primary.level,
                level_note: "as the meeting the article reports (same series)".to_string(),
                ordinal,
                ordinal_note,
                leads: Leads::default(),
                participants: Vec::new(),
                organizations: Vec::new(),
                agreements: Vec::new(),
                topics: Vec::new(),
                evidence: self.evidence(s).into_iter().collect(),
            });
        }
        out
    }
}

/// The "previous"/"next" marker (`Cue::Previous`, `Cue::Next`) next to the meeting noun `hs[k]` (within 24 bytes
/// before or after it: "the previous meeting", "hội nghị lần trước"), when `hs[k]` is a noun. Constant work.
fn series_marker(hs: &[Hit], k: usize) -> Option<&Hit> {
    let n = hs.get(k).filter(|n| n.cue == Cue::Noun)?;
    let near = hs.get(k.saturating_sub(2)..(k + 3).min(hs.len()))?;
    near.iter().find(|h| {
        matches!(h.cue, Cue::Previous | Cue::Next)
            && ((h.end <= n.start && n.start - h.end <= 24) || (h.start >= n.end && h.start - n.end <= 24))
    })
}

/// True for a sentence about another meeting of the series rather than the one reported: no meeting verb, a
/// meeting noun, and every meeting noun marked "previous"/"next", or a future marker after the first noun ("The
/// eighth meeting will be held in China in 2022").
fn is_series_sentence(hs: &[Hit]) -> bool {
    if hs.iter().any(|h| h.cue == Cue::Verb) {
        return false;
    }
    let Some(first) = hs.iter().position(|h| h.cue == Cue::Noun) else {
        return false;
    };
    let all_marked =
        (0..hs.len()).all(|k| hs.get(k).is_none_or(|h| h.cue != Cue::Noun) || series_marker(hs, k).is_some());
    let future_after = hs.iter().skip(first).any(|h| h.cue == Cue::Future);
    all_marked || future_after
}

/// A country named as where a meeting was: a city only for a city-state ("in Singapore"), else the country
/// alone ("in China").
fn country_as_place(m: &Mention) -> Place {
    let code = m.id.strip_prefix("country:").unwrap_or("").to_string();
    Place {
        name: CITY_STATES.contains(&code.as_str()).then(|| m.name.clone()),
        id: None,
        country: Some(code),
        note: None,
    }
}

/// The side of a person from their title and country. A Vietnamese (or unplaced) person is in the MPS when the
/// title names it, or when it names no ministry at all and the article is about the MPS.
fn side_of(title: Option<&str>, country: Option<&str>, has_mps_org: bool) -> Side {
    let mps_title = title.is_some_and(is_mps_title);
    let bare = title.is_some_and(is_bare_minister_title);
    match country {
        Some("VN") if mps_title || (bare && has_mps_org) => Side::Mps,
        Some("VN") => Side::Vietnam,
        Some(_) => Side::Foreign,
        None if has_mps_org && (mps_title || bare) => Side::Mps,
        None => Side::Unknown,
    }
}

/// How much a date expression says, lower is more: a full day or range 0, a day without year 1, a month 2, a
/// year 3, else 4.
fn expr_rank(e: &DateExpr) -> u8 {
    let point_rank = |p: &DatePoint| match (p.year, p.month, p.day) {
        (Some(_), Some(_), Some(_)) => 0,
        (None, Some(_), Some(_)) => 1,
        (Some(_), Some(_), None) => 2,
        (Some(_), None, _) => 3,
        _ => 4,
    };
    match e {
        DateExpr::Point(p) => point_rank(p),
        DateExpr::Range(a, b) => point_rank(a).max(point_rank(b)),
        DateExpr::Relative(_) => 1,
    }
}

/// A point with a year as a partial date.
fn partial(p: DatePoint) -> Option<PartialDate> {
    match (p.year, p.month, p.day) {
        (Some(y), Some(m), Some(d)) => Date::new(y, m, d).map(PartialDate::Day),
        (Some(y), Some(m), None) => Some(PartialDate::Month(y, m)),
        (Some(y), None, _) => Some(PartialDate::Year(y)),
        _ => None,
    }
}

/// A point without a year as a month and day.
fn month_day(p: DatePoint) -> Option<MonthDay> {
    match (p.year, p.month, p.day) {
        (None, Some(m), Some(d)) => MonthDay::new(m, d),
        _ => None,
    }
}

/// The first and last day a dated expression with a year covers, and whether it names days.
fn expr_days(e: DateExpr) -> Option<(Date, Date, bool)> {
    match e {
        DateExpr::Point(p) => {
            let pd = partial(p)?;
            Some((pd.first_day(), pd.last_day(), matches!(pd, PartialDate::Day(_))))
        }
        DateExpr::Range(a, b) => {
            let (x, y) = (partial(a)?, partial(b)?);
            Some((
                x.first_day(),
                y.last_day(),
                matches!((x, y), (PartialDate::Day(_), PartialDate::Day(_))),
            ))
        }
        DateExpr::Relative(_) => None,
    }
}

/// False when `e` names a year and no day of it can be the meeting's (a meeting with no known year shares no
/// dated time).
fn compatible(e: DateExpr, date: &FuzzyDate) -> bool {
    let Some((first, last, _)) = expr_days(e) else {
        return true;
    };
    match (date.earliest(), date.latest()) {
        (Some(a), Some(b)) => first <= b && last >= a,
        _ => false,
    }
}

/// The first year whose `md` falls on or after `from` (29 February: the next leap year).
fn first_year_on_or_after(md: MonthDay, from: Date) -> Option<u16> {
    (from.year..=from.year.saturating_add(8)).find(|&y| md.in_year(y).is_some_and(|d| d >= from))
}

/// The last year whose `md` falls on or before `to`.
fn last_year_on_or_before(md: MonthDay, to: Date) -> Option<u16> {
    (to.year.saturating_sub(8)..=to.year)
        .rev()
        .find(|&y| md.in_year(y).is_some_and(|d| d <= to))
}

/// Makes a month-and-day date one day of `year` (derived: the caller writes the derivation).
fn set_day(date: &mut FuzzyDate, md: MonthDay, year: u16) {
    let Some(first) = md.in_year(year) else { return };
    let last = date
        .month_day_end
        .and_then(|e| e.in_year(year))
        .filter(|l| *l > first)
        .unwrap_or(first);
    let kept = std::mem::take(&mut date.evidence);
    *date = FuzzyDate {
        evidence: kept,
        ..FuzzyDate::known(PartialDate::Day(first), PartialDate::Day(last))
    };
}

/// `s` with its first letter in upper case.
fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A clause without the connectors and punctuation at its end (" and", ",", ".", "./.").
fn trim_clause(s: &str) -> &str {
    let mut t = s.trim();
    loop {
        let before = t.len();
        t = t.trim_end_matches(['.', ',', ';', ':', '/', ' ']);
        for tail in [" and", " và", " as well as", " cùng"] {
            if let Some(x) = t.strip_suffix(tail) {
                t = x;
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

/// For every date mention: the closest past or future marker before it in its sentence since the previous date
/// mention, and whether that stretch names a meeting of the series. One pass over hits and mentions.
fn relations(sents: &[Sent], hits: &[Hit], ments: &[&Mention]) -> Vec<Option<(bool, bool)>> {
    let mut out = vec![None; ments.len()];
    for sent in sents {
        let hs = hits.get(sent.hits.clone()).unwrap_or(&[]);
        let mut h = 0;
        let mut seg_start = sent.span.start;
        for i in sent.ments.clone() {
            let Some(m) = ments.get(i) else { continue };
            if m.kind != EntityKind::Date {
                continue;
            }
            let mut marker: Option<bool> = None;
            let mut series = false;
            while let Some(hit) = hs.get(h) {
                if hit.end > m.start {
                    break;
                }
                if hit.start >= seg_start {
                    if hit.cue.is_past() || hit.cue.is_future() {
                        marker = Some(hit.cue.is_past());
                    }
                    series |= matches!(hit.cue, Cue::Previous | Cue::Next);
                }
                h += 1;
            }
            if let Some(slot) = out.get_mut(i) {
                *slot = marker.map(|p| (p, series));
            }
            seg_start = m.end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sides_from_titles_and_countries() {
        type Row = (Option<&'static str>, Option<&'static str>, bool, Side);
        let rows: &[Row] = &[
            (Some("Minister of Public Security"), Some("VN"), false, Side::Mps),
            (Some("Deputy Minister of the MPS"), Some("VN"), true, Side::Mps),
            (Some("Thứ trưởng Bộ Công an"), Some("VN"), true, Side::Mps),
            (Some("Deputy Minister"), Some("VN"), true, Side::Mps),
            (Some("Deputy Minister"), Some("VN"), false, Side::Vietnam),
            (Some("Deputy Minister"), None, true, Side::Mps),
            (Some("Defence Minister"), None, true, Side::Unknown),
            (Some("Minister of National Defence"), Some("VN"), true, Side::Vietnam),
            (Some("Party General Secretary"), Some("VN"), true, Side::Vietnam),
            (Some("Ambassador"), Some("VN"), true, Side::Vietnam),
            (Some("Minister of Public Security"), Some("LA"), true, Side::Foreign),
            (Some("Thứ trưởng Bộ An ninh Công cộng"), Some("VN"), true, Side::Vietnam),
            (None, None, true, Side::Unknown),
        ];
        for (title, country, mps, want) in rows {
            assert_eq!(side_of(*title, *country, *mps), *want, "{title:?} {country:?} {mps}");
        }
    }

    #[test]
    fn years_from_bounds() {
        let md = |m, d| MonthDay::new(m, d).unwrap_or(MonthDay { month: 1, day: 1 });
        let day = |y, m, d| {
            Date::new(y, m, d).unwrap_or(Date {
                year: 1,
                month: 1,
                day: 1,
            })
        };
        let rows = [
            ("after October 2018", md(2, 19), day(2018, 10, 1), Some(2019), true),
            (
                "after a day earlier in the year",
                md(4, 19),
                day(2024, 1, 2),
                Some(2024),
                true,
            ),
            ("same day counts", md(4, 19), day(2024, 4, 19), Some(2024), true),
            ("29 Feb after 2021: 2024", md(2, 29), day(2021, 3, 1), Some(2024), true),
            ("before 2022 ends", md(2, 19), day(2022, 12, 31), Some(2022), false),
            ("before 5 April 2024", md(10, 8), day(2024, 4, 5), Some(2023), false),
            (
                "29 Feb before 2023: 2020",
                md(2, 29),
                day(2023, 6, 1),
                Some(2020),
                false,
            ),
        ];
        for (name, md, bound, want, after) in rows {
            let got = if after {
                first_year_on_or_after(md, bound)
            } else {
                last_year_on_or_before(md, bound)
            };
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn clause_ends_are_trimmed() {
        let rows = [
            ("three MoUs on fighting crime.", "three MoUs on fighting crime"),
            ("a letter of intent on training, and", "a letter of intent on training"),
            ("Bản ghi nhớ về hợp tác và ", "Bản ghi nhớ về hợp tác"),
            ("an MoU./.", "an MoU"),
            (" , ", ""),
        ];
        for (input, want) in rows {
            assert_eq!(trim_clause(input), want, "{input}");
        }
    }
}
