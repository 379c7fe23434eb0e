//! People: names found from context (title chains, ranks, honorifics, "his counterpart", appositions), their titles and countries, and the grouping of mentions into one person per article.
//!
//! A *title chain* is a run such as "Vietnamese Minister of Public Security
//! General" or "Bộ trưởng Bộ Nội vụ và Hải ngoại Pháp": titles, ranks,
//! honorifics, portfolios, organisations, countries and small connectors. A
//! capitalised run right after a chain is a name. A chain after a name and a
//! comma is an apposition ("K. Shanmugam, Bộ trưởng Bộ Nội vụ ..."). Names are
//! grouped per article by their folded words, so "Tô Lâm" and "To Lam" are one
//! person, and a later bare "Lam" or "Minister Darmanin" joins the full name.

use super::gazetteer::{Gazetteer, Level, Target};
use super::rules::{country_before, Seg, UnitKind};
use crate::lang::{fold, Lang};

/// A person mention found in a segment (offsets relative to the segment until moved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PersonCand {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The name's words, folded (`["to", "lam"]`).
    pub words: Vec<String>,
    /// Titles the text attaches here, in order.
    pub titles: Vec<Title>,
    /// Rank, when stated.
    pub rank: Option<String>,
    /// Country the text ties the person to here.
    pub country: Option<String>,
    /// Country implied only by a default (the MPS is Vietnam's).
    pub default_country: Option<String>,
}

/// A title as the text writes it ("Deputy Minister of Public Security", "Bộ trưởng Bộ An ninh").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Title {
    /// The words of the title and its complement.
    pub text: String,
    /// Seniority.
    pub level: Level,
    /// True when the title names the ministry or body it belongs to ("Minister of Interior", not "Deputy
    /// Prime Minister"): of two titles of one level, the office is what places the person.
    pub office: bool,
}

/// Lower-case words that may sit inside a title chain.
const CONNECTORS: &[&str] = &[
    "of", "for", "the", "and", "cum", "to", "at", "kiêm", "và", "của", "tại", "&",
];
/// Words that may end a chain before a name ("the Singaporean ministry Aubeck Kam").
const FILLERS: &[&str] = &["ministry", "ministries", "side", "government"];
/// Connectors that may start a new title inside a chain.
const JOINERS: &[&str] = &["and", "cum", "kiêm", "và", "&"];
/// Lower-case name particles ("Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "de", "du", "van", "von", "der", "den", "bin", "binti", "al", "el", "da", "dos", "das", "di", "la", "le",
];

/// A title chain over units `start..=end`.
#[derive(Debug, Clone)]
struct Chain {
    start: usize,
    end: usize,
    titles: Vec<Title>,
    rank: Option<String>,
    country: Option<String>,
    default_country: Option<String>,
    orgs: Vec<usize>,
    portfolios: Vec<usize>,
    has_title: bool,
    counterpart: bool,
    claimed: bool,
}

fn title_level(seg: &Seg<'_>, i: usize) -> Option<Level> {
    match seg.target(i)? {
        Target::Title(l) => Some(l),
        _ => None,
    }
}

fn rank_at(seg: &Seg<'_>, gaz: &Gazetteer, i: usize) -> Option<(bool, String)> {
    match seg.target(i)? {
        Target::Rank(r) => gaz.ranks.get(r).map(|d| (d.honorific, d.display.clone())),
        _ => None,
    }
}

fn starts_chain(seg: &Seg<'_>, gaz: &Gazetteer, i: usize) -> bool {
    title_level(seg, i).is_some() || rank_at(seg, gaz, i).is_some()
}

/// A capitalised noun of offices and bodies ("Security", "Federal", "National"): part of a title or of the body
/// it names, never of a person's name.
fn office_noun(seg: &Seg<'_>, gaz: &Gazetteer, i: usize) -> bool {
    seg.capitalised(i)
        && seg
            .word(i)
            .is_some_and(|w| gaz.nouns.contains(w) && gaz.is_stopword_lower(w, seg.lang))
}

fn chain_unit(seg: &Seg<'_>, gaz: &Gazetteer, i: usize) -> bool {
    match seg.units.get(i).map(|u| &u.kind) {
        Some(UnitKind::Gaz(t)) => matches!(
            t,
            Target::Title(_) | Target::Rank(_) | Target::Portfolio(_) | Target::Country { .. } | Target::Place(_)
        ),
        Some(UnitKind::Org(_)) => true,
        Some(UnitKind::Word) => {
            office_noun(seg, gaz, i) || (!seg.capitalised(i) && (seg.word_in(i, CONNECTORS) || seg.word_in(i, FILLERS)))
        }
        _ => false,
    }
}

/// "and" / "và" before unit `i`'s rank (or, in Vietnamese, title) opens another person's chain: "Thượng tướng
/// Trần Quốc Tỏ, Thứ trưởng Bộ Công an và Thiếu tướng Khampheng ...". Vietnamese joins one person's titles with
/// commas or "kiêm"; English joins them with "and" ("Deputy Prime Minister and Minister of Interior").
fn opens_another(seg: &Seg<'_>, gaz: &Gazetteer, joiner: usize) -> bool {
    if !seg.word_in(joiner, &["and", "và", "&"]) {
        return false;
    }
    let next = joiner + 1;
    rank_at(seg, gaz, next).is_some()
        || (seg.lang == Lang::Vi && title_level(seg, next).is_some_and(|l| l != Level::Counterpart))
}

/// The country written before a chain starting at unit `k`: right before it ("Chinese Minister"), or before a
/// few capitalised nouns of offices ("Indian Union Home Secretary", "Cambodian National Police Commissioner").
fn chain_country_before(seg: &Seg<'_>, gaz: &Gazetteer, k: usize) -> Option<String> {
    let mut a = k;
    for _ in 0..3 {
        if let Some(c) = country_before(seg, gaz, a) {
            return Some(c);
        }
        let p = a.checked_sub(1)?;
        if !(seg.space_before(a) && office_noun(seg, gaz, p)) {
            return None;
        }
        a = p;
    }
    None
}

/// A run of capitalised words, commas and "and" from unit `a` that ends in a noun of offices (or a portfolio)
/// and is followed by a name: returns that noun's unit. `None` when no such noun, or no name after it.
fn unknown_portfolio(seg: &Seg<'_>, gaz: &Gazetteer, a: usize) -> Option<usize> {
    let mut last_noun = None;
    let mut j = a;
    while j < a + 14 {
        let gap = seg.gap(j);
        let joined = gap.chars().all(char::is_whitespace) && !gap.is_empty()
            || (j > a && gap.trim() == "," && gap.starts_with(','));
        if !joined {
            break;
        }
        let capital_word = matches!(seg.units.get(j).map(|u| &u.kind), Some(UnitKind::Word))
            && seg.capitalised(j)
            && seg.text_of(j).chars().all(char::is_alphabetic);
        let span = matches!(seg.target(j), Some(Target::Portfolio(_) | Target::Topic(_))) && seg.capitalised(j);
        if office_noun(seg, gaz, j) || span {
            last_noun = Some(j);
        } else if !(capital_word || (j > a && seg.word_in(j, &["and", "&"]))) {
            break;
        }
        j += 1;
    }
    let last = last_noun?;
    (name_run(seg, gaz, last + 1, true).is_some() && seg.space_before(last + 1)).then_some(last)
}

fn parse_chain(seg: &Seg<'_>, gaz: &Gazetteer, k: usize) -> Chain {
    let mut end = k;
    let mut j = k + 1;
    while j < seg.units.len() && j <= k + 24 {
        // "Singapore's Ministry of Home Affairs": the possessive after a country stays in the chain.
        let possessive = seg.word_in(j, &["s"])
            && matches!(seg.gap(j), "'" | "’")
            && seg.country_at(gaz, j - 1).is_some()
            && seg.space_before(j + 1);
        if possessive {
            end = j;
            j += 1;
            continue;
        }
        if !(seg.space_before(j) && chain_unit(seg, gaz, j)) || opens_another(seg, gaz, j) {
            break;
        }
        end = j;
        j += 1;
    }
    // "Under Secretary of State for Civilian Security, Democracy, and Human Rights Uzra Zeya": a portfolio the
    // tables do not know, in capitals up to its last noun of offices; the name follows it.
    if seg.word_in(end, &["for", "of"]) {
        if let Some(last) = unknown_portfolio(seg, gaz, end + 1) {
            end = last;
        }
    }
    // Trailing connectors are not part of the chain.
    while end > k && seg.word_in(end, CONNECTORS) {
        end -= 1;
    }
    let mut chain = Chain {
        start: k,
        end,
        titles: Vec::new(),
        rank: None,
        country: chain_country_before(seg, gaz, k),
        default_country: None,
        orgs: Vec::new(),
        portfolios: Vec::new(),
        has_title: false,
        counterpart: false,
        claimed: false,
    };
    if chain.country.is_none() && k > 0 && seg.space_before(k) {
        // "Japanese National Police Agency Commissioner General ...": the organisation before the title.
        if let Some(info) = seg.org_at(k - 1).and_then(|o| seg.orgs.get(o)) {
            chain.country = info.country.clone();
        }
    }
    let mut inside_country = None;
    let mut org_country = None;
    let mut u = k;
    while u <= end {
        if let Some(level) = title_level(seg, u) {
            if level == Level::Counterpart {
                chain.counterpart = true;
                u += 1;
                continue;
            }
            chain.has_title = true;
            let start = seg.units.get(u).map_or(0, |x| x.start);
            let mut stop = seg.units.get(u).map_or(0, |x| x.end);
            let mut office = false;
            let mut v = u + 1;
            while v <= end {
                if seg.word_in(v, JOINERS) && title_level(seg, v + 1).is_some() {
                    break;
                }
                if seg.word_in(v, CONNECTORS) {
                    v += 1;
                    continue;
                }
                let body = matches!(seg.target(v), Some(Target::Portfolio(_))) || seg.org_at(v).is_some();
                // Capitalised words inside the chain belong to the office ("for Civilian Security, Democracy").
                let words = office_noun(seg, gaz, v)
                    || (matches!(seg.units.get(v).map(|x| &x.kind), Some(UnitKind::Word)) && seg.capitalised(v));
                if !(body || words) {
                    break;
                }
                office |= body;
                stop = seg.units.get(v).map_or(stop, |x| x.end);
                v += 1;
            }
            if let Some(t) = seg.text.get(start..stop) {
                chain.titles.push(Title {
                    text: t.to_string(),
                    level,
                    office,
                });
            }
        } else if let Some((honorific, display)) = rank_at(seg, gaz, u) {
            if !honorific {
                chain.rank = Some(display);
            }
        } else if let Some(c) = seg.country_at(gaz, u) {
            inside_country.get_or_insert(c);
        } else if let Some(Target::Portfolio(p)) = seg.target(u) {
            chain.portfolios.push(p);
            // "Minister of Public Security": the portfolio's default country (the MPS is Vietnam's).
            if let Some(d) = gaz.portfolios.get(p).and_then(|d| d.default_country.clone()) {
                chain.default_country.get_or_insert(d);
            }
        } else if let Some(o) = seg.org_at(u) {
            chain.orgs.push(o);
            if let Some(info) = seg.orgs.get(o) {
                if !info.plural {
                    if let Some(c) = &info.country {
                        org_country.get_or_insert(c.clone());
                    } else if let Some(d) = &info.default_country {
                        chain.default_country.get_or_insert(d.clone());
                    }
                }
            }
        }
        u += 1;
    }
    chain.country = chain.country.take().or(inside_country).or(org_country);
    chain
}

/// True for a word that can be part of a name: capitalised letters, not all capitals (unless one letter).
fn name_word(seg: &Seg<'_>, i: usize) -> bool {
    if !matches!(seg.units.get(i).map(|u| &u.kind), Some(UnitKind::Word)) {
        return false;
    }
    let t = seg.text_of(i);
    let mut chars = t.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() || !t.chars().all(|c| c.is_alphabetic() || super::fold::is_mark(c)) {
        return false;
    }
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    letters == 1 || t.chars().skip(1).any(char::is_lowercase)
}

/// A one-letter word followed by a full stop ("K." in "K. Shanmugam").
fn initial(seg: &Seg<'_>, i: usize) -> bool {
    name_word(seg, i)
        && seg.text_of(i).chars().filter(|c| c.is_alphabetic()).count() == 1
        && seg.gap(i + 1).starts_with('.')
}

/// The name run starting at unit `k`: returns its last unit. `triggered` runs may start with a word that is
/// otherwise a stop word ("To Lam", "He Rong") when more name words follow.
fn name_run(seg: &Seg<'_>, gaz: &Gazetteer, k: usize, triggered: bool) -> Option<usize> {
    if !name_word(seg, k) {
        return None;
    }
    // A run opening with a Vietnamese family name is a Vietnamese name: its syllables stay in it up to four,
    // even those that are also words ("Tran Quoc To", "Pham The Tung", "Nguyễn Văn Ba").
    let vietnamese = gaz.is_surname(seg.text_of(k));
    let mut last = k;
    let mut n = 1;
    while n < 5 {
        let j = last + 1;
        let g = seg.gap(j);
        let joined = seg.space_before(j) || g == "-" || (initial(seg, last) && matches!(g.trim(), "."));
        // "O'Neil", "D’Souza": one capital, an apostrophe, a capitalised word.
        let apostrophe = matches!(g, "'" | "’") && seg.text_of(last).chars().count() == 1 && name_word(seg, j);
        // "Hee-keun": a hyphenated lower-case second part.
        let hyphen_lower = g == "-"
            && matches!(seg.units.get(j).map(|u| &u.kind), Some(UnitKind::Word))
            && seg.text_of(j).chars().all(char::is_lowercase);
        if hyphen_lower {
            last = j;
            continue;
        }
        if apostrophe {
            last = j;
            continue;
        }
        if !joined {
            break;
        }
        if name_word(seg, j)
            && ((vietnamese && n < 4)
                || initial(seg, j)
                || !seg.word(j).is_some_and(|w| gaz.is_stopword_lower(w, seg.lang)))
        {
            last = j;
            n += 1;
            continue;
        }
        // Lower-case particles before a name word: "Ursula von der Leyen", "Bin Laden", "da Silva".
        let mut p = j;
        while p < j + 2 && seg.word_in(p, PARTICLES) && !seg.capitalised(p) && seg.space_before(p + 1) {
            p += 1;
        }
        if p > j && name_word(seg, p) {
            n += p - j + 1;
            last = p;
            continue;
        }
        break;
    }
    // A run may not end with an initial ("Minister K." is not a name).
    while last > k && initial(seg, last) {
        last -= 1;
    }
    // English names may start with a function word ("To Lam", "He Rong"), never with a noun of offices and
    // bodies ("Security Dan Jarvis" after "Minister of State for"); Vietnamese stop words are syllables of
    // ordinary words ("Bộ", "Các"), not of names.
    let first = seg.word(k).unwrap_or("");
    if gaz.nouns.contains(first) && gaz.is_stopword_lower(first, seg.lang) {
        return None;
    }
    let first_stop = gaz.is_stopword_lower(first, seg.lang);
    if first_stop && (!triggered || last == k || seg.lang == Lang::Vi) {
        return None;
    }
    if last == k && initial(seg, k) {
        return None;
    }
    Some(last)
}

/// The name a chain introduces: the name run right after it, returned as its last unit. After a chain ending in a
/// noun of offices, one capitalised word is the rest of a body's name ("Director of International Cooperation,
/// ..."), not a person.
fn name_after(seg: &Seg<'_>, gaz: &Gazetteer, c: &Chain) -> Option<usize> {
    let k = c.end + 1;
    if !seg.space_before(k) {
        return None;
    }
    let last = name_run(seg, gaz, k, true)?;
    if last == k && office_noun(seg, gaz, c.end) {
        return None;
    }
    Some(last)
}

/// The folded words of units `a..=b`; parts joined by a hyphen are one word ("Cho Ji-ho" is `["cho", "ji-ho"]`,
/// so that "Cho" alone is the first word of a two-word name).
fn words_of(seg: &Seg<'_>, a: usize, b: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in a..=b {
        if !matches!(seg.units.get(i).map(|u| &u.kind), Some(UnitKind::Word)) {
            continue;
        }
        let w = fold(seg.text_of(i));
        match out.last_mut() {
            Some(last) if i > a && seg.gap(i) == "-" => {
                last.push('-');
                last.push_str(&w);
            }
            _ => out.push(w),
        }
    }
    out
}

fn cand(seg: &Seg<'_>, a: usize, b: usize) -> Option<PersonCand> {
    Some(PersonCand {
        start: seg.units.get(a)?.start,
        end: seg.units.get(b)?.end,
        words: words_of(seg, a, b),
        titles: Vec::new(),
        rank: None,
        country: None,
        default_country: None,
    })
}

fn absorb(p: &mut PersonCand, c: &Chain) {
    p.titles.extend(c.titles.iter().cloned());
    if p.rank.is_none() {
        p.rank.clone_from(&c.rank);
    }
    if p.country.is_none() {
        p.country.clone_from(&c.country);
    }
    if p.default_country.is_none() {
        p.default_country.clone_from(&c.default_country);
    }
}

/// The country of a delegation its leader is named for: "a delegation of the National Police Agency of Japan led
/// by Commissioner General ...", "the Chinese delegation led by Minister ...", "Đoàn công tác Bộ An ninh Lào do
/// Thứ trưởng ...". `start` is the first unit of the leader's chain; the clause before it is searched back to
/// the word for delegation, and the country or organisation nearest the leader gives the country.
fn delegation_country(seg: &Seg<'_>, gaz: &Gazetteer, start: usize) -> Option<String> {
    let lead = start.checked_sub(1)?;
    if !seg.space_before(start) {
        return None;
    }
    let led = match seg.lang {
        Lang::En => seg.word_in(lead, &["by"]) && lead > 0 && seg.word_in(lead - 1, &["led", "headed", "chaired"]),
        Lang::Vi => seg.word_in(lead, &["do"]),
    };
    if !led {
        return None;
    }
    let mut nearest: Option<String> = None;
    let mut i = lead;
    for _ in 0..16 {
        if seg.gap(i).contains(['.', ';', '!', '?', '(', ')']) {
            return None;
        }
        i = i.checked_sub(1)?;
        if seg.word_in(i, &["delegation", "delegations", "đoàn"]) {
            return nearest.or_else(|| country_before(seg, gaz, i));
        }
        if nearest.is_none() {
            nearest = seg.country_at(gaz, i).or_else(|| {
                seg.org_at(i)
                    .and_then(|o| seg.orgs.get(o))
                    .and_then(|o| o.resolved_country().map(str::to_string))
            });
        }
    }
    None
}

/// True when the chain starting at unit `start` follows a name and a comma: it describes that name ("K. Shanmugam,
/// Minister for Home Affairs ..."), not a person named after it.
fn apposition_of_name(seg: &Seg<'_>, start: usize) -> bool {
    start > 0 && seg.gap(start).trim() == "," && name_word(seg, start - 1)
}

/// True when the text between units `a` and `b` (exclusive) is a few plain words with no sentence break.
fn near_in_sentence(seg: &Seg<'_>, a: usize, b: usize) -> bool {
    if b <= a || b - a > 6 {
        return false;
    }
    ((a + 1)..b).all(|i| matches!(seg.units.get(i).map(|u| &u.kind), Some(UnitKind::Word)) && !seg.capitalised(i))
        && ((a + 1)..=b).all(|i| !seg.gap(i).contains(['.', ';', '!', '?', '(', ')']))
}

/// Finds the people of a segment. Units covered by a person are listed in the returned ranges
/// (inclusive unit indices); organisations inside a person's chain take the chain's country.
pub(crate) fn detect(seg: &mut Seg<'_>, gaz: &Gazetteer) -> (Vec<PersonCand>, Vec<(usize, usize)>) {
    let mut chains: Vec<Chain> = Vec::new();
    let mut i = 0;
    while i < seg.units.len() {
        if starts_chain(seg, gaz, i) {
            let c = parse_chain(seg, gaz, i);
            i = c.end + 1;
            chains.push(c);
        } else {
            i += 1;
        }
    }
    let mut persons: Vec<PersonCand> = Vec::new();
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut org_country: Vec<(usize, String)> = Vec::new();
    for ci in 0..chains.len() {
        let Some(c) = chains.get(ci).cloned() else {
            continue;
        };
        let k = c.end + 1;
        let Some(last) = name_after(seg, gaz, &c) else {
            continue;
        };
        let Some(mut p) = cand(seg, k, last) else {
            continue;
        };
        absorb(&mut p, &c);
        if p.country.is_none() {
            p.country = delegation_country(seg, gaz, c.start);
        }
        if let Some(ch) = chains.get_mut(ci) {
            ch.claimed = true;
        }
        // "his Indonesian counterpart, Police Commissioner General Agus Andrianto": the counterpart's side.
        if ci > 0 && seg.gap(c.start).trim() == "," {
            if let Some(prev) = chains.get_mut(ci - 1) {
                if prev.counterpart && !prev.has_title && !prev.claimed && prev.end + 1 == c.start {
                    prev.claimed = true;
                    if p.country.is_none() {
                        p.country.clone_from(&prev.country);
                    }
                }
            }
        }
        // Honorific or rank only ("bà Josephine Teo"): a title chain shortly before, unclaimed, describes her.
        if !c.has_title && !c.counterpart {
            // Chains are in text order: only those ending within a few units before can qualify.
            let found = (0..ci)
                .rev()
                .take_while(|&pi| chains.get(pi).is_some_and(|pc| pc.end + 7 > c.start))
                .find(|&pi| {
                    chains.get(pi).is_some_and(|pc| {
                        !pc.claimed
                            && pc.has_title
                            && near_in_sentence(seg, pc.end, c.start)
                            && !apposition_of_name(seg, pc.start)
                    })
                });
            if let Some(pi) = found {
                if let Some(pc) = chains.get_mut(pi) {
                    pc.claimed = true;
                    let pc = pc.clone();
                    absorb(&mut p, &pc);
                    collect_org_country(&pc, &p, &mut org_country, &mut seg.portfolio_countries);
                }
            }
        }
        // Appositions: ", Minister of ...", ", Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an".
        let mut after = last;
        loop {
            let j = after + 1;
            if seg.gap(j).trim() != "," {
                break;
            }
            // The chain may open after "the" or a demonym: ", Indian Defence Attaché in Vietnam".
            let mut cs = j;
            while cs < j + 2
                && (seg.word_in(cs, &["the", "a", "an"]) || seg.country_at(gaz, cs).is_some())
                && seg.space_before(cs + 1)
            {
                cs += 1;
            }
            let Ok(ai) = chains.binary_search_by_key(&cs, |x| x.start) else {
                break;
            };
            let Some(ac) = chains.get(ai).cloned() else {
                break;
            };
            if ac.claimed || !ac.has_title || name_after(seg, gaz, &ac).is_some() {
                break;
            }
            absorb(&mut p, &ac);
            collect_org_country(&ac, &p, &mut org_country, &mut seg.portfolio_countries);
            if let Some(x) = chains.get_mut(ai) {
                x.claimed = true;
            }
            after = ac.end;
        }
        collect_org_country(&c, &p, &mut org_country, &mut seg.portfolio_countries);
        ranges.push((k, last));
        persons.push(p);
    }
    // Untriggered name followed by an apposition: "Aubeck Kam, Permanent Secretary of ...".
    let mut covered = vec![false; seg.units.len()];
    for (x, y) in &ranges {
        for c in covered.iter_mut().take(*y + 1).skip(*x) {
            *c = true;
        }
    }
    for ci in 0..chains.len() {
        let Some(c) = chains.get(ci).cloned() else {
            continue;
        };
        if c.claimed || !c.has_title || c.start < 2 || seg.gap(c.start).trim() != "," {
            continue;
        }
        if name_after(seg, gaz, &c).is_some() {
            continue;
        }
        let end = c.start - 1;
        // Walk back over the name run ending at `end`.
        let mut a = end;
        while a > 0
            && a + 5 > end
            && name_word(seg, a - 1)
            && (seg.space_before(a) || seg.gap(a) == "-" || initial(seg, a - 1))
        {
            a -= 1;
        }
        if (a..=end).any(|u| covered.get(u).copied().unwrap_or(true)) {
            continue;
        }
        let Some(a) = (a..=end).find(|&s| name_run(seg, gaz, s, false) == Some(end)) else {
            continue;
        };
        if end == a {
            continue; // one word is too little evidence here
        }
        let Some(mut p) = cand(seg, a, end) else {
            continue;
        };
        absorb(&mut p, &c);
        collect_org_country(&c, &p, &mut org_country, &mut seg.portfolio_countries);
        if let Some(x) = chains.get_mut(ci) {
            x.claimed = true;
        }
        for c in covered.iter_mut().take(end + 1).skip(a) {
            *c = true;
        }
        ranges.push((a, end));
        persons.push(p);
    }
    for (o, cc) in org_country {
        if let Some(info) = seg.orgs.get_mut(o) {
            if info.country.is_none() && !info.plural {
                info.country = Some(cc);
            }
        }
    }
    (persons, ranges)
}

fn collect_org_country(
    c: &Chain,
    p: &PersonCand,
    out: &mut Vec<(usize, String)>,
    portfolios: &mut Vec<(usize, String)>,
) {
    if let Some(cc) = c.country.as_ref().or(p.country.as_ref()) {
        out.extend(c.orgs.iter().map(|o| (*o, cc.clone())));
        portfolios.extend(c.portfolios.iter().map(|o| (*o, cc.clone())));
    }
}

/// Runs of capitalised words not taken by anyone (for the article-wide second pass): byte ranges.
pub(crate) fn free_runs(seg: &Seg<'_>, taken: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut covered = vec![false; seg.units.len()];
    for (a, b) in taken {
        for c in covered.iter_mut().take(*b + 1).skip(*a) {
            *c = true;
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < seg.units.len() {
        if covered.get(i).copied().unwrap_or(true) || !name_word(seg, i) {
            i += 1;
            continue;
        }
        let a = i;
        let mut b = i;
        while b + 1 < seg.units.len()
            && !covered.get(b + 1).copied().unwrap_or(true)
            && name_word(seg, b + 1)
            && (seg.space_before(b + 1) || initial(seg, b))
            && b - a < 8
        {
            b += 1;
        }
        if let (Some(x), Some(y)) = (seg.units.get(a), seg.units.get(b)) {
            out.push((x.start, y.end));
        }
        i = b + 1;
    }
    out
}

/// The folded words of a free run, for matching against known names.
/// Hyphenated parts are one word, as in the names of the first pass.
pub(crate) fn run_words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    for t in crate::lang::tokenize(text) {
        let w = fold(t.text);
        match out.last_mut() {
            Some(last) if text.get(last.1..t.start) == Some("-") => {
                last.1 = t.end;
                last.2.push('-');
                last.2.push_str(&w);
            }
            _ => out.push((t.start, t.end, w)),
        }
    }
    out
}

/// Language-specific: whether a lone word may refer back to a person named in full earlier.
pub(crate) fn back_reference_allowed(lang: Lang) -> bool {
    // English news refers to people by one name ("Lam said"); Vietnamese news repeats the title and full name.
    lang == Lang::En
}
