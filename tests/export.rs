//! Export tests: the meetings shown as CSV (header, rows, escaping, formula guard, round trip through an RFC 4180 parser), JSON (extract's meeting shape plus the article) and iCalendar (all-day events, DTEND, folding at 75 octets with Vietnamese text, meetings without a known day left out and counted), the search results as CSV, and download file names; on the five seeds and on invented meetings.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on their own fixtures

mod common;

use counterparts::bundle::{Bundle, Record};
use counterparts::corpus::{Article, ArticleId};
use counterparts::date::{Date, PartialDate};
use counterparts::export::{self, Row};
use counterparts::filters::{Filters, Level};
use counterparts::lang::Lang;
use counterparts::library::Library;
use counterparts::meeting::{Agreement, EntityName, Evidence, FuzzyDate, Leads, Meeting, MonthDay, Person, Precision};
use counterparts::timeline;
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------------------------

use common::seeds;

fn seed_library() -> Library {
    Library::new(Bundle::from_records(seeds()))
}

fn query(q: &str) -> Filters {
    let (f, notices) = Filters::from_query(q);
    assert!(notices.is_empty(), "{q}: {notices:?}");
    f
}

/// The rows a link shows, as the page computes them.
fn shown<'a>(lib: &'a Library, q: &str) -> Vec<Row<'a>> {
    let view = lib.timeline_view(&query(q));
    export::rows(&lib.records, &view.timeline)
}

fn article(id: &str, title: &str) -> Article {
    Article {
        id: ArticleId(id.to_string()),
        file: format!("{id}.txt"),
        title: title.to_string(),
        language: Lang::En,
        dateline: None,
        source: None,
        byline: None,
        published: None,
        paragraphs: Vec::new(),
        captions: Vec::new(),
        removed: Vec::new(),
        provenance: Vec::new(),
        repairs: Vec::new(),
    }
}

fn person(name: &str, title: Option<&str>) -> Person {
    Person {
        id: format!("person:{}", name.to_lowercase().replace(' ', "-")),
        name: name.to_string(),
        title: title.map(str::to_string),
        country: None,
    }
}

fn evidence(text: &str, start: usize) -> Evidence {
    Evidence {
        text: text.to_string(),
        start,
        end: start + text.len(),
    }
}

fn day(y: u16, m: u8, d: u8) -> PartialDate {
    PartialDate::Day(Date::new(y, m, d).unwrap())
}

fn md(m: u8, d: u8) -> MonthDay {
    MonthDay::new(m, d).unwrap()
}

fn meeting(partners: &[&str], date: FuzzyDate) -> Meeting {
    Meeting::new(partners, date, Level::Minister)
}

/// An invented meeting of the Lao and Vietnamese ministries, with every column filled.
fn lao_meeting() -> Meeting {
    Meeting {
        place: Some("Vientiane".into()),
        country: Some("LA".into()),
        level: Level::DeputyMinister,
        ordinal: Some(3),
        leads: Leads {
            vietnam: Some(person("Nguyễn Văn Long", Some("Thứ trưởng Bộ Công an"))),
            partner: Some(person("Vilay Lakhamphong", Some("Minister of Public Security"))),
        },
        agreements: vec![Agreement {
            id: "agreement:mou".into(),
            name: "Memorandum of Understanding".into(),
            count: Some(2),
            text: "two MoUs on \"drug control\", border patrols".into(),
            start: 40,
            end: 80,
        }],
        topics: vec![
            EntityName {
                id: "topic:drugs".into(),
                name: "Drug crime".into(),
            },
            EntityName {
                id: "topic:borders".into(),
                name: "Border management".into(),
            },
        ],
        evidence: vec![evidence(
            "Vientiane (KPL) – The third deputy ministerial talks opened on 5 March 2021.",
            12,
        )],
        ..meeting(&["LA"], FuzzyDate::known(day(2021, 3, 5), day(2021, 3, 5)))
    }
}

/// A tiny RFC 4180 reader (quoted fields, doubled quotes, CRLF records) to check what [`export::csv`] writes.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text
        .strip_prefix(export::BOM)
        .expect("the CSV starts with a byte order mark");
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut field_started = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    assert!(
                        matches!(chars.peek(), None | Some(',') | Some('\r')),
                        "text after a closing quote in {text:?}"
                    );
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if !field_started => {
                quoted = true;
                field_started = true;
            }
            '"' => panic!("a bare quote inside an unquoted field in {text:?}"),
            ',' => {
                record.push(std::mem::take(&mut field));
                field_started = false;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "a CR not followed by LF outside quotes");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                field_started = false;
            }
            '\n' => panic!("a bare LF outside quotes in {text:?}"),
            c => {
                field.push(c);
                field_started = true;
            }
        }
    }
    assert!(!quoted, "an unclosed quote");
    assert!(record.is_empty() && field.is_empty(), "the last record has no CRLF");
    records
}

/// Joins folded iCalendar lines (RFC 5545 §3.1), checking every physical line on the way.
fn unfold(text: &str) -> Vec<String> {
    assert!(text.ends_with("\r\n"), "the calendar ends with CRLF");
    let mut out: Vec<String> = Vec::new();
    for line in text.strip_suffix("\r\n").unwrap().split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "a bare line break in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        match line.strip_prefix(' ') {
            Some(rest) => out.last_mut().expect("a continuation line first").push_str(rest),
            None => out.push(line.to_string()),
        }
    }
    out
}

/// Reverses [`export::escape_text`].
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(c) => out.push(c),
                None => panic!("a lone backslash at the end of {text:?}"),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The value of the first property `name` of each event.
fn event_props(lines: &[String], name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_event = false;
    let mut seen = false;
    for l in lines {
        match l.as_str() {
            "BEGIN:VEVENT" => (in_event, seen) = (true, false),
            "END:VEVENT" => {
                if !seen {
                    out.push(String::new());
                }
                in_event = false;
            }
            _ if in_event && !seen => {
                if let Some(v) = l.strip_prefix(name) {
                    if let Some(v) = v.strip_prefix(':').or_else(|| v.strip_prefix(";VALUE=DATE:")) {
                        out.push(v.to_string());
                        seen = true;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

// ---------------------------------------------------------------------------------------------------------------
// Which meetings
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn rows_follow_the_link_each_meeting_once() {
    let lib = seed_library();
    // (link, reported rows, mentioned rows, partners of the rows)
    let rows: &[(&str, usize, usize, &[&str])] = &[
        ("", 5, 2, &["CN", "FR", "SG"]),
        ("country=CN", 2, 2, &["CN"]),
        ("country=SG", 2, 0, &["SG"]),
        ("level=deputy-minister", 2, 0, &["SG"]),
        ("q=Darmanin", 2, 0, &["FR", "SG"]),
        ("lang=vi", 1, 0, &["SG"]),
        ("country=SG&from=2024", 1, 0, &["SG"]),
        ("country=NZ", 0, 0, &[]),
    ];
    for (q, reported, mentioned, partners) in rows {
        let got = shown(&lib, q);
        let r = got.iter().filter(|r| !r.meeting.mentioned).count();
        let m = got.iter().filter(|r| r.meeting.mentioned).count();
        assert_eq!((r, m), (*reported, *mentioned), "{q}");
        let mut codes: Vec<&str> = got
            .iter()
            .flat_map(|r| r.meeting.partners.iter().map(String::as_str))
            .collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes, *partners, "{q}");
        // Each row points at its meeting in its article.
        for r in &got {
            let rec = lib.record(r.article.id.as_str()).unwrap();
            assert_eq!(rec.meetings.get(r.index), Some(r.meeting), "{q}");
        }
    }
}

#[test]
fn a_meeting_with_two_partners_is_exported_once() {
    let a = article("00000000000000a1", "Mekong ministers meet");
    let mut two = meeting(&["LA", "KH"], FuzzyDate::known(day(2022, 6, 1), day(2022, 6, 1)));
    two.evidence = vec![evidence(
        "The ministers of Laos, Cambodia and Vietnam met on 1 June 2022.",
        0,
    )];
    let later = Meeting {
        mentioned: true,
        ..meeting(
            &["KH"],
            FuzzyDate::known(PartialDate::Year(2023), PartialDate::Year(2023)),
        )
    };
    let records = vec![Record {
        article: a,
        mentions: Vec::new(),
        meetings: vec![two, later],
    }];
    let t = timeline::build(&timeline::entries(&records));
    assert_eq!(t.lanes.len(), 2, "in two lanes");
    let got = export::rows(&records, &t);
    assert_eq!(got.iter().map(|r| r.index).collect::<Vec<_>>(), [0, 1]);
    let cal = export::ics(&got, 0, "");
    assert_eq!((cal.events, cal.left_out, cal.no_year), (1, 1, 0));
    let s = export::summary(got[0].meeting);
    assert!(s.starts_with("Vietnam–Laos & Cambodia ministerial meeting"), "{s}");
}

// ---------------------------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------------------------

const HEADER: &str = "article_id,article_title,partners,mentioned,date_start,date_end,month_day,month_day_end,\
year_min,year_max,precision,derivation,place,country,level,ordinal,vietnam_lead,vietnam_title,partner_lead,\
partner_title,agreements,topics,evidence,link";

#[test]
fn csv_header_and_an_invented_row_exactly() {
    let a = article("00000000000000b2", "Vietnam, Laos hold \"third\" talks");
    let m = lao_meeting();
    let rows = [Row {
        article: &a,
        index: 0,
        meeting: &m,
    }];
    let text = export::csv(&rows);
    let want = format!(
        "\u{feff}{HEADER}\r\n\
         00000000000000b2,\"Vietnam, Laos hold \"\"third\"\" talks\",LA,false,2021-03-05,2021-03-05,,,2021,2021,day,,\
         Vientiane,LA,deputy-minister,3,Nguyễn Văn Long,Thứ trưởng Bộ Công an,Vilay Lakhamphong,\
         Minister of Public Security,\
         \"2 × Memorandum of Understanding: two MoUs on \"\"drug control\"\", border patrols\",\
         Drug crime; Border management,\
         Vientiane (KPL) – The third deputy ministerial talks opened on 5 March 2021.,\
         ?view=article&article=00000000000000b2#ev=12-90\r\n"
    );
    assert_eq!(text, want);
}

#[test]
fn csv_fields_are_escaped_and_formulas_defused() {
    // (name, value, field as written)
    let rows: &[(&str, &str, &str)] = &[
        ("plain", "Hanoi", "Hanoi"),
        ("empty", "", ""),
        ("comma", "Hanoi, Vietnam", "\"Hanoi, Vietnam\""),
        ("quote", "the \"12th\" meeting", "\"the \"\"12th\"\" meeting\""),
        ("newline", "line one\nline two", "\"line one\nline two\""),
        ("crlf", "a\r\nb", "\"a\r\nb\""),
        ("vietnamese", "Lương Tam Quang", "Lương Tam Quang"),
        (
            "formula",
            "=HYPERLINK(\"http://x\")",
            "\"'=HYPERLINK(\"\"http://x\"\")\"",
        ),
        ("plus", "+84 24 1234", "'+84 24 1234"),
        ("minus", "-1+1", "'-1+1"),
        ("at", "@SUM(A1)", "'@SUM(A1)"),
        ("tab", "\t=1", "'\t=1"),
        ("carriage return", "\r=1", "\"'\r=1\""),
        ("formula with comma", "=1,2", "\"'=1,2\""),
        ("dash inside is fine", "Asia-Pacific", "Asia-Pacific"),
        ("en dash first is fine", "– Hanoi", "– Hanoi"),
    ];
    for (name, value, want) in rows {
        let mut out = String::new();
        export::push_csv_field(&mut out, value);
        assert_eq!(out, *want, "{name}");
    }
}

#[test]
fn seed_csv_rows_keep_fuzzy_dates_fuzzy() {
    let lib = seed_library();
    let text = export::csv(&shown(&lib, ""));
    assert!(text.starts_with(&format!("\u{feff}{HEADER}\r\n")));
    let table = parse_csv(&text);
    let header = &table[0];
    let body = &table[1..];
    assert_eq!(body.len(), 7);
    assert!(table.iter().all(|r| r.len() == export::CSV_COLUMNS.len()));
    let cols = [
        "partners",
        "mentioned",
        "date_start",
        "date_end",
        "month_day",
        "year_min",
        "year_max",
        "precision",
        "place",
        "level",
        "ordinal",
        "vietnam_lead",
        "partner_lead",
    ]
    .map(|c| column(header, c));
    let got: Vec<Vec<&str>> = body
        .iter()
        .map(|r| cols.iter().map(|&i| r[i].as_str()).collect())
        .collect();
    // Seeds 000 to 004 in order; 001 reports one meeting and mentions two.
    let want: &[[&str; 13]] = &[
        [
            "SG",
            "false",
            "",
            "",
            "10-08",
            "",
            "",
            "unknown-year",
            "Hanoi",
            "deputy-minister",
            "12",
            "Le Quoc Hung",
            "Aubeck Kam",
        ],
        [
            "CN",
            "false",
            "",
            "",
            "02-19",
            "2019",
            "2022",
            "year-range",
            "Hanoi",
            "minister",
            "7",
            "To Lam",
            "Zhao Kezhi",
        ],
        [
            "CN", "true", "2018-10", "2018-10", "", "2018", "2018", "month", "Beijing", "minister", "6", "", "",
        ],
        [
            "CN", "true", "2022", "2022", "", "2022", "2022", "year", "", "minister", "8", "", "",
        ],
        [
            "FR",
            "false",
            "",
            "",
            "11-04",
            "",
            "",
            "unknown-year",
            "Paris",
            "minister",
            "",
            "To Lam",
            "Gérald Darmanin",
        ],
        [
            "SG",
            "false",
            "2024-04-03",
            "2024-04-05",
            "",
            "2024",
            "2024",
            "range",
            "Singapore",
            "deputy-minister",
            "",
            "Lương Tam Quang",
            "K. Shanmugam",
        ],
        [
            "CN",
            "false",
            "2024-04-19",
            "2024-04-19",
            "",
            "2024",
            "2024",
            "day",
            "Hanoi",
            "minister",
            "",
            "To Lam",
            "He Rong",
        ],
    ];
    assert_eq!(got, want);
    // The Vietnamese article's title and sentence come through intact, and every link opens the sentence.
    let (title, ev, link) = (
        column(header, "article_title"),
        column(header, "evidence"),
        column(header, "link"),
    );
    assert_eq!(
        body[5][title],
        "Việt Nam – Singapore tăng cường hợp tác phòng, chống tội phạm"
    );
    assert!(body[5][ev].starts_with("Nhận lời mời của ngài K. Shanmugam"));
    for r in body {
        let rec = lib.record(&r[0]).unwrap();
        let frag = r[link].split_once('#').map(|(_, f)| f).unwrap();
        let range = counterparts::reader::evidence_from_fragment(frag).unwrap();
        assert_eq!(rec.article.body().get(range), Some(r[ev].as_str()), "{}", r[link]);
        assert!(r[link].starts_with(&format!("?view=article&article={}#ev=", r[0])));
    }
    // A derived year says how it was reached.
    let derivation = column(header, "derivation");
    assert!(
        body[6][derivation].contains("December 12-13, 2023"),
        "{}",
        body[6][derivation]
    );
}

#[test]
fn search_results_csv() {
    let lib = seed_library();
    let found = lib.search("Darmanin", &|_| true, 10).unwrap();
    let table = parse_csv(&export::hits_csv(&lib.records, &found));
    assert_eq!(table[0], export::HITS_COLUMNS);
    assert_eq!(table.len(), 3);
    let langs: Vec<&str> = table[1..].iter().map(|r| r[3].as_str()).collect();
    let mut sorted = langs.clone();
    sorted.sort();
    assert_eq!(sorted, ["en", "vi"]);
    for (i, (r, f)) in table[1..].iter().zip(&found.found).enumerate() {
        let a = &lib.records[f.record].article;
        assert_eq!(r[0], (i + 1).to_string());
        assert_eq!((r[1].as_str(), r[2].as_str()), (a.id.as_str(), a.title.as_str()));
        assert_eq!(r[4], a.published.map(|d| d.to_string()).unwrap_or_default());
        assert!(
            (r[5].parse::<f32>().unwrap() - f.score).abs() <= 0.0005,
            "{} {}",
            r[5],
            f.score
        );
        assert_eq!(r[5].split_once('.').map(|(_, d)| d.len()), Some(3), "{}", r[5]);
        assert_eq!(r[6], found.snippet(&lib.records[f.record]).text());
        assert!(r[6].contains("Darmanin"), "{}", r[6]);
    }
    // Ranks count written rows: a result whose record is gone is skipped, not numbered.
    let mut stale = found.clone();
    stale.found.insert(
        0,
        counterparts::library::Found {
            record: 99,
            ..found.found[0]
        },
    );
    assert_eq!(parse_csv(&export::hits_csv(&lib.records, &stale)), table);
}

// ---------------------------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn json_is_extracts_meeting_shape_plus_the_article() {
    let lib = seed_library();
    let rows = shown(&lib, "country=CN");
    let v: serde_json::Value = serde_json::from_str(&export::json(&rows).unwrap()).unwrap();
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), 4);
    for (obj, row) in arr.iter().zip(&rows) {
        let extract = serde_json::to_value(counterparts::report::MeetingJson::from(row.meeting)).unwrap();
        let mut want = extract.as_object().unwrap().clone();
        want.insert("article_id".into(), row.article.id.as_str().into());
        want.insert("article_title".into(), row.article.title.as_str().into());
        want.insert("index".into(), row.index.into());
        want.insert("link".into(), row.link().into());
        assert_eq!(obj.as_object().unwrap(), &want);
    }
    let dates: Vec<(&str, &str)> = arr
        .iter()
        .map(|o| {
            let d = &o["date"];
            (d["precision"].as_str().unwrap(), d["start"].as_str().unwrap_or("null"))
        })
        .collect();
    assert_eq!(
        dates,
        [
            ("year-range", "null"),
            ("month", "2018-10"),
            ("year", "2022"),
            ("day", "2024-04-19")
        ]
    );
    assert_eq!(arr[0]["date"]["month_day"], "02-19");
    assert_eq!(arr[1]["mentioned"], true);

    let vi = shown(&lib, "lang=vi");
    let text = export::json(&vi).unwrap();
    assert!(text.contains("\"article_title\": \"Việt Nam – Singapore tăng cường hợp tác phòng, chống tội phạm\""));
    assert_eq!(export::json(&[]).unwrap(), "[]");
}

// ---------------------------------------------------------------------------------------------------------------
// iCalendar
// ---------------------------------------------------------------------------------------------------------------

/// 2024-05-01T08:30:00Z.
const STAMP: u64 = 1_714_552_200;

#[test]
fn seed_calendar_holds_the_meetings_known_to_the_day() {
    let lib = seed_library();
    struct Case {
        link: &'static str,
        events: usize,
        left_out: usize,
        /// Of those left out, the ones without any year.
        no_year: usize,
        /// DTSTART and DTEND of the events.
        spans: &'static [(&'static str, &'static str)],
    }
    let rows = [
        Case {
            link: "",
            events: 2,
            left_out: 5,
            no_year: 2,
            spans: &[("20240403", "20240406"), ("20240419", "20240420")],
        },
        Case {
            link: "country=CN",
            events: 1,
            left_out: 3,
            no_year: 0,
            spans: &[("20240419", "20240420")],
        },
        Case {
            link: "country=SG",
            events: 1,
            left_out: 1,
            no_year: 1,
            spans: &[("20240403", "20240406")],
        },
        Case {
            link: "country=FR",
            events: 0,
            left_out: 1,
            no_year: 1,
            spans: &[],
        },
    ];
    for Case {
        link: q,
        events,
        left_out,
        no_year,
        spans,
    } in &rows
    {
        let cal = export::ics(&shown(&lib, q), STAMP, "https://example.org/sub/path/");
        assert_eq!(
            (cal.events, cal.left_out, cal.no_year),
            (*events, *left_out, *no_year),
            "{q}"
        );
        let lines = unfold(&cal.text);
        let got: Vec<(String, String)> = event_props(&lines, "DTSTART")
            .into_iter()
            .zip(event_props(&lines, "DTEND"))
            .collect();
        let want: Vec<(String, String)> = spans.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, want, "{q}");
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), *events);
        assert!(event_props(&lines, "DTSTAMP").iter().all(|s| s == "20240501T083000Z"));
    }
    // On the five reported meetings alone: two without a year (8 October, 4 November), one with a span of years.
    let all = shown(&lib, "");
    let reported: Vec<Row<'_>> = all.iter().filter(|r| !r.meeting.mentioned).copied().collect();
    let cal = export::ics(&reported, STAMP, "");
    assert_eq!((cal.events, cal.left_out, cal.no_year), (2, 3, 2));
}

#[test]
fn seed_calendar_text() {
    let lib = seed_library();
    let cal = export::ics(&shown(&lib, ""), STAMP, "https://example.org/sub/path/");
    let lines = unfold(&cal.text);
    assert_eq!(
        lines[..5],
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Counterparts//Meetings export//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH"
        ]
    );
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    let summaries: Vec<String> = event_props(&lines, "SUMMARY").iter().map(|s| unescape(s)).collect();
    assert_eq!(
        summaries,
        [
            "Vietnam–Singapore deputy-ministerial meeting: Lương Tam Quang – K. Shanmugam",
            "Vietnam–China ministerial meeting: To Lam – He Rong",
        ]
    );
    let locations: Vec<String> = event_props(&lines, "LOCATION").iter().map(|s| unescape(s)).collect();
    assert_eq!(locations, ["Singapore, Singapore", "Hanoi, Vietnam"]);
    let uids = event_props(&lines, "UID");
    let sg = lib.records.iter().find(|r| r.article.language == Lang::Vi).unwrap();
    assert_eq!(uids[0], format!("{}-0@counterparts", sg.article.id));
    let descriptions: Vec<String> = event_props(&lines, "DESCRIPTION").iter().map(|s| unescape(s)).collect();
    let d = &descriptions[0];
    assert!(
        d.starts_with("Date: 3–5 Apr 2024 (range of days)\nVietnam: Lương Tam Quang (Thứ trưởng Bộ Công an)\n"),
        "{d}"
    );
    assert!(
        d.contains("\nSource: Nhận lời mời của ngài K. Shanmugam, Bộ trưởng Bộ Nội vụ"),
        "{d}"
    );
    assert!(d.ends_with(&format!(
        "\nLink: https://example.org/sub/path/?view=article&article={}#ev=0-527",
        sg.article.id
    )));
    assert!(descriptions[1].contains("\nYear derived: The text cites December 12-13, 2023 as past"));
    assert!(descriptions[1].contains("\nSigned: Memorandum of Understanding: a Memorandum of Understanding"));
    // The Vietnamese description is long: it was folded, and never inside a character.
    assert!(cal.text.contains("\r\n "));
    assert!(cal.text.split("\r\n").all(|l| l.len() <= 75));
}

#[test]
fn known_days_never_invents_a_day() {
    let bounded = FuzzyDate {
        precision: Precision::YearRange,
        year_min: Some(2019),
        year_max: Some(2022),
        derivation: Some("invented".into()),
        ..FuzzyDate::without_year(md(2, 19), None)
    };
    let derived = FuzzyDate {
        derivation: Some("the article cites March 2020 as past".into()),
        ..FuzzyDate::known(day(2021, 1, 7), day(2021, 1, 7))
    };
    /// (name, date, first and last day when known)
    type Case = (&'static str, FuzzyDate, Option<(&'static str, &'static str)>);
    let rows: Vec<Case> = vec![
        (
            "day",
            FuzzyDate::known(day(2023, 9, 12), day(2023, 9, 12)),
            Some(("2023-09-12", "2023-09-12")),
        ),
        ("derived year", derived, Some(("2021-01-07", "2021-01-07"))),
        (
            "range of days",
            FuzzyDate::known(day(2023, 12, 30), day(2024, 1, 2)),
            Some(("2023-12-30", "2024-01-02")),
        ),
        (
            "month",
            FuzzyDate::known(PartialDate::Month(2018, 10), PartialDate::Month(2018, 10)),
            None,
        ),
        (
            "range of months",
            FuzzyDate::known(PartialDate::Month(2018, 10), PartialDate::Month(2018, 11)),
            None,
        ),
        (
            "day to month",
            FuzzyDate::known(day(2018, 10, 30), PartialDate::Month(2018, 11)),
            None,
        ),
        (
            "year",
            FuzzyDate::known(PartialDate::Year(2022), PartialDate::Year(2022)),
            None,
        ),
        ("year range", bounded, None),
        ("year not stated", FuzzyDate::without_year(md(10, 8), None), None),
        (
            "days without a year",
            FuzzyDate::without_year(md(7, 6), Some(md(7, 8))),
            None,
        ),
        ("unknown", FuzzyDate::unknown(), None),
    ];
    for (name, date, want) in rows {
        let m = meeting(&["TH"], date);
        let got = export::known_days(&m).map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())), "{name}");
    }
}

#[test]
fn all_day_events_end_the_day_after() {
    // (first day, last day, DTSTART, DTEND)
    let rows: &[(&str, &str, &str, &str)] = &[
        ("2024-04-19", "2024-04-19", "20240419", "20240420"),
        ("2023-12-31", "2023-12-31", "20231231", "20240101"),
        ("2024-02-28", "2024-02-28", "20240228", "20240229"),
        ("2023-02-28", "2023-02-28", "20230228", "20230301"),
        ("2024-01-30", "2024-02-02", "20240130", "20240203"),
    ];
    let a = article("00000000000000c3", "Talks");
    for &(first, last, start, end) in rows {
        let (first, last): (Date, Date) = (first.parse().unwrap(), last.parse().unwrap());
        let m = meeting(
            &["JP"],
            FuzzyDate::known(PartialDate::Day(first), PartialDate::Day(last)),
        );
        let cal = export::ics(
            &[Row {
                article: &a,
                index: 4,
                meeting: &m,
            }],
            0,
            "",
        );
        let lines = unfold(&cal.text);
        assert_eq!(event_props(&lines, "DTSTART"), [start], "{start}");
        assert_eq!(event_props(&lines, "DTEND"), [end], "{start}");
        assert_eq!(event_props(&lines, "UID"), ["00000000000000c3-4@counterparts"]);
        assert!(lines.iter().any(|l| *l == format!("DTSTART;VALUE=DATE:{start}")));
    }
}

#[test]
fn summaries_name_the_sides_and_the_level() {
    let lao = lao_meeting();
    let planned = Meeting {
        mentioned: true,
        relation: Some(counterparts::meeting::Relation::Later),
        leads: Leads {
            vietnam: Some(person("To Lam", None)),
            partner: None,
        },
        ..meeting(&["KR"], FuzzyDate::unknown())
    };
    let nobody = meeting(&["ZZ"], FuzzyDate::unknown());
    // (name, meeting, summary)
    let rows: &[(&str, &Meeting, &str)] = &[
        (
            "both leads, deputy level",
            &lao,
            "Vietnam–Laos deputy-ministerial meeting: Nguyễn Văn Long – Vilay Lakhamphong",
        ),
        (
            "one lead, mentioned",
            &planned,
            "Vietnam–South Korea ministerial meeting: To Lam (mentioned)",
        ),
        ("no lead, unknown code", &nobody, "Vietnam–ZZ ministerial meeting"),
    ];
    for (name, m, want) in rows {
        assert_eq!(export::summary(m), *want, "{name}");
    }
}

#[test]
fn ics_text_is_escaped() {
    // (name, text, escaped)
    let rows: &[(&str, &str, &str)] = &[
        ("plain", "Hanoi", "Hanoi"),
        ("comma", "Hanoi, Vietnam", "Hanoi\\, Vietnam"),
        ("semicolon", "a; b", "a\\; b"),
        ("backslash", "C:\\path", "C:\\\\path"),
        ("newline", "one\ntwo", "one\\ntwo"),
        ("crlf", "one\r\ntwo", "one\\ntwo"),
        ("cr", "one\rtwo", "one\\ntwo"),
        ("colon and quote stay", "Note: \"x\"", "Note: \"x\""),
        ("controls dropped", "a\u{0}b\u{7}c\u{7f}d", "abcd"),
        ("tab kept", "a\tb", "a\tb"),
        ("vietnamese", "Đoàn công tác", "Đoàn công tác"),
    ];
    for (name, text, want) in rows {
        assert_eq!(export::escape_text(text), *want, "{name}");
    }
}

#[test]
fn ics_lines_fold_at_75_octets_between_characters() {
    let a75 = "A".repeat(75);
    let a76 = "A".repeat(76);
    let a150 = "A".repeat(150);
    // 74 ASCII octets then "ệ" (3 octets): the character does not fit and moves to the next line.
    let viet = format!("{}ệ{}", "x".repeat(74), "y".repeat(3));
    // (name, line, physical lines)
    let rows: Vec<(&str, String, Vec<String>)> = vec![
        ("fits", a75.clone(), vec![a75.clone()]),
        ("one over", a76, vec![a75.clone(), " A".into()]),
        (
            "two folds",
            a150,
            vec![a75, format!(" {}", "A".repeat(74)), " A".into()],
        ),
        ("multi-byte at the edge", viet, vec!["x".repeat(74), " ệyyy".into()]),
    ];
    for (name, line, want) in rows {
        let mut out = String::new();
        export::push_folded(&mut out, &line);
        let got: Vec<&str> = out.strip_suffix("\r\n").unwrap().split("\r\n").collect();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn dtstamp_comes_from_the_caller() {
    // (seconds since 1970, DTSTAMP)
    let rows: &[(u64, &str)] = &[
        (0, "19700101T000000Z"),
        (86_399, "19700101T235959Z"),
        (951_782_400, "20000229T000000Z"),
        (1_714_552_200, "20240501T083000Z"),
        (4_107_542_400, "21000301T000000Z"),
        (u64::MAX, "99991231T235959Z"),
    ];
    for &(secs, want) in rows {
        assert_eq!(export::utc_stamp(secs), want, "{secs}");
    }
}

// ---------------------------------------------------------------------------------------------------------------
// File names
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn file_names_follow_the_filters() {
    // (link, what, extension, file name)
    let rows: &[(&str, &str, &str, &str)] = &[
        ("", "meetings", "csv", "counterparts-meetings.csv"),
        ("country=CN", "meetings", "csv", "counterparts-meetings-country-CN.csv"),
        (
            "country=CN,SG&level=deputy-minister",
            "meetings",
            "ics",
            "counterparts-meetings-country-CN-SG-level-deputy-minister.ics",
        ),
        (
            "from=2019&to=2022-06",
            "meetings",
            "json",
            "counterparts-meetings-from-2019-to-2022-06.json",
        ),
        ("q=Tô Lâm", "search", "csv", "counterparts-search-q-to-lam.csv"),
        (
            "q=\"Bộ Công an\" -Đà",
            "search",
            "csv",
            "counterparts-search-q-bo-cong-an-da.csv",
        ),
        (
            "entity=person:to-lam&ui=vi",
            "meetings",
            "csv",
            "counterparts-meetings-entity-person-to-lam.csv",
        ),
        (
            "view=entities&lang=vi",
            "meetings",
            "csv",
            "counterparts-meetings-lang-vi.csv",
        ),
    ];
    for (q, what, ext, want) in rows {
        assert_eq!(export::file_name(&query(q), what, ext), *want, "{q}");
    }
    let long = Filters::default().with_q(&"Hội nghị ".repeat(30));
    let name = export::file_name(&long, "search", "csv");
    assert!(name.len() <= "counterparts-search".len() + 80 + ".csv".len(), "{name}");
    assert!(name.starts_with("counterparts-search-q-hoi-nghi-hoi-nghi-"), "{name}");
    assert!(!name.contains("-.") && !name.contains("--"), "{name}");
}

// ---------------------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------------------

/// Text with the characters that need care: separators, quotes, line breaks, formula starts, Vietnamese, emoji.
fn tricky() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just(",".to_string()),
            Just("\"".to_string()),
            Just("\n".to_string()),
            Just("\r\n".to_string()),
            Just("\r".to_string()),
            Just(";".to_string()),
            Just("\\".to_string()),
            Just("=".to_string()),
            Just("+".to_string()),
            Just("-".to_string()),
            Just("@".to_string()),
            Just("\t".to_string()),
            Just("Lương Tam Quang".to_string()),
            Just("Đoàn".to_string()),
            Just("👮🏽‍♀️".to_string()),
            "[a-zA-Z0-9 ]{0,12}",
            any::<char>().prop_map(String::from),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

/// The cell as a spreadsheet-safe CSV holds it: a formula start gets a `'`.
fn defused(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

proptest! {
    #[test]
    fn csv_round_trips_through_an_rfc_4180_reader(title in tricky(), lead in tricky(), sentence in tricky(), place in tricky()) {
        let a = article("00000000000000d4", &title);
        let m = Meeting {
            place: Some(place.clone()),
            leads: Leads { vietnam: Some(person(&lead, None)), partner: None },
            evidence: vec![evidence(&sentence, 3)],
            ..meeting(&["ID"], FuzzyDate::without_year(md(1, 2), None))
        };
        let rows = [Row { article: &a, index: 0, meeting: &m }, Row { article: &a, index: 1, meeting: &m }];
        let table = parse_csv(&export::csv(&rows));
        prop_assert_eq!(table.len(), 3);
        let header = &table[0];
        for r in &table[1..] {
            prop_assert_eq!(r.len(), export::CSV_COLUMNS.len());
            prop_assert_eq!(&r[column(header, "article_title")], &defused(&title));
            prop_assert_eq!(&r[column(header, "vietnam_lead")], &defused(&lead));
            prop_assert_eq!(&r[column(header, "evidence")], &defused(&sentence));
            prop_assert_eq!(&r[column(header, "place")], &defused(&place));
            prop_assert_eq!(&r[column(header, "month_day")], "01-02");
            for cell in r {
                prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{:?}", cell);
            }
        }
    }

    #[test]
    fn every_ics_line_fits_and_unfolds_to_the_text(title in tricky(), lead in tricky(), sentence in tricky(), place in tricky(), stamp in any::<u64>()) {
        let a = article("00000000000000e5", &title);
        let m = Meeting {
            place: Some(place.clone()),
            leads: Leads { vietnam: Some(person(&lead, None)), partner: Some(person(&sentence, Some(&title))) },
            evidence: vec![evidence(&sentence, 0)],
            ..meeting(&["ID"], FuzzyDate::known(day(2020, 2, 29), day(2020, 3, 1)))
        };
        let cal = export::ics(&[Row { article: &a, index: 0, meeting: &m }], stamp, "https://example.org/");
        prop_assert_eq!((cal.events, cal.left_out), (1, 0));
        // `unfold` checks every physical line: at most 75 octets, CRLF only.
        let lines = unfold(&cal.text);
        let clean = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n").chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect::<String>();
        let location = unescape(&event_props(&lines, "LOCATION")[0]);
        prop_assert_eq!(location, clean(&place));
        let summary = unescape(&event_props(&lines, "SUMMARY")[0]);
        prop_assert_eq!(summary, clean(&export::summary(&m)));
        let description = unescape(&event_props(&lines, "DESCRIPTION")[0]);
        let flat = |s: &str| clean(s).replace('\n', " ");
        let source = format!("\nSource: {}\nArticle: {}\n", flat(&sentence), flat(&title));
        prop_assert!(description.contains(&source), "{:?}", description);
        prop_assert_eq!(event_props(&lines, "DTEND"), ["20200302"]);
    }

    #[test]
    fn folding_keeps_any_text(line in "\\PC{0,300}") {
        let mut out = String::new();
        export::push_folded(&mut out, &line);
        let physical: Vec<&str> = out.strip_suffix("\r\n").unwrap().split("\r\n").collect();
        let mut joined = String::new();
        for (i, p) in physical.iter().enumerate() {
            prop_assert!(p.len() <= 75);
            joined.push_str(if i == 0 { p } else { p.strip_prefix(' ').unwrap() });
        }
        prop_assert_eq!(joined, line);
    }
}
