//! The tagger: runs gazetteers, dates, organisation, agreement and people rules segment by segment, then resolves people, acronyms and ministries across the whole text.
//!
//! Two passes keep memory bounded on a 20 MB text: the first pass looks at one
//! segment at a time and keeps only mentions and the byte ranges of capitalised
//! runs nobody claimed; the second pass re-reads those runs to find later
//! mentions of people named in full elsewhere ("Lam", "He Rong") and acronyms
//! defined elsewhere ("the MoPS").

use super::fold::segments;
use super::gazetteer::{self, Gazetteer, Target};
use super::people::{self, PersonCand, Title};
use super::rules::{self, OrgInfo, Seg, UnitKind};
use super::{dates, EntityKind, Mention};
use crate::lang::{self, Lang};
use std::collections::{HashMap, HashSet};

#[derive(Default)]
struct State {
    out: Vec<Mention>,
    orgs: Vec<(usize, usize, OrgInfo)>,
    ministry_refs: Vec<(usize, usize, String)>,
    acronyms: Vec<(String, OrgInfo)>,
    portfolio_countries: Vec<(String, String)>,
    persons: Vec<PersonCand>,
    free: Vec<(usize, usize)>,
}

fn mention(text: &str, kind: EntityKind, start: usize, end: usize, id: String, name: String) -> Mention {
    Mention {
        kind,
        text: text.get(start..end).unwrap_or("").to_string(),
        id,
        name,
        title: None,
        start,
        end,
        country: None,
        rank: None,
    }
}

fn segment(text: &str, base: usize, end: usize, lang: Lang, gaz: &Gazetteer, st: &mut State) {
    let Some(seg_text) = text.get(base..end) else {
        return;
    };
    let hits = gaz.matcher(lang).hits(seg_text);
    let toks = lang::tokenize(seg_text);
    let found = dates::scan(seg_text, &toks, lang);
    let units = rules::build_units(seg_text, lang, gaz, hits, found, &toks);
    drop(toks);
    let mut seg = Seg {
        text: seg_text,
        lang,
        units,
        orgs: Vec::new(),
        acronyms: Vec::new(),
        ministry_refs: Vec::new(),
        pending: Vec::new(),
        portfolio_countries: Vec::new(),
    };
    rules::organisations(&mut seg, gaz);
    rules::agreements(&mut seg, gaz);
    let (persons, ranges) = people::detect(&mut seg, gaz);
    st.free.extend(
        people::free_runs(&seg, &ranges)
            .into_iter()
            .map(|(a, b)| (a + base, b + base)),
    );
    for mut p in persons {
        p.start += base;
        p.end += base;
        st.persons.push(p);
    }
    for (p, cc) in &seg.portfolio_countries {
        if let Some(def) = gaz.portfolios.get(*p) {
            st.portfolio_countries.push((def.slug.clone(), cc.clone()));
        }
    }
    for (acr, o) in &seg.acronyms {
        if let Some(info) = seg.orgs.get(*o) {
            st.acronyms.push((acr.clone(), info.clone()));
        }
    }
    for (i, cc) in &seg.ministry_refs {
        if let Some(u) = seg.units.get(*i) {
            st.ministry_refs.push((u.start + base, u.end + base, cc.clone()));
        }
    }
    for u in &seg.units {
        let (s, e) = (u.start + base, u.end + base);
        let m = match &u.kind {
            UnitKind::Gaz(Target::Country { idx, .. }) => gaz.countries.get(*idx).map(|c| {
                let mut m = mention(
                    text,
                    EntityKind::Country,
                    s,
                    e,
                    format!("country:{}", c.code),
                    c.name.clone(),
                );
                m.country = Some(c.code.clone());
                m
            }),
            UnitKind::Gaz(Target::Place(p)) => gaz.places.get(*p).map(|p| {
                let mut m = mention(
                    text,
                    EntityKind::Place,
                    s,
                    e,
                    format!("place:{}", p.slug),
                    p.name.clone(),
                );
                m.country.clone_from(&p.country);
                m
            }),
            UnitKind::Gaz(Target::Topic(t)) => gaz.topics.get(*t).map(|t| {
                mention(
                    text,
                    EntityKind::Topic,
                    s,
                    e,
                    format!("topic:{}", t.slug),
                    t.name.clone(),
                )
            }),
            UnitKind::Date(d) => Some(mention(
                text,
                EntityKind::Date,
                s,
                e,
                format!("date:{d}"),
                d.to_string(),
            )),
            UnitKind::Agreement(slug, name) => Some(mention(
                text,
                EntityKind::Agreement,
                s,
                e,
                format!("agreement:{slug}"),
                name.clone(),
            )),
            UnitKind::Org(o) => {
                if let Some(info) = seg.orgs.get(*o) {
                    st.orgs.push((s, e, info.clone()));
                }
                None
            }
            _ => None,
        };
        if let Some(m) = m {
            st.out.push(m);
        }
    }
}

/// One person of the article: the canonical words and the indices of its mentions in `State::persons`.
struct Cluster {
    words: Vec<String>,
    members: Vec<usize>,
}

fn key(words: &[String]) -> String {
    words.join(" ")
}

fn contains_run(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

/// True when `short` is another way to write `long`: a part of it (last word; first word of a two-word
/// name; a run of two or more of its words).
fn refers_to(gaz: &Gazetteer, lang: Lang, short: &[String], long: &[String]) -> bool {
    if short.len() >= long.len() {
        return false;
    }
    match short {
        [one] => {
            !gaz.is_stopword(one, lang) && (long.last() == Some(one) || (long.len() == 2 && long.first() == Some(one)))
        }
        _ => contains_run(long, short),
    }
}

fn cluster_people(gaz: &Gazetteer, lang: Lang, persons: &[PersonCand]) -> Vec<Cluster> {
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    let mut order: Vec<Vec<String>> = Vec::new();
    for (i, p) in persons.iter().enumerate() {
        if p.words.is_empty() {
            continue;
        }
        let k = key(&p.words);
        if !by_key.contains_key(&k) {
            order.push(p.words.clone());
        }
        by_key.entry(k).or_default().push(i);
    }
    // Index every shorter way to write each name (last word, first word of two, inner runs), so that each
    // key finds the longer names it may refer to without comparing all pairs.
    let mut shorter: HashMap<String, Vec<usize>> = HashMap::new();
    for (li, l) in order.iter().enumerate() {
        let n = l.len();
        if n < 2 {
            continue;
        }
        let mut forms: Vec<String> = Vec::new();
        if let Some(last) = l.last() {
            forms.push(last.clone());
        }
        if let (2, Some(first)) = (n, l.first()) {
            forms.push(first.clone());
        }
        for len in 2..n {
            for start in 0..=(n - len) {
                if let Some(run) = l.get(start..start + len) {
                    forms.push(key(run));
                }
            }
        }
        forms.sort();
        forms.dedup();
        for f in forms {
            shorter.entry(f).or_default().push(li);
        }
    }
    // Map each key to the longest key it refers to, when that is unique.
    let mut target: HashMap<String, Vec<String>> = HashMap::new();
    for w in &order {
        let k = key(w);
        let longer: Vec<&Vec<String>> = shorter
            .get(&k)
            .map(|ls| {
                ls.iter()
                    .filter_map(|li| order.get(*li))
                    .filter(|l| refers_to(gaz, lang, w, l))
                    .collect()
            })
            .unwrap_or_default();
        let max = longer.iter().map(|l| l.len()).max().unwrap_or(0);
        let best: Vec<&&Vec<String>> = longer.iter().filter(|l| l.len() == max).collect();
        let canonical = match best.as_slice() {
            [only] => (**only).clone(),
            _ => w.clone(),
        };
        target.insert(k, canonical);
    }
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for w in &order {
        let k = key(w);
        let canonical = target.get(&k).cloned().unwrap_or_else(|| w.clone());
        let ck = key(&canonical);
        let ci = *index.entry(ck).or_insert_with(|| {
            clusters.push(Cluster {
                words: canonical.clone(),
                members: Vec::new(),
            });
            clusters.len() - 1
        });
        if let (Some(c), Some(members)) = (clusters.get_mut(ci), by_key.get(&k)) {
            c.members.extend(members);
        }
    }
    clusters
}

/// Second pass over unclaimed capitalised runs: known full names, lone surnames or given names, acronyms.
fn second_pass(text: &str, lang: Lang, gaz: &Gazetteer, st: &mut State, clusters: &mut [Cluster]) {
    let mut full: HashMap<String, usize> = HashMap::new();
    let mut single: HashMap<String, Option<usize>> = HashMap::new();
    for (ci, c) in clusters.iter().enumerate() {
        if c.words.len() >= 2 {
            full.insert(key(&c.words), ci);
            if let Some(last) = c.words.last() {
                let slot = single.entry(last.clone()).or_insert(Some(ci));
                if *slot != Some(ci) {
                    *slot = None;
                }
            }
            if let (2, Some(first)) = (c.words.len(), c.words.first()) {
                let slot = single.entry(first.clone()).or_insert(Some(ci));
                if *slot != Some(ci) {
                    *slot = None;
                }
            }
        } else if let Some(w) = c.words.first() {
            single.entry(w.clone()).or_insert(Some(ci));
        }
    }
    let mut max_len = clusters.iter().map(|c| c.words.len()).max().unwrap_or(0);
    max_len = max_len.min(6);
    let acronyms: HashMap<&str, &OrgInfo> = st.acronyms.iter().map(|(a, o)| (a.as_str(), o)).collect();
    let mut new_orgs = Vec::new();
    let free = std::mem::take(&mut st.free);
    for (a, b) in free {
        let Some(run) = text.get(a..b) else {
            continue;
        };
        let words = people::run_words(run);
        let folded: Vec<String> = words.iter().map(|w| w.2.clone()).collect();
        let mut k = 0;
        while k < words.len() {
            // Longest known full name starting here.
            let mut hit = None;
            for len in (2..=max_len.min(words.len() - k)).rev() {
                if let Some(ci) = folded.get(k..k + len).and_then(|s| full.get(&key(s))) {
                    hit = Some((len, *ci));
                    break;
                }
            }
            if let Some((len, ci)) = hit {
                if let (Some(first), Some(last)) = (words.get(k), words.get(k + len - 1)) {
                    st.persons.push(PersonCand {
                        start: a + first.0,
                        end: a + last.1,
                        words: folded.get(k..k + len).map(<[String]>::to_vec).unwrap_or_default(),
                        titles: Vec::new(),
                        rank: None,
                        country: None,
                        default_country: None,
                    });
                    if let Some(c) = clusters.get_mut(ci) {
                        c.members.push(st.persons.len() - 1);
                    }
                }
                k += len;
                continue;
            }
            if let Some((s, e, _)) = words.get(k) {
                let original = run.get(*s..*e).unwrap_or("");
                if let Some(info) = acronyms.get(original) {
                    new_orgs.push((a + s, a + e, (*info).clone()));
                } else if words.len() == 1 && people::back_reference_allowed(lang) {
                    if let Some(Some(ci)) = folded.first().and_then(|w| single.get(w)) {
                        // A word that is also a function word refers back only where English would not
                        // capitalise it: mid-sentence ("Deputy Minister To proposed", "..., To said").
                        let lower = super::fold::lower(original);
                        let word_ok = !gaz.is_stopword_lower(&lower, lang)
                            || (gaz.is_function_word_lower(&lower, lang) && !rules::sentence_initial(text, a + s));
                        if word_ok {
                            st.persons.push(PersonCand {
                                start: a + s,
                                end: a + e,
                                words: folded.clone(),
                                titles: Vec::new(),
                                rank: None,
                                country: None,
                                default_country: None,
                            });
                            if let Some(c) = clusters.get_mut(*ci) {
                                c.members.push(st.persons.len() - 1);
                            }
                        }
                    }
                }
            }
            k += 1;
        }
    }
    st.orgs.extend(new_orgs);
}

fn non_ascii(s: &str) -> usize {
    s.chars().filter(|c| !c.is_ascii()).count()
}

fn person_mentions(text: &str, st: &State, clusters: &[Cluster]) -> Vec<Mention> {
    let mut out = Vec::new();
    for c in clusters {
        let mut members: Vec<&PersonCand> = c.members.iter().filter_map(|i| st.persons.get(*i)).collect();
        members.sort_by_key(|p| p.start);
        let slug = gazetteer::slug(&c.words.join(" "));
        if slug.is_empty() {
            continue;
        }
        let id = format!("person:{slug}");
        // The fullest form, with its diacritics when any mention has them (the first such mention).
        let mut name: Option<&str> = None;
        for p in members.iter().filter(|p| p.words == c.words) {
            let t = text.get(p.start..p.end).unwrap_or("");
            if name.is_none_or(|n| non_ascii(t) > non_ascii(n)) {
                name = Some(t);
            }
        }
        let name = name.map_or_else(|| c.words.join(" "), str::to_string);
        // The most senior title; of one level, the first that names an office ("Minister of Interior" over
        // "Deputy Prime Minister").
        let mut titles: Vec<&Title> = members.iter().flat_map(|p| p.titles.iter()).collect();
        titles.sort_by_key(|t| (t.level, !t.office));
        let title = titles.first().map(|t| t.text.clone());
        let rank = members
            .iter()
            .filter_map(|p| p.rank.as_ref())
            .max_by_key(|r| r.len())
            .cloned();
        let country = members
            .iter()
            .find_map(|p| p.country.clone())
            .or_else(|| members.iter().find_map(|p| p.default_country.clone()));
        for p in members {
            let mut m = mention(text, EntityKind::Person, p.start, p.end, id.clone(), name.clone());
            m.title.clone_from(&title);
            m.rank.clone_from(&rank);
            m.country.clone_from(&country);
            out.push(m);
        }
    }
    out
}

fn org_mentions(text: &str, gaz: &Gazetteer, st: &mut State) -> Vec<Mention> {
    // Acronyms defined in the text win over table readings of the same letters.
    let defined: HashMap<String, OrgInfo> = st.acronyms.iter().rev().map(|(a, o)| (a.clone(), o.clone())).collect();
    for (s, e, info) in &mut st.orgs {
        if let Some(d) = text.get(*s..*e).and_then(|t| defined.get(t)) {
            *info = d.clone();
        }
    }
    // An organisation named without a country takes the one the article ties it to elsewhere.
    let mut countries: HashMap<String, HashSet<String>> = HashMap::new();
    for (_, _, info) in &st.orgs {
        if let (Some(c), false) = (&info.country, info.plural) {
            countries.entry(info.slug.clone()).or_default().insert(c.clone());
        }
    }
    for (slug, cc) in &st.portfolio_countries {
        countries.entry(slug.clone()).or_default().insert(cc.clone());
    }
    for (_, _, info) in &mut st.orgs {
        if info.prefixed && !info.plural && info.country.is_none() && info.default_country.is_none() {
            if let Some(set) = countries.get(&info.slug) {
                if set.len() == 1 {
                    info.country = set.iter().next().cloned();
                }
            }
        }
    }
    // "the Singaporean ministry": the one ministry of that country the article names.
    let mut ministries: HashMap<String, (HashSet<String>, OrgInfo)> = HashMap::new();
    for (_, _, o) in &st.orgs {
        if let (true, Some(cc)) = (o.ministry, o.resolved_country()) {
            let e = ministries
                .entry(cc.to_string())
                .or_insert_with(|| (HashSet::new(), o.clone()));
            e.0.insert(o.id());
        }
    }
    let mut refs = Vec::new();
    for (s, e, cc) in &st.ministry_refs {
        if let Some((ids, info)) = ministries.get(cc) {
            if ids.len() == 1 {
                refs.push((*s, *e, info.clone()));
            }
        }
    }
    st.orgs.extend(refs);
    st.orgs
        .iter()
        .map(|(s, e, info)| {
            let mut m = mention(text, EntityKind::Organization, *s, *e, info.id(), info.name(gaz));
            m.country = info.resolved_country().map(str::to_string);
            m
        })
        .collect()
}

/// Tags a text: see [`super::tag_text`].
pub(crate) fn tag_text(text: &str, lang: Lang) -> Vec<Mention> {
    let gaz = gazetteer::get();
    let mut st = State::default();
    for (s, e) in segments(text) {
        segment(text, s, e, lang, gaz, &mut st);
    }
    let mut clusters = cluster_people(gaz, lang, &st.persons);
    second_pass(text, lang, gaz, &mut st, &mut clusters);
    let mut out = std::mem::take(&mut st.out);
    out.extend(person_mentions(text, &st, &clusters));
    out.extend(org_mentions(text, gaz, &mut st));
    out.sort_by(|a, b| a.start.cmp(&b.start).then((b.end - b.start).cmp(&(a.end - a.start))));
    // Safety net: keep mentions non-overlapping (leftmost, then longest).
    let mut last_end = 0usize;
    out.retain(|m| {
        let keep =
            m.start >= last_end && m.end > m.start && text.is_char_boundary(m.start) && text.is_char_boundary(m.end);
        if keep {
            last_end = m.end;
        }
        keep
    });
    out
}
