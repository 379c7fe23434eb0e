//! The data tables (countries, places, organisations, portfolios, titles, ranks, topics, agreements) and the Aho-Corasick matchers built from them once per process.
//!
//! Tables live in `src/entity/data/` as TSV and are compiled in with
//! `include_str!`. Every form is folded ([`super::fold::fold_form`]) and put in
//! one automaton per language; a form can stand for several entries (e.g.
//! "State Security" is a portfolio and a topic). Case is checked afterwards on
//! the original text ([`CaseRule`]).
//!
//! The automata report *overlapping* matches (standard semantics), not only the
//! leftmost-longest one: when a case or context check rejects the longest form
//! at a place, a shorter one must still be available there ("bà Lan" is Mrs
//! Lan, not "Ba Lan", Poland). The tagger then keeps the longest surviving
//! spans without overlaps ([`super::rules::build_units`]), which gives the
//! leftmost-longest reading wherever the checks pass.

use super::fold::{fold_form, CaseRule, FoldedText};
use crate::lang::Lang;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use std::time::Duration;

const COUNTRIES: &str = include_str!("data/countries.tsv");
const PLACES: &str = include_str!("data/places.tsv");
const ORGS: &str = include_str!("data/orgs.tsv");
const PORTFOLIOS: &str = include_str!("data/portfolios.tsv");
const TITLES: &str = include_str!("data/titles.tsv");
const RANKS: &str = include_str!("data/ranks.tsv");
const TOPICS: &str = include_str!("data/topics.tsv");
const AGREEMENTS: &str = include_str!("data/agreements.tsv");
const BLOCKERS: &str = include_str!("data/blockers.tsv");
const STOPWORDS: &str = include_str!("data/stopwords.txt");
const SURNAMES: &str = include_str!("data/surnames.txt");

/// A country of the table.
#[derive(Debug, Clone)]
pub(crate) struct CountryDef {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: String,
    /// English display name.
    pub name: String,
    /// Every form (English names, demonyms, Vietnamese names), with `?` marks removed.
    pub forms: Vec<String>,
}

/// A place (city, province, region).
#[derive(Debug, Clone)]
pub(crate) struct PlaceDef {
    /// Slug of the English name.
    pub slug: String,
    /// English display name.
    pub name: String,
    /// ISO code of its country, if it lies in one.
    pub country: Option<String>,
}

/// How a named organisation relates to countries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum OrgCountry {
    /// International; never tied to a country.
    None,
    /// Always this country.
    Fixed(String),
    /// The country the text ties it to, else this default (if any).
    Context(Option<String>),
}

/// A named organisation.
#[derive(Debug, Clone)]
pub(crate) struct OrgDef {
    /// Id slug.
    pub slug: String,
    /// English display name.
    pub name: String,
    /// Country rule.
    pub country: OrgCountry,
}

/// A government portfolio (what a ministry is of).
#[derive(Debug, Clone)]
pub(crate) struct PortfolioDef {
    /// Id slug (`mps`, `home-affairs`).
    pub slug: String,
    /// Country a ministry of this portfolio belongs to when the text names none.
    pub default_country: Option<String>,
    /// English name of the ministry.
    pub ministry: String,
    /// Short English name of the portfolio (first English phrase).
    pub short: String,
}

/// Seniority of a title, most senior first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Head of state or government, party leader.
    Leader,
    /// Minister (or a title of that rank).
    Minister,
    /// Deputy or vice minister.
    DeputyMinister,
    /// Permanent secretary, director general, commissioner, chair.
    SeniorOfficial,
    /// Director, head of department, spokesperson.
    Official,
    /// Ambassador, consul, attaché.
    Diplomat,
    /// Member of a body (Politburo, Central Committee, parliament).
    Member,
    /// "counterpart": introduces a person, is not a title.
    Counterpart,
}

impl Level {
    fn from_code(s: &str) -> Option<Level> {
        Some(match s {
            "leader" => Level::Leader,
            "minister" => Level::Minister,
            "deputy-minister" => Level::DeputyMinister,
            "senior-official" => Level::SeniorOfficial,
            "official" => Level::Official,
            "diplomat" => Level::Diplomat,
            "member" => Level::Member,
            "counterpart" => Level::Counterpart,
            _ => return None,
        })
    }

    /// The machine name (`minister`, `deputy-minister`, ...).
    pub fn code(self) -> &'static str {
        match self {
            Level::Leader => "leader",
            Level::Minister => "minister",
            Level::DeputyMinister => "deputy-minister",
            Level::SeniorOfficial => "senior-official",
            Level::Official => "official",
            Level::Diplomat => "diplomat",
            Level::Member => "member",
            Level::Counterpart => "counterpart",
        }
    }
}

/// A rank or an honorific.
#[derive(Debug, Clone)]
pub(crate) struct RankDef {
    /// True for an honorific (Mr, bà, ngài), false for a rank (General, Thượng tướng).
    pub honorific: bool,
    /// Display form (`Lieutenant General`).
    pub display: String,
}

/// A topic.
#[derive(Debug, Clone)]
pub(crate) struct TopicDef {
    /// Id slug.
    pub slug: String,
    /// English display name.
    pub name: String,
}

/// The role of an agreement form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AgreementRole {
    /// A document type on its own (MoU).
    Doc,
    /// Minutes (context needed for the bare word).
    Minutes,
    /// Opens a named agreement ("Agreement on").
    Head,
    /// Closes one after a topic ("treaty").
    Tail,
}

/// An agreement form.
#[derive(Debug, Clone)]
pub(crate) struct AgreementDef {
    /// Role.
    pub role: AgreementRole,
    /// Id slug.
    pub slug: String,
    /// English display name.
    pub name: String,
}

/// What a gazetteer form stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// Country `i`; `demonym` for "Chinese", "Singaporean".
    Country { idx: usize, demonym: bool },
    /// Place `i`.
    Place(usize),
    /// Named organisation `i`.
    Org(usize),
    /// Acronym of a ministry of portfolio `i` (MPS, MoPS).
    MinistryAcronym(usize),
    /// Portfolio `i` (Public Security, Công an).
    Portfolio(usize),
    /// Title of level `Level` (Deputy Minister, Thứ trưởng).
    Title(Level),
    /// Rank or honorific `i`.
    Rank(usize),
    /// Topic `i`.
    Topic(usize),
    /// Agreement form `i`.
    Agreement(usize),
    /// A phrase that is none of these (blocks shorter matches).
    Blocker,
}

/// One form of one entry.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// What it stands for.
    pub target: Target,
    /// Case the text must show.
    pub case: CaseRule,
    /// Also a common word or name: taken only away from other capitalised words, and only with the
    /// form's own diacritics ("Lào" is Laos, "Lao" a surname).
    pub ambiguous: bool,
    /// Also a first name ("Jordan", "Sofia"): not taken before another capitalised word either.
    pub first_name: bool,
    /// The form as written in the table, lower case (NFC); kept for ambiguous forms only.
    pub form: Option<Box<str>>,
}

/// A candidate match of a form in a segment, in original byte offsets (relative to the segment).
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The entry.
    pub entry: Entry,
}

/// One automaton and, per pattern, the entries it stands for.
pub(crate) struct Matcher {
    ac: Option<AhoCorasick>,
    entries: Vec<Vec<Entry>>,
}

impl Matcher {
    fn build(forms: Vec<(String, Entry)>) -> Matcher {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut entries: Vec<Vec<Entry>> = Vec::new();
        for (form, entry) in forms {
            let folded = fold_form(&form);
            if folded.is_empty() {
                continue;
            }
            let i = *index.entry(folded.clone()).or_insert_with(|| {
                patterns.push(folded);
                entries.push(Vec::new());
                patterns.len() - 1
            });
            if let Some(list) = entries.get_mut(i) {
                if !list
                    .iter()
                    .any(|e| e.target == entry.target && e.case == entry.case && e.form == entry.form)
                {
                    list.push(entry);
                }
            }
        }
        // A contiguous NFA: built in ~9 ms and ~360 KB for both languages, against ~60 ms and ~5.4 MB for a
        // DFA, with no measurable loss of tagging speed (matching is a small part of the work). The browser
        // builds it at startup.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .or_else(|_| AhoCorasick::builder().match_kind(MatchKind::Standard).build(&patterns))
            .ok();
        Matcher { ac, entries }
    }

    /// Number of distinct folded patterns.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Heap memory of the automaton, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.ac.as_ref().map_or(0, AhoCorasick::memory_usage)
    }

    /// Every match in `segment` on word boundaries whose case fits, as candidate hits (overlapping).
    pub fn hits(&self, segment: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        let Some(ac) = &self.ac else {
            return out;
        };
        let folded = FoldedText::new(segment);
        let hay = folded.text.as_str();
        for m in ac.find_overlapping_iter(hay) {
            let (s, e) = (m.start(), m.end());
            if !boundary_before(hay, s) || !boundary_after(hay, e) {
                continue;
            }
            let Some((os, oe)) = folded.original_span(segment, s, e) else {
                continue;
            };
            let Some(text) = segment.get(os..oe) else {
                continue;
            };
            let Some(list) = self.entries.get(m.pattern().as_usize()) else {
                continue;
            };
            for entry in list {
                let marks_ok = entry.form.as_deref().is_none_or(|f| super::fold::lower(text) == f);
                if marks_ok && entry.case.accepts(text) {
                    out.push(Hit {
                        start: os,
                        end: oe,
                        entry: entry.clone(),
                    });
                }
            }
        }
        out
    }
}

/// True when folded byte `i` starts a word (or the pattern starts with punctuation).
fn boundary_before(hay: &str, i: usize) -> bool {
    let first = hay.get(i..).and_then(|s| s.chars().next());
    let prev = hay.get(..i).and_then(|s| s.chars().next_back());
    match (prev, first) {
        (Some(p), Some(f)) => !(p.is_alphanumeric() && f.is_alphanumeric()),
        _ => true,
    }
}

/// True when folded byte `i` ends a word (or the pattern ends with punctuation).
fn boundary_after(hay: &str, i: usize) -> bool {
    let last = hay.get(..i).and_then(|s| s.chars().next_back());
    let next = hay.get(i..).and_then(|s| s.chars().next());
    match (last, next) {
        (Some(l), Some(n)) => !(l.is_alphanumeric() && n.is_alphanumeric()),
        _ => true,
    }
}

/// Everything the tagger knows from its tables.
pub(crate) struct Gazetteer {
    /// Countries.
    pub countries: Vec<CountryDef>,
    /// Places.
    pub places: Vec<PlaceDef>,
    /// Named organisations.
    pub orgs: Vec<OrgDef>,
    /// Portfolios.
    pub portfolios: Vec<PortfolioDef>,
    /// Ranks and honorifics.
    pub ranks: Vec<RankDef>,
    /// Topics.
    pub topics: Vec<TopicDef>,
    /// Agreement forms.
    pub agreements: Vec<AgreementDef>,
    /// Lower-case (NFC) English words that do not start or make a name on their own.
    pub stopwords_en: HashSet<String>,
    /// The same for Vietnamese.
    pub stopwords_vi: HashSet<String>,
    /// The stop words of both languages that are nouns or adjectives of offices and bodies ("national",
    /// "council", "cảnh"): they may be part of an organisation's name, unlike function words.
    pub nouns: HashSet<String>,
    /// Vietnamese family names, folded ("tran", "nguyen").
    pub surnames: HashSet<String>,
    /// English automaton.
    pub en: Matcher,
    /// Vietnamese automaton.
    pub vi: Matcher,
    /// Lines of the tables that could not be read (empty when the data is sound).
    pub problems: Vec<String>,
    /// Time taken to parse the tables and build both automata.
    pub build_time: Duration,
}

/// Splits a `|` list, dropping empty items.
fn list(field: &str) -> Vec<&str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty()).collect()
}

/// The data lines of a table: not empty, not comments, split at tabs.
fn rows(table: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    table
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

/// A slug: folded, letters and digits kept, everything else one hyphen.
pub(crate) fn slug(s: &str) -> String {
    let folded = crate::lang::fold(s);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A form with its leading `?` or `??` (ambiguity marks) removed, and the number of marks.
fn strip_q(form: &str) -> (&str, u8) {
    match form.strip_prefix("??") {
        Some(f) => (f, 2),
        None => match form.strip_prefix('?') {
            Some(f) => (f, 1),
            None => (form, 0),
        },
    }
}

#[derive(Default)]
struct Builder {
    en: Vec<(String, Entry)>,
    vi: Vec<(String, Entry)>,
}

impl Builder {
    fn add(&mut self, lang: Option<Lang>, form: &str, target: Target) {
        let (form, marks) = strip_q(form);
        let ambiguous = marks > 0;
        let entry = Entry {
            target,
            case: CaseRule::of_form(form),
            ambiguous,
            first_name: marks > 1,
            form: ambiguous.then(|| crate::lang::lower_nfc(form).into_boxed_str()),
        };
        match lang {
            Some(Lang::En) => self.en.push((form.to_string(), entry)),
            Some(Lang::Vi) => self.vi.push((form.to_string(), entry)),
            None => {
                self.en.push((form.to_string(), entry.clone()));
                self.vi.push((form.to_string(), entry));
            }
        }
    }
}

fn opt_country(field: &str) -> Option<String> {
    let f = field.trim();
    (f.len() == 2 && f.chars().all(|c| c.is_ascii_uppercase())).then(|| f.to_string())
}

impl Gazetteer {
    fn build() -> Gazetteer {
        let started = Stopwatch::start();
        let mut b = Builder::default();
        let mut problems = Vec::new();
        let mut bad = |table: &str, line: usize, why: &str| problems.push(format!("{table}:{line}: {why}"));

        // Blockers first: a blocker wins over any other entry of the same form.
        for (line, f) in rows(BLOCKERS) {
            match f.as_slice() {
                [lang, phrase] => b.add(Lang::from_code(lang), phrase, Target::Blocker),
                _ => bad("blockers.tsv", line, "expected 2 columns"),
            }
        }

        let mut titles = 0usize;
        for (line, f) in rows(TITLES) {
            match f.as_slice() {
                [level, en, vi] => match Level::from_code(level) {
                    Some(level) => {
                        titles += 1;
                        for form in list(en) {
                            b.add(Some(Lang::En), form, Target::Title(level));
                        }
                        for form in list(vi) {
                            b.add(Some(Lang::Vi), form, Target::Title(level));
                        }
                    }
                    None => bad("titles.tsv", line, "unknown level"),
                },
                _ => bad("titles.tsv", line, "expected 3 columns"),
            }
        }
        if titles == 0 {
            bad("titles.tsv", 0, "no titles");
        }

        let mut ranks = Vec::new();
        for (line, f) in rows(RANKS) {
            match f.as_slice() {
                [kind, display, en, vi] if *kind == "rank" || *kind == "honorific" => {
                    let i = ranks.len();
                    ranks.push(RankDef {
                        honorific: *kind == "honorific",
                        display: display.to_string(),
                    });
                    for form in list(en) {
                        b.add(Some(Lang::En), form, Target::Rank(i));
                    }
                    for form in list(vi) {
                        b.add(Some(Lang::Vi), form, Target::Rank(i));
                    }
                }
                _ => bad("ranks.tsv", line, "expected rank|honorific and 4 columns"),
            }
        }

        let mut orgs = Vec::new();
        for (line, f) in rows(ORGS) {
            match f.as_slice() {
                [slug_, cc, name, en, vi] => {
                    let country = match *cc {
                        "-" => OrgCountry::None,
                        "*" => OrgCountry::Context(None),
                        c if c.starts_with('*') => OrgCountry::Context(opt_country(c.trim_start_matches('*'))),
                        c => match opt_country(c) {
                            Some(c) => OrgCountry::Fixed(c),
                            None => {
                                bad("orgs.tsv", line, "bad country");
                                continue;
                            }
                        },
                    };
                    let i = orgs.len();
                    orgs.push(OrgDef {
                        slug: slug_.to_string(),
                        name: name.to_string(),
                        country,
                    });
                    for form in list(en) {
                        b.add(Some(Lang::En), form, Target::Org(i));
                    }
                    for form in list(vi) {
                        b.add(Some(Lang::Vi), form, Target::Org(i));
                    }
                }
                _ => bad("orgs.tsv", line, "expected 5 columns"),
            }
        }

        let mut portfolios = Vec::new();
        for (line, f) in rows(PORTFOLIOS) {
            match f.as_slice() {
                [slug_, cc, ministry, en, vi, acronyms] => {
                    let i = portfolios.len();
                    let en_forms = list(en);
                    portfolios.push(PortfolioDef {
                        slug: slug_.to_string(),
                        default_country: opt_country(cc),
                        ministry: ministry.to_string(),
                        short: en_forms.first().map(|s| s.to_string()).unwrap_or_default(),
                    });
                    for form in en_forms {
                        b.add(Some(Lang::En), form, Target::Portfolio(i));
                    }
                    for form in list(vi) {
                        b.add(Some(Lang::Vi), form, Target::Portfolio(i));
                    }
                    for form in list(acronyms) {
                        b.add(None, form, Target::MinistryAcronym(i));
                    }
                }
                _ => bad("portfolios.tsv", line, "expected 6 columns"),
            }
        }

        let mut countries = Vec::new();
        for (line, f) in rows(COUNTRIES) {
            match f.as_slice() {
                [code, names, demonyms, vi] if opt_country(code).is_some() => {
                    let idx = countries.len();
                    let names = list(names);
                    let Some(display) = names.first().map(|n| strip_q(n).0.to_string()) else {
                        bad("countries.tsv", line, "no English name");
                        continue;
                    };
                    let mut forms = Vec::new();
                    for form in &names {
                        // Country names are proper names: they appear as such in Vietnamese text too.
                        b.add(None, form, Target::Country { idx, demonym: false });
                        forms.push(strip_q(form).0.to_string());
                    }
                    for form in list(demonyms) {
                        b.add(Some(Lang::En), form, Target::Country { idx, demonym: true });
                        forms.push(strip_q(form).0.to_string());
                    }
                    for form in list(vi) {
                        b.add(Some(Lang::Vi), form, Target::Country { idx, demonym: false });
                        forms.push(strip_q(form).0.to_string());
                    }
                    countries.push(CountryDef {
                        code: code.to_string(),
                        name: display,
                        forms,
                    });
                }
                _ => bad("countries.tsv", line, "expected code and 4 columns"),
            }
        }

        let mut places = Vec::new();
        for (line, f) in rows(PLACES) {
            match f.as_slice() {
                [cc, en, vi] => {
                    let en = list(en);
                    let Some(display) = en.first().map(|n| strip_q(n).0.to_string()) else {
                        bad("places.tsv", line, "no English name");
                        continue;
                    };
                    let i = places.len();
                    places.push(PlaceDef {
                        slug: slug(&display),
                        name: display,
                        country: opt_country(cc),
                    });
                    for form in en {
                        b.add(None, form, Target::Place(i));
                    }
                    for form in list(vi) {
                        // Vietnamese place names also turn up, with or without marks, in English text.
                        b.add(None, form, Target::Place(i));
                    }
                }
                _ => bad("places.tsv", line, "expected 3 columns"),
            }
        }

        let mut topics = Vec::new();
        for (line, f) in rows(TOPICS) {
            match f.as_slice() {
                [slug_, name, en, vi] => {
                    let i = topics.len();
                    topics.push(TopicDef {
                        slug: slug_.to_string(),
                        name: name.to_string(),
                    });
                    for form in list(en) {
                        b.add(Some(Lang::En), form, Target::Topic(i));
                    }
                    for form in list(vi) {
                        b.add(Some(Lang::Vi), form, Target::Topic(i));
                    }
                }
                _ => bad("topics.tsv", line, "expected 4 columns"),
            }
        }

        let mut agreements = Vec::new();
        for (line, f) in rows(AGREEMENTS) {
            match f.as_slice() {
                [role, slug_, name, en, vi] => {
                    let role = match *role {
                        "doc" => AgreementRole::Doc,
                        "minutes" => AgreementRole::Minutes,
                        "head" => AgreementRole::Head,
                        "tail" => AgreementRole::Tail,
                        _ => {
                            bad("agreements.tsv", line, "unknown role");
                            continue;
                        }
                    };
                    let i = agreements.len();
                    agreements.push(AgreementDef {
                        role,
                        slug: slug_.to_string(),
                        name: name.to_string(),
                    });
                    for form in list(en) {
                        b.add(Some(Lang::En), form, Target::Agreement(i));
                    }
                    for form in list(vi) {
                        b.add(Some(Lang::Vi), form, Target::Agreement(i));
                    }
                }
                _ => bad("agreements.tsv", line, "expected 5 columns"),
            }
        }

        let mut stopwords_en = HashSet::new();
        let mut stopwords_vi = HashSet::new();
        let mut nouns = HashSet::new();
        // (language, nouns section)
        let mut section: Option<(Lang, bool)> = None;
        for (i, l) in STOPWORDS.lines().map(str::trim).enumerate() {
            match l {
                "" => {}
                _ if l.starts_with('#') => {}
                "[en]" => section = Some((Lang::En, false)),
                "[vi]" => section = Some((Lang::Vi, false)),
                "[en-nouns]" => section = Some((Lang::En, true)),
                "[vi-nouns]" => section = Some((Lang::Vi, true)),
                _ => match section {
                    Some((lang, noun)) => {
                        let w = crate::lang::lower_nfc(l);
                        if noun {
                            nouns.insert(w.clone());
                        }
                        match lang {
                            Lang::En => stopwords_en.insert(w),
                            Lang::Vi => stopwords_vi.insert(w),
                        };
                    }
                    None => bad("stopwords.txt", i + 1, "word before a [en] or [vi] section"),
                },
            }
        }
        let surnames: HashSet<String> = SURNAMES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(crate::lang::fold)
            .collect();
        if surnames.is_empty() {
            bad("surnames.txt", 0, "no surnames");
        }

        let en = Matcher::build(b.en);
        let vi = Matcher::build(b.vi);
        Gazetteer {
            countries,
            places,
            orgs,
            portfolios,
            ranks,
            topics,
            agreements,
            stopwords_en,
            stopwords_vi,
            nouns,
            surnames,
            en,
            vi,
            problems,
            build_time: started.elapsed(),
        }
    }

    /// The matcher for a language.
    pub fn matcher(&self, lang: Lang) -> &Matcher {
        match lang {
            Lang::En => &self.en,
            Lang::Vi => &self.vi,
        }
    }

    /// True when `word` (any case) is a stop word of `lang`.
    pub fn is_stopword(&self, word: &str, lang: Lang) -> bool {
        self.is_stopword_lower(&super::fold::lower(word), lang)
    }

    /// True when `lower` (already lower case, NFC) is a stop word of `lang`.
    pub fn is_stopword_lower(&self, lower: &str, lang: Lang) -> bool {
        match lang {
            Lang::En => self.stopwords_en.contains(lower),
            Lang::Vi => self.stopwords_vi.contains(lower),
        }
    }

    /// True when `lower` (lower case, NFC) is a stop word of `lang` that is a function word (an article, a
    /// preposition, a month...), not a noun of offices and bodies.
    pub fn is_function_word_lower(&self, lower: &str, lang: Lang) -> bool {
        self.is_stopword_lower(lower, lang) && !self.nouns.contains(lower)
    }

    /// True when `word` (any case, marks or not) is a Vietnamese family name.
    pub fn is_surname(&self, word: &str) -> bool {
        self.surnames.contains(&crate::lang::fold(word))
    }

    /// The country with this ISO code.
    pub fn country(&self, code: &str) -> Option<&CountryDef> {
        self.countries.iter().find(|c| c.code.eq_ignore_ascii_case(code))
    }
}

/// Measures the build on the host; `std::time::Instant` panics in the browser's wasm32, where the UI times
/// the first use itself.
struct Stopwatch {
    #[cfg(not(target_arch = "wasm32"))]
    started: std::time::Instant,
}

impl Stopwatch {
    fn start() -> Stopwatch {
        Stopwatch {
            #[cfg(not(target_arch = "wasm32"))]
            started: std::time::Instant::now(),
        }
    }

    fn elapsed(&self) -> Duration {
        #[cfg(not(target_arch = "wasm32"))]
        return self.started.elapsed();
        #[cfg(target_arch = "wasm32")]
        return Duration::ZERO;
    }
}

/// The gazetteer, built on first use.
pub(crate) fn get() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse_without_problems() {
        let g = get();
        assert!(g.problems.is_empty(), "{:#?}", g.problems);
        // 193 UN members + 2 observers + TW, HK, MO, XK.
        assert_eq!(g.countries.len(), 199);
        let mut codes: Vec<&str> = g.countries.iter().map(|c| c.code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 199, "duplicate country codes");
        assert!(g.places.len() > 200);
        assert!(g.en.len() > 1000 && g.vi.len() > 1000);
    }

    #[test]
    fn every_place_country_is_a_known_country() {
        let g = get();
        for p in &g.places {
            if let Some(c) = &p.country {
                assert!(g.country(c).is_some(), "{} has unknown country {c}", p.name);
            }
        }
        for o in &g.orgs {
            if let OrgCountry::Fixed(c) | OrgCountry::Context(Some(c)) = &o.country {
                assert!(g.country(c).is_some(), "{} has unknown country {c}", o.name);
            }
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Tô Lâm"), "to-lam");
        assert_eq!(slug("K. Shanmugam"), "k-shanmugam");
        assert_eq!(slug("Ho Chi Minh City"), "ho-chi-minh-city");
        assert_eq!(slug("N'Djamena"), "n-djamena");
    }
}
