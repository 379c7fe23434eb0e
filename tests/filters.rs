//! Shareable links: reading hostile and messy query strings, printing canonical ones, titles, chips and fuzzy-date matching.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on their own fixtures

use counterparts::date::{Date, PartialDate};
use counterparts::filters::raw::{MAX_PAIRS, MAX_QUERY_BYTES};
use counterparts::filters::{
    ArticleRef, DateMatch, EntityRef, Filters, Key, Level, Notice, TopicSlug, View, MAX_NOTICES, MAX_Q_CHARS,
};
use counterparts::iso3166::{CountryCode, COUNTRIES};
use counterparts::lang::Lang;
use proptest::prelude::*;
use std::time::{Duration, Instant};

/// Reads `query`, returning the canonical link and the notices as the UI would print them.
fn read(query: &str) -> (String, Vec<String>) {
    let (f, notices) = Filters::from_query(query);
    (f.to_string(), notices.iter().map(ToString::to_string).collect())
}

const DATE_HINT: &str = "not a date (use YYYY, YYYY-MM or YYYY-MM-DD)";
const COUNTRY_HINT: &str = "not a country code (use ISO 3166 codes such as CN or SG)";

struct Case {
    name: &'static str,
    query: &'static str,
    /// The canonical query string of what was applied.
    want: &'static str,
    /// The notices, as displayed.
    notices: &'static [&'static str],
}

const CASES: &[Case] = &[
    // Nothing.
    Case { name: "empty", query: "", want: "", notices: &[] },
    Case { name: "bare question mark", query: "?", want: "", notices: &[] },
    Case { name: "only separators", query: "?&&&", want: "", notices: &[] },
    // The examples.
    Case { name: "issue example china", query: "?country=CN", want: "country=CN", notices: &[] },
    Case {
        name: "issue example singapore 2024",
        query: "?country=SG&from=2024",
        want: "country=SG&from=2024",
        notices: &[],
    },
    Case {
        name: "issue hostile url",
        query: "?from=banana&country=ZZ,<script>",
        want: "",
        notices: &[
            "ignored from=banana: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
            "ignored country ZZ: not a country code (use ISO 3166 codes such as CN or SG)",
            "ignored country <script>: not a country code (use ISO 3166 codes such as CN or SG)",
        ],
    },
    Case {
        name: "hostile url as a browser encodes it",
        query: "?from=banana&country=ZZ,%3Cscript%3E",
        want: "",
        notices: &[
            "ignored from=banana: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
            "ignored country ZZ: not a country code (use ISO 3166 codes such as CN or SG)",
            "ignored country <script>: not a country code (use ISO 3166 codes such as CN or SG)",
        ],
    },
    Case {
        name: "hostile url keeps its valid parts",
        query: "?from=banana&country=ZZ,fr,<script>&to=2023",
        want: "country=FR&to=2023",
        notices: &[
            "ignored from=banana: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
            "ignored country ZZ: not a country code (use ISO 3166 codes such as CN or SG)",
            "ignored country <script>: not a country code (use ISO 3166 codes such as CN or SG)",
        ],
    },
    // country
    Case { name: "country mixed case", query: "?country=cn,Sg", want: "country=CN,SG", notices: &[] },
    Case { name: "country empty", query: "?country=", want: "", notices: &[] },
    Case { name: "country bare key", query: "?country", want: "", notices: &[] },
    Case { name: "country sorted and deduplicated", query: "country=SG,cn,sg,CN", want: "country=CN,SG", notices: &[] },
    Case { name: "country spaces and empty items", query: "country=+la+,,%20kh,", want: "country=KH,LA", notices: &[] },
    Case { name: "country encoded comma", query: "country=JP%2CKR", want: "country=JP,KR", notices: &[] },
    Case {
        name: "country user-assigned kosovo code",
        query: "country=XK,RS",
        want: "country=RS",
        notices: &["ignored country XK: not a country code (use ISO 3166 codes such as CN or SG)"],
    },
    Case {
        name: "country alpha-3",
        query: "country=CHN",
        want: "",
        notices: &["ignored country CHN: not a country code (use ISO 3166 codes such as CN or SG)"],
    },
    Case {
        name: "country reserved UK",
        query: "country=UK,gb",
        want: "country=GB",
        notices: &["ignored country UK: not a country code (use ISO 3166 codes such as CN or SG)"],
    },
    Case { name: "country repeated merges", query: "country=CN&country=SG,AU", want: "country=AU,CN,SG", notices: &[] },
    // q
    Case {
        name: "q vietnamese",
        query: "?q=B%E1%BB%99%20C%C3%B4ng%20an",
        want: "q=B%E1%BB%99%20C%C3%B4ng%20an",
        notices: &[],
    },
    Case {
        name: "q plus as space",
        query: "?q=B%E1%BB%99+C%C3%B4ng+an",
        want: "q=B%E1%BB%99%20C%C3%B4ng%20an",
        notices: &[],
    },
    Case { name: "q raw unicode", query: "?q=Bộ Công an", want: "q=B%E1%BB%99%20C%C3%B4ng%20an", notices: &[] },
    Case { name: "q decomposed becomes composed", query: "?q=Bo%CC%A3%CC%82", want: "q=B%E1%BB%99", notices: &[] },
    Case { name: "q spaces collapse", query: "?q=++drug+++trafficking++", want: "q=drug%20trafficking", notices: &[] },
    Case { name: "q only spaces", query: "?q=+%20+", want: "", notices: &[] },
    Case {
        name: "q keeps reserved characters",
        query: "?q=a%26b%3Dc%2Bd%23",
        want: "q=a%26b%3Dc%2Bd%23",
        notices: &[],
    },
    Case { name: "q with comma and colon stays readable", query: "?q=Hanoi%2C+2024%3A", want: "q=Hanoi,%202024:", notices: &[] },
    // view
    Case { name: "view search", query: "view=search", want: "view=search", notices: &[] },
    Case { name: "view default omitted", query: "view=timeline", want: "", notices: &[] },
    Case { name: "view any case", query: "view=Entities", want: "view=entities", notices: &[] },
    Case {
        name: "view unknown",
        query: "view=map&country=CN",
        want: "country=CN",
        notices: &["ignored view=map: not a view (use timeline, search, article, entities or entity)"],
    },
    // level
    Case { name: "level minister", query: "level=minister", want: "level=minister", notices: &[] },
    Case { name: "level deputy", query: "level=Deputy-Minister", want: "level=deputy-minister", notices: &[] },
    Case {
        name: "level unknown",
        query: "level=deputy",
        want: "",
        notices: &["ignored level=deputy: not a level (use minister or deputy-minister)"],
    },
    // from / to
    Case { name: "from month", query: "from=2024-04", want: "from=2024-04", notices: &[] },
    Case { name: "from day", query: "from=2024-04-19", want: "from=2024-04-19", notices: &[] },
    Case { name: "to year", query: "to=2022", want: "to=2022", notices: &[] },
    Case {
        name: "from not a real day",
        query: "from=2023-02-30",
        want: "",
        notices: &["ignored from=2023-02-30: not a real date (check the month and the day)"],
    },
    Case {
        name: "to month 13",
        query: "to=2024-13",
        want: "",
        notices: &["ignored to=2024-13: not a real date (check the month and the day)"],
    },
    Case { name: "to two-digit year", query: "to=24", want: "", notices: &["ignored to=24: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"] },
    Case {
        name: "from slashes",
        query: "from=19/04/2024",
        want: "",
        notices: &["ignored from=19/04/2024: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"],
    },
    Case {
        name: "from after to is swapped",
        query: "from=2024&to=2019",
        want: "from=2019&to=2024",
        notices: &["from=2024 is after to=2019: swapped them"],
    },
    Case {
        name: "from month inside to year is not swapped",
        query: "from=2024-05&to=2024",
        want: "from=2024-05&to=2024",
        notices: &[],
    },
    Case { name: "from equals to", query: "from=2024&to=2024", want: "from=2024&to=2024", notices: &[] },
    Case {
        name: "from day after to month",
        query: "from=2024-05-10&to=2024-03",
        want: "from=2024-03&to=2024-05-10",
        notices: &["from=2024-05-10 is after to=2024-03: swapped them"],
    },
    // entity
    Case { name: "entity person", query: "entity=person:to-lam", want: "entity=person:to-lam", notices: &[] },
    Case { name: "entity country", query: "entity=country:CN", want: "entity=country:CN", notices: &[] },
    Case { name: "entity org encoded colon", query: "entity=org%3Avn-mps", want: "entity=org:vn-mps", notices: &[] },
    Case {
        name: "entity markup",
        query: "entity=%3Cb%3E",
        want: "",
        notices: &["ignored entity=<b>: not an entity id (use kind:id, such as person:to-lam or country:CN)"],
    },
    Case {
        name: "entity diacritics",
        query: "entity=person:t%C3%B4-l%C3%A2m",
        want: "",
        notices: &["ignored entity=person:tô-lâm: not an entity id (use kind:id, such as person:to-lam or country:CN)"],
    },
    // lang, ui
    Case { name: "lang vi", query: "lang=VI", want: "lang=vi", notices: &[] },
    Case { name: "lang en is a filter, kept", query: "lang=en", want: "lang=en", notices: &[] },
    Case { name: "lang unknown", query: "lang=fr", want: "", notices: &["ignored lang=fr: not a language (use en or vi)"] },
    Case { name: "ui vi", query: "ui=vi", want: "ui=vi", notices: &[] },
    Case { name: "ui default omitted", query: "ui=en", want: "", notices: &[] },
    Case { name: "ui unknown", query: "ui=de", want: "", notices: &["ignored ui=de: not a language (use en or vi)"] },
    // article, topic
    Case { name: "article lowered", query: "article=2EB8F48EB3C8E0C6", want: "article=2eb8f48eb3c8e0c6", notices: &[] },
    Case {
        name: "article too short",
        query: "article=2eb8f4",
        want: "",
        notices: &["ignored article=2eb8f4: not an article id (use its 16 hexadecimal digits)"],
    },
    Case { name: "topic", query: "topic=Drug-Trafficking", want: "topic=drug-trafficking", notices: &[] },
    Case {
        name: "topic with space",
        query: "topic=drug+trafficking",
        want: "",
        notices: &["ignored topic=drug trafficking: not a topic (use lower-case letters, digits and hyphens)"],
    },
    // order
    Case {
        name: "canonical order",
        query: "ui=vi&topic=cybercrime&article=45c73304fdcf255d&lang=en&entity=person:to-lam&to=2020&from=2019&level=minister&country=FR&q=a&view=search",
        want: "view=search&q=a&country=FR&level=minister&from=2019&to=2020&entity=person:to-lam&lang=en&article=45c73304fdcf255d&topic=cybercrime&ui=vi",
        notices: &[],
    },
    // repeated keys
    Case {
        name: "repeated from keeps the first",
        query: "from=2019&from=2020",
        want: "from=2019",
        notices: &["repeated key from: kept from=2019, ignored from=2020"],
    },
    Case { name: "identical repeat is silent", query: "from=2019&from=2019", want: "from=2019", notices: &[] },
    Case { name: "equivalent repeat is silent", query: "view=search&view=SEARCH", want: "view=search", notices: &[] },
    Case {
        name: "first valid value wins",
        query: "from=banana&from=2019",
        want: "from=2019",
        notices: &["ignored from=banana: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"],
    },
    Case {
        name: "repeated q",
        query: "q=police&q=army",
        want: "q=police",
        notices: &["repeated key q: kept q=police, ignored q=army"],
    },
    Case { name: "empty repeat is silent", query: "from=2019&from=", want: "from=2019", notices: &[] },
    // bad percent-encoding
    Case {
        name: "q truncated utf-8 escape",
        query: "q=%E0%A4%A",
        want: "q=%EF%BF%BD%25A",
        notices: &["q has bad percent-encoding: read it as “\u{FFFD}%A”"],
    },
    Case { name: "q bad hex", query: "q=%ZZ", want: "q=%25ZZ", notices: &["q has bad percent-encoding: read it as “%ZZ”"] },
    Case { name: "q lone percent", query: "q=%", want: "q=%25", notices: &["q has bad percent-encoding: read it as “%”"] },
    Case { name: "from bad hex", query: "from=%ZZ", want: "", notices: &["ignored from=%ZZ: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"] },
    Case {
        name: "country truncated utf-8 escape",
        query: "country=CN,%E0%A4%A",
        want: "country=CN",
        notices: &["ignored country \u{FFFD}%A: not a country code (use ISO 3166 codes such as CN or SG)"],
    },
    Case {
        name: "bad escape in a key",
        query: "%=1&country=CN",
        want: "country=CN",
        notices: &["ignored %=1: unknown key (use view, q, country, level, from, to, entity, lang, article, topic or ui)"],
    },
    // unknown keys
    Case {
        name: "tracking key is quiet",
        query: "country=CN&utm_source=newsletter",
        want: "country=CN",
        notices: &["ignored utm_source=newsletter: a tracking key, not used here"],
    },
    Case {
        name: "misspelt key is reported",
        query: "contry=CN",
        want: "",
        notices: &["ignored contry=CN: unknown key (use view, q, country, level, from, to, entity, lang, article, topic or ui)"],
    },
    // forgiving key spelling
    Case { name: "key in capitals", query: "Country=CN&FROM=2019", want: "country=CN&from=2019", notices: &[] },
    Case { name: "html-escaped ampersand", query: "country=CN&amp;from=2019", want: "country=CN&from=2019", notices: &[] },
    Case { name: "fragment ends the query", query: "country=CN#from=2019", want: "country=CN", notices: &[] },
    // echoes are bounded
    Case {
        name: "long bad value is quoted in part",
        query: "from=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        want: "",
        notices: &["ignored from=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"],
    },
    Case {
        name: "bidi override is not echoed",
        query: "from=%E2%80%AE4202",
        want: "",
        notices: &["ignored from=\u{FFFD}4202: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"],
    },
];

#[test]
fn reads_links() {
    for case in CASES {
        let (got, notices) = read(case.query);
        assert_eq!(got, case.want, "{}: canonical form", case.name);
        assert_eq!(notices, case.notices, "{}: notices", case.name);
    }
}

#[test]
fn every_case_prints_a_fixed_point() {
    for case in CASES {
        let (f, _) = Filters::from_query(case.query);
        let (again, notices) = Filters::from_query(&f.to_string());
        assert_eq!(again, f, "{}", case.name);
        assert!(notices.is_empty(), "{}: {notices:?}", case.name);
    }
}

#[test]
fn only_tracking_keys_are_quiet() {
    let (_, notices) = Filters::from_query("utm_campaign=x&fbclid=y&contry=CN&from=banana");
    let quiet: Vec<bool> = notices.iter().map(Notice::is_quiet).collect();
    assert_eq!(quiet, [true, true, false, false]);
}

/// Runs `query` through the reader and checks it is fast and its notices are bounded.
fn read_huge(query: &str) -> (Filters, Vec<Notice>) {
    let start = Instant::now();
    let out = Filters::from_query(query);
    let took = start.elapsed();
    assert!(took < Duration::from_millis(500), "took {took:?}");
    assert!(out.1.len() <= MAX_NOTICES + 1, "{} notices", out.1.len());
    for n in &out.1 {
        assert!(n.to_string().chars().count() < 200, "{n}");
    }
    out
}

#[test]
fn query_of_100_kb_one_giant_value() {
    let query = format!("?country=CN&from=2019&q={}", "a".repeat(100 * 1024));
    let (f, notices) = read_huge(&query);
    assert_eq!(f.to_string(), "country=CN&from=2019");
    assert_eq!(
        notices.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [format!(
            "the link's query is {} bytes long: read only its first {} bytes",
            query.len() - 1,
            "country=CN&from=2019".len()
        )]
    );
}

#[test]
fn query_of_100_kb_many_pairs() {
    let query = format!("country=SG&{}", "x=y&".repeat(25 * 1024));
    let (f, notices) = read_huge(&query);
    assert_eq!(f.to_string(), "country=SG");
    assert!(matches!(notices.first(), Some(Notice::TooLong { .. })), "{notices:?}");
    assert!(
        matches!(notices.get(1), Some(Notice::TooManyPairs { read, .. }) if *read == MAX_PAIRS),
        "{notices:?}"
    );
    // The unknown keys fill the notice budget; the rest are counted, not listed.
    assert!(
        matches!(notices.last(), Some(Notice::More { count }) if *count > 0),
        "{notices:?}"
    );
}

#[test]
fn query_of_100_kb_bad_countries() {
    let query = format!("country=VN,{}", "ZZ,".repeat(34 * 1024));
    let (f, notices) = read_huge(&query);
    // Cut at the last `&` within the cap: there is none, so nothing is read.
    assert!(f.is_default());
    assert_eq!(notices.len(), 1, "{notices:?}");
    let query = format!("{}from=2020", "country=ZZ,ZZ,ZZ,MY&".repeat(2));
    let (f, notices) = read_huge(&query);
    assert_eq!(f.to_string(), "country=MY&from=2020");
    assert_eq!(notices.len(), 6);
    let query = format!("country={}", "ZZ,".repeat(1000));
    let (_, notices) = read_huge(&query);
    assert_eq!(notices.len(), MAX_NOTICES + 1);
    assert_eq!(
        notices.last().map(ToString::to_string),
        Some(format!("and {} more problems", 1000 - MAX_NOTICES))
    );
}

#[test]
fn query_of_100_kb_percent_signs_and_multibyte() {
    let (_, notices) = read_huge(&"%".repeat(100 * 1024));
    assert!(matches!(notices.first(), Some(Notice::TooLong { .. })));
    let (_, notices) = read_huge(&format!("q={}", "ộ&".repeat(40 * 1024)));
    assert!(matches!(notices.first(), Some(Notice::TooLong { read, .. }) if *read <= MAX_QUERY_BYTES));
}

#[test]
fn long_q_is_shortened_with_a_notice() {
    let query = format!("q={}", "ab+".repeat(200));
    let (f, notices) = Filters::from_query(&query);
    assert!(f.q().chars().count() <= MAX_Q_CHARS);
    assert_eq!(
        notices.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [format!("shortened q to its first {MAX_Q_CHARS} characters")]
    );
}

#[test]
fn strict_parse_rejects_any_notice() {
    let f: Filters = "country=CN&from=2024".parse().unwrap();
    assert_eq!(f.countries(), [CountryCode::parse("CN").unwrap()]);
    let err = "from=banana&country=ZZ".parse::<Filters>().unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("ignored from=banana: {DATE_HINT}; ignored country ZZ: {COUNTRY_HINT}")
    );
    assert!("utm_source=x".parse::<Filters>().is_err());
}

fn year(y: u16) -> Option<PartialDate> {
    Some(PartialDate::Year(y))
}

#[test]
fn builders_keep_the_invariants() {
    let cc = |code: &str| CountryCode::parse(code).unwrap();
    let f = Filters::default()
        .with_country(cc("SG"))
        .with_country(cc("CN"))
        .with_country(cc("SG"))
        .with_q("  Bộ   Công an ")
        .with_from(year(2024))
        .with_to(year(2019));
    assert_eq!(
        f.to_string(),
        "q=B%E1%BB%99%20C%C3%B4ng%20an&country=CN,SG&from=2019&to=2024"
    );
    let f = f.toggle_country(cc("CN")).without(Key::Q).without(Key::To);
    assert_eq!(f.to_string(), "country=SG&from=2019");
    assert!(f.clone().without(Key::Country).without(Key::From).is_default());
    assert!(Filters::default().is_default());
    assert!(!Filters::default().with_ui(Lang::Vi).is_default());
    assert_eq!(Filters::default().with_ui(Lang::Vi).to_string(), "ui=vi");
    let f = Filters::default().with_countries([cc("LA"), cc("KH"), cc("LA")]);
    assert_eq!(f.value(Key::Country).as_deref(), Some("KH,LA"));
}

struct TitleCase {
    name: &'static str,
    query: &'static str,
    title: &'static str,
    chips: &'static [(&'static str, &'static str, &'static str)],
}

const TITLES: &[TitleCase] = &[
    TitleCase {
        name: "home",
        query: "",
        title: "Counterparts",
        chips: &[],
    },
    TitleCase {
        name: "interface language is not a filter",
        query: "ui=vi",
        title: "Counterparts",
        chips: &[],
    },
    TitleCase {
        name: "china from 2019",
        query: "country=CN&from=2019",
        title: "China · from 2019 — Counterparts",
        chips: &[("country", "China", "from=2019"), ("from", "from 2019", "country=CN")],
    },
    TitleCase {
        name: "two countries",
        query: "country=SG,FR&to=2024-04-19",
        title: "France, Singapore · to 19 Apr 2024 — Counterparts",
        chips: &[
            ("country", "France", "country=SG&to=2024-04-19"),
            ("country", "Singapore", "country=FR&to=2024-04-19"),
            ("to", "to 19 Apr 2024", "country=FR,SG"),
        ],
    },
    TitleCase {
        name: "many countries are counted",
        query: "country=KH,LA,TH,MM",
        title: "4 countries — Counterparts",
        chips: &[
            ("country", "Cambodia", "country=LA,MM,TH"),
            ("country", "Laos", "country=KH,MM,TH"),
            ("country", "Myanmar", "country=KH,LA,TH"),
            ("country", "Thailand", "country=KH,LA,MM"),
        ],
    },
    TitleCase {
        name: "search with level and month",
        query: "view=search&q=cyber+crime&level=deputy-minister&from=2023-12",
        title: "Search · “cyber crime” · deputy minister · from Dec 2023 — Counterparts",
        chips: &[
            ("q", "“cyber crime”", "view=search&level=deputy-minister&from=2023-12"),
            ("level", "deputy minister", "view=search&q=cyber%20crime&from=2023-12"),
            (
                "from",
                "from Dec 2023",
                "view=search&q=cyber%20crime&level=deputy-minister",
            ),
        ],
    },
    TitleCase {
        name: "entity page names the entity once",
        query: "view=entity&entity=country:KR&lang=vi&topic=drug-trafficking",
        title: "South Korea · Vietnamese articles · topic: drug-trafficking — Counterparts",
        chips: &[
            ("entity", "South Korea", "view=entity&lang=vi&topic=drug-trafficking"),
            (
                "lang",
                "Vietnamese articles",
                "view=entity&entity=country:KR&topic=drug-trafficking",
            ),
            (
                "topic",
                "topic: drug-trafficking",
                "view=entity&entity=country:KR&lang=vi",
            ),
        ],
    },
    TitleCase {
        name: "article view",
        query: "view=article&article=45c73304fdcf255d",
        title: "Article — Counterparts",
        chips: &[],
    },
];

#[test]
fn titles_and_chips() {
    for case in TITLES {
        let (f, notices) = Filters::from_query(case.query);
        assert!(notices.is_empty(), "{}", case.name);
        assert_eq!(f.title(), case.title, "{}", case.name);
        let chips: Vec<(&str, String, String)> = f
            .chips()
            .into_iter()
            .map(|c| (c.key, c.label, c.without.to_string()))
            .collect();
        let want: Vec<(&str, String, String)> = case
            .chips
            .iter()
            .map(|(k, l, w)| (*k, l.to_string(), w.to_string()))
            .collect();
        assert_eq!(chips, want, "{}", case.name);
    }
}

#[test]
fn entity_names_come_from_the_caller() {
    let f = Filters::default()
        .with_view(View::Entity)
        .with_entity(Some(EntityRef::parse("person:to-lam").unwrap()));
    assert_eq!(f.title(), "person:to-lam — Counterparts");
    let names = |e: &EntityRef| (e.as_str() == "person:to-lam").then(|| "Tô Lâm".to_string());
    assert_eq!(f.title_with(&names), "Tô Lâm — Counterparts");
    assert_eq!(f.chips_with(&names).first().map(|c| c.label.as_str()), Some("Tô Lâm"));
}

#[test]
fn long_search_text_is_shortened_in_labels() {
    let f = Filters::default().with_q(&"word ".repeat(30));
    let label = f.chips().first().map(|c| c.label.clone()).unwrap_or_default();
    assert!(label.ends_with("…”"), "{label}");
    assert_eq!(label.chars().count(), 40 + 3);
}

struct DateCase {
    name: &'static str,
    query: &'static str,
    earliest: Option<&'static str>,
    latest: Option<&'static str>,
    want: DateMatch,
}

const DATES: &[DateCase] = &[
    DateCase {
        name: "no filter, no year",
        query: "",
        earliest: None,
        latest: None,
        want: DateMatch::Inside,
    },
    DateCase {
        name: "no filter, a day",
        query: "",
        earliest: Some("2024-04-19"),
        latest: Some("2024-04-19"),
        want: DateMatch::Inside,
    },
    DateCase {
        name: "a day inside",
        query: "from=2024",
        earliest: Some("2024-04-19"),
        latest: Some("2024-04-19"),
        want: DateMatch::Inside,
    },
    DateCase {
        name: "a day before",
        query: "from=2024",
        earliest: Some("2023-12-13"),
        latest: Some("2023-12-13"),
        want: DateMatch::Outside,
    },
    DateCase {
        name: "a day after to",
        query: "to=2023-11",
        earliest: Some("2023-12-13"),
        latest: Some("2023-12-13"),
        want: DateMatch::Outside,
    },
    DateCase {
        name: "last day of to month",
        query: "to=2024-02",
        earliest: Some("2024-02-29"),
        latest: Some("2024-02-29"),
        want: DateMatch::Inside,
    },
    DateCase {
        name: "first day of from",
        query: "from=2024-04-19",
        earliest: Some("2024-04-19"),
        latest: Some("2024-04-19"),
        want: DateMatch::Inside,
    },
    DateCase {
        name: "year not stated",
        query: "from=2019",
        earliest: None,
        latest: None,
        want: DateMatch::Uncertain,
    },
    DateCase {
        name: "year range within",
        query: "from=2019&to=2022",
        earliest: Some("2019-02-19"),
        latest: Some("2022-02-19"),
        want: DateMatch::Inside,
    },
    DateCase {
        name: "year range straddles from",
        query: "from=2020",
        earliest: Some("2019-02-19"),
        latest: Some("2022-02-19"),
        want: DateMatch::Uncertain,
    },
    DateCase {
        name: "year range entirely before",
        query: "from=2023",
        earliest: Some("2019-02-19"),
        latest: Some("2022-02-19"),
        want: DateMatch::Outside,
    },
    DateCase {
        name: "only a latest bound, before from",
        query: "from=2024",
        earliest: None,
        latest: Some("2023-06-01"),
        want: DateMatch::Outside,
    },
    DateCase {
        name: "only a latest bound, after from",
        query: "from=2020",
        earliest: None,
        latest: Some("2023-06-01"),
        want: DateMatch::Uncertain,
    },
    DateCase {
        name: "only a latest bound, within to",
        query: "to=2024",
        earliest: None,
        latest: Some("2023-06-01"),
        want: DateMatch::Inside,
    },
    DateCase {
        name: "only an earliest bound, after to",
        query: "to=2019",
        earliest: Some("2020-01-01"),
        latest: None,
        want: DateMatch::Outside,
    },
];

#[test]
fn fuzzy_dates_are_never_decided_silently() {
    let day = |s: &str| Some(s.parse::<Date>().unwrap());
    for case in DATES {
        let (f, _) = Filters::from_query(case.query);
        let got = f.date_match(case.earliest.and_then(day), case.latest.and_then(day));
        assert_eq!(got, case.want, "{}", case.name);
        assert_eq!(
            f.matches_date(case.earliest.and_then(day), case.latest.and_then(day)),
            case.want == DateMatch::Inside,
            "{}",
            case.name
        );
    }
}

#[test]
fn matches_partner_countries() {
    let (f, _) = Filters::from_query("country=CN,SG");
    assert!(f.matches_country(&["CN"]));
    assert!(f.matches_country(&["fr", "sg"]));
    assert!(!f.matches_country(&["FR"]));
    assert!(!f.matches_country::<&str>(&[]));
    assert!(!f.matches_country(&["not a code"]));
    assert!(Filters::default().matches_country::<String>(&[]));
}

fn partial_date() -> impl Strategy<Value = PartialDate> {
    prop_oneof![
        (1u16..=9999).prop_map(PartialDate::Year),
        (1u16..=9999, 1u8..=12).prop_map(|(y, m)| PartialDate::Month(y, m)),
        (1u16..=9999, 1u8..=12, 1u8..=31)
            .prop_map(|(y, m, d)| Date::new(y, m, d.min(28)).map_or(PartialDate::Year(y), PartialDate::Day)),
    ]
}

fn filters() -> impl Strategy<Value = Filters> {
    let view = prop::sample::select(View::ALL.to_vec());
    let q = prop_oneof!["\\PC{0,300}", "[a-zA-Z ,:&=+%#?ộô]{0,20}", Just(String::new())];
    let countries = prop::collection::vec(prop::sample::select(COUNTRIES.to_vec()), 0..6);
    let level = prop::option::of(prop::sample::select(Level::ALL.to_vec()));
    let dates = (prop::option::of(partial_date()), prop::option::of(partial_date()));
    let entity = prop::option::of("[a-z]{1,8}:[A-Za-z0-9-]{1,20}");
    let lang = prop::option::of(prop::sample::select(vec![Lang::En, Lang::Vi]));
    let article = prop::option::of("[0-9a-f]{16}");
    let topic = prop::option::of("[a-z0-9-]{1,30}");
    let ui = prop::sample::select(vec![Lang::En, Lang::Vi]);
    (view, q, countries, level, dates, entity, lang, article, topic, ui).prop_map(
        |(view, q, countries, level, (from, to), entity, lang, article, topic, ui)| {
            Filters::default()
                .with_view(view)
                .with_q(&q)
                .with_countries(countries.iter().filter_map(|(c, _)| CountryCode::parse(c)))
                .with_level(level)
                .with_from(from)
                .with_to(to)
                .with_entity(entity.and_then(|e| EntityRef::parse(&e).ok()))
                .with_lang(lang)
                .with_article(article.and_then(|a| ArticleRef::parse(&a).ok()))
                .with_topic(topic.and_then(|t| TopicSlug::parse(&t).ok()))
                .with_ui(ui)
        },
    )
}

/// Query strings built from real keys, near-miss keys, good and bad values and bad escapes.
fn messy_query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        prop::sample::select(Key::ALL.iter().map(|k| k.name().to_string()).collect::<Vec<_>>()),
        Just("Country".to_string()),
        Just("amp;from".to_string()),
        Just("utm_source".to_string()),
        "[a-z%]{0,6}",
    ];
    let value = prop_oneof![
        Just("CN,sg,ZZ".to_string()),
        Just("2024".to_string()),
        Just("2019-02".to_string()),
        Just("banana".to_string()),
        Just("person:to-lam".to_string()),
        Just("search".to_string()),
        Just("deputy-minister".to_string()),
        Just("vi".to_string()),
        Just("%E0%A4%A".to_string()),
        Just("B%E1%BB%99+C%C3%B4ng".to_string()),
        "[a-zA-Z0-9%+,:<>-]{0,12}",
        "\\PC{0,12}",
    ];
    prop::collection::vec((key, prop::option::of(value)), 0..12).prop_map(|pairs| {
        let parts: Vec<String> = pairs
            .into_iter()
            .map(|(k, v)| match v {
                Some(v) => format!("{k}={v}"),
                None => k,
            })
            .collect();
        format!("?{}", parts.join("&"))
    })
}

proptest! {
    #[test]
    fn printing_then_reading_gives_the_same_filters(f in filters()) {
        let link = f.to_string();
        prop_assert_eq!(Filters::from_query(&link), (f.clone(), vec![]));
        prop_assert_eq!(format!("?{link}").parse::<Filters>(), Ok(f.clone()));
        prop_assert_eq!(link.is_empty(), f.is_default());
        prop_assert!(!link.contains(' ') && !link.contains('#') && link.is_ascii());
    }

    #[test]
    fn a_messy_link_reads_to_a_canonical_fixed_point(query in messy_query()) {
        let (f, _) = Filters::from_query(&query);
        let canonical = f.to_string();
        let (again, notices) = Filters::from_query(&canonical);
        prop_assert_eq!(&again, &f);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(again.to_string(), canonical);
    }

    #[test]
    fn any_text_reads_without_panic_and_with_bounded_notices(query in "\\PC{0,400}") {
        let (_, notices) = Filters::from_query(&query);
        prop_assert!(notices.len() <= MAX_NOTICES + 1);
        for n in notices {
            prop_assert!(n.to_string().chars().count() < 200);
        }
    }

    #[test]
    fn chips_remove_exactly_their_filter(f in filters()) {
        for chip in f.chips() {
            prop_assert_ne!(&chip.without, &f);
            prop_assert_eq!(chip.without.chips().len() + 1, f.chips().len());
        }
    }
}

/// The Vietnamese country names of the interface are the entity tables' first Vietnamese names.
#[test]
fn vietnamese_country_names_follow_the_entity_table() {
    let table = include_str!("../src/entity/data/countries.tsv");
    let mut rows = 0;
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let want = cols[3].split('|').next().unwrap().trim_start_matches('?');
        assert_eq!(counterparts::iso3166::name_vi(cols[0]), Some(want), "{}", cols[0]);
        assert!(
            counterparts::iso3166::is_assigned(cols[0]) || cols[0] == "XK",
            "{}",
            cols[0]
        );
        rows += 1;
    }
    assert!(rows >= 193);
    assert_eq!(counterparts::iso3166::name_vi("cn"), Some("Trung Quốc"));
    // Territories without a Vietnamese row fall back to English.
    assert_eq!(counterparts::iso3166::name_vi("AQ"), counterparts::iso3166::name("AQ"));
}
