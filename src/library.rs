//! The loaded corpus as the app uses it: the records, lookup by article id, and the corpus-wide entity index.

use crate::bundle::{Bundle, Record};
use crate::entity::index::{self, EntitySummary};
use crate::entity::EntityKind;
use std::collections::HashMap;

/// Everything the views read, built once per corpus.
#[derive(Debug, Default)]
pub struct Library {
    /// The records, in bundle order.
    pub records: Vec<Record>,
    /// Every entity across the records.
    pub entities: Vec<EntitySummary>,
    by_article: HashMap<String, usize>,
    by_entity: HashMap<String, usize>,
}

impl Library {
    /// Builds the lookups over a decoded bundle.
    pub fn new(bundle: Bundle) -> Library {
        let records = bundle.records;
        let entities = index::index(&records);
        let by_article = records
            .iter()
            .enumerate()
            .map(|(i, r)| (r.article.id.to_string(), i))
            .collect();
        let by_entity = entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        Library {
            records,
            entities,
            by_article,
            by_entity,
        }
    }

    /// The record of an article id.
    pub fn record(&self, article_id: &str) -> Option<&Record> {
        self.by_article.get(article_id).and_then(|&i| self.records.get(i))
    }

    /// The summary of an entity id.
    pub fn entity(&self, id: &str) -> Option<&EntitySummary> {
        self.by_entity.get(id).and_then(|&i| self.entities.get(i))
    }

    /// The entities of one kind, most mentioned first.
    pub fn entities_of(&self, kind: EntityKind) -> impl Iterator<Item = &EntitySummary> {
        self.entities.iter().filter(move |e| e.kind == kind)
    }

    /// The display name of an entity id, when known.
    pub fn entity_name(&self, id: &str) -> Option<String> {
        self.entity(id).map(|e| e.name.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_articles_and_entities() {
        let path = format!("{}/corpus/004_ca2c0e4932d0df0b.txt", env!("CARGO_MANIFEST_DIR"));
        let rec = crate::pipeline::process("004.txt", &std::fs::read(path).unwrap()).unwrap();
        let id = rec.article.id.to_string();
        let lib = Library::new(Bundle { records: vec![rec] });
        assert_eq!(lib.record(&id).map(|r| r.article.file.as_str()), Some("004.txt"));
        assert!(lib.record("0000000000000000").is_none());
        assert_eq!(lib.entity_name("person:he-rong").as_deref(), Some("He Rong"));
        assert!(lib
            .entities_of(EntityKind::Person)
            .all(|e| e.kind == EntityKind::Person));
        assert!(lib.entity("person:nobody").is_none());
    }
}
