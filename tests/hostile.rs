//! Hostile input through the whole pipeline: the fixtures of `tests/fixtures/hostile/` (scripts, event handlers, `javascript:` links, SVG, entities, bidi and zero-width characters, markup titles, NFD and Latin-1 text) plus generated giants (a 1 MB line, 10,000-level nesting): no panic, bounded time, no executable markup in what the app shows, no invisible controls in titles and names.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on their own fixtures

use counterparts::bundle::{Bundle, Record};
use counterparts::corpus::RemovalReason;
use counterparts::lang::Lang;
use counterparts::pipeline;
use std::time::{Duration, Instant};

/// The fixtures folder (the end-to-end tests feed the same files to the app).
const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hostile");

/// The longest one fixture may take through the pipeline, generous for a loaded debug build.
const SMALL_FILE_BUDGET: Duration = Duration::from_secs(5);

/// The longest a generated giant (1 MB line, 10,000-level nesting) may take: linear work
/// takes well under a second; a quadratic step would take minutes.
const GIANT_BUDGET: Duration = Duration::from_secs(30);

/// Sequences that would run script if a page inserted the text as HTML.
const EXECUTABLE: &[&str] = &[
    "<script",
    "</script",
    "onerror=",
    "onload=",
    "onclick=",
    "onmouseover=",
    "onbegin=",
    "javascript:",
    "vbscript:",
    "srcdoc=",
];

/// Characters that reorder or hide text (bidi embeddings, overrides, isolates, marks,
/// zero-width characters, BOM): the app shows none of them.
fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
    ) || (c.is_control() && c != '\n')
}

/// One hostile fixture and what the app must make of it.
struct Case {
    /// File name under `tests/fixtures/hostile/`.
    file: &'static str,
    /// The headline the app shows.
    title: &'static str,
    /// The detected language.
    lang: Lang,
    /// Texts the story (paragraphs) must show literally, as text.
    shown: &'static [&'static str],
    /// Texts that must appear nowhere the app shows text (title, paragraphs, captions, entity
    /// names), except in the list of what the cleaner cut.
    hidden: &'static [&'static str],
    /// Entity ids the tagger must still find through the hostile bytes.
    entities: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        file: "script-tags.html",
        title: "Vietnam, Indonesia police pledge closer cooperation",
        lang: Lang::En,
        shown: &[
            "Deputy Minister of Public Security Nguyen Van Long held talks",
            "set up a hotline between their investigation agencies.",
            // `<scr<script>ipt>` is a tag named `scr<script`: browsers, too, show what follows as text.
            "ipt>alert('split tag')",
        ],
        hidden: &[
            "head script ran",
            "body script ran",
            "inline script ran",
            "document.cookie",
            "evil.example",
            "pwned",
        ],
        entities: &["person:nguyen-van-long", "person:listyo-sigit-prabowo", "country:ID"],
    },
    Case {
        file: "img-onerror.html",
        title: "Lao Minister of Public Security visits Hanoi",
        lang: Lang::En,
        shown: &["step up joint patrols along the shared border"],
        hidden: &["alert", "<img", "document.domain", "<video"],
        entities: &["person:vilay-lakhamfong", "country:LA"],
    },
    Case {
        file: "javascript-links.html",
        title: "Cambodia, Vietnam sign agreement on extradition",
        lang: Lang::En,
        // Link texts stay; their targets never become text.
        shown: &["on June 20.", "Read the full text of the agreement or the joint statement."],
        hidden: &["alert", "href", "data:text", "msgbox", "avascript"],
        entities: &["person:sar-sokha", "topic:extradition"],
    },
    Case {
        file: "svg-script.html",
        title: "ASEAN police chiefs meet in Bangkok",
        lang: Lang::En,
        shown: &["Royal Thai Police said the meeting agreed on a joint task force"],
        hidden: &["alert", "svg text", "foreign object paragraph", "<svg", "<math"],
        entities: &["org:th-royal-thai-police", "place:bangkok"],
    },
    Case {
        file: "html-entities.html",
        title: "Ministry warns of fake police websites",
        lang: Lang::En,
        // Markup written as entities is the author's text: shown literally, decoded once.
        shown: &[
            "paste code such as <script>alert(1)</script> into their browsers.",
            "hid the code <img src=x onerror=alert(2)> and <svg onload=alert(3)> in messages",
            "&#x3C;b&#x3E;",
            "to the police & their banks",
        ],
        hidden: &["&lt;script&gt;alert(1)", "&#x3C;img", "&#60;svg", "&amp;"],
        entities: &["org:vn-mps"],
    },
    Case {
        file: "markup-as-text.txt",
        title: "Hackers hide <script> tags in fake invoices",
        lang: Lang::En,
        // A plain-text file that quotes markup keeps every character of it, as text.
        shown: &[
            "containing the text <script>alert(1)</script> to company accounts.",
            "a link written as <a href=\"javascript:alert(2)\">invoice</a> and another carried <img src=x onerror=alert(3)>.",
            "such as \"><svg onload=alert(4)> or '-alert(5)-' as a phishing attempt.",
        ],
        hidden: &[],
        entities: &["org:vn-mps"],
    },
    Case {
        file: "title-markup.html",
        title: "Singapore, Vietnam police step up cooperation",
        lang: Lang::En,
        shown: &["met Singapore's Second Minister for Home Affairs Josephine Teo"],
        hidden: &["alert", "OG title", "Title element", "<b", "<i>"],
        entities: &["person:le-quoc-hung", "person:josephine-teo"],
    },
    Case {
        file: "title-element-markup.html",
        // Only a <title>: its tags and script are dropped, its escaped `&lt;b&gt;` is text.
        title: "Thai <b>police</b> chief visits Vietnam",
        lang: Lang::En,
        shown: &["Royal Thai Police held talks with Vietnamese police leaders"],
        hidden: &["alert", "<img"],
        entities: &["org:th-royal-thai-police"],
    },
    Case {
        file: "bidi-override.txt",
        // The override is gone; the characters it reversed are shown in the order written.
        title: "Customs seize smuggled phones fdp.exe in Lao Cai",
        lang: Lang::En,
        shown: &[
            "in a file named txt.exe.",
            "The suspects, two Chinese nationals, told investigators that the phones were bound for Hanoi markets and shops.",
        ],
        hidden: &[],
        entities: &["place:lao-cai", "person:nguyen-van-hai", "country:CN"],
    },
    Case {
        file: "bidi-in-html.html",
        // Controls written as characters or as entities, in the headline, story, caption and menu.
        title: "Myanmar police delegation visits Hanoi",
        lang: Lang::En,
        shown: &[
            "Hanoi (VNA) – A delegation of the Myanmar Police Force led by Police Major General Zaw Min visited Hanoi on April 11.",
            "The delegation toured the Vietnamese police academy and a forensic laboratory.",
        ],
        hidden: &["&#x202E;", "&rlm;", "&zwj;"],
        entities: &["country:MM", "place:hanoi"],
    },
    Case {
        file: "zero-width.txt",
        // Zero-width characters inside words are dropped, so the words read (and match) whole.
        title: "Minister of Public Security meets Japanese ambassador",
        lang: Lang::En,
        shown: &["Minister of Public Security Luong Tam Quang received Japanese Ambassador Ito Naoki in Hanoi on August 12."],
        hidden: &[],
        entities: &["person:luong-tam-quang", "person:ito-naoki", "topic:cybercrime", "topic:money-laundering"],
    },
    Case {
        file: "control-characters.txt",
        // Terminal escapes lose their ESC/CSI control characters; their printable rest is plain text.
        title: "Police [31mbust[0m online gambling ring",
        lang: Lang::En,
        shown: &["had broken up an online gambling ring"],
        hidden: &[],
        entities: &["place:ho-chi-minh-city", "country:KR"],
    },
    Case {
        file: "vietnamese-nfd.txt",
        // Decomposed marks are composed (NFC) before anything else reads the text.
        title: "Bộ trưởng Bộ Công an tiếp Đại sứ Hàn Quốc",
        lang: Lang::Vi,
        shown: &["Bộ trưởng Bộ Công an Lương Tam Quang đã tiếp Đại sứ Hàn Quốc"],
        hidden: &[],
        entities: &["org:vn-mps", "person:luong-tam-quang", "country:KR"],
    },
    Case {
        file: "latin1.txt",
        // Not UTF-8: read as Windows-1252, every accent intact.
        title: "Le ministre de l'Intérieur français reçoit une délégation vietnamienne",
        lang: Lang::En,
        shown: &["un « défi commun »", "qui a salué l'aide de la police française."],
        hidden: &["\u{FFFD}"],
        entities: &["place:paris"],
    },
];

/// Reads a fixture.
fn fixture(file: &str) -> Vec<u8> {
    let path = format!("{DIR}/{file}");
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// Runs the pipeline on `bytes`, timing it.
fn process_timed(file: &str, bytes: &[u8]) -> (Record, Duration) {
    let t0 = Instant::now();
    let rec = pipeline::process(file, bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
    (rec, t0.elapsed())
}

/// Every text of a record the app shows, labelled.
fn shown_texts(rec: &Record) -> Vec<(String, &str)> {
    let a = &rec.article;
    let mut out: Vec<(String, &str)> = vec![("title".into(), a.title.as_str())];
    out.extend(
        a.paragraphs
            .iter()
            .enumerate()
            .map(|(i, p)| (format!("paragraph {i}"), p.as_str())),
    );
    out.extend(
        a.captions
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("caption {i}"), c.as_str())),
    );
    for (what, v) in [("dateline", &a.dateline), ("source", &a.source), ("byline", &a.byline)] {
        if let Some(v) = v {
            out.push((what.into(), v.as_str()));
        }
    }
    out.extend(
        a.removed
            .iter()
            .enumerate()
            .map(|(i, r)| (format!("removed {i}"), r.text.as_str())),
    );
    for m in &rec.mentions {
        out.push((format!("entity name {}", m.id), m.name.as_str()));
        out.extend(m.title.as_deref().map(|t| (format!("entity title {}", m.id), t)));
        out.extend(m.rank.as_deref().map(|t| (format!("entity rank {}", m.id), t)));
    }
    out
}

/// What must hold for any hostile input: NFC text, no invisible controls, entity names free
/// of markup, and (for HTML input) nothing executable in any text the app shows.
fn check_shown(file: &str, rec: &Record) {
    let html = file.ends_with(".html");
    for (what, text) in shown_texts(rec) {
        assert!(
            !text.chars().any(is_invisible_control),
            "{file}: {what} keeps an invisible control character: {text:?}"
        );
        assert!(
            what.starts_with("removed") || unicode_normalization::is_nfc(text),
            "{file}: {what} is not NFC: {text:?}"
        );
        if what.starts_with("entity") {
            assert!(!text.contains(['<', '>']), "{file}: {what} has markup: {text:?}");
        }
    }
    if html {
        // Markup written as entities is text the author meant (html-entities.html), so only the
        // title and captions are checked here; each fixture's paragraphs are checked against
        // the markup its author wrote as entities (`hostile_fixtures_are_read_as_text`).
        let a = &rec.article;
        for (what, text) in std::iter::once(("title", &a.title)).chain(a.captions.iter().map(|c| ("caption", c))) {
            for x in EXECUTABLE {
                assert!(
                    !text.to_ascii_lowercase().contains(x),
                    "{file}: {what} has {x:?}: {text:?}"
                );
            }
        }
    }
}

#[test]
fn hostile_fixtures_are_read_as_text() {
    for case in CASES {
        let bytes = fixture(case.file);
        let (rec, took) = process_timed(case.file, &bytes);
        let a = &rec.article;
        assert!(took < SMALL_FILE_BUDGET, "{}: took {took:?}", case.file);
        assert_eq!(a.title, case.title, "{}: title", case.file);
        assert_eq!(a.language, case.lang, "{}: language", case.file);
        check_shown(case.file, &rec);
        let body = a.body();
        for s in case.shown {
            assert!(body.contains(s), "{}: the story lacks {s:?}:\n{body}", case.file);
        }
        if case.file.ends_with(".html") {
            // In HTML, markup reaches the story only where the author wrote it as entities
            // (the `shown` rows say where); anything else executable was markup and is gone.
            let lower = body.to_ascii_lowercase();
            for x in EXECUTABLE {
                let meant: usize = case
                    .shown
                    .iter()
                    .map(|s| s.to_ascii_lowercase().matches(x).count())
                    .sum();
                assert_eq!(
                    lower.matches(x).count(),
                    meant,
                    "{}: {x:?} in the story:\n{body}",
                    case.file
                );
            }
        }
        // Dropped text may appear only in the list of what was cut.
        for (what, text) in shown_texts(&rec).into_iter().filter(|(w, _)| !w.starts_with("removed")) {
            for s in case.hidden {
                assert!(!text.contains(s), "{}: {what} shows {s:?}: {text:?}", case.file);
            }
        }
        for id in case.entities {
            assert!(
                rec.mentions.iter().any(|m| m.id == *id),
                "{}: entity {id} not found; found {:?}",
                case.file,
                rec.mentions.iter().map(|m| &m.id).collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn html_fixtures_record_dropped_scripts() {
    // A page's <script> elements (outside <title>, whose text is not markup) are listed in
    // `removed` as markup, so a reader can see what was cut; none reaches the story.
    for case in CASES.iter().filter(|c| c.file.ends_with(".html")) {
        let raw = String::from_utf8(fixture(case.file)).unwrap().to_ascii_lowercase();
        let outside_title = match (raw.find("<title>"), raw.find("</title>")) {
            (Some(a), Some(b)) if a < b => format!("{}{}", &raw[..a], &raw[b..]),
            _ => raw.clone(),
        };
        let scripts = outside_title.matches("<script").count();
        let rec = pipeline::process(case.file, raw.as_bytes()).unwrap();
        let recorded = rec
            .article
            .removed
            .iter()
            .any(|r| r.reason == RemovalReason::Markup && r.text.contains("<script>"));
        assert_eq!(recorded, scripts > 0, "{}: {scripts} script elements", case.file);
    }
}

#[test]
fn every_fixture_file_has_a_row_and_a_readme_entry() {
    let readme = std::fs::read_to_string(format!("{DIR}/README.md")).unwrap();
    let mut files: Vec<String> = std::fs::read_dir(DIR)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "README.md")
        .collect();
    files.sort();
    for f in &files {
        assert!(CASES.iter().any(|c| c.file == f), "{f} has no test row");
        assert!(readme.contains(&format!("`{f}`")), "{f} is not described in README.md");
    }
    for c in CASES {
        assert!(files.iter().any(|f| f == c.file), "row {} has no file", c.file);
    }
}

#[test]
fn hostile_fixtures_survive_the_bundle() {
    // The build-time path: every fixture in one bundle, encoded, decoded, searched.
    let files: Vec<(String, Vec<u8>)> = CASES.iter().map(|c| (c.file.to_string(), fixture(c.file))).collect();
    let (bundle, errors) = pipeline::build_bundle(files);
    assert!(errors.is_empty(), "{errors:?}");
    let back = Bundle::decode(&bundle.encode().unwrap()).unwrap();
    assert_eq!(back.records, bundle.records);
    let lib = counterparts::library::Library::new(back);
    let found = lib.search("script alert", &|_| true, 20).unwrap();
    let mut titles: Vec<&str> = found
        .found
        .iter()
        .map(|f| lib.records[f.record].article.title.as_str())
        .collect();
    titles.sort_unstable();
    // Only the stories that quote markup as text match: dropped scripts are not indexed.
    assert_eq!(
        titles,
        [
            "Hackers hide <script> tags in fake invoices",
            "Ministry warns of fake police websites"
        ]
    );
    for f in &found.found {
        assert_eq!(
            found.title(&lib.records[f.record]).text(),
            lib.records[f.record].article.title,
            "highlighting changed the title"
        );
    }
    // Text that arrived decomposed (NFD) or split by zero-width characters is found whole.
    let found = lib.search("luong tam quang", &|_| true, 20).unwrap();
    let mut files: Vec<&str> = found
        .found
        .iter()
        .map(|f| lib.records[f.record].article.file.as_str())
        .collect();
    files.sort_unstable();
    assert_eq!(files, ["vietnamese-nfd.txt", "zero-width.txt"]);
}

/// The sentence the 1 MB line repeats (the README gives the same recipe to the end-to-end tests).
const GIANT_SENTENCE: &str =
    "Hanoi (VNA) – Police officers from Vietnam and Laos met in Hanoi <script>alert(1)</script> on drug trafficking. ";
/// Size of the generated single-line file: 1 MiB.
const GIANT_BYTES: usize = 1024 * 1024;
/// Nesting depth of the generated HTML.
const DEPTH: usize = 10_000;

/// Generated giants: (name, bytes, a text the story must contain).
fn giants() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let mut line = String::with_capacity(GIANT_BYTES + GIANT_SENTENCE.len());
    while line.len() < GIANT_BYTES {
        line.push_str(GIANT_SENTENCE);
    }
    let story = "<p>Hanoi (VNA) – Police officers from Vietnam and Laos met in Hanoi on drug trafficking.</p>\
                 <p>The two sides agreed to share information on smuggling rings and to hold joint patrols.</p>";
    // DEPTH opening tags, `inner`, DEPTH closing tags, then `tail`.
    let nested = |open: &str, close: &str, inner: &str, tail: &str| {
        format!(
            "<!DOCTYPE html><html><body><h1>Deeply nested page</h1>{}{inner}{}{tail}</body></html>",
            open.repeat(DEPTH),
            close.repeat(DEPTH)
        )
        .into_bytes()
    };
    vec![
        (
            "one-megabyte-line.txt",
            line.clone().into_bytes(),
            "met in Hanoi <script>alert(1)</script> on drug",
        ),
        (
            "one-megabyte-html-line.html",
            format!("<!DOCTYPE html><html><body><h1>One line</h1><p>{line}</p></body></html>").into_bytes(),
            "met in Hanoi on drug trafficking. Hanoi (VNA)",
        ),
        (
            "nested-divs.html",
            nested("<div>", "</div>", story, ""),
            "met in Hanoi on drug trafficking.",
        ),
        (
            "nested-unclosed.html",
            nested("<div><span><b>", "", story, ""),
            "met in Hanoi on drug trafficking.",
        ),
        (
            "nested-articles.html",
            nested("<article>", "</article>", story, ""),
            "met in Hanoi on drug trafficking.",
        ),
        (
            "nested-chrome-around-script.html",
            nested(
                "<aside><svg onload=alert(1)>",
                "</svg></aside>",
                "<script>alert(2)</script>",
                story,
            ),
            "met in Hanoi on drug trafficking.",
        ),
        (
            "nested-scripts-in-attributes.html",
            nested(
                "<div title='<script>alert(3)</script>' onclick=\"alert(4)\">",
                "</div>",
                story,
                "",
            ),
            "met in Hanoi on drug trafficking.",
        ),
        (
            "unclosed-script.html",
            format!("<html><body>{story}<script>{}", line.replace("</script>", "")).into_bytes(),
            "met in Hanoi on drug",
        ),
        (
            "unclosed-comment.html",
            format!("<html><body>{story}<!-- {}", line.replace("</script>", "")).into_bytes(),
            "met in Hanoi on drug",
        ),
    ]
}

#[test]
fn generated_giants_parse_in_bounded_time() {
    for (name, bytes, want) in giants() {
        let (rec, took) = process_timed(name, &bytes);
        eprintln!("{name}: {} bytes in {took:?}", bytes.len());
        assert!(took < GIANT_BUDGET, "{name}: took {took:?}");
        check_shown(name, &rec);
        let body = rec.article.body();
        assert!(body.contains(want), "{name}: story lacks {want:?}");
        if name.ends_with(".html") {
            assert!(!body.contains("alert"), "{name}: a script or handler reached the story");
        }
    }
}

/// The fuzzer's bundle seeds follow the format: a bump of `bundle::VERSION` without new seeds would
/// leave the fuzzer testing only the "other version" error.
#[test]
fn fuzz_bundle_seeds_are_this_version() {
    let dir = format!("{}/fuzz/seeds/bundle_decode", env!("CARGO_MANIFEST_DIR"));
    let read = |name: &str| std::fs::read(format!("{dir}/{name}")).unwrap();
    let one = counterparts::bundle::Bundle::decode(&read("one-article.bin")).unwrap();
    assert_eq!(one.records.len(), 1);
    for name in ["truncated.bin", "wrong-version.bin", "html-error-page.bin"] {
        assert!(
            counterparts::bundle::Bundle::decode(&read(name)).is_err(),
            "{name} decodes"
        );
    }
    let wrong = counterparts::bundle::Bundle::decode(&read("wrong-version.bin"))
        .unwrap_err()
        .to_string();
    assert!(wrong.contains("version"), "{wrong}");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(96))]

    /// Any page assembled from hostile pieces: what markup carries (script bodies, handler
    /// code, link targets) never becomes text, and no control character survives.
    #[test]
    fn markup_payloads_never_become_text(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("<script>SCRIPTBODY</script>"),
                proptest::strategy::Just("<img src=x onerror=HANDLERCODE>"),
                proptest::strategy::Just("<svg onload=HANDLERCODE><script>SCRIPTBODY</script></svg>"),
                proptest::strategy::Just("<a href=\"javascript:LINKTARGET\">Hanoi</a>"),
                proptest::strategy::Just("<p onclick='HANDLERCODE'>"),
                proptest::strategy::Just("<p>"),
                proptest::strategy::Just("</p>"),
                proptest::strategy::Just("<h1>"),
                proptest::strategy::Just("</h1>"),
                proptest::strategy::Just("<figcaption>"),
                proptest::strategy::Just("</figcaption>"),
                proptest::strategy::Just("<title>"),
                proptest::strategy::Just("</title>"),
                proptest::strategy::Just("&lt;b&gt;"),
                proptest::strategy::Just("&#x202E;"),
                proptest::strategy::Just("\u{202E}"),
                proptest::strategy::Just("\u{200B}"),
                proptest::strategy::Just("\u{2066}"),
                proptest::strategy::Just("Hanoi (VNA) – "),
                proptest::strategy::Just("The minister of public security met police chiefs. "),
                proptest::strategy::Just("Lieutenant General Nguyen Van Binh "),
                proptest::strategy::Just("./."),
            ],
            0..40,
        )
    ) {
        let page = format!("<!DOCTYPE html><html><body>{}</body></html>", parts.concat());
        if let Ok(rec) = pipeline::process("prop.html", page.as_bytes()) {
            check_shown("prop.html", &rec);
            for (what, text) in shown_texts(&rec).into_iter().filter(|(w, _)| !w.starts_with("removed")) {
                for payload in ["SCRIPTBODY", "HANDLERCODE", "LINKTARGET"] {
                    proptest::prop_assert!(!text.contains(payload), "{} shows {}: {:?}", what, payload, text);
                }
            }
        }
    }
}
