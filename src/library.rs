//! The loaded corpus as the app uses it: the records, lookup by article id, the corpus-wide entity index and search.

use crate::bundle::{Bundle, Record};
use crate::entity::index::{self, EntitySummary};
use crate::entity::EntityKind;
use crate::filters::Filters;
use crate::filters::Key;
use crate::search::{Highlighter, IndexDoc, Query, QueryError, SearchIndex, ShardError, Snippet};
use crate::timeline::{self, Timeline};
use std::collections::HashMap;

/// One search result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Found {
    /// Index of the record.
    pub record: usize,
    /// BM25F score (comparable within one search only).
    pub score: f32,
}

/// How many results a view ranks and lists ([`TimelineView::found`]); every
/// match is still counted and narrows the timeline.
pub const LISTED: usize = 50;

/// A search's best results, every record it matched, and what highlights the
/// words it matched. Only the best are ranked, and titles and snippets are
/// made on demand for the results shown: a common word in a large library
/// matches thousands of articles, and ranking them all and making every
/// snippet took most of a keystroke.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    /// The best results, best first (equal scores in record order), at most
    /// the limit searched with.
    pub found: Vec<Found>,
    /// Every record that matched, in record order.
    pub matches: Vec<usize>,
    highlighter: Highlighter,
}

impl Results {
    /// How many records matched (all of them, not only those in `found`).
    pub fn len(&self) -> usize {
        self.matches.len()
    }

    /// True when nothing matched.
    pub fn is_empty(&self) -> bool {
        self.matches.is_empty()
    }

    /// The record's title with the matched words highlighted.
    pub fn title(&self, record: &Record) -> Snippet {
        self.highlighter.highlight(&record.article.title)
    }

    /// The record's best-matching sentence with the matched words highlighted.
    pub fn snippet(&self, record: &Record) -> Snippet {
        self.highlighter.snippet(&record.article.body())
    }
}

/// What the home page shows for a link: the timeline, the search results, and the counts around them.
#[derive(Debug, Clone)]
pub struct TimelineView {
    /// The lanes of the meetings that pass every filter.
    pub timeline: Timeline,
    /// Meetings hidden because their date may or may not be in `from`/`to`.
    pub uncertain_hidden: usize,
    /// The search results when `q` is set (the best [`LISTED`] ranked, every match counted),
    /// or why the query cannot run ([`QueryError::NeedShards`]: load those index shards, then
    /// ask again).
    pub found: Option<Result<Results, QueryError>>,
    /// Per partner country (code), the reported meetings that pass every filter but the country
    /// filter itself: the counts beside the partner checkboxes. Most first, then by code.
    pub partners: Vec<(String, usize)>,
    /// Topics (slug, name) of the meetings that pass every filter but the topic filter, for its menu.
    pub topics: Vec<(String, String)>,
    /// First and last year of any dated meeting in the corpus, for the year menus.
    pub years: Option<(u16, u16)>,
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

    /// The search of a link (`None` without a query): its best `limit`
    /// results among the records that pass the link's article-level filters.
    pub fn results(&self, f: &Filters, limit: usize) -> Option<Result<Results, QueryError>> {
        (!f.q().is_empty()).then(|| self.search(f.q(), &|i| self.record_matches(i, f), limit))
    }

    /// The home page for a link: records narrowed by language and (when `q` is set) by search,
    /// then meetings by country, level, dates, topic and entity, laid out in lanes.
    pub fn timeline_view(&self, f: &Filters) -> TimelineView {
        let found = self.results(f, LISTED);
        let in_hits: Option<std::collections::HashSet<usize>> = found.as_ref().map(|r| {
            r.as_ref()
                .map(|v| v.matches.iter().copied().collect())
                .unwrap_or_default()
        });
        let records: Vec<&Record> = self
            .records
            .iter()
            .enumerate()
            .filter(|(i, r)| {
                f.lang().is_none_or(|l| r.article.language == l) && in_hits.as_ref().is_none_or(|h| h.contains(i))
            })
            .map(|(_, r)| r)
            .collect();
        let entries: Vec<timeline::Entry<'_>> = records
            .iter()
            .flat_map(|r| r.meetings.iter().map(move |m| (&r.article.id, m)))
            .collect();
        let filtered = timeline::filter(f, &entries);

        let mut partners: HashMap<&str, usize> = HashMap::new();
        let no_country = f.clone().without(Key::Country);
        for (_, m) in timeline::filter(&no_country, &entries).shown {
            if !m.mentioned {
                for p in &m.partners {
                    *partners.entry(p.as_str()).or_insert(0) += 1;
                }
            }
        }
        let mut partners: Vec<(String, usize)> = partners.into_iter().map(|(c, n)| (c.to_string(), n)).collect();
        partners.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));

        let no_topic = f.clone().without(Key::Topic);
        let mut topics: Vec<(String, String)> = Vec::new();
        for (_, m) in timeline::filter(&no_topic, &entries).shown {
            for t in &m.topics {
                let slug = t.id.strip_prefix("topic:").unwrap_or(&t.id).to_string();
                if !topics.iter().any(|(s, _)| *s == slug) {
                    topics.push((slug, t.name.clone()));
                }
            }
        }
        topics.sort_by(|a, b| a.1.cmp(&b.1));

        TimelineView {
            timeline: timeline::build(&filtered.shown),
            uncertain_hidden: filtered.uncertain_hidden,
            found,
            partners,
            topics,
            years: timeline::axis(self.records.iter().flat_map(|r| &r.meetings)).map(|a| (a.min_year, a.max_year)),
        }
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
            && f.entity().is_none_or(|e| {
                rec.mentions.iter().any(|m| m.id == e.as_str())
                    || (e.as_str().starts_with("topic:") && has_topic(rec, e.as_str()))
            })
            && f.topic()
                .is_none_or(|t| has_topic(rec, &format!("topic:{}", t.as_str())))
    }

    /// Builds the search's lookup tables now (the one-typo table), so that the
    /// first typo query does not wait for them; adding articles drops them again.
    pub fn prepare_search(&self) {
        self.index.prepare();
    }

    /// Searches the records that pass `filter` (given a record index); best first, at most `limit`.
    /// An empty query is an error ([`QueryError::Empty`]) the caller shows as "type to search";
    /// with a split index, [`QueryError::NeedShards`] names the shards to
    /// [`add_shard`](Self::add_shard) before searching again.
    pub fn search(&self, q: &str, filter: &dyn Fn(usize) -> bool, limit: usize) -> Result<Results, QueryError> {
        let query = Query::parse(q)?;
        let (ranking, matches) = self
            .index
            .try_rank_with_matches(&query, &|d| filter(d as usize), limit)?;
        let known = |doc: u32| (doc as usize) < self.records.len();
        Ok(Results {
            found: ranking
                .hits
                .iter()
                .filter(|&&(doc, _)| known(doc))
                .map(|&(doc, score)| Found {
                    record: doc as usize,
                    score,
                })
                .collect(),
            matches: matches.into_iter().filter(|&d| known(d)).map(|d| d as usize).collect(),
            highlighter: ranking.highlighter(),
        })
    }

    /// Loads shard `n` of a split search index (from its file's bytes) into
    /// the index and into the bundle's own copy kept for removals.
    pub fn add_shard(&mut self, n: usize, bytes: &[u8]) -> Result<(), ShardError> {
        self.bundled_index.add_shard(n, bytes)?;
        self.index.add_shard(n, bytes)
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

/// True when the record is about topic `id` (`topic:extradition`): a topic
/// mention, or a topic of one of its meetings, which also counts the topics of
/// named agreements ("the Agreement on Extradition" takes in the word
/// "extradition", so no topic mention of its own is left).
fn has_topic(rec: &Record, id: &str) -> bool {
    rec.mentions.iter().any(|m| m.id == id) || rec.meetings.iter().any(|m| m.topics.iter().any(|t| t.id == id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::{EntityRef, TopicSlug};

    /// "The Agreement on Extradition" is one agreement mention; the article is
    /// still found under the topic, by the topic filter and as an entity.
    #[test]
    fn named_agreements_count_for_their_topic() {
        let text = "HANOI, March 3 (VNA) - Minister of Public Security General To Lam held talks with \
                    French Minister of the Interior Gerald Darmanin in Hanoi on March 3, 2023. \
                    The two ministers signed the Agreement on Extradition between Vietnam and France.";
        let rec = crate::pipeline::process("x.txt", text.as_bytes()).unwrap();
        assert!(
            rec.mentions
                .iter()
                .any(|m| m.id == "agreement:agreement-on-extradition"),
            "{:?}",
            rec.mentions
        );
        assert!(!rec.mentions.iter().any(|m| m.id == "topic:extradition"));
        let lib = Library::new(Bundle::from_records(vec![rec]));
        let topic = Filters::default().with_topic(Some(TopicSlug::parse("extradition").unwrap()));
        assert!(lib.record_matches(0, &topic));
        let entity = Filters::default().with_entity(Some(EntityRef::parse("topic:extradition").unwrap()));
        assert!(lib.record_matches(0, &entity));
        let other = Filters::default().with_topic(Some(TopicSlug::parse("cybercrime").unwrap()));
        assert!(!lib.record_matches(0, &other));
        let person = Filters::default().with_entity(Some(EntityRef::parse("person:nobody").unwrap()));
        assert!(!lib.record_matches(0, &person));
    }

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
        assert_eq!(
            lib.records[hits.found[0].record].article.file,
            "003_17fa29c206418ba5.txt"
        );
        assert_eq!(
            lib.entity("person:gerald-darmanin").map(|e| e.records.clone()),
            Some(vec![1])
        );
    }

    #[test]
    fn the_timeline_view_narrows_by_link_and_search() {
        let names = [
            "000_2eb8f48eb3c8e0c6.txt",
            "001_45c73304fdcf255d.txt",
            "002_8394bbce6724e067.txt",
            "003_17fa29c206418ba5.txt",
            "004_ca2c0e4932d0df0b.txt",
        ];
        let lib = Library::new(Bundle::from_records(seeds(&names)));
        let view = |q: &str| lib.timeline_view(&Filters::from_query(q).0);
        let lanes = |v: &TimelineView| {
            v.timeline
                .lanes
                .iter()
                .map(|l| (l.code.clone(), l.count))
                .collect::<Vec<_>>()
        };

        let all = view("");
        assert_eq!(lanes(&all), [("CN".into(), 2), ("SG".into(), 2), ("FR".into(), 1)]);
        assert_eq!(all.timeline.reported, 5);
        assert_eq!(all.timeline.mentioned, 2);
        assert!(all.found.is_none());
        assert_eq!(all.partners, [("CN".into(), 2), ("SG".into(), 2), ("FR".into(), 1)]);

        let cn = view("country=CN");
        assert_eq!(lanes(&cn), [("CN".into(), 2)]);
        // The partner counts ignore the country filter itself, so other partners can be added.
        assert_eq!(cn.partners.len(), 3);

        let sg_2024 = view("country=SG&from=2024");
        assert_eq!(sg_2024.timeline.reported, 1);
        assert_eq!(
            sg_2024.uncertain_hidden, 1,
            "8 October, year not stated, is neither shown nor dropped silently"
        );
        assert_eq!(sg_2024.timeline.lanes[0].dated[0].data_date, "2024-04-03");

        let deputy = view("level=deputy-minister");
        assert_eq!(lanes(&deputy), [("SG".into(), 2)]);

        let searched = view("q=Darmanin");
        assert_eq!(
            searched.found.as_ref().map(|r| r.as_ref().map(Results::len)),
            Some(Ok(2))
        );
        // A search ranks its best `limit` and still counts (and narrows by) every match.
        let one = lib.search("Darmanin", &|_| true, 1).unwrap();
        assert_eq!((one.found.len(), one.len()), (1, 2));
        let mut both: Vec<usize> = lib
            .search("Darmanin", &|_| true, 5)
            .unwrap()
            .found
            .iter()
            .map(|f| f.record)
            .collect();
        both.sort_unstable();
        assert_eq!(one.matches, both);
        assert_eq!(one.found[0], lib.search("Darmanin", &|_| true, 5).unwrap().found[0]);
        assert_eq!(lanes(&searched), [("FR".into(), 1), ("SG".into(), 1)]);

        let vi = view("lang=vi");
        assert_eq!(lanes(&vi), [("SG".into(), 1)]);
        assert_eq!(all.years, Some((2018, 2024)));
        assert!(view("topic=cybercrime").timeline.reported >= 1);
        assert!(all.topics.iter().any(|(slug, _)| slug == "cybercrime"));
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
        assert_eq!(found.found[0].record, 0);
        let snippet = found.snippet(&lib.records[0]);
        assert!(snippet.highlighted().any(|h| h.contains("Lương")), "{snippet:?}");
        let he_rong = lib.search("He Rong", &|_| true, 10).unwrap();
        assert_eq!(he_rong.found.first().map(|f| f.record), Some(1));
        assert!(he_rong.title(&lib.records[1]).text().contains("ministers"));
        assert!(lib
            .search("He Rong", &|i| i != 1, 10)
            .unwrap()
            .found
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
