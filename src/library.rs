//! The loaded corpus as the app uses it: the records, lookup by article id, the corpus-wide entity index and search.

use crate::bundle::{Bundle, Record};
use crate::entity::index::{self, EntitySummary};
use crate::entity::EntityKind;
use crate::filters::Filters;
use crate::search::{IndexDoc, Query, QueryError, SearchIndex, Snippet};
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

/// Everything the views read: the bundled records, then the articles the user imported.
#[derive(Debug, Default)]
pub struct Library {
    /// The records: the bundle's, in bundle order, then the local (imported) ones.
    pub records: Vec<Record>,
    /// Every entity across the records.
    pub entities: Vec<EntitySummary>,
    /// The search index (document `n` is record `n`).
    pub index: SearchIndex,
    by_article: HashMap<String, usize>,
    by_entity: HashMap<String, usize>,
    /// How many records came with the bundle; the rest are local.
    bundled: usize,
    /// The bundle's own index, kept to rebuild from when a local article is removed.
    bundled_index: SearchIndex,
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
        let bundled = records.len();
        Library {
            records,
            entities,
            bundled_index: search_index.clone(),
            index: search_index,
            by_article,
            by_entity,
            bundled,
        }
    }

    /// True for a record the user imported (not part of the bundle, nor of shared links).
    pub fn is_local(&self, record: usize) -> bool {
        record >= self.bundled && record < self.records.len()
    }

    /// How many local records there are.
    pub fn local_count(&self) -> usize {
        self.records.len() - self.bundled
    }

    /// The local records, in import order.
    pub fn local_records(&self) -> &[Record] {
        self.records.get(self.bundled..).unwrap_or(&[])
    }

    /// Adds imported records (indexed for search, entities recounted). Records whose article is
    /// already present are skipped and returned as duplicates.
    pub fn add_local(&mut self, records: Vec<Record>) -> Vec<Record> {
        let mut duplicates = Vec::new();
        for rec in records {
            let id = rec.article.id.to_string();
            if self.by_article.contains_key(&id) {
                duplicates.push(rec);
                continue;
            }
            self.index.add(&IndexDoc::from_record(&rec));
            self.by_article.insert(id, self.records.len());
            self.records.push(rec);
        }
        self.reindex_entities();
        duplicates
    }

    /// Removes local records by article id (bundled ones stay); returns how many were removed.
    pub fn remove_local(&mut self, ids: &[String]) -> usize {
        let before = self.records.len();
        let bundled = self.bundled;
        let mut i = 0;
        self.records.retain(|r| {
            let keep = i < bundled || !ids.iter().any(|id| id == r.article.id.as_str());
            i += 1;
            keep
        });
        let removed = before - self.records.len();
        if removed > 0 {
            let mut index = self.bundled_index.clone();
            for rec in self.local_records() {
                index.add(&IndexDoc::from_record(rec));
            }
            self.index = index;
            self.by_article = self
                .records
                .iter()
                .enumerate()
                .map(|(i, r)| (r.article.id.to_string(), i))
                .collect();
            self.reindex_entities();
        }
        removed
    }

    fn reindex_entities(&mut self) {
        self.entities = index::index(&self.records);
        self.by_entity = self
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
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

    fn seeds(names: &[&str]) -> Vec<Record> {
        names
            .iter()
            .map(|f| {
                let path = format!("{}/corpus/{f}", env!("CARGO_MANIFEST_DIR"));
                crate::pipeline::process(f, &std::fs::read(path).unwrap()).unwrap()
            })
            .collect()
    }

    #[test]
    fn local_articles_are_added_searched_and_removed() {
        let mut lib = Library::new(Bundle::from_records(seeds(&["001_45c73304fdcf255d.txt"])));
        assert_eq!(lib.local_count(), 0);
        assert!(lib.search("Darmanin", &|_| true, 5).unwrap().is_empty());
        let local = seeds(&["002_8394bbce6724e067.txt", "003_17fa29c206418ba5.txt"]);
        let dup = seeds(&["001_45c73304fdcf255d.txt"]);
        assert!(lib.add_local(local.clone()).is_empty());
        assert_eq!(lib.add_local(dup).len(), 1, "the bundled article is not added twice");
        assert_eq!(lib.local_count(), 2);
        assert!(lib.is_local(1) && lib.is_local(2) && !lib.is_local(0) && !lib.is_local(3));
        assert_eq!(lib.search("Darmanin", &|_| true, 5).unwrap().len(), 2);
        assert!(lib.entity("person:gerald-darmanin").is_some());

        let french = local[0].article.id.to_string();
        let bundled = lib.records[0].article.id.to_string();
        assert_eq!(
            lib.remove_local(&[french.clone(), bundled.clone()]),
            1,
            "bundled records cannot be removed"
        );
        assert!(lib.record(&french).is_none());
        assert!(lib.record(&bundled).is_some());
        let hits = lib.search("Darmanin", &|_| true, 5).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(lib.records[hits[0].record].article.file, "003_17fa29c206418ba5.txt");
        assert_eq!(
            lib.entity("person:gerald-darmanin").map(|e| e.records.clone()),
            Some(vec![1])
        );
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
