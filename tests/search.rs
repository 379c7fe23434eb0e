//! Host tests of the search index: folding, ranking order, prefixes, typos, phrases, exclusions, filters, snippets, odd queries, and serialisation.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on their own fixtures

use counterparts::lang::Lang;
use counterparts::search::{IndexDoc, Query, QueryError, SearchIndex};

/// Invented articles (other countries, other names) so that no rule leans on the seed files.
struct Fixture {
    title: &'static str,
    body: &'static str,
    names: &'static [&'static str],
    lang: Lang,
}

const DOCS: &[Fixture] = &[
    // 0
    Fixture {
        title: "Vietnam, Japan boost cooperation against cybercrime",
        body: "Tokyo (VNA) – Minister of Public Security General To Lam held talks with the head of Japan's National Police Agency on March 3. The two sides agreed to fight human trafficking and cybercrime together.",
        names: &["To Lam", "National Police Agency"],
        lang: Lang::En,
    },
    // 1
    Fixture {
        title: "Bộ Công an tiếp đoàn Cảnh sát Hàn Quốc",
        body: "Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, đã tiếp đoàn Cảnh sát quốc gia Hàn Quốc. Hai bên thống nhất tăng cường hợp tác phòng, chống tội phạm ma túy.",
        names: &["Tô Lâm", "Bộ Công an"],
        lang: Lang::Vi,
    },
    // 2
    Fixture {
        title: "Laos, Vietnam step up fight against drug trafficking",
        body: "Police of the two countries seized heroin at the border. Trafficking of drugs remains the main threat, while human resources for border posts will grow.",
        names: &[],
        lang: Lang::En,
    },
    // 3
    Fixture {
        title: "Police conference opens in Lyon",
        body: "Delegates from 40 countries discussed cooperation, cooperation mechanisms and further cooperation on wanted criminals.",
        names: &["Interpol"],
        lang: Lang::En,
    },
    // 4
    Fixture {
        title: "Tổ công tác đến Lâm Đồng",
        body: "Tổ công tác của Công an tỉnh Lâm Đồng kiểm tra an ninh trật tự tại các xã.",
        names: &[],
        lang: Lang::Vi,
    },
    // 5
    Fixture {
        title: "Vietnam, France discuss migration",
        body: "French Interior Minister Gérald Darmanin received the Vietnamese delegation in Paris to discuss illegal migration.",
        names: &[],
        lang: Lang::En,
    },
    // 6
    Fixture {
        title: "Darmanin welcomes Vietnamese police officers",
        body: "The French minister received officers from Hanoi to talk about training.",
        names: &[],
        lang: Lang::En,
    },
    // 7
    Fixture {
        title: "Cambodia and Vietnam sign extradition treaty",
        body: "The ministers of Cambodia and Vietnam signed a treaty on extradition and a memorandum of understanding on human trafficking prevention. Deputy Minister Nguyen Van Long attended.",
        names: &["Nguyen Van Long"],
        lang: Lang::En,
    },
    // 8
    Fixture {
        title: "Police chiefs meet in Manila",
        body: "Officers from ten countries discussed Interpol notices and border control.",
        names: &[],
        lang: Lang::En,
    },
];

fn docs() -> Vec<IndexDoc> {
    DOCS.iter()
        .map(|f| IndexDoc {
            title: f.title.to_string(),
            body: f.body.to_string(),
            names: f.names.iter().map(|n| n.to_string()).collect(),
            lang: f.lang,
        })
        .collect()
}

fn index() -> SearchIndex {
    SearchIndex::build(&docs())
}

fn all(_: u32) -> bool {
    true
}

/// The documents a query finds, best first (empty when the query does not parse).
fn found(index: &SearchIndex, query: &str) -> Vec<u32> {
    match Query::parse(query) {
        Ok(q) => index.search(&q, &all, 100).iter().map(|h| h.doc).collect(),
        Err(_) => Vec::new(),
    }
}

fn sorted(mut v: Vec<u32>) -> Vec<u32> {
    v.sort_unstable();
    v
}

/// A query and the set of documents it must find (order ignored).
struct SetCase {
    name: &'static str,
    query: &'static str,
    want: &'static [u32],
}

fn check_sets(cases: &[SetCase]) {
    let index = index();
    for case in cases {
        assert_eq!(
            sorted(found(&index, case.query)),
            case.want,
            "{}: {:?}",
            case.name,
            case.query
        );
    }
}

#[test]
fn folding_finds_the_same_articles() {
    check_sets(&[
        SetCase {
            name: "plain",
            query: "to lam ",
            want: &[0, 1, 4],
        },
        SetCase {
            name: "diacritics",
            query: "Tô Lâm ",
            want: &[0, 1, 4],
        },
        SetCase {
            name: "upper case",
            query: "TÔ LÂM ",
            want: &[0, 1, 4],
        },
        SetCase {
            name: "nfd",
            query: "To\u{0302} La\u{0302}m ",
            want: &[0, 1, 4],
        },
        SetCase {
            name: "đ folds to d",
            query: "lam dong ",
            want: &[4],
        },
        SetCase {
            name: "exact đ",
            query: "Lâm Đồng ",
            want: &[4],
        },
        SetCase {
            name: "vietnamese phrase typed without marks",
            query: "toi pham ma tuy ",
            want: &[1],
        },
    ]);
}

/// A query and documents that must come in this relative order among its results.
struct OrderCase {
    name: &'static str,
    query: &'static str,
    before: u32,
    after: u32,
}

const ORDERS: &[OrderCase] = &[
    OrderCase {
        name: "title match above body match",
        query: "darmanin ",
        before: 6,
        after: 5,
    },
    OrderCase {
        name: "exact diacritics above folded match",
        query: "Tô Lâm ",
        before: 1,
        after: 4,
    },
    OrderCase {
        name: "exact diacritics above plain spelling",
        query: "Tô Lâm ",
        before: 1,
        after: 0,
    },
    OrderCase {
        name: "the other diacritics win when typed",
        query: "Tổ ",
        before: 4,
        after: 0,
    },
    OrderCase {
        name: "names field above a body-only mention",
        query: "interpol ",
        before: 3,
        after: 8,
    },
    OrderCase {
        name: "words side by side above words apart",
        query: "human trafficking ",
        before: 0,
        after: 2,
    },
    OrderCase {
        name: "a name side by side above its words apart, though they are in the title",
        query: "to lam ",
        before: 0,
        after: 4,
    },
];

#[test]
fn ranking_order() {
    let index = index();
    for case in ORDERS {
        let got = found(&index, case.query);
        let pos = |d: u32| got.iter().position(|&x| x == d);
        match (pos(case.before), pos(case.after)) {
            (Some(b), Some(a)) => assert!(b < a, "{}: {:?} gave {got:?}", case.name, case.query),
            (Some(_), None) => {}
            _ => panic!("{}: {:?} gave {got:?}, missing {}", case.name, case.query, case.before),
        }
    }
}

#[test]
fn prefix_matching_while_typing() {
    check_sets(&[
        SetCase {
            name: "completion of the last word",
            query: "cyberc",
            want: &[0],
        },
        SetCase {
            name: "a finished word does not complete",
            query: "cyberc ",
            want: &[],
        },
        SetCase {
            name: "only the last word completes",
            query: "traff human",
            want: &[],
        },
        SetCase {
            name: "vietnamese completion without marks",
            query: "canh s",
            want: &[1],
        },
        SetCase {
            name: "completion inside an unclosed phrase",
            query: "\"human traff",
            want: &[0, 7],
        },
    ]);
}

#[test]
fn typo_tolerance() {
    check_sets(&[
        SetCase {
            name: "deletion",
            query: "cybercrme ",
            want: &[0],
        },
        SetCase {
            name: "substitution",
            query: "darmanim ",
            want: &[5, 6],
        },
        SetCase {
            name: "transposition",
            query: "extradtiion ",
            want: &[7],
        },
        SetCase {
            name: "insertion",
            query: "interrpol ",
            want: &[3, 8],
        },
        SetCase {
            name: "two edits are too many",
            query: "darmnaim ",
            want: &[],
        },
        SetCase {
            name: "short words are not fuzzed",
            query: "laso ",
            want: &[],
        },
        SetCase {
            name: "quoted words are not fuzzed",
            query: "\"darmanim\"",
            want: &[],
        },
    ]);
}

#[test]
fn phrases_need_adjacent_words() {
    check_sets(&[
        SetCase {
            name: "english phrase",
            query: "\"human trafficking\"",
            want: &[0, 7],
        },
        SetCase {
            name: "words apart do not match",
            query: "\"trafficking human\"",
            want: &[],
        },
        SetCase {
            name: "both words anywhere",
            query: "human trafficking ",
            want: &[0, 2, 7],
        },
        SetCase {
            name: "vietnamese phrase with marks",
            query: "\"Bộ Công an\"",
            want: &[1],
        },
        SetCase {
            name: "vietnamese phrase without marks",
            query: "\"bo cong an\"",
            want: &[1],
        },
        SetCase {
            name: "a phrase does not span title and body",
            query: "\"trafficking police\"",
            want: &[],
        },
        SetCase {
            name: "a hyphenated word is a phrase",
            query: "public-security ",
            want: &[0],
        },
    ]);
}

#[test]
fn exclusions() {
    check_sets(&[
        SetCase {
            name: "exclude a word",
            query: "trafficking -drug ",
            want: &[0, 7],
        },
        SetCase {
            name: "exclude folded",
            query: "vietnam -Tô ",
            want: &[2, 7],
        },
        SetCase {
            name: "exclude a phrase",
            query: "trafficking -\"human trafficking\" ",
            want: &[2],
        },
        SetCase {
            name: "excluding a missing word changes nothing",
            query: "darmanin -zzzz ",
            want: &[5, 6],
        },
    ]);
}

#[test]
fn filter_closure_is_applied() {
    let index = index();
    let q = Query::parse("vietnam ").unwrap();
    let even = |d: u32| d.is_multiple_of(2);
    let hits = index.search(&q, &even, 100);
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h.doc.is_multiple_of(2)), "{hits:?}");
    let cong_an = Query::parse("cong an ").unwrap();
    let en_only = |d: u32| index.lang(d) == Some(Lang::En);
    let vi_only = |d: u32| index.lang(d) == Some(Lang::Vi);
    let docs = |f: &dyn Fn(u32) -> bool| index.search(&cong_an, f, 10).iter().map(|h| h.doc).collect::<Vec<_>>();
    assert_eq!(sorted(docs(&all)), [1, 4]);
    assert_eq!(sorted(docs(&vi_only)), [1, 4]);
    assert_eq!(docs(&en_only), Vec::<u32>::new());
    let none = |_: u32| false;
    assert!(index.search(&q, &none, 10).is_empty());
}

#[test]
fn limit_keeps_the_best() {
    let index = index();
    let q = Query::parse("vietnam ").unwrap();
    let all_hits = index.search(&q, &all, 100);
    let top2 = index.search(&q, &all, 2);
    assert_eq!(top2.len(), 2);
    assert_eq!(top2, all_hits[..2].to_vec());
    assert!(index.search(&q, &all, 0).is_empty());
    assert!(all_hits.windows(2).all(|w| w[0].score >= w[1].score));
}

/// A query, the document to look at, and its snippet with highlights in brackets.
struct SnippetCase {
    name: &'static str,
    query: &'static str,
    doc: u32,
    want: &'static str,
}

const SNIPPETS: &[SnippetCase] = &[
    SnippetCase {
        name: "folded query highlights the diacritic name",
        query: "to lam",
        doc: 1,
        want: "Đại tướng [Tô Lâm], Bộ trưởng Bộ Công an, đã tiếp đoàn Cảnh sát quốc gia Hàn Quốc.",
    },
    SnippetCase {
        name: "best sentence, not the first",
        query: "human trafficking ",
        doc: 0,
        want: "The two sides agreed to fight [human trafficking] and cybercrime together.",
    },
    SnippetCase {
        name: "typo highlights the real word",
        query: "cybercrme ",
        doc: 0,
        want: "The two sides agreed to fight human trafficking and [cybercrime] together.",
    },
    SnippetCase {
        name: "prefix highlights the completion",
        query: "heroi",
        doc: 2,
        want: "Police of the two countries seized [heroin] at the border.",
    },
];

fn marked(parts: &[counterparts::search::SnippetPart]) -> String {
    parts
        .iter()
        .map(|p| {
            if p.highlighted {
                format!("[{}]", p.text)
            } else {
                p.text.clone()
            }
        })
        .collect()
}

#[test]
fn snippets_highlight_matches() {
    let index = index();
    for case in SNIPPETS {
        let q = Query::parse(case.query).unwrap();
        let hits = index.search(&q, &all, 100);
        let hit = hits
            .iter()
            .find(|h| h.doc == case.doc)
            .unwrap_or_else(|| panic!("{}: no hit", case.name));
        assert_eq!(marked(&hit.snippet.parts), case.want, "{}", case.name);
    }
}

#[test]
fn snippets_on_demand_equal_those_of_search() {
    let index = index();
    for case in SNIPPETS {
        let q = Query::parse(case.query).unwrap();
        let bare = index.search_with_bodies(&q, &all, 100, &|_| None);
        let full = index.search(&q, &all, 100);
        assert_eq!(
            bare.iter().map(|h| h.doc).collect::<Vec<_>>(),
            full.iter().map(|h| h.doc).collect::<Vec<_>>()
        );
        for hit in &full {
            assert_eq!(
                index.snippet(&q, DOCS[hit.doc as usize].body),
                hit.snippet,
                "{}",
                case.name
            );
        }
    }
}

#[test]
fn a_ranking_highlights_like_search_and_the_on_demand_calls() {
    let index = index();
    for case in SNIPPETS {
        let q = Query::parse(case.query).unwrap();
        let ranking = index.try_rank(&q, &all, 100).unwrap();
        let full = index.search(&q, &all, 100);
        let ranked: Vec<(u32, f32)> = full.iter().map(|h| (h.doc, h.score)).collect();
        assert_eq!(ranking.hits, ranked, "{}", case.name);
        for hit in &full {
            let doc = &DOCS[hit.doc as usize];
            assert_eq!(ranking.snippet(doc.body), hit.snippet, "{}", case.name);
            assert_eq!(
                ranking.highlight(doc.title),
                index.highlight(&q, doc.title),
                "{}",
                case.name
            );
        }
    }
}

/// Proximity is added to the leading candidates only, batch by batch, until
/// no candidate left can reach the best `limit` even with the whole bonus: so
/// every limit must give exactly the head of the full ranking (every
/// candidate re-scored), down to the score bits.
#[test]
fn any_limit_gives_the_head_of_the_full_ranking() {
    let docs = synthetic_docs(1500);
    let index = SearchIndex::build(&docs);
    let mut queries: Vec<&str> = counterparts::synth::QUERIES.to_vec();
    queries.extend([
        "police cooperation ",
        "ministry public security ",
        "minister of ",
        "vietnam singapore police ",
    ]);
    let mut compared = 0;
    for q in queries {
        let parsed = Query::parse(q).unwrap();
        let whole = index.try_rank(&parsed, &all, docs.len()).unwrap().hits;
        let mut every: Vec<u32> = whole.iter().map(|&(d, _)| d).collect();
        every.sort_unstable();
        let bits = |v: &[(u32, f32)]| v.iter().map(|&(d, s)| (d, s.to_bits())).collect::<Vec<_>>();
        for limit in [1, 5, 20, 33, 100] {
            let head = index.try_rank(&parsed, &all, limit).unwrap().hits;
            let want = &whole[..limit.min(whole.len())];
            assert_eq!(bits(&head), bits(want), "{q:?} limit {limit}");
            compared += 1;
        }
        // With the matches: the same head, and every match, in document order.
        for limit in [0, 1, 20, docs.len()] {
            let (ranking, matches) = index.try_rank_with_matches(&parsed, &all, limit).unwrap();
            assert_eq!(
                bits(&ranking.hits),
                bits(&whole[..limit.min(whole.len())]),
                "{q:?} limit {limit}"
            );
            assert_eq!(matches, every, "{q:?} limit {limit}");
        }
    }
    assert_eq!(compared, 28 * 5);
}

#[test]
fn titles_can_be_highlighted() {
    let index = index();
    let q = Query::parse("bo cong an").unwrap();
    let got = index.highlight(&q, DOCS[1].title);
    assert_eq!(marked(&got.parts), "[Bộ Công an] tiếp đoàn Cảnh sát Hàn Quốc");
}

#[test]
fn empty_and_garbage_queries() {
    let rows: &[(&str, Result<(), QueryError>)] = &[
        ("", Err(QueryError::Empty)),
        ("   ", Err(QueryError::Empty)),
        ("!!! ??? ...", Err(QueryError::Empty)),
        ("-drug", Err(QueryError::OnlyExclusions)),
        ("\"", Err(QueryError::Empty)),
        ("\"human", Ok(())),
        ("🌞 ꦯ 🐈", Ok(())),
    ];
    let index = index();
    for (input, want) in rows {
        let got = Query::parse(input).map(|q| {
            let _ = index.search(&q, &all, 10);
        });
        assert_eq!(&got, want, "{input:?}");
    }
    assert!(index.search(&Query::default(), &all, 10).is_empty());
    let junk: String = (0..10_000).map(|i| char::from(b'!' + (i % 90) as u8)).collect();
    if let Ok(q) = Query::parse(&junk) {
        let _ = index.search(&q, &all, 10);
    }
    assert!(SearchIndex::new()
        .search(&Query::parse("x").unwrap(), &all, 10)
        .is_empty());
}

#[test]
fn adding_later_equals_building_at_once() {
    let docs = docs();
    let (first, rest) = docs.split_at(3);
    let mut grown = SearchIndex::build(first);
    let bytes = postcard::to_allocvec(&grown).unwrap();
    let mut loaded: SearchIndex = postcard::from_bytes(&bytes).unwrap();
    // The one-typo table built now must give way to one with the added terms
    // ("darmanim " needs "darmanin", first seen in the added documents).
    grown.prepare();
    loaded.prepare();
    for d in rest {
        grown.add(d);
        loaded.add(d);
    }
    let whole = index();
    for q in [
        "to lam",
        "Tô Lâm ",
        "\"human trafficking\"",
        "darmanim ",
        "vietnam -drug",
        "cyberc",
        "interpol",
    ] {
        let q = Query::parse(q).unwrap();
        let want = whole.search(&q, &all, 10);
        assert_eq!(grown.search(&q, &all, 10), want, "{q:?}");
        assert_eq!(loaded.search(&q, &all, 10), want, "{q:?}");
    }
}

#[test]
fn dropped_texts_come_from_the_app() {
    let docs = docs();
    let mut index = SearchIndex::build(&docs);
    let full = postcard::to_allocvec(&index).unwrap().len();
    index.drop_texts();
    let slim = postcard::to_allocvec(&index).unwrap().len();
    let text: usize = docs.iter().map(|d| d.title.len() + d.body.len()).sum();
    assert!(slim + text <= full, "{slim} + {text} vs {full}");
    let q = Query::parse("to lam").unwrap();
    assert!(index.search(&q, &all, 10).iter().all(|h| h.snippet.is_empty()));
    let body = |d: u32| docs.get(d as usize).map(|x| x.body.as_str());
    let hits = index.search_with_bodies(&q, &all, 10, &body);
    let full_hits = SearchIndex::build(&docs).search(&q, &all, 10);
    assert_eq!(hits, full_hits);
    // Documents added afterwards keep their texts and numbering.
    let extra = IndexDoc {
        title: "Lào".into(),
        body: "Tô Lâm thăm Lào.".into(),
        names: vec![],
        lang: Lang::Vi,
    };
    let n = index.add(&extra);
    assert_eq!(n as usize, docs.len());
    assert_eq!(index.text(n), Some(("Lào", "Tô Lâm thăm Lào.")));
    assert_eq!(index.text(0), Some(("", "")));
}

/// The index proper (without the stored texts) is smaller than the text it indexes.
#[test]
fn serialised_index_is_smaller_than_the_text() {
    let docs = synthetic_docs(300);
    let raw: usize = docs.iter().map(|d| d.title.len() + d.body.len()).sum();
    let bytes = postcard::to_allocvec(&SearchIndex::build(&docs)).unwrap();
    let texts: Vec<(&str, &str)> = docs.iter().map(|d| (d.title.as_str(), d.body.as_str())).collect();
    let index_only = bytes.len() - postcard::to_allocvec(&texts).unwrap().len();
    assert!(index_only < raw, "index {index_only} bytes vs text {raw}");
}

#[test]
fn damaged_index_bytes_are_an_error_not_a_panic() {
    let bytes = postcard::to_allocvec(&index()).unwrap();
    for cut in [0, 1, 10, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            postcard::from_bytes::<SearchIndex>(&bytes[..cut]).is_err(),
            "cut at {cut}"
        );
    }
}

/// Regression: the seed articles, through the pipeline, find their people by name with or without marks.
#[test]
fn seed_corpus_finds_its_people() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let records: Vec<_> = files
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_str().unwrap().to_string();
            counterparts::pipeline::process(&name, &std::fs::read(p).unwrap()).unwrap()
        })
        .collect();
    let docs: Vec<IndexDoc> = records.iter().map(IndexDoc::from_record).collect();
    let index = SearchIndex::build(&docs);
    let file_of = |d: u32| records[d as usize].article.file.clone();
    let rows: &[(&str, &str)] = &[
        ("darmanin ", "002_8394bbce6724e067.txt"),
        ("Lương Tam Quang ", "003_17fa29c206418ba5.txt"),
        ("luong tam quang ", "003_17fa29c206418ba5.txt"),
        ("\"Aubeck Kam\"", "000_2eb8f48eb3c8e0c6.txt"),
        ("He Rong ", "004_ca2c0e4932d0df0b.txt"),
        ("zhao kezhi ", "001_45c73304fdcf255d.txt"),
    ];
    for (query, file) in rows {
        let got: Vec<String> = found(&index, query).into_iter().map(file_of).collect();
        assert_eq!(got.first().map(String::as_str), Some(*file), "{query:?} gave {got:?}");
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn words() -> impl Strategy<Value = String> {
        proptest::sample::select(vec![
            "to",
            "lam",
            "tô",
            "lâm",
            "human",
            "trafficking",
            "cyber",
            "crime",
            "cybercrime",
            "vietnam",
            "bộ",
            "công",
            "an",
            "police",
            "interpol",
            "darmanin",
            "-drug",
            "\"human",
            "trafficking\"",
            "-\"bo",
            "cong\"",
            "xyz",
        ])
        .prop_map(str::to_string)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn search_never_panics(q in "\\PC{0,80}") {
            let index = index();
            if let Ok(q) = Query::parse(&q) {
                for h in index.search(&q, &all, 5) {
                    prop_assert!((h.doc as usize) < DOCS.len());
                    prop_assert!(h.score.is_finite());
                }
            }
        }

        #[test]
        fn every_hit_passes_the_filter(q in proptest::collection::vec(words(), 1..5), m in 1u32..4, r in 0u32..4) {
            let index = index();
            if let Ok(q) = Query::parse(&q.join(" ")) {
                let filter = |d: u32| d % m == r % m;
                for h in index.search(&q, &filter, 10) {
                    prop_assert!(filter(h.doc));
                }
            }
        }

        #[test]
        fn serialised_index_gives_identical_results(q in proptest::collection::vec(words(), 1..5)) {
            let index = index();
            let bytes = postcard::to_allocvec(&index).unwrap();
            let loaded: SearchIndex = postcard::from_bytes(&bytes).unwrap();
            if let Ok(q) = Query::parse(&q.join(" ")) {
                prop_assert_eq!(index.search(&q, &all, 10), loaded.search(&q, &all, 10));
            }
        }
    }
}

#[test]
fn generate_cli_is_deterministic() {
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_counterparts"))
            .args(["generate", "--seed", "11", "--count", "40", "--json"])
            .output()
            .unwrap()
    };
    let (a, b) = (run(), run());
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    assert_eq!(a.stdout, b.stdout);
    let docs: Vec<serde_json::Value> = serde_json::from_slice(&a.stdout).unwrap();
    assert_eq!(docs.len(), 40);
    for d in &docs {
        for key in ["id", "title", "body", "lang"] {
            assert!(
                d.get(key).and_then(|v| v.as_str()).is_some_and(|s| !s.is_empty()),
                "{key} in {d}"
            );
        }
    }
}

/// Every benchmark query finds something in a synthetic corpus (so the timings measure real work).
#[test]
fn benchmark_queries_find_synthetic_articles() {
    let docs = synthetic_docs(400);
    let index = SearchIndex::build(&docs);
    for q in counterparts::synth::QUERIES {
        let parsed = Query::parse(q).unwrap();
        assert!(!index.search(&parsed, &all, 10).is_empty(), "{q:?} finds nothing");
    }
}

/// Synthetic articles through the pipeline, as the app would index them.
fn synthetic_docs(n: usize) -> Vec<IndexDoc> {
    synthetic_records(n).iter().map(IndexDoc::from_record).collect()
}

/// `n` synthetic articles (seed 1) through the pipeline.
fn synthetic_records(n: usize) -> Vec<counterparts::bundle::Record> {
    counterparts::synth::generate(1, n)
        .iter()
        .filter_map(|(name, text)| counterparts::pipeline::process(name, text.as_bytes()).ok())
        .collect()
}

/// The sizes a benchmark runs at: `BENCH_SIZES` (comma-separated), else `default`.
fn bench_sizes(default: &str) -> Vec<usize> {
    std::env::var("BENCH_SIZES")
        .unwrap_or_else(|_| default.into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

/// Percentile of sorted durations in milliseconds.
fn percentile(sorted_ms: &[f64], p: f64) -> f64 {
    if sorted_ms.is_empty() {
        return 0.0;
    }
    let i = ((sorted_ms.len() - 1) as f64 * p).round() as usize;
    sorted_ms[i.min(sorted_ms.len() - 1)]
}

/// Native scale figures: build time, size against raw text, load time, memory,
/// and query latency at 1,000 / 10,000 / 50,000 synthetic articles.
/// Run with optimisations: `cargo test --release --test search -- --ignored --nocapture bench`
/// (`BENCH_SIZES=1000,10000` to choose sizes).
#[test]
#[ignore]
fn bench_search_scaling() {
    use std::time::Instant;
    let sizes = bench_sizes("1000,10000,50000");
    println!(
        "| articles | raw text MB | build ms | index MB (no texts) | index+texts MB | load ms | heap MB | terms | query p50 ms | p95 ms | max ms | no-snippet p50 ms | p95 ms | keystroke p50 ms | p95 ms |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for n in sizes {
        let docs = synthetic_docs(n);
        let raw: usize = docs.iter().map(|d| d.title.len() + d.body.len()).sum();
        let t = Instant::now();
        let index = SearchIndex::build(&docs);
        let build_ms = t.elapsed().as_secs_f64() * 1e3;
        let bytes = postcard::to_allocvec(&index).unwrap();
        let mut slim = index.clone();
        slim.drop_texts();
        let slim_bytes = postcard::to_allocvec(&slim).unwrap().len();
        let t = Instant::now();
        let loaded: SearchIndex = postcard::from_bytes(&bytes).unwrap();
        let load_ms = t.elapsed().as_secs_f64() * 1e3;
        let stats = loaded.stats();
        let mut times = Vec::new();
        let mut bare = Vec::new();
        let mut keys = Vec::new();
        for round in 0..7 {
            for q in counterparts::synth::QUERIES {
                let t = Instant::now();
                if let Ok(parsed) = Query::parse(q) {
                    std::hint::black_box(loaded.search(&parsed, &all, 20));
                }
                if round > 1 {
                    times.push(t.elapsed().as_secs_f64() * 1e3);
                }
                // The same without snippets (no bodies given), to show their share.
                let t = Instant::now();
                if let Ok(parsed) = Query::parse(q) {
                    std::hint::black_box(loaded.search_with_bodies(&parsed, &all, 20, &|_| None));
                }
                if round > 1 {
                    bare.push(t.elapsed().as_secs_f64() * 1e3);
                }
            }
        }
        bare.sort_by(f64::total_cmp);
        for q in counterparts::synth::QUERIES {
            for (end, _) in q.char_indices().skip(1) {
                let t = Instant::now();
                if let Ok(parsed) = Query::parse(&q[..end]) {
                    std::hint::black_box(loaded.search(&parsed, &all, 20));
                }
                keys.push(t.elapsed().as_secs_f64() * 1e3);
            }
        }
        times.sort_by(f64::total_cmp);
        keys.sort_by(f64::total_cmp);
        let mb = |b: usize| b as f64 / 1_048_576.0;
        println!(
            "| {n} | {:.1} | {build_ms:.0} | {:.1} ({:.0}% of raw) | {:.1} | {load_ms:.0} | {:.1} | {} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} |",
            mb(raw),
            mb(slim_bytes),
            100.0 * slim_bytes as f64 / raw as f64,
            mb(bytes.len()),
            mb(stats.heap_bytes),
            stats.terms,
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            times.last().copied().unwrap_or(0.0),
            percentile(&bare, 0.5),
            percentile(&bare, 0.95),
            percentile(&keys, 0.5),
            percentile(&keys, 0.95),
        );
        // Per-query detail at the largest size helps find slow cases.
        if std::env::var("BENCH_DETAIL").is_ok() {
            for q in counterparts::synth::QUERIES {
                let parsed = Query::parse(q).unwrap();
                let t = Instant::now();
                let hits = loaded.search(&parsed, &all, 20);
                println!(
                    "  {:>8.2} ms  {:>3} hits  {q:?}",
                    t.elapsed().as_secs_f64() * 1e3,
                    hits.len()
                );
            }
        }
    }
}

/// Synthetic documents for `n` articles, cached under the target directory
/// (generating 50,000 through the pipeline takes longer than indexing them).
fn cached_synthetic_docs(n: usize) -> Vec<IndexDoc> {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("search-docs-{n}.bin"));
    if let Some(docs) = std::fs::read(&path)
        .ok()
        .and_then(|b| postcard::from_bytes::<Vec<IndexDoc>>(&b).ok())
    {
        return docs;
    }
    let docs = synthetic_docs(n);
    if let Ok(bytes) = postcard::to_allocvec(&docs) {
        let _ = std::fs::write(&path, bytes);
    }
    docs
}

/// The median of `reps` timings (ms) of `f`, after one warm-up call (none when `reps` is 0).
fn median_ms(reps: usize, mut f: impl FnMut()) -> f64 {
    use std::time::Instant;
    if reps == 0 {
        return 0.0;
    }
    f();
    let mut t: Vec<f64> = (0..reps)
        .map(|_| {
            let s = Instant::now();
            f();
            s.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    t.sort_by(f64::total_cmp);
    percentile(&t, 0.5)
}

/// Per-query latency, as the browser benchmark takes it (each query's time is
/// the median of its runs; p50/p95 over the queries), ranking only and with
/// snippets, for the fixed queries and for every keystroke of them. With
/// `BENCH_OUT=file`, every result (ids, scores, snippets; all queries and
/// keystrokes; no filter and an every-third-document filter) is written there,
/// so two builds can be compared for identical results.
/// Run: `BENCH_SIZES=1000,10000 cargo test --release --test search -- --ignored --nocapture bench_query_detail`
#[test]
#[ignore]
fn bench_query_detail() {
    use std::fmt::Write as _;
    let sizes = bench_sizes("1000,10000,50000");
    let reps: usize = std::env::var("BENCH_REPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(31);
    let mut dump = String::new();
    for n in sizes {
        // BENCH_INDEX_TAG=name caches the built index too (for profiling under
        // valgrind); change the tag whenever the index layout changes.
        let cache = std::env::var("BENCH_INDEX_TAG")
            .ok()
            .map(|tag| std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("search-index-{tag}-{n}.bin")));
        let cached = cache.as_ref().and_then(|p| std::fs::read(p).ok());
        let bytes = match cached {
            Some(bytes) => bytes,
            None => {
                let docs = cached_synthetic_docs(n);
                let index = SearchIndex::build(&docs);
                let bytes = postcard::to_allocvec(&index).unwrap();
                if let Some(p) = &cache {
                    std::fs::write(p, &bytes).unwrap();
                }
                bytes
            }
        };
        let index: SearchIndex = postcard::from_bytes(&bytes).unwrap();
        let mut slim = index.clone();
        slim.drop_texts();
        let slim_bytes = postcard::to_allocvec(&slim).unwrap().len();
        println!(
            "## {n} articles: index {} bytes, without texts {slim_bytes}",
            bytes.len()
        );
        // BENCH_ONLY=3,7 times only those queries (indices into synth::QUERIES), for profiling.
        let only: Option<Vec<usize>> = std::env::var("BENCH_ONLY")
            .ok()
            .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect());
        let queries: Vec<&str> = counterparts::synth::QUERIES
            .iter()
            .enumerate()
            .filter(|(i, _)| only.as_ref().is_none_or(|o| o.contains(i)))
            .map(|(_, q)| *q)
            .collect();
        // BENCH_PARTS=rank,snip,keys chooses what is timed (all three by default).
        let parts = std::env::var("BENCH_PARTS").unwrap_or_else(|_| "rank,snip,keys".into());
        let part = |name: &str| parts.split(',').any(|p| p == name);
        println!("| query | rank ms | +snippets ms |");
        println!("|---|---:|---:|");
        let (mut rank, mut snip) = (Vec::new(), Vec::new());
        for q in queries.iter().filter(|_| part("rank") || part("snip")) {
            let r = median_ms(if part("rank") { reps } else { 0 }, || {
                if let Ok(p) = Query::parse(q) {
                    let _ = std::hint::black_box(index.try_rank(&p, &all, 20).map(|r| r.hits));
                }
            });
            let s = median_ms(if part("snip") { reps } else { 0 }, || {
                if let Ok(p) = Query::parse(q) {
                    std::hint::black_box(index.search(&p, &all, 20));
                }
            });
            println!("| {q:?} | {r:.4} | {s:.4} |");
            rank.push(r);
            snip.push(s);
        }
        let mut keys = Vec::new();
        for q in queries.iter().filter(|_| part("keys")) {
            for (end, _) in q.char_indices().skip(1) {
                keys.push(median_ms(reps.div_ceil(4), || {
                    if let Ok(p) = Query::parse(&q[..end]) {
                        let _ = std::hint::black_box(index.try_rank(&p, &all, 20).map(|r| r.hits));
                    }
                }));
            }
        }
        for v in [&mut rank, &mut snip, &mut keys] {
            v.sort_by(f64::total_cmp);
        }
        println!(
            "{n}: rank p50 {:.4} p95 {:.4} | +snippets p50 {:.4} p95 {:.4} | keystrokes ({}) p50 {:.4} p95 {:.4}",
            percentile(&rank, 0.5),
            percentile(&rank, 0.95),
            percentile(&snip, 0.5),
            percentile(&snip, 0.95),
            keys.len(),
            percentile(&keys, 0.5),
            percentile(&keys, 0.95),
        );
        if std::env::var("BENCH_OUT").is_ok() {
            let third = |d: u32| d % 3 == 1;
            for q in &queries {
                for (end, _) in q.char_indices().skip(1).chain([(q.len(), ' ')]) {
                    let Ok(p) = Query::parse(&q[..end]) else { continue };
                    for (name, filter) in [("all", &all as &dyn Fn(u32) -> bool), ("third", &third)] {
                        let _ = write!(dump, "{n} {name} {:?}:", &q[..end]);
                        for h in index.search(&p, filter, 20) {
                            let _ = write!(dump, " {}={:.3}", h.doc, h.score);
                            if end == q.len() {
                                let _ = write!(dump, "[{}]", marked(&h.snippet.parts));
                            }
                        }
                        dump.push('\n');
                    }
                }
            }
        }
    }
    if let Ok(path) = std::env::var("BENCH_OUT") {
        std::fs::write(path, dump).unwrap();
    }
}

// ---- Shards: a split index fetched in parts answers exactly like the whole one ----

use counterparts::search::ShardError;

/// Synthetic queries plus typos, prefixes, phrases and exclusions of every kind.
fn shard_queries() -> Vec<&'static str> {
    let mut q: Vec<&'static str> = counterparts::synth::QUERIES.to_vec();
    q.extend([
        "t",
        "co",
        "singapor",
        "polce cooperation ",
        "\"ma túy\" -singapore ",
        "-\"human trafficking\" police ",
        "vietnam -laos -france ",
        "securty ministry ",
        "zzqqxx ",
        "police zzqqxx ",
        "police -zzqqxx ",
    ]);
    q
}

/// The index passed through its serialised form, as the app receives it.
fn reloaded(index: &SearchIndex) -> SearchIndex {
    postcard::from_bytes(&postcard::to_allocvec(index).unwrap()).unwrap()
}

/// A whole index and its split form (main through serde, shards as files).
fn split_corpus(n: usize, shard_bytes: usize) -> (SearchIndex, SearchIndex, Vec<Vec<u8>>) {
    let whole = SearchIndex::build(&synthetic_docs(n));
    let (main, shards) = whole.split(shard_bytes).unwrap();
    (whole, reloaded(&main), shards)
}

fn try_found(
    index: &SearchIndex,
    q: &str,
    filter: &dyn Fn(u32) -> bool,
) -> Result<Vec<counterparts::search::Hit>, QueryError> {
    index.try_search(&Query::parse(q).unwrap(), filter, 20)
}

#[test]
fn a_split_index_with_every_shard_answers_like_the_whole_one() {
    let (whole, mut split, shards) = split_corpus(300, 20_000);
    assert!(shards.len() >= 4, "{} shards", shards.len());
    assert_eq!(split.shard_count(), shards.len());
    assert_eq!(split.missing_shards(), (0..shards.len() as u16).collect::<Vec<_>>());
    // Load in a scrambled order: the order does not matter.
    let mut order: Vec<usize> = (0..shards.len()).collect();
    order.reverse();
    order.swap(0, shards.len() / 2);
    for k in order {
        split.add_shard(k, &shards[k]).unwrap();
    }
    assert!(split.missing_shards().is_empty());
    split.add_shard(0, &shards[0]).unwrap();
    let every_third = |d: u32| !d.is_multiple_of(3);
    for q in shard_queries() {
        for filter in [&all as &dyn Fn(u32) -> bool, &every_third] {
            let want = try_found(&whole, q, filter).unwrap();
            assert_eq!(try_found(&split, q, filter), Ok(want.clone()), "{q:?}");
            assert_eq!(split.search(&Query::parse(q).unwrap(), filter, 20), want, "{q:?}");
        }
    }
}

#[test]
fn missing_shards_are_named_exactly_and_nothing_partial_is_returned() {
    let (whole, empty, shards) = split_corpus(300, 20_000);
    let n = shards.len();
    let with = |loaded: &dyn Fn(usize) -> bool| {
        let mut index = empty.clone();
        for k in (0..n).filter(|&k| loaded(k)) {
            index.add_shard(k, &shards[k]).unwrap();
        }
        index
    };
    // One index per shard left out, built once.
    let all_but: Vec<SearchIndex> = (0..n).map(|k| with(&|j| j != k)).collect();
    let mut needed_some = 0;
    for q in shard_queries() {
        let want = try_found(&whole, q, &all).unwrap();
        let need = match try_found(&empty, q, &all) {
            Err(QueryError::NeedShards(need)) => need,
            Ok(hits) => {
                assert!(hits.is_empty(), "{q:?}: results with no shard loaded");
                assert!(want.is_empty(), "{q:?}");
                Vec::new()
            }
            Err(e) => panic!("{q:?}: {e:?}"),
        };
        assert!(need.windows(2).all(|w| w[0] < w[1]), "{q:?}: {need:?}");
        needed_some += usize::from(!need.is_empty() && need.len() < n);
        // Sufficient: those shards alone give the whole index's answer.
        let only = with(&|k| need.contains(&(k as u16)));
        assert_eq!(try_found(&only, q, &all), Ok(want.clone()), "{q:?} with {need:?}");
        // Necessary: leaving out any one of them asks for it, and for nothing else.
        for (k, index) in all_but.iter().enumerate() {
            let got = try_found(index, q, &all);
            if need.contains(&(k as u16)) {
                assert_eq!(got, Err(QueryError::NeedShards(vec![k as u16])), "{q:?} without {k}");
            } else {
                assert_eq!(got, Ok(want.clone()), "{q:?} without {k}");
            }
        }
    }
    assert!(needed_some > 5, "most queries need only some shards");
}

#[test]
fn damaged_or_foreign_shards_are_refused() {
    let (whole, split, shards) = split_corpus(200, 20_000);
    let (_, _, other) = {
        let docs: Vec<IndexDoc> = synthetic_docs(201);
        let whole = SearchIndex::build(&docs);
        let (m, s) = whole.split(20_000).unwrap();
        (whole, m, s)
    };
    let good = &shards[1];
    let mut flipped = good.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x55;
    let mut version = good.clone();
    version[4] = 9;
    let mut renumbered = good.clone();
    renumbered[6] = 0;
    let rows: Vec<(&str, usize, Vec<u8>, ShardError)> = vec![
        (
            "truncated",
            1,
            good[..good.len() - 5].to_vec(),
            ShardError::Truncated {
                expected: good.len(),
                found: good.len() - 5,
            },
        ),
        (
            "tiny",
            1,
            b"CPS".to_vec(),
            ShardError::Truncated { expected: 36, found: 3 },
        ),
        ("empty", 1, Vec::new(), ShardError::Truncated { expected: 36, found: 0 }),
        (
            "html",
            1,
            b"<!doctype html><p>not found</p>".to_vec(),
            ShardError::NotAShard,
        ),
        ("flipped", 1, flipped, ShardError::Checksum),
        ("version", 1, version, ShardError::Version(9)),
        (
            "wrong file",
            1,
            shards[2].clone(),
            ShardError::Number { expected: 1, found: 2 },
        ),
        (
            "renumbered, asked as the shard it claims to be",
            0,
            renumbered,
            ShardError::OtherIndex,
        ),
        ("other corpus", 1, other[1].clone(), ShardError::OtherIndex),
        (
            "no such shard",
            shards.len(),
            good.clone(),
            ShardError::NoSuchShard(shards.len()),
        ),
    ];
    for (name, n, bytes, want) in rows {
        let mut index = split.clone();
        assert_eq!(index.add_shard(n, &bytes), Err(want), "{name}");
        assert_eq!(index.missing_shards().len(), shards.len(), "{name}: nothing loaded");
    }
    let mut whole = whole;
    assert_eq!(whole.add_shard(0, good), Err(ShardError::NotSplit));
    for e in [ShardError::OtherIndex, ShardError::Checksum, ShardError::NotAShard] {
        assert!(!e.to_string().is_empty());
    }
}

#[test]
fn small_or_unsplittable_indexes_stay_whole() {
    let whole = SearchIndex::build(&synthetic_docs(30));
    for bytes in [0, 1 << 30] {
        let (main, shards) = whole.split(bytes).unwrap();
        assert!(shards.is_empty(), "{bytes}");
        assert_eq!(main.shard_count(), 0);
        assert!(main.missing_shards().is_empty());
    }
    // Already split: not split again.
    let (main, shards) = whole.split(2_000).unwrap();
    assert!(shards.len() > 1);
    assert!(main.split(2_000).unwrap().1.is_empty());
    // One byte per shard: one term per shard, every term still found.
    let (tiny, shards) = whole.split(1).unwrap();
    assert_eq!(shards.len(), tiny.shard_count());
    let mut tiny = reloaded(&tiny);
    for (k, s) in shards.iter().enumerate() {
        tiny.add_shard(k, s).unwrap();
    }
    for q in counterparts::synth::QUERIES {
        assert_eq!(try_found(&tiny, q, &all), try_found(&whole, q, &all), "{q:?}");
    }
}

/// Articles imported in the browser are added to a split index: their
/// postings stay local, before and after the shards arrive.
#[test]
fn documents_added_to_a_split_index_are_found_like_in_a_whole_one() {
    let docs = synthetic_docs(260);
    let (base, local) = docs.split_at(200);
    let whole = SearchIndex::build(&docs);
    let (main, shards) = SearchIndex::build(base).split(15_000).unwrap();
    let main = reloaded(&main);
    let n = shards.len();
    assert!(n >= 4);
    // Three orders: shards before the adds, after them, and some in between.
    let cases: Vec<(&str, Vec<usize>, Vec<usize>)> = vec![
        ("shards first", (0..n).collect(), vec![]),
        ("adds first", vec![], (0..n).collect()),
        ("mixed", (0..n).step_by(2).collect(), (1..n).step_by(2).collect()),
    ];
    for (name, before, after) in cases {
        let mut index = main.clone();
        for &k in &before {
            index.add_shard(k, &shards[k]).unwrap();
        }
        let (one, rest) = local.split_at(1);
        assert_eq!(index.add(&one[0]), 200);
        index.extend(rest);
        assert_eq!(index.len(), docs.len());
        let kept = index.clone();
        for &k in &after {
            index.add_shard(k, &shards[k]).unwrap();
        }
        for q in shard_queries() {
            assert_eq!(try_found(&index, q, &all), try_found(&whole, q, &all), "{name}: {q:?}");
        }
        // A word only the local articles have needs no shard at all.
        let mut fresh = kept;
        fresh.add(&IndexDoc {
            title: "Quokkaxyz visit".into(),
            body: "quokkaxyz".into(),
            names: vec![],
            lang: Lang::En,
        });
        let hits = try_found(&fresh, "quokkaxyz ", &all).unwrap();
        assert_eq!(
            hits.iter().map(|h| h.doc).collect::<Vec<_>>(),
            [docs.len() as u32],
            "{name}"
        );
    }
}

#[test]
fn a_split_bundle_round_trips() {
    use counterparts::bundle::Bundle;
    let records: Vec<_> = counterparts::synth::generate(3, 120)
        .iter()
        .filter_map(|(name, text)| counterparts::pipeline::process(name, text.as_bytes()).ok())
        .collect();
    let whole = Bundle::from_records(records);
    let (index, shards) = whole.index.split(10_000).unwrap();
    assert!(shards.len() > 2);
    let split = Bundle {
        records: whole.records.clone(),
        index,
    };
    let bytes = split.encode().unwrap();
    assert!(bytes.len() < whole.encode().unwrap().len());
    let mut back = Bundle::decode(&bytes).unwrap();
    assert_eq!(back.records, whole.records);
    assert_eq!(back.index.shard_count(), shards.len());
    let q = Query::parse("police cooperation ").unwrap();
    let body = |d: u32| whole.records.get(d as usize).map(|r| r.article.body());
    let bodies: Vec<String> = (0..whole.records.len() as u32).filter_map(body).collect();
    let get = |d: u32| bodies.get(d as usize).map(String::as_str);
    let want = whole.index.try_search_with_bodies(&q, &all, 10, &get).unwrap();
    assert!(!want.is_empty());
    assert!(matches!(
        back.index.try_search_with_bodies(&q, &all, 10, &get),
        Err(QueryError::NeedShards(_))
    ));
    for (k, s) in shards.iter().enumerate() {
        back.index.add_shard(k, s).unwrap();
    }
    assert_eq!(back.index.try_search_with_bodies(&q, &all, 10, &get), Ok(want));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// Any bytes given as a shard are refused or accepted, never a panic.
    #[test]
    fn arbitrary_shard_bytes_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..120), n in 0usize..4) {
        let whole = SearchIndex::build(&docs());
        let (mut split, _) = whole.split(50).unwrap();
        let _ = split.add_shard(n, &bytes);
        let mut prefixed = b"CPSH\x01\x00".to_vec();
        prefixed.extend_from_slice(&bytes);
        let _ = split.add_shard(n, &prefixed);
    }
}

/// What one keystroke costs the app at scale: [`Library::timeline_view`] (search with the
/// filters, hits listed, timeline narrowed) over synthetic libraries, per query, median ms.
/// Run: `BENCH_SIZES=1000,10000 cargo test --release --test search -- --ignored --nocapture bench_keystroke_view`
#[test]
#[ignore]
fn bench_keystroke_view() {
    use counterparts::bundle::Bundle;
    use counterparts::filters::Filters;
    use counterparts::library::Library;
    let sizes = bench_sizes("1000,10000");
    for n in sizes {
        let lib = Library::new(Bundle::from_records(synthetic_records(n)));
        println!("## {n} articles: timeline_view per query, ms (hits)");
        let mut all = Vec::new();
        for q in counterparts::synth::QUERIES {
            let f = Filters::default().with_q(q);
            let hits = lib.timeline_view(&f).found.and_then(|r| r.ok()).map_or(0, |h| h.len());
            let ms = median_ms(5, || {
                std::hint::black_box(lib.timeline_view(&f));
            });
            all.push(ms);
            println!("| {q:?} | {ms:.2} | {hits} |");
        }
        all.sort_by(f64::total_cmp);
        println!(
            "{n}: p50 {:.2} ms, max {:.2} ms",
            all[all.len() / 2],
            all[all.len() - 1]
        );
    }
}
