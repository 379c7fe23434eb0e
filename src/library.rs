//! The loaded corpus as the app uses it: the records, lookup by article id, the corpus-wide entity index and search.

use crate::bundle::{Bundle, Record};
use crate::entity::index::{self, EntitySummary};
use crate::entity::EntityKind;
use crate::filters::Filters;
use crate::search::{Query, QueryError, SearchIndex, Snippet};
use std::collections::HashMap;

/// One search result, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Index of the record.
    pub record: usize,
    /// BM25F score (comparable within one search only).
    pub score: f32,
    /// The title with matched words highlighted.
    pub title: Snippet,
    /// The best-matching sentence with matched words highlighted.
    pub snippet: Snippet,
}

/// Everything the views read, built once per corpus.
#[derive(Debug, Default)]
pub struct Library {
    /// The records, in bundle order.
    pub records: Vec<Record>,
    /// Every entity across the records.
    pub entities: Vec<EntitySummary>,
    /// The search index (document `n` is record `n`).
    pub index: SearchIndex,
    by_article: HashMap<String, usize>,
    by_entity: HashMap<String, usize>,
}

impl Library {
    /// Builds the lookups over a decoded bundle.
    pub fn new(bundle: Bundle) -> Library {
        let Bundle {
            records,
            index: search_index,
        } = bundle;
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
            index: search_index,
            by_article,
            by_entity,
        }
    }

    /// True when a record passes the article-level filters: language, entity and topic.
    /// (Meeting-level filters, country, level and dates, are applied to meetings.)
    pub fn record_matches(&self, record: usize, f: &Filters) -> bool {
        let Some(rec) = self.records.get(record) else {
            return false;
        };
        f.lang().is_none_or(|l| rec.article.language == l)
            && f.entity()
                .is_none_or(|e| rec.mentions.iter().any(|m| m.id == e.as_str()))
            && f.topic().is_none_or(|t| {
                let id = format!("topic:{}", t.as_str());
                rec.mentions.iter().any(|m| m.id == id)
            })
    }

    /// Searches the records that pass `filter` (given a record index); best first, at most `limit`.
    /// An empty query is an error ([`QueryError::Empty`]) the caller shows as "type to search".
    pub fn search(&self, q: &str, filter: &dyn Fn(usize) -> bool, limit: usize) -> Result<Vec<Found>, QueryError> {
        let query = Query::parse(q)?;
        let hits = self
            .index
            .search_with_bodies(&query, &|d| filter(d as usize), limit, &|_| None);
        Ok(hits
            .into_iter()
            .filter_map(|h| {
                let rec = self.records.get(h.doc as usize)?;
                Some(Found {
                    record: h.doc as usize,
                    score: h.score,
                    title: self.index.highlight(&query, &rec.article.title),
                    snippet: self.index.snippet(&query, &rec.article.body()),
                })
            })
            .collect())
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
        let lib = Library::new(Bundle::from_records(vec![rec]));
        assert_eq!(lib.record(&id).map(|r| r.article.file.as_str()), Some("004.txt"));
        assert!(lib.record("0000000000000000").is_none());
        assert_eq!(lib.entity_name("person:he-rong").as_deref(), Some("He Rong"));
        assert!(lib
            .entities_of(EntityKind::Person)
            .all(|e| e.kind == EntityKind::Person));
        assert!(lib.entity("person:nobody").is_none());
    }

    #[test]
    fn searches_with_highlights_and_filters() {
        let records: Vec<Record> = ["003_17fa29c206418ba5.txt", "004_ca2c0e4932d0df0b.txt"]
            .iter()
            .map(|f| {
                let path = format!("{}/corpus/{f}", env!("CARGO_MANIFEST_DIR"));
                crate::pipeline::process(f, &std::fs::read(path).unwrap()).unwrap()
            })
            .collect();
        let lib = Library::new(Bundle::from_records(records));
        let found = lib.search("luong tam quang", &|_| true, 10).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].record, 0);
        assert!(
            found[0].snippet.highlighted().any(|h| h.contains("Lương")),
            "{:?}",
            found[0].snippet
        );
        let he_rong = lib.search("He Rong", &|_| true, 10).unwrap();
        assert_eq!(he_rong.first().map(|f| f.record), Some(1));
        assert!(he_rong[0].title.text().contains("ministers"));
        assert!(lib
            .search("He Rong", &|i| i != 1, 10)
            .unwrap()
            .iter()
            .all(|f| f.record != 1));
        assert_eq!(lib.search("   ", &|_| true, 10), Err(QueryError::Empty));

        let rows: &[(&str, [bool; 2])] = &[
            ("", [true, true]),
            ("lang=vi", [true, false]),
            ("lang=en", [false, true]),
            ("entity=person:he-rong", [false, true]),
            ("entity=person:luong-tam-quang&lang=vi", [true, false]),
            ("entity=person:nobody", [false, false]),
            ("topic=cybercrime", [true, false]),
            ("topic=prisons", [false, true]),
        ];
        for (query, want) in rows {
            let (f, notices) = Filters::from_query(query);
            assert!(notices.is_empty(), "{query}: {notices:?}");
            let got = [lib.record_matches(0, &f), lib.record_matches(1, &f)];
            assert_eq!(&got, want, "{query}");
        }
        assert!(!lib.record_matches(99, &Filters::default()));
    }
}
