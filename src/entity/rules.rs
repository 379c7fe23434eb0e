//! Units (words and gazetteer spans of one segment) and the rules over them: ambiguous forms, ministries by pattern, generic organisations, acronyms defined in text, agreements.

use super::dates::{DateExpr, FoundDate};
use super::gazetteer::{self, AgreementRole, Entry, Gazetteer, Hit, OrgCountry, Target};
use crate::lang::{Lang, Token};
use std::collections::BTreeMap;

/// An organisation found in a segment, with what decides its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OrgInfo {
    /// Slug without the country prefix (`mps`, `interpol`, `department-of-prison-management`).
    pub slug: String,
    /// English display name without the country (`Ministry of Public Security`).
    pub base_name: String,
    /// Country tied to it by the text, or its fixed country.
    pub country: Option<String>,
    /// Country to take when the text names none.
    pub default_country: Option<String>,
    /// True when its id takes a country prefix (ministries, `*` organisations); false for fixed ids.
    pub prefixed: bool,
    /// True for "Ministries of ...": several organisations, no country.
    pub plural: bool,
    /// True for a ministry (found from a portfolio or an acronym of one).
    pub ministry: bool,
}

impl OrgInfo {
    /// The country it resolves to (tied, else default; none for a plural).
    pub fn resolved_country(&self) -> Option<&str> {
        if self.plural {
            return None;
        }
        self.country.as_deref().or(self.default_country.as_deref())
    }

    /// The canonical id (`org:vn-mps`, `org:interpol`).
    pub fn id(&self) -> String {
        match self.resolved_country() {
            Some(cc) if self.prefixed => format!("org:{}-{}", cc.to_ascii_lowercase(), self.slug),
            _ => format!("org:{}", self.slug),
        }
    }

    /// The display name (`Ministry of Public Security of Vietnam`).
    pub fn name(&self, gaz: &Gazetteer) -> String {
        match self.resolved_country() {
            Some(cc) if self.prefixed => {
                let country = gaz.country(cc).map_or(cc, |c| c.name.as_str());
                format!("{} of {country}", self.base_name)
            }
            _ => self.base_name.clone(),
        }
    }
}

/// What a unit is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum UnitKind {
    /// A word not covered by any span.
    Word,
    /// A gazetteer span.
    Gaz(Target),
    /// A date.
    Date(DateExpr),
    /// An organisation (index into the segment's org list).
    Org(usize),
    /// An agreement: slug and display name.
    Agreement(String, String),
}

/// A word or span of a segment (byte offsets relative to the segment).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Unit {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Kind.
    pub kind: UnitKind,
    /// Lower-case text of a word (NFC), computed once; `None` for spans.
    pub lower: Option<Box<str>>,
}

/// One segment being tagged.
pub(crate) struct Seg<'a> {
    /// The segment's text.
    pub text: &'a str,
    /// Language.
    pub lang: Lang,
    /// Units in order.
    pub units: Vec<Unit>,
    /// Organisations referred to by [`UnitKind::Org`].
    pub orgs: Vec<OrgInfo>,
    /// Acronyms defined in this segment: acronym text → org index.
    pub acronyms: Vec<(String, usize)>,
    /// Generic "the Singaporean ministry" references: unit index and country.
    pub ministry_refs: Vec<(usize, String)>,
    /// Merges decided by the rules, applied together (one pass) by [`Seg::apply_merges`]: units `a..=b` become
    /// one unit of the kind.
    pub pending: Vec<(usize, usize, UnitKind)>,
    /// Portfolios named in a person's title with that person's country ("Singapore's Minister for Home
    /// Affairs"): portfolio index and country, so that "the MHA" elsewhere is Singapore's.
    pub portfolio_countries: Vec<(usize, String)>,
}

const HONORIFIC_WORDS: &[&str] = &[
    "ông", "bà", "ngài", "anh", "chị", "cô", "mr", "mrs", "ms", "dr", "madam",
];

/// The word just before `at` when only white space separates them.
fn adjacent_word_before(text: &str, at: usize) -> Option<&str> {
    let before = text.get(..at)?;
    let trimmed = before.trim_end_matches(|c: char| c.is_whitespace());
    if trimmed.len() == before.len() && at > 0 {
        // No space: the previous char is part of something else (punctuation or glued).
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| crate::lang::is_word_char(*c))
        .last()
        .map(|(i, _)| i)?;
    trimmed.get(start..)
}

/// The word just after `at` when only white space separates them.
fn adjacent_word_after(text: &str, at: usize) -> Option<&str> {
    let after = text.get(at..)?;
    let trimmed = after.trim_start_matches(|c: char| c.is_whitespace());
    if trimmed.len() == after.len() {
        return None;
    }
    let len: usize = trimmed
        .chars()
        .take_while(|c| crate::lang::is_word_char(*c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| trimmed.get(..len)).flatten()
}

/// True when `at` starts a sentence: only spaces, quotes or brackets since a sentence end or the segment start.
pub(crate) fn sentence_initial(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    match before
        .chars()
        .rev()
        .find(|c| !c.is_whitespace() && !matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’' | '(' | '[' | '-' | '–' | '•'))
    {
        None => true,
        Some(c) => matches!(c, '.' | '!' | '?' | ':' | '…'),
    }
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Context check for forms that are also common words or parts of names ("Pháp", "Anh", "Thai", "Thái
/// Bình"): not right after another capitalised word (a name: "Nguyen Van Thai", "Nguyễn Anh") unless that word
/// is a stop word ("The Thai side"), nor after an honorific ("bà Nga"). First names ("Jordan", "Sofia") are
/// not taken before a capitalised word either ("Jordan Henderson").
fn ambiguous_ok(text: &str, hit: &Hit, lang: Lang, gaz: &Gazetteer) -> bool {
    if let Some(prev) = adjacent_word_before(text, hit.start) {
        let lower = super::fold::lower(prev);
        if (is_capitalised(prev) && !gaz.is_stopword_lower(&lower, lang)) || HONORIFIC_WORDS.contains(&lower.as_str()) {
            return false;
        }
    }
    let next_cap = adjacent_word_after(text, hit.end).is_some_and(is_capitalised);
    if hit.entry.first_name && next_cap {
        return false;
    }
    // "Đức Anh cho biết": a Vietnamese name at a sentence start. Elsewhere a country may precede a foreign
    // name ("Bộ trưởng Bộ Nội vụ Pháp Gérald Darmanin").
    !(lang == Lang::Vi && next_cap && sentence_initial(text, hit.start))
}

/// True when the text right before `at` ends a capitalised run that opens with a Vietnamese family name: a place
/// name there is the end of a person's name ("Vũ Hải Nam", "Nguyen Thanh Hoa"), not a place.
fn after_vietnamese_name(text: &str, at: usize, gaz: &Gazetteer) -> bool {
    let mut end = at;
    for _ in 0..3 {
        let Some(prev) = adjacent_word_before(text, end) else {
            return false;
        };
        if !is_capitalised(prev) {
            return false;
        }
        if gaz.is_surname(prev) {
            return true;
        }
        // `prev` is a suffix of `text[..end]` after trimming white space.
        let trimmed = text.get(..end).unwrap_or("").trim_end();
        end = trimmed.len().saturating_sub(prev.len());
    }
    false
}

/// Priority among hits of the same span (lower wins).
fn priority(t: &Target) -> u8 {
    match t {
        Target::Org(_) => 0,
        Target::MinistryAcronym(_) => 1,
        Target::Country { .. } => 2,
        Target::Place(_) => 3,
        Target::Title(_) => 4,
        Target::Rank(_) => 5,
        Target::Portfolio(_) => 6,
        Target::Agreement(_) => 7,
        Target::Topic(_) => 8,
        Target::Blocker => 9,
    }
}

/// Chooses non-overlapping spans, longest first, and builds the units of a segment.
pub(crate) fn build_units(
    text: &str,
    lang: Lang,
    gaz: &Gazetteer,
    hits: Vec<Hit>,
    dates: Vec<FoundDate>,
    toks: &[Token<'_>],
) -> Vec<Unit> {
    enum Cand {
        Hit(Entry),
        Date(DateExpr),
    }
    // (start, end, length in letters, priority, order, candidate). Length counts characters without marks, as
    // the gazetteers see them: in bytes, "Quốc Vương" would outweigh "Trung Quốc" only for its diacritics.
    let mut cands: Vec<(usize, usize, usize, u8, usize, Cand)> = Vec::with_capacity(hits.len() + dates.len());
    let letters = |s: usize, e: usize| {
        text.get(s..e)
            .map_or(0, |t| t.chars().filter(|c| !super::fold::is_mark(*c)).count())
    };
    for (order, h) in hits.into_iter().enumerate() {
        if h.entry.ambiguous && !ambiguous_ok(text, &h, lang, gaz) {
            continue;
        }
        if matches!(h.entry.target, Target::Place(_)) && after_vietnamese_name(text, h.start, gaz) {
            continue;
        }
        let len = letters(h.start, h.end);
        cands.push((
            h.start,
            h.end,
            len,
            priority(&h.entry.target) + 1,
            order,
            Cand::Hit(h.entry),
        ));
    }
    for d in dates {
        let len = letters(d.start, d.end);
        cands.push((d.start, d.end, len, 0, 0, Cand::Date(d.expr)));
    }
    cands.sort_by(|a, b| {
        b.2.cmp(&a.2)
            .then(a.3.cmp(&b.3))
            .then(a.0.cmp(&b.0))
            .then(a.4.cmp(&b.4))
    });
    let mut chosen: BTreeMap<usize, (usize, UnitKind)> = BTreeMap::new();
    for (s, e, _, _, _, c) in cands {
        let overlaps_prev = chosen.range(..e).next_back().is_some_and(|(_, (pe, _))| *pe > s);
        if overlaps_prev {
            continue;
        }
        let kind = match c {
            Cand::Hit(entry) => UnitKind::Gaz(entry.target),
            Cand::Date(d) => UnitKind::Date(d),
        };
        chosen.insert(s, (e, kind));
    }
    let mut units = Vec::with_capacity(toks.len());
    let mut spans = chosen.into_iter().peekable();
    let mut covered_to = 0usize;
    for t in toks {
        while let Some((s, _)) = spans.peek() {
            if *s <= t.start {
                if let Some((s, (e, kind))) = spans.next() {
                    if s >= covered_to {
                        units.push(Unit {
                            start: s,
                            end: e,
                            kind,
                            lower: None,
                        });
                        covered_to = e;
                    }
                }
            } else {
                break;
            }
        }
        if t.start >= covered_to {
            units.push(Unit {
                start: t.start,
                end: t.end,
                kind: UnitKind::Word,
                lower: Some(super::fold::lower(t.text).into_boxed_str()),
            });
            covered_to = t.end;
        }
    }
    for (s, (e, kind)) in spans {
        if s >= covered_to {
            units.push(Unit {
                start: s,
                end: e,
                kind,
                lower: None,
            });
            covered_to = e;
        }
    }
    units
}

impl<'a> Seg<'a> {
    /// The text of unit `i`.
    pub fn text_of(&self, i: usize) -> &'a str {
        self.units
            .get(i)
            .and_then(|u| self.text.get(u.start..u.end))
            .unwrap_or("")
    }

    /// The text between unit `i - 1` and unit `i` ("" for the first).
    pub fn gap(&self, i: usize) -> &'a str {
        match (i.checked_sub(1).and_then(|p| self.units.get(p)), self.units.get(i)) {
            (Some(a), Some(b)) => self.text.get(a.end..b.start).unwrap_or(""),
            _ => "",
        }
    }

    /// True when only white space separates unit `i` from the one before.
    pub fn space_before(&self, i: usize) -> bool {
        let g = self.gap(i);
        !g.is_empty() && g.chars().all(char::is_whitespace)
    }

    /// Unit `i`'s lower-case text when it is a word.
    pub fn word(&self, i: usize) -> Option<&str> {
        let u = self.units.get(i)?;
        match u.kind {
            UnitKind::Word => u.lower.as_deref(),
            _ => None,
        }
    }

    /// True when unit `i` is a word equal (any case) to one of `words`.
    pub fn word_in(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.contains(&w))
    }

    /// The gazetteer target of unit `i`.
    pub fn target(&self, i: usize) -> Option<Target> {
        match self.units.get(i)?.kind {
            UnitKind::Gaz(t) => Some(t),
            _ => None,
        }
    }

    /// The country code of unit `i` when it is a country.
    pub fn country_at(&self, gaz: &Gazetteer, i: usize) -> Option<String> {
        match self.target(i)? {
            Target::Country { idx, .. } => gaz.countries.get(idx).map(|c| c.code.clone()),
            _ => None,
        }
    }

    /// True when unit `i` is capitalised text.
    pub fn capitalised(&self, i: usize) -> bool {
        is_capitalised(self.text_of(i))
    }

    /// The org index of unit `i`.
    pub fn org_at(&self, i: usize) -> Option<usize> {
        match self.units.get(i)?.kind {
            UnitKind::Org(o) => Some(o),
            _ => None,
        }
    }

    /// Plans to replace units `a..=b` by one unit of `kind` (see [`Seg::apply_merges`]).
    fn merge(&mut self, a: usize, b: usize, kind: UnitKind) {
        if a <= b && b < self.units.len() {
            self.pending.push((a, b, kind));
        }
    }

    /// Applies the planned merges in one pass (linear, whatever their number); overlapping plans after the
    /// first are dropped. Returns, for each old unit index, its new index.
    fn apply_merges(&mut self) -> Vec<usize> {
        let mut pending = std::mem::take(&mut self.pending);
        pending.sort_by_key(|p| p.0);
        let mut old: Vec<Option<Unit>> = std::mem::take(&mut self.units).into_iter().map(Some).collect();
        let mut map = vec![0usize; old.len()];
        let mut out = Vec::with_capacity(old.len());
        let mut plans = pending.into_iter().peekable();
        let mut i = 0;
        while i < old.len() {
            while plans.peek().is_some_and(|p| p.0 < i) {
                plans.next();
            }
            let plan = plans.next_if(|p| p.0 == i);
            let (end, kind) = match plan {
                Some((_, b, kind)) => (b, Some(kind)),
                None => (i, None),
            };
            let first = old.get(i).and_then(|u| u.as_ref().map(|u| u.start));
            let last = old.get(end).and_then(|u| u.as_ref().map(|u| u.end));
            for m in map.iter_mut().take(end + 1).skip(i) {
                *m = out.len();
            }
            match (kind, first, last) {
                (Some(kind), Some(start), Some(end)) => out.push(Unit {
                    start,
                    end,
                    kind,
                    lower: None,
                }),
                _ => {
                    if let Some(u) = old.get_mut(i).and_then(Option::take) {
                        out.push(u);
                    }
                }
            }
            i = end + 1;
        }
        self.units = out;
        map
    }
}

/// Country written just before unit `a`: "Chinese Ministry", "Singapore's Ministry", "the Vietnamese Ministry".
pub(crate) fn country_before(seg: &Seg<'_>, gaz: &Gazetteer, a: usize) -> Option<String> {
    let p = a.checked_sub(1)?;
    if !seg.space_before(a) {
        return None;
    }
    if let Some(c) = seg.country_at(gaz, p) {
        return Some(c);
    }
    // Possessive: Country ’ s Ministry
    if seg.word_in(p, &["s"]) && matches!(seg.gap(p), "'" | "’") {
        return seg.country_at(gaz, p.checked_sub(1)?);
    }
    None
}

/// Country written just after unit `b`: "... of Singapore" (English), "Bộ Nội vụ Singapore" (Vietnamese).
fn country_after(seg: &Seg<'_>, gaz: &Gazetteer, b: usize) -> Option<String> {
    match seg.lang {
        Lang::En => {
            if seg.word_in(b + 1, &["of"]) && seg.space_before(b + 1) && seg.space_before(b + 2) {
                let c = if seg.word_in(b + 2, &["the"]) { b + 3 } else { b + 2 };
                return seg.country_at(gaz, c).filter(|_| seg.space_before(c));
            }
            None
        }
        Lang::Vi => {
            if seg.space_before(b + 1) {
                if let Some(c) = seg.country_at(gaz, b + 1) {
                    return Some(c);
                }
                if seg.word_in(b + 1, &["của"]) && seg.space_before(b + 2) {
                    return seg.country_at(gaz, b + 2);
                }
            }
            None
        }
    }
}

fn portfolio_at(seg: &Seg<'_>, i: usize) -> Option<usize> {
    match seg.target(i)? {
        Target::Portfolio(p) => Some(p),
        _ => None,
    }
}

/// Portfolios from unit `i` on, joined by "and"/"và"/",": returns their indices and the last unit.
fn portfolio_list(seg: &Seg<'_>, i: usize) -> Option<(Vec<usize>, usize)> {
    let first = portfolio_at(seg, i)?;
    let mut list = vec![first];
    let mut last = i;
    loop {
        let j = last + 1;
        if seg.word_in(j, &["and", "và", "&"]) && seg.space_before(j) && seg.space_before(j + 1) {
            if let Some(p) = portfolio_at(seg, j + 1) {
                list.push(p);
                last = j + 1;
                continue;
            }
        }
        if seg.gap(j).trim() == "," {
            if let Some(p) = portfolio_at(seg, j) {
                list.push(p);
                last = j;
                continue;
            }
        }
        break;
    }
    Some((list, last))
}

fn ministry_info(gaz: &Gazetteer, portfolios: &[usize], plural: bool) -> OrgInfo {
    let defs: Vec<_> = portfolios.iter().filter_map(|p| gaz.portfolios.get(*p)).collect();
    let (slug, base_name, default_country) = match defs.as_slice() {
        [one] => (one.slug.clone(), one.ministry.clone(), one.default_country.clone()),
        many => (
            many.iter().map(|d| d.slug.as_str()).collect::<Vec<_>>().join("-and-"),
            format!(
                "Ministry of {}",
                many.iter().map(|d| d.short.as_str()).collect::<Vec<_>>().join(" and ")
            ),
            None,
        ),
    };
    OrgInfo {
        slug,
        base_name: if plural {
            base_name.replacen("Ministry", "Ministries", 1)
        } else {
            base_name
        },
        country: None,
        default_country: if plural { None } else { default_country },
        prefixed: true,
        plural,
        ministry: true,
    }
}

/// Head nouns that open an organisation name: "Department of ...".
const EN_HEADS_INITIAL: &[&str] = &[
    "ministry",
    "department",
    "bureau",
    "agency",
    "office",
    "directorate",
    "administration",
    "authority",
    "commission",
    "committee",
    "council",
    "institute",
    "academy",
    "court",
    "procuracy",
    "service",
    "secretariat",
    "university",
    "general department",
];

/// Head nouns that close an organisation name: "... Foundation".
const EN_HEADS_FINAL: &[&str] = &[
    "department",
    "bureau",
    "agency",
    "office",
    "police",
    "committee",
    "council",
    "commission",
    "foundation",
    "association",
    "organisation",
    "organization",
    "union",
    "corporation",
    "group",
    "court",
    "academy",
    "university",
    "institute",
    "authority",
    "service",
    "guard",
    "secretariat",
    "federation",
];

/// Vietnamese head nouns (as lower-case word sequences) that open an organisation name.
const VI_HEADS: &[&[&str]] = &[
    &["tổng", "cục"],
    &["cục"],
    &["tập", "đoàn"],
    &["công", "ty"],
    &["học", "viện"],
    &["viện"],
    &["ủy", "ban"],
    &["uỷ", "ban"],
    &["hội", "đồng"],
    &["văn", "phòng"],
    &["trường", "đại", "học"],
];

/// True when unit `i` may be part of a generic organisation's name: a capitalised word or a capitalised
/// topic, portfolio or place span.
fn name_part(seg: &Seg<'_>, gaz: &Gazetteer, i: usize) -> bool {
    let Some(u) = seg.units.get(i) else {
        return false;
    };
    let cap = seg.capitalised(i);
    match u.kind {
        UnitKind::Word => {
            let t = seg.text_of(i);
            cap && t.chars().all(char::is_alphabetic)
                && !seg.word(i).is_some_and(|w| gaz.is_function_word_lower(w, seg.lang))
        }
        UnitKind::Gaz(Target::Topic(_) | Target::Portfolio(_) | Target::Place(_)) => cap,
        _ => false,
    }
}

/// Runs the organisation rules over a segment's units.
pub(crate) fn organisations(seg: &mut Seg<'_>, gaz: &Gazetteer) {
    let mut i = 0;
    while i < seg.units.len() {
        if let Some(next) = ministry_at(seg, gaz, i) {
            i = next;
            continue;
        }
        if let Some(next) = generic_org_at(seg, gaz, i) {
            i = next;
            continue;
        }
        // Named organisations of the table, and ministry acronyms.
        match seg.target(i) {
            Some(Target::Org(o)) => {
                if let Some(def) = gaz.orgs.get(o) {
                    let (country, default_country, prefixed) = match &def.country {
                        OrgCountry::None => (None, None, false),
                        OrgCountry::Fixed(c) => (Some(c.clone()), None, false),
                        OrgCountry::Context(d) => {
                            let c = country_before(seg, gaz, i).or_else(|| country_after(seg, gaz, i));
                            (c, d.clone(), true)
                        }
                    };
                    let info = OrgInfo {
                        slug: def.slug.clone(),
                        base_name: def.name.clone(),
                        country,
                        default_country,
                        prefixed,
                        plural: false,
                        ministry: false,
                    };
                    seg.orgs.push(info);
                    let idx = seg.orgs.len() - 1;
                    seg.merge(i, i, UnitKind::Org(idx));
                }
            }
            Some(Target::MinistryAcronym(p)) => {
                let mut info = ministry_info(gaz, &[p], false);
                info.country = country_before(seg, gaz, i);
                seg.orgs.push(info);
                let idx = seg.orgs.len() - 1;
                seg.merge(i, i, UnitKind::Org(idx));
            }
            _ => {
                // "the Singaporean ministry": a reference to that country's ministry named elsewhere.
                if seg.word_in(i, &["ministry"]) && !seg.capitalised(i) {
                    if let Some(c) = country_before(seg, gaz, i) {
                        seg.ministry_refs.push((i, c));
                    }
                }
            }
        }
        i += 1;
    }
    let map = seg.apply_merges();
    for r in &mut seg.ministry_refs {
        r.0 = map.get(r.0).copied().unwrap_or(r.0);
    }
    acronym_definitions(seg);
}

/// "Ministry of Public Security", "Ministries of ...", "Public Security Ministry", "Bộ Công an": returns the
/// index after the new unit.
fn ministry_at(seg: &mut Seg<'_>, gaz: &Gazetteer, i: usize) -> Option<usize> {
    let w = seg.word(i);
    let (portfolios, last, plural) = match (seg.lang, w) {
        (Lang::En, Some(h @ ("ministry" | "ministries"))) if seg.capitalised(i) => {
            if !(seg.word_in(i + 1, &["of", "for"]) && seg.space_before(i + 1) && seg.space_before(i + 2)) {
                return None;
            }
            let mut j = i + 2;
            if portfolio_at(seg, j).is_none() && seg.word_in(j, &["the"]) && seg.space_before(j + 1) {
                j += 1;
            }
            let (list, last) = portfolio_list(seg, j)?;
            (list, last, h == "ministries")
        }
        (Lang::Vi, Some("bộ" | "các bộ")) if seg.capitalised(i) && seg.space_before(i + 1) => {
            let (list, last) = portfolio_list(seg, i + 1)?;
            (list, last, false)
        }
        _ => {
            // Portfolio Ministry
            if seg.lang != Lang::En {
                return None;
            }
            let (list, last_p) = portfolio_list(seg, i)?;
            let h = seg.word(last_p + 1)?;
            if !(seg.capitalised(last_p + 1) && seg.space_before(last_p + 1)) {
                return None;
            }
            match h {
                "ministry" => (list, last_p + 1, false),
                "ministries" => (list, last_p + 1, true),
                _ => return None,
            }
        }
    };
    let mut info = ministry_info(gaz, &portfolios, plural);
    if !plural {
        info.country = country_before(seg, gaz, i).or_else(|| country_after(seg, gaz, last));
    }
    seg.orgs.push(info);
    let idx = seg.orgs.len() - 1;
    seg.merge(i, last, UnitKind::Org(idx));
    Some(last + 1)
}

/// Generic organisations: "Department of Prison Management", "Bureau of Prison Administration of China",
/// "Princess Maha Chakri Award Foundation", "Tập đoàn Thales".
fn generic_org_at(seg: &mut Seg<'_>, gaz: &Gazetteer, i: usize) -> Option<usize> {
    if seg.units.get(i)?.kind != UnitKind::Word || !seg.capitalised(i) {
        return None;
    }
    let w = seg.word(i)?;
    let (first, last) = match seg.lang {
        Lang::En if EN_HEADS_INITIAL.contains(&w) && seg.word_in(i + 1, &["of", "for", "on"]) => {
            let mut j = i + 2;
            if seg.word_in(j, &["the"]) {
                j += 1;
            }
            let mut last = None;
            while name_part(seg, gaz, j) && seg.space_before(j) && j < i + 10 {
                last = Some(j);
                if seg.word_in(j + 1, &["and", "of", "for"])
                    && name_part(seg, gaz, j + 2)
                    && seg.country_at(gaz, j + 2).is_none()
                {
                    j += 2;
                } else {
                    j += 1;
                }
            }
            (i, last?)
        }
        Lang::En if name_part(seg, gaz, i) => {
            // A run of capitalised words ending in a head noun.
            let mut j = i;
            while j < i + 8 && seg.units.get(j + 1).is_some() && seg.space_before(j + 1) && name_part(seg, gaz, j + 1) {
                j += 1;
                if seg.word(j).is_some_and(|h| EN_HEADS_FINAL.contains(&h)) && j > i {
                    break;
                }
            }
            let head = seg.word(j)?;
            if j == i || !EN_HEADS_FINAL.contains(&head) {
                return None;
            }
            // Leading "The" is not part of the name.
            let first = if seg.word_in(i, &["the"]) { i + 1 } else { i };
            if first >= j {
                return None;
            }
            (first, j)
        }
        Lang::Vi => {
            let head = VI_HEADS
                .iter()
                .find(|h| h.iter().enumerate().all(|(k, hw)| seg.word_in(i + k, &[hw])))?;
            let mut j = i + head.len();
            let mut last = None;
            while name_part(seg, gaz, j) && seg.space_before(j) && j < i + head.len() + 6 {
                last = Some(j);
                j += 1;
            }
            (i, last?)
        }
        _ => return None,
    };
    let text = seg
        .text
        .get(seg.units.get(first)?.start..seg.units.get(last)?.end)?
        .to_string();
    let info = OrgInfo {
        slug: gazetteer::slug(&text),
        base_name: text,
        country: country_before(seg, gaz, first).or_else(|| country_after(seg, gaz, last)),
        default_country: None,
        prefixed: true,
        plural: false,
        ministry: false,
    };
    seg.orgs.push(info);
    let idx = seg.orgs.len() - 1;
    seg.merge(first, last, UnitKind::Org(idx));
    Some(last + 1)
}

/// True for an acronym: 2 to 10 letters, at least two of them capitals.
fn looks_like_acronym(s: &str) -> bool {
    let n = s.chars().count();
    (2..=10).contains(&n) && s.chars().all(char::is_alphabetic) && s.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// "Ministry of Public Security (MPS)": the acronym in brackets becomes an alias of the organisation.
fn acronym_definitions(seg: &mut Seg<'_>) {
    for i in 0..seg.units.len() {
        let Some(o) = seg.org_at(i) else {
            continue;
        };
        let j = i + 1;
        if seg.gap(j).trim() != "(" || !seg.gap(j + 1).trim_start().starts_with(')') {
            continue;
        }
        let acr = seg.text_of(j);
        if !looks_like_acronym(acr) {
            continue;
        }
        let acr = acr.to_string();
        if let Some(u) = seg.units.get_mut(j) {
            u.kind = UnitKind::Org(o);
        }
        seg.acronyms.push((acr, o));
    }
}

/// Words that mark a signing near "minutes" / "biên bản".
const SIGN_WORDS: &[&str] = &[
    "sign",
    "signs",
    "signed",
    "signing",
    "ink",
    "inked",
    "ký",
    "kí",
    "exchanged",
    "exchange",
];

/// Runs the agreement rules: documents, minutes in context, "Agreement on <topic>", "<topic> treaty".
pub(crate) fn agreements(seg: &mut Seg<'_>, gaz: &Gazetteer) {
    let mut i = 0;
    while i < seg.units.len() {
        let Some(t) = seg.target(i) else {
            i += 1;
            continue;
        };
        match t {
            Target::Agreement(a) => {
                let Some(def) = gaz.agreements.get(a) else {
                    i += 1;
                    continue;
                };
                match def.role {
                    AgreementRole::Doc => seg.merge(i, i, UnitKind::Agreement(def.slug.clone(), def.name.clone())),
                    AgreementRole::Minutes => {
                        let single = !seg.text_of(i).trim().contains(char::is_whitespace);
                        let signed = (i.saturating_sub(4)..i).any(|k| seg.word_in(k, SIGN_WORDS))
                            || (seg.word_in(i + 1, &["of"]) && seg.word_in(i + 2, &["the"]))
                            || (i.saturating_sub(4)..i).any(|k| matches!(seg.target(k), Some(Target::Agreement(_))));
                        if !single || signed {
                            seg.merge(i, i, UnitKind::Agreement(def.slug.clone(), def.name.clone()));
                        }
                    }
                    AgreementRole::Head => {
                        named_agreement(seg, gaz, i, &def.slug, &def.name);
                    }
                    AgreementRole::Tail => {
                        // "signed two agreements on cooperation in combating transnational crime", "the
                        // agreement signed": a lower-case agreement counts next to a signing, not in "reached
                        // agreement on measures".
                        let signed = (i.saturating_sub(4)..i)
                            .chain(i + 1..i + 3)
                            .any(|k| seg.word_in(k, SIGN_WORDS));
                        if signed {
                            let before = seg.pending.len();
                            named_agreement(seg, gaz, i, &def.slug, &def.name);
                            if seg.pending.len() == before {
                                seg.merge(i, i, UnitKind::Agreement(def.slug.clone(), def.name.clone()));
                            }
                        }
                    }
                }
            }
            Target::Topic(tp) => {
                // "extradition treaty"
                if let (Some(Target::Agreement(a)), true) = (seg.target(i + 1), seg.space_before(i + 1)) {
                    if let (Some(def), Some(topic)) = (gaz.agreements.get(a), gaz.topics.get(tp)) {
                        if def.role == AgreementRole::Tail {
                            let slug = format!("agreement-on-{}", topic.slug);
                            let name = format!("Agreement on {}", lower_first(&topic.name));
                            seg.merge(i, i + 1, UnitKind::Agreement(slug, name));
                        }
                    }
                }
            }
            _ => {}
        }
        // Skip what a merge just took.
        if let Some((a, b, _)) = seg.pending.last() {
            if *a == i {
                i = *b;
            }
        }
        i += 1;
    }
    seg.apply_merges();
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "Agreement on the Transfer of Sentenced Persons", "Hiệp định dẫn độ", "Thỏa thuận hợp tác về phòng ngừa và đấu
/// tranh chống tội phạm xuyên quốc gia": a head, then within the clause a topic (or capitalised words).
fn named_agreement(seg: &mut Seg<'_>, gaz: &Gazetteer, i: usize, head_slug: &str, head_name: &str) {
    const WINDOW: usize = 10;
    let mut j = i + 1;
    let mut topic_at = None;
    while j < seg.units.len() && j <= i + WINDOW {
        let g = seg.gap(j);
        if g.contains([',', '.', ';', ':', '(', ')', '"', '“', '”']) {
            break;
        }
        match seg.units.get(j).map(|u| &u.kind) {
            Some(UnitKind::Gaz(Target::Topic(t))) => {
                topic_at = Some((j, *t));
                break;
            }
            Some(UnitKind::Word) => {
                if seg.word_in(j, &["between", "with", "giữa", "với", "and"]) && j > i + 1 {
                    break;
                }
            }
            _ => break,
        }
        j += 1;
    }
    if let Some((j, t)) = topic_at {
        if let Some(topic) = gaz.topics.get(t) {
            let slug = format!("{head_slug}-on-{}", topic.slug);
            let name = format!("{head_name} on {}", lower_first(&topic.name));
            // A lower-case "agreement on extradition" is a description, not a title: the topic stays a mention
            // of its own (the article is found under it) and the agreement's span ends before it.
            let end = if seg.capitalised(i) { j } else { j - 1 };
            seg.merge(i, end, UnitKind::Agreement(slug, name));
        }
        return;
    }
    // English: capitalised words after "Agreement on".
    let head_text = seg.text_of(i);
    if seg.lang == Lang::En && head_text.contains(' ') {
        let mut j = i + 1;
        if seg.word_in(j, &["the"]) {
            j += 1;
        }
        let mut last = None;
        while j <= i + WINDOW && name_part(seg, gaz, j) {
            last = Some(j);
            j += if seg.word_in(j + 1, &["of", "and", "on", "in", "for"]) && name_part(seg, gaz, j + 2) {
                2
            } else {
                1
            };
        }
        if let (Some(last), Some(start_u)) = (last, seg.units.get(i + 1)) {
            let words = seg
                .text
                .get(start_u.start..seg.units.get(last).map_or(start_u.end, |u| u.end))
                .unwrap_or("");
            let words = words.strip_prefix("the ").unwrap_or(words);
            let slug = format!("{head_slug}-on-{}", gazetteer::slug(words));
            let name = format!("{head_name} on {words}");
            seg.merge(i, last, UnitKind::Agreement(slug, name));
            return;
        }
    }
    // A bare head: only a capitalised one names an agreement ("the Agreement", "Thỏa thuận").
    if seg.capitalised(i) {
        seg.merge(i, i, UnitKind::Agreement(head_slug.to_string(), head_name.to_string()));
    }
}
