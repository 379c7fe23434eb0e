//! The corpus-wide entity index: every canonical entity with its kind, best display name, mention count, titles seen and the articles it appears in.

use super::{EntityKind, Mention};
use crate::bundle::Record;
use std::collections::HashMap;

/// One canonical entity across the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySummary {
    /// Canonical id (`person:to-lam`).
    pub id: String,
    /// Kind.
    pub kind: EntityKind,
    /// Display name: the fullest spelling seen, diacritics preferred.
    pub name: String,
    /// Mentions across all articles.
    pub mentions: usize,
    /// Indices of the records it appears in, ascending.
    pub records: Vec<usize>,
    /// Titles seen for a person, in order of first appearance, without repeats.
    pub titles: Vec<String>,
    /// Country the text ties it to, when any article does (the most frequent one).
    pub country: Option<String>,
}

/// How good a display name is: more letters with marks, then longer.
fn name_quality(name: &str) -> (usize, usize) {
    (name.chars().filter(|c| !c.is_ascii()).count(), name.chars().count())
}

/// Builds the index over all records, sorted by kind, then most mentioned, then name.
pub fn index(records: &[Record]) -> Vec<EntitySummary> {
    let mut by_id: HashMap<&str, (EntitySummary, HashMap<&str, usize>)> = HashMap::new();
    for (ri, rec) in records.iter().enumerate() {
        for m in &rec.mentions {
            let entry = by_id
                .entry(m.id.as_str())
                .or_insert_with(|| (summary_of(m), HashMap::new()));
            let (s, countries) = entry;
            s.mentions += 1;
            if s.records.last() != Some(&ri) {
                s.records.push(ri);
            }
            if name_quality(&m.name) > name_quality(&s.name) {
                s.name = m.name.clone();
            }
            if let Some(t) = &m.title {
                if !s.titles.contains(t) {
                    s.titles.push(t.clone());
                }
            }
            if let Some(c) = &m.country {
                *countries.entry(c.as_str()).or_insert(0) += 1;
            }
        }
    }
    let mut out: Vec<EntitySummary> = by_id
        .into_values()
        .map(|(mut s, countries)| {
            s.country = countries
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
                .map(|(c, _)| c.to_string());
            s
        })
        .collect();
    out.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then(b.mentions.cmp(&a.mentions))
            .then(a.name.cmp(&b.name))
    });
    out
}

fn summary_of(m: &Mention) -> EntitySummary {
    EntitySummary {
        id: m.id.clone(),
        kind: m.kind,
        name: m.name.clone(),
        mentions: 0,
        records: Vec::new(),
        titles: Vec::new(),
        country: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::process;

    #[test]
    fn to_lam_is_one_entity_across_languages_with_the_diacritic_name() {
        let records: Vec<Record> = ["001_45c73304fdcf255d.txt", "003_17fa29c206418ba5.txt"]
            .iter()
            .map(|f| {
                let path = format!("{}/corpus/{f}", env!("CARGO_MANIFEST_DIR"));
                process(f, &std::fs::read(path).unwrap()).unwrap()
            })
            .collect();
        let idx = index(&records);
        let to_lam = idx.iter().find(|s| s.id == "person:to-lam").unwrap();
        assert_eq!(to_lam.name, "Tô Lâm");
        assert_eq!(to_lam.records, vec![0, 1]);
        assert!(to_lam.mentions >= 2);
        assert_eq!(to_lam.country.as_deref(), Some("VN"));
        assert!(to_lam.titles.len() >= 2, "{:?}", to_lam.titles);
        // Sorted by kind first: every person comes before every organisation.
        let first_org = idx.iter().position(|s| s.kind == EntityKind::Organization).unwrap();
        assert!(idx[..first_org].iter().all(|s| s.kind == EntityKind::Person));
    }
}
