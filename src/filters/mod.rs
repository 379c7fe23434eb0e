//! Filters: the validated view-and-filter state that a shareable link carries; one parser (`from_query`) and one printer (`Display`).
//!
//! Two forms, as in ripgrep's low/high args: [`raw::RawQuery`] is what the URL
//! says (decoded leniently, capped), [`Filters`] is the checked form. Its
//! `Display` *is* the link's query string, in the canonical key order
//! `view, q, country, level, from, to, entity, lang, article, topic, ui`,
//! defaults omitted; `Filters::from_query(&f.to_string()) == (f, [])`.
//!
//! Reading a link never fails. Decisions, each tested in `tests/filters.rs`:
//! - every valid part is applied; each invalid part yields a [`Notice`] naming
//!   it (quoted at most [`notice::ECHO_MAX_CHARS`] characters) and why;
//! - empty values (`country=`, `from=`, bare `q`) mean "not set", silently;
//! - keys are matched in any ASCII case; a key mangled by HTML escaping
//!   (`&amp;country=CN` read as `amp;country`) is read as the key;
//! - `country` lists merge across repeats (`country=CN&country=SG` = `CN,SG`),
//!   are upper-cased, sorted and de-duplicated; each bad item is its own notice;
//! - any other repeated key: the first *valid* value wins; a later different
//!   valid value gives a [`Notice::Repeated`]; an identical repeat is silent;
//! - `from` after `to` (no day in common) swaps them, with [`Notice::Swapped`];
//! - unknown keys give a [`Notice::UnknownKey`]; well-known tracking keys
//!   (`utm_*`, `fbclid`, `gclid`, ...) give a quiet one ([`Notice::is_quiet`]);
//! - at most [`MAX_NOTICES`] notices, then one [`Notice::More`] with the count;
//! - query strings over [`raw::MAX_QUERY_BYTES`] or [`raw::MAX_PAIRS`] are
//!   read in part, with a notice.
//!
//! Views and filters are independent: `view=article` keeps `country=CN`, so
//! going back to the timeline keeps the filter. A view that needs a value it
//! lacks (`view=entity` without `entity`) is the UI's to explain.

pub mod notice;
mod present;
pub mod raw;
mod value;

pub use notice::{Echo, FieldError, Notice};
pub use present::{Chip, DateMatch};
pub use value::{
    normalize_q, ArticleRef, EntityRef, Level, TopicSlug, View, MAX_ENTITY_CHARS, MAX_Q_CHARS, MAX_TOPIC_CHARS,
};

use crate::date::{DateError, PartialDate};
use crate::iso3166::CountryCode;
use crate::lang::Lang;
use raw::{RawPair, RawQuery};
use std::fmt;
use std::str::FromStr;

/// Most notices returned by one [`Filters::from_query`] (16), not counting the final [`Notice::More`].
pub const MAX_NOTICES: usize = 16;

/// A key of the link's query string; [`Key::ALL`] is the canonical print order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// `view`: which page.
    View,
    /// `q`: search text.
    Q,
    /// `country`: partner countries, comma-separated ISO codes.
    Country,
    /// `level`: counterpart rank.
    Level,
    /// `from`: first year, month or day.
    From,
    /// `to`: last year, month or day.
    To,
    /// `entity`: one entity id.
    Entity,
    /// `lang`: article language.
    Lang,
    /// `article`: one article id.
    Article,
    /// `topic`: one topic slug.
    Topic,
    /// `ui`: interface language.
    Ui,
}

impl Key {
    /// Every key, in canonical order.
    pub const ALL: [Key; 11] = [
        Key::View,
        Key::Q,
        Key::Country,
        Key::Level,
        Key::From,
        Key::To,
        Key::Entity,
        Key::Lang,
        Key::Article,
        Key::Topic,
        Key::Ui,
    ];

    /// The key as written in links (`view`, `q`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Key::View => "view",
            Key::Q => "q",
            Key::Country => "country",
            Key::Level => "level",
            Key::From => "from",
            Key::To => "to",
            Key::Entity => "entity",
            Key::Lang => "lang",
            Key::Article => "article",
            Key::Topic => "topic",
            Key::Ui => "ui",
        }
    }

    /// Reads a key, any ASCII case.
    pub fn parse(s: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| k.name().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The checked state of a link: a view and the active filters. Every value it
/// can hold prints to a link that reads back to it; the builders keep it so.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Filters {
    view: View,
    q: String,
    country: Vec<CountryCode>,
    level: Option<Level>,
    from: Option<PartialDate>,
    to: Option<PartialDate>,
    entity: Option<EntityRef>,
    lang: Option<Lang>,
    article: Option<ArticleRef>,
    topic: Option<TopicSlug>,
    ui: Lang,
}

impl Default for Filters {
    fn default() -> Filters {
        Filters {
            view: View::Timeline,
            q: String::new(),
            country: Vec::new(),
            level: None,
            from: None,
            to: None,
            entity: None,
            lang: None,
            article: None,
            topic: None,
            ui: Lang::En,
        }
    }
}

/// True when `from` covers no day on or before `to`'s last day.
fn inverted(from: PartialDate, to: PartialDate) -> bool {
    from.first_day() > to.last_day()
}

impl Filters {
    /// The page shown (default [`View::Timeline`]).
    pub fn view(&self) -> View {
        self.view
    }

    /// The search text, normalised by [`normalize_q`]; empty when none.
    pub fn q(&self) -> &str {
        &self.q
    }

    /// Partner countries, sorted by code, no repeats; empty for all countries.
    pub fn countries(&self) -> &[CountryCode] {
        &self.country
    }

    /// Counterpart rank, or `None` for any.
    pub fn level(&self) -> Option<Level> {
        self.level
    }

    /// First year, month or day shown (inclusive), or `None`. Never after [`Filters::to`].
    pub fn from(&self) -> Option<PartialDate> {
        self.from
    }

    /// Last year, month or day shown (inclusive: `to=2022` includes 31 Dec 2022), or `None`.
    pub fn to(&self) -> Option<PartialDate> {
        self.to
    }

    /// The entity shown or filtered by, or `None`.
    pub fn entity(&self) -> Option<&EntityRef> {
        self.entity.as_ref()
    }

    /// Article language, or `None` for both.
    pub fn lang(&self) -> Option<Lang> {
        self.lang
    }

    /// The article opened, or `None`.
    pub fn article(&self) -> Option<&ArticleRef> {
        self.article.as_ref()
    }

    /// The topic filtered by, or `None`.
    pub fn topic(&self) -> Option<&TopicSlug> {
        self.topic.as_ref()
    }

    /// Interface language (default English; omitted from the link when English).
    pub fn ui(&self) -> Lang {
        self.ui
    }

    /// True when nothing differs from the default (the link has no query string).
    pub fn is_default(&self) -> bool {
        *self == Filters::default()
    }

    /// True when `from` or `to` is set.
    pub fn has_date_filter(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// The same filters showing `view`.
    pub fn with_view(mut self, view: View) -> Filters {
        self.view = view;
        self
    }

    /// The same filters with search text `q`, normalised by [`normalize_q`] (empty clears it).
    pub fn with_q(mut self, q: &str) -> Filters {
        self.q = normalize_q(q).0;
        self
    }

    /// The same filters with exactly these countries (sorted and de-duplicated here; empty for all).
    pub fn with_countries(mut self, countries: impl IntoIterator<Item = CountryCode>) -> Filters {
        self.country = countries.into_iter().collect();
        self.country.sort_unstable();
        self.country.dedup();
        self
    }

    /// The same filters with `country` added (no change when present).
    pub fn with_country(mut self, country: CountryCode) -> Filters {
        if let Err(at) = self.country.binary_search(&country) {
            self.country.insert(at, country);
        }
        self
    }

    /// The same filters with `country` removed (no change when absent).
    pub fn without_country(mut self, country: CountryCode) -> Filters {
        self.country.retain(|&c| c != country);
        self
    }

    /// The same filters with `country` added when absent, removed when present (a checkbox).
    pub fn toggle_country(self, country: CountryCode) -> Filters {
        if self.country.contains(&country) {
            self.without_country(country)
        } else {
            self.with_country(country)
        }
    }

    /// The same filters with counterpart rank `level` (`None` for any).
    pub fn with_level(mut self, level: Option<Level>) -> Filters {
        self.level = level;
        self
    }

    /// The same filters with `from` set; if it falls after `to`, the two are swapped.
    pub fn with_from(mut self, from: Option<PartialDate>) -> Filters {
        self.from = from;
        self.order_dates();
        self
    }

    /// The same filters with `to` set; if it falls before `from`, the two are swapped.
    pub fn with_to(mut self, to: Option<PartialDate>) -> Filters {
        self.to = to;
        self.order_dates();
        self
    }

    /// The same filters with this entity (`None` clears it).
    pub fn with_entity(mut self, entity: Option<EntityRef>) -> Filters {
        self.entity = entity;
        self
    }

    /// The same filters with article language `lang` (`None` for both).
    pub fn with_lang(mut self, lang: Option<Lang>) -> Filters {
        self.lang = lang;
        self
    }

    /// The same filters with this article (`None` clears it).
    pub fn with_article(mut self, article: Option<ArticleRef>) -> Filters {
        self.article = article;
        self
    }

    /// The same filters with this topic (`None` clears it).
    pub fn with_topic(mut self, topic: Option<TopicSlug>) -> Filters {
        self.topic = topic;
        self
    }

    /// The same filters with interface language `ui`.
    pub fn with_ui(mut self, ui: Lang) -> Filters {
        self.ui = ui;
        self
    }

    /// The same filters with `key` back at its default.
    pub fn without(self, key: Key) -> Filters {
        match key {
            Key::View => self.with_view(View::Timeline),
            Key::Q => self.with_q(""),
            Key::Country => self.with_countries([]),
            Key::Level => self.with_level(None),
            Key::From => self.with_from(None),
            Key::To => self.with_to(None),
            Key::Entity => self.with_entity(None),
            Key::Lang => self.with_lang(None),
            Key::Article => self.with_article(None),
            Key::Topic => self.with_topic(None),
            Key::Ui => self.with_ui(Lang::En),
        }
    }

    /// Swaps `from` and `to` when they are inverted; returns true when it did.
    fn order_dates(&mut self) -> bool {
        match (self.from, self.to) {
            (Some(from), Some(to)) if inverted(from, to) => {
                self.from = Some(to);
                self.to = Some(from);
                true
            }
            _ => false,
        }
    }

    /// The canonical value printed for `key`, or `None` when it is at its default.
    pub fn value(&self, key: Key) -> Option<String> {
        match key {
            Key::View => (self.view != View::Timeline).then(|| self.view.code().to_string()),
            Key::Q => (!self.q.is_empty()).then(|| self.q.clone()),
            Key::Country => (!self.country.is_empty()).then(|| {
                let codes: Vec<&str> = self.country.iter().map(|c| c.as_str()).collect();
                codes.join(",")
            }),
            Key::Level => self.level.map(|l| l.code().to_string()),
            Key::From => self.from.map(|d| d.to_string()),
            Key::To => self.to.map(|d| d.to_string()),
            Key::Entity => self.entity.as_ref().map(|e| e.as_str().to_string()),
            Key::Lang => self.lang.map(|l| l.code().to_string()),
            Key::Article => self.article.as_ref().map(|a| a.as_str().to_string()),
            Key::Topic => self.topic.as_ref().map(|t| t.as_str().to_string()),
            Key::Ui => (self.ui != Lang::En).then(|| self.ui.code().to_string()),
        }
    }

    /// Reads a link's query string (with or without the leading `?`). Never
    /// fails: applies every valid part and returns a [`Notice`] for each part
    /// ignored or changed (see the module documentation for the rules).
    pub fn from_query(query: &str) -> (Filters, Vec<Notice>) {
        let raw = RawQuery::parse(query);
        let mut reader = Reader::default();
        if raw.read_bytes < raw.total_bytes {
            reader.notice(Notice::TooLong {
                bytes: raw.total_bytes,
                read: raw.read_bytes,
            });
        }
        if raw.dropped_pairs > 0 {
            reader.notice(Notice::TooManyPairs {
                read: raw.pairs.len(),
                ignored: raw.dropped_pairs,
            });
        }
        for pair in &raw.pairs {
            reader.apply(pair);
        }
        reader.finish()
    }
}

/// Well-known tracking keys that other sites append to links.
fn is_tracking_key(key: &str) -> bool {
    const KEYS: &[&str] = &[
        "fbclid", "gclid", "gbraid", "wbraid", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl",
    ];
    key.starts_with("utm_") || KEYS.contains(&key)
}

/// The state of one [`Filters::from_query`] pass.
#[derive(Default)]
struct Reader {
    filters: Filters,
    /// The canonical value first accepted for each key (index: position in [`Key::ALL`]).
    kept: [Option<String>; 11],
    notices: Vec<Notice>,
    overflow: usize,
}

impl Reader {
    fn notice(&mut self, notice: Notice) {
        if self.notices.len() < MAX_NOTICES {
            self.notices.push(notice);
        } else {
            self.overflow += 1;
        }
    }

    fn apply(&mut self, pair: &RawPair) {
        let lowered = pair.key.trim().to_ascii_lowercase();
        let name = lowered.strip_prefix("amp;").unwrap_or(&lowered);
        let Some(key) = Key::parse(name) else {
            if !pair.key.is_empty() || !pair.value.is_empty() {
                self.notice(Notice::UnknownKey {
                    key: Echo::new(&pair.key),
                    value: Echo::new(&pair.value),
                    quiet: is_tracking_key(name),
                });
            }
            return;
        };
        let value = pair.value.trim();
        if value.is_empty() {
            return;
        }
        match key {
            Key::View => self.single(key, value, View::parse, |f, v| f.view = v),
            Key::Q => self.q(value, pair.malformed),
            Key::Country => self.countries(value),
            Key::Level => self.single(key, value, Level::parse, |f, v| f.level = Some(v)),
            Key::From => self.single(key, value, parse_date, |f, v| f.from = Some(v)),
            Key::To => self.single(key, value, parse_date, |f, v| f.to = Some(v)),
            Key::Entity => self.single(key, value, EntityRef::parse, |f, v| f.entity = Some(v)),
            Key::Lang => self.single(key, value, parse_lang, |f, v| f.lang = Some(v)),
            Key::Article => self.single(key, value, ArticleRef::parse, |f, v| f.article = Some(v)),
            Key::Topic => self.single(key, value, TopicSlug::parse, |f, v| f.topic = Some(v)),
            Key::Ui => self.single(key, value, parse_lang, |f, v| f.ui = v),
        }
    }

    fn slot(&mut self, key: Key) -> &mut Option<String> {
        let i = Key::ALL.iter().position(|&k| k == key).unwrap_or(0);
        &mut self.kept[i]
    }

    /// Applies the first valid value of a single-valued key; reports bad values and differing repeats.
    fn single<T: fmt::Display>(
        &mut self,
        key: Key,
        value: &str,
        parse: impl FnOnce(&str) -> Result<T, FieldError>,
        set: impl FnOnce(&mut Filters, T),
    ) {
        match parse(value) {
            Err(error) => self.notice(Notice::Invalid {
                key,
                value: Echo::new(value),
                error,
            }),
            Ok(v) => {
                let canonical = v.to_string();
                self.accept(key, canonical, value, |f| set(f, v));
            }
        }
    }

    /// Records `canonical` as the value of `key` unless one was kept already.
    fn accept(&mut self, key: Key, canonical: String, as_read: &str, set: impl FnOnce(&mut Filters)) -> bool {
        match self.slot(key).clone() {
            None => {
                *self.slot(key) = Some(canonical);
                set(&mut self.filters);
                true
            }
            Some(kept) if kept == canonical => false,
            Some(kept) => {
                self.notice(Notice::Repeated {
                    key,
                    kept: Echo::new(&kept),
                    ignored: Echo::new(as_read),
                });
                false
            }
        }
    }

    fn q(&mut self, value: &str, malformed: bool) {
        let (q, cut) = normalize_q(value);
        if q.is_empty() {
            return;
        }
        let read_as = Echo::new(&q);
        if self.accept(Key::Q, q.clone(), value, |f| f.q = q) {
            if malformed {
                self.notice(Notice::BadEncoding { key: Key::Q, read_as });
            }
            if cut {
                self.notice(Notice::Shortened {
                    key: Key::Q,
                    max_chars: MAX_Q_CHARS,
                });
            }
        }
    }

    fn countries(&mut self, value: &str) {
        for item in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match CountryCode::parse(item) {
                Some(code) => self.filters.country.push(code),
                None => self.notice(Notice::BadCountry { code: Echo::new(item) }),
            }
        }
    }

    fn finish(mut self) -> (Filters, Vec<Notice>) {
        self.filters.country.sort_unstable();
        self.filters.country.dedup();
        if let (Some(from), Some(to)) = (self.filters.from, self.filters.to) {
            if self.filters.order_dates() {
                self.notice(Notice::Swapped { from, to });
            }
        }
        if self.overflow > 0 {
            self.notices.push(Notice::More { count: self.overflow });
        }
        (self.filters, self.notices)
    }
}

fn parse_date(s: &str) -> Result<PartialDate, FieldError> {
    s.trim().parse().map_err(|e| match e {
        DateError::Format(_) => FieldError::NotADate,
        DateError::OutOfRange(_) => FieldError::NotARealDay,
    })
}

fn parse_lang(s: &str) -> Result<Lang, FieldError> {
    Lang::from_code(s).ok_or(FieldError::NotALanguage)
}

impl fmt::Display for Filters {
    /// The canonical query string, without `?`; empty when every value is the default.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        for key in Key::ALL {
            if let Some(value) = self.value(key) {
                if !out.is_empty() {
                    out.push('&');
                }
                out.push_str(key.name());
                out.push('=');
                raw::encode_into(&value, &mut out);
            }
        }
        f.write_str(&out)
    }
}

/// A query string read strictly was not canonical-clean: the notices say why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError(pub Vec<Notice>);

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, n) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{n}")?;
        }
        Ok(())
    }
}

impl std::error::Error for QueryError {}

impl FromStr for Filters {
    type Err = QueryError;

    /// Reads a query string strictly: any notice (even a quiet one) is an error.
    fn from_str(s: &str) -> Result<Filters, QueryError> {
        match Filters::from_query(s) {
            (f, notices) if notices.is_empty() => Ok(f),
            (_, notices) => Err(QueryError(notices)),
        }
    }
}
