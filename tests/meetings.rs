//! Meeting extraction tests: issue 5's facts on the five seeds (through `pipeline::process` on `corpus/*.txt`), invented articles in other countries and both languages that prove the rules are general, non-meetings that must yield nothing, linear time, and properties (no panics, evidence slices the body, no invented years).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on their own fixtures

use counterparts::bundle::Record;
use counterparts::entity::{self, EntityKind, Mention};
use counterparts::filters::Level;
use counterparts::lang::Lang;
use counterparts::meeting::{self, Context, Meeting, Precision, Relation};
use counterparts::pipeline;
use std::time::Instant;

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

fn seed(prefix: &str) -> Record {
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = std::fs::read_dir(format!("{root}/corpus")).unwrap();
    let path = dir
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no corpus file {prefix}*"));
    let bytes = std::fs::read(&path).unwrap();
    pipeline::process(&path.to_string_lossy(), &bytes).unwrap()
}

fn process(name: &str, text: &str) -> Record {
    pipeline::process(name, text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every evidence and agreement range of the meetings slices the body to the stored text; dates are ordered.
fn check_invariants(name: &str, body: &str, meetings: &[Meeting]) {
    for m in meetings {
        assert!(!m.partners.iter().any(|p| p == "VN"), "{name}: VN is never a partner");
        assert!(!m.evidence.is_empty(), "{name}: a meeting has evidence");
        for e in m.evidence.iter().chain(&m.date.evidence) {
            assert_eq!(
                body.get(e.start..e.end),
                Some(e.text.as_str()),
                "{name}: evidence slices the body"
            );
        }
        for a in &m.agreements {
            assert_eq!(
                body.get(a.start..a.end),
                Some(a.text.as_str()),
                "{name}: agreement slices the body"
            );
        }
        if let (Some(s), Some(e)) = (m.date.start, m.date.end) {
            assert!(s.first_day() <= e.last_day(), "{name}: start after end");
        }
        if let (Some(a), Some(b)) = (m.date.year_min, m.date.year_max) {
            assert!(a <= b, "{name}: year_min after year_max");
        }
        if let (Some(a), Some(b)) = (m.date.earliest(), m.date.latest()) {
            assert!(a <= b, "{name}: earliest after latest");
        }
    }
}

/// The years a fuzzy date names must each be written in the body (or the publication date) unless the date says
/// how it derived them.
fn check_no_invented_year(name: &str, body: &str, published: Option<&str>, m: &Meeting) {
    if m.date.derivation.is_some() {
        return;
    }
    for y in m.date.years() {
        let y = y.to_string();
        assert!(
            body.contains(&y) || published.is_some_and(|p| p.contains(&y)),
            "{name}: year {y} neither in the text nor derived: {:?}",
            m.date
        );
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The seeds: issue 5's "Done when"
// ---------------------------------------------------------------------------------------------------------------

/// What a fuzzy date must be.
struct DateWant {
    precision: Precision,
    start: Option<&'static str>,
    end: Option<&'static str>,
    month_day: Option<&'static str>,
    year_min: Option<u16>,
    year_max: Option<u16>,
    derived: bool,
}

struct SeedRow {
    name: &'static str,
    file: &'static str,
    partners: &'static [&'static str],
    place: Option<&'static str>,
    country: Option<&'static str>,
    date: DateWant,
    level: Level,
    ordinal: Option<u32>,
    vietnam: (&'static str, &'static str),
    partner: (&'static str, &'static str),
    /// (agreement id, count, text starts with)
    agreements: &'static [(&'static str, Option<u32>, &'static str)],
}

const SEEDS: &[SeedRow] = &[
    SeedRow {
        name: "000 Singapore deputy-ministerial annual meeting",
        file: "000",
        partners: &["SG"],
        place: Some("Hanoi"),
        country: Some("VN"),
        date: DateWant {
            precision: Precision::UnknownYear,
            start: None,
            end: None,
            month_day: Some("10-08"),
            year_min: None,
            year_max: None,
            derived: false,
        },
        level: Level::DeputyMinister,
        ordinal: Some(12),
        vietnam: ("person:le-quoc-hung", "Le Quoc Hung"),
        partner: ("person:aubeck-kam", "Aubeck Kam"),
        agreements: &[],
    },
    SeedRow {
        name: "001 China seventh ministerial meeting",
        file: "001",
        partners: &["CN"],
        place: Some("Hanoi"),
        country: Some("VN"),
        date: DateWant {
            precision: Precision::YearRange,
            start: None,
            end: None,
            month_day: Some("02-19"),
            year_min: Some(2019),
            year_max: Some(2022),
            derived: true,
        },
        level: Level::Minister,
        ordinal: Some(7),
        vietnam: ("person:to-lam", "To Lam"),
        partner: ("person:zhao-kezhi", "Zhao Kezhi"),
        agreements: &[(
            "agreement:mou",
            Some(3),
            "three MoUs on cooperation in fighting high-tech crime",
        )],
    },
    SeedRow {
        name: "002 France talks in Paris",
        file: "002",
        partners: &["FR"],
        place: Some("Paris"),
        country: Some("FR"),
        date: DateWant {
            precision: Precision::UnknownYear,
            start: None,
            end: None,
            month_day: Some("11-04"),
            year_min: None,
            year_max: None,
            derived: false,
        },
        level: Level::Minister,
        ordinal: None,
        vietnam: ("person:to-lam", "To Lam"),
        partner: ("person:gerald-darmanin", "Gérald Darmanin"),
        agreements: &[(
            "agreement:letter-of-intent",
            Some(1),
            "a letter of intent on the French ministry",
        )],
    },
    SeedRow {
        name: "003 Singapore visit (Vietnamese)",
        file: "003",
        partners: &["SG"],
        place: Some("Singapore"),
        country: Some("SG"),
        date: DateWant {
            precision: Precision::Range,
            start: Some("2024-04-03"),
            end: Some("2024-04-05"),
            month_day: None,
            year_min: Some(2024),
            year_max: Some(2024),
            derived: false,
        },
        level: Level::DeputyMinister,
        ordinal: None,
        vietnam: ("person:luong-tam-quang", "Lương Tam Quang"),
        partner: ("person:k-shanmugam", "K. Shanmugam"),
        agreements: &[],
    },
    SeedRow {
        name: "004 China justice minister talks",
        file: "004",
        partners: &["CN"],
        place: Some("Hanoi"),
        country: Some("VN"),
        date: DateWant {
            precision: Precision::Day,
            start: Some("2024-04-19"),
            end: Some("2024-04-19"),
            month_day: None,
            year_min: Some(2024),
            year_max: Some(2024),
            derived: true,
        },
        level: Level::Minister,
        ordinal: None,
        vietnam: ("person:to-lam", "To Lam"),
        partner: ("person:he-rong", "He Rong"),
        agreements: &[(
            "agreement:mou",
            Some(1),
            "a Memorandum of Understanding on cooperation between the MoPS and the Chinese Ministry of Justice",
        )],
    },
];

fn check_date(name: &str, m: &Meeting, want: &DateWant) {
    let d = &m.date;
    assert_eq!(d.precision, want.precision, "{name}: precision {d:?}");
    assert_eq!(d.start.map(|x| x.to_string()).as_deref(), want.start, "{name}: start");
    assert_eq!(d.end.map(|x| x.to_string()).as_deref(), want.end, "{name}: end");
    assert_eq!(
        d.month_day.map(|x| x.to_string()).as_deref(),
        want.month_day,
        "{name}: month_day"
    );
    assert_eq!(d.year_min, want.year_min, "{name}: year_min");
    assert_eq!(d.year_max, want.year_max, "{name}: year_max");
    assert_eq!(
        d.derivation.is_some(),
        want.derived,
        "{name}: derivation {:?}",
        d.derivation
    );
    assert!(!d.evidence.is_empty(), "{name}: the date has evidence");
}

#[test]
fn seeds_have_issue_5_facts() {
    for row in SEEDS {
        let rec = seed(row.file);
        let body = rec.article.body();
        check_invariants(row.name, &body, &rec.meetings);
        let primary: Vec<&Meeting> = rec.meetings.iter().filter(|m| !m.mentioned).collect();
        assert_eq!(
            primary.len(),
            1,
            "{}: one reported meeting: {:#?}",
            row.name,
            rec.meetings
        );
        let m = primary[0];
        assert_eq!(m.partners, row.partners, "{}: partners", row.name);
        assert_eq!(m.place.as_deref(), row.place, "{}: place", row.name);
        assert_eq!(m.country.as_deref(), row.country, "{}: country", row.name);
        check_date(row.name, m, &row.date);
        assert_eq!(m.level, row.level, "{}: level ({})", row.name, m.level_note);
        assert_eq!(m.ordinal, row.ordinal, "{}: ordinal", row.name);
        let vn = m.leads.vietnam.as_ref().expect("Vietnamese lead");
        assert_eq!(
            (vn.id.as_str(), vn.name.as_str()),
            row.vietnam,
            "{}: Vietnamese lead",
            row.name
        );
        let partner = m.leads.partner.as_ref().expect("partner lead");
        assert_eq!(
            (partner.id.as_str(), partner.name.as_str()),
            row.partner,
            "{}: partner lead",
            row.name
        );
        let got: Vec<(&str, Option<u32>)> = m.agreements.iter().map(|a| (a.id.as_str(), a.count)).collect();
        let want: Vec<(&str, Option<u32>)> = row.agreements.iter().map(|a| (a.0, a.1)).collect();
        assert_eq!(got, want, "{}: agreements {:#?}", row.name, m.agreements);
        for (a, w) in m.agreements.iter().zip(row.agreements) {
            assert!(a.text.starts_with(w.2), "{}: agreement text {:?}", row.name, a.text);
        }
        // The report's evidence is the sentence that reports it, and it names the partner lead or side.
        assert!(
            m.evidence[0].start < 400,
            "{}: the report is the story's opening",
            row.name
        );
        check_no_invented_year(row.name, &body, None, m);
        assert!(!m.topics.is_empty(), "{}: topics", row.name);
    }
}

#[test]
fn seed_000_leads_evidence_covers_the_co_chair_sentence() {
    let rec = seed("000");
    let m = &rec.meetings[0];
    assert_eq!(m.evidence.len(), 2, "{:#?}", m.evidence);
    assert!(m.evidence[0]
        .text
        .contains("12th deputy ministerial-level annual meeting"));
    assert!(m.evidence[1]
        .text
        .contains("co-chaired by Lieutenant General Le Quoc Hung"));
    assert_eq!(
        m.leads.partner.as_ref().unwrap().title.as_deref(),
        Some("Permanent Secretary")
    );
    assert!(m.level_note.contains("Deputy Minister"), "{}", m.level_note);
    assert!(m.date.label().contains("year not stated"));
}

#[test]
fn seed_001_year_range_is_reasoned_from_the_previous_and_next_meetings() {
    let rec = seed("001");
    let m = &rec.meetings[0];
    let how = m.date.derivation.as_deref().unwrap();
    assert!(how.contains("October 2018") && how.contains("2022"), "{how}");
    // The reporting sentence, then the two sentences giving the bounds.
    let texts: Vec<&str> = m.date.evidence.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(texts.len(), 3, "{texts:#?}");
    assert!(texts[0].contains("February 19"));
    assert!(texts
        .iter()
        .any(|t| t.contains("previous meeting in Beijing in October 2018")));
    assert!(texts
        .iter()
        .any(|t| t.starts_with("The eighth meeting will be held in China in 2022")));
    assert_eq!(m.date.label(), "19 Feb, year 2019–2022");
    assert_eq!(m.date.data_date(), "2019");
}

#[test]
fn seed_001_mentions_the_2018_beijing_meeting_and_the_planned_2022_one() {
    let rec = seed("001");
    let mentioned: Vec<&Meeting> = rec.meetings.iter().filter(|m| m.mentioned).collect();
    type Want = (
        Relation,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<u32>,
        bool,
    );
    let want: [Want; 2] = [
        (Relation::Earlier, "2018-10", Some("Beijing"), Some("CN"), Some(6), true),
        (Relation::Later, "2022", None, Some("CN"), Some(8), false),
    ];
    assert_eq!(mentioned.len(), want.len(), "{mentioned:#?}");
    for (m, (rel, start, place, country, ordinal, ordinal_derived)) in mentioned.iter().zip(want) {
        assert_eq!(m.relation, Some(rel));
        assert_eq!(m.date.start.map(|d| d.to_string()).as_deref(), Some(start));
        assert_eq!(m.place.as_deref(), place);
        assert_eq!(m.country.as_deref(), country);
        assert_eq!(m.ordinal, ordinal);
        assert_eq!(m.ordinal_note.is_some(), ordinal_derived);
        assert_eq!(m.partners, ["CN"]);
        assert_eq!(m.level, Level::Minister);
        assert!(m.leads.vietnam.is_none() && m.leads.partner.is_none());
        assert_eq!(m.evidence.len(), 1);
    }
}

#[test]
fn seed_002_place_comes_from_the_dateline_and_says_so() {
    let rec = seed("002");
    let m = &rec.meetings[0];
    assert_eq!(rec.meetings.len(), 1);
    assert!(
        m.place_note.as_deref().is_some_and(|n| n.contains("dateline")),
        "{:?}",
        m.place_note
    );
    // Pham Minh Chinh's visit is the frame, not a participant.
    assert!(m.participants.iter().all(|p| p.id != "person:pham-minh-chinh"));
}

#[test]
fn seed_003_partner_is_singapore_not_france() {
    let rec = seed("003");
    assert_eq!(rec.meetings.len(), 1, "{:#?}", rec.meetings);
    let m = &rec.meetings[0];
    // Darmanin (France) attended the exhibition: not a partner, not a participant. Tô Lâm was only greeted.
    assert_eq!(m.partners, ["SG"]);
    let ids: Vec<&str> = m.participants.iter().map(|p| p.id.as_str()).collect();
    assert!(ids.contains(&"person:josephine-teo"), "{ids:?}");
    assert!(
        !ids.contains(&"person:gerald-darmanin") && !ids.contains(&"person:to-lam"),
        "{ids:?}"
    );
    // Agreements proposed ("tiến tới ký kết") or signed in 2018 are not signed at this meeting.
    assert!(m.agreements.is_empty(), "{:#?}", m.agreements);
}

#[test]
fn seed_004_year_is_derived_from_the_december_2023_visit() {
    let rec = seed("004");
    assert_eq!(rec.meetings.len(), 1, "{:#?}", rec.meetings);
    let m = &rec.meetings[0];
    let how = m.date.derivation.as_deref().unwrap();
    assert!(how.contains("December 12-13, 2023") && how.contains("2024"), "{how}");
    assert_eq!(m.date.evidence.len(), 2);
    assert!(m.date.evidence[1].text.contains("December 12-13, 2023"));
    // The Agreement on the Transfer of Sentenced Persons is still to be approved: not signed.
    assert!(m.agreements.iter().all(|a| !a.id.contains("sentenced")));
    // Xi Jinping's State visit is another event: no participant.
    assert!(m.participants.is_empty(), "{:#?}", m.participants);
}

// ---------------------------------------------------------------------------------------------------------------
// Invented articles: other countries, both languages, host and guest either way
// ---------------------------------------------------------------------------------------------------------------

struct Invented {
    name: &'static str,
    text: &'static str,
    /// `None`: no meeting at all.
    want: Option<InventedWant>,
}

struct InventedWant {
    partners: &'static [&'static str],
    precision: Precision,
    /// `start` of the date, or `month_day` when no year.
    date: &'static str,
    year_min: Option<u16>,
    year_max: Option<u16>,
    derived: bool,
    place: Option<&'static str>,
    country: Option<&'static str>,
    level: Level,
    ordinal: Option<u32>,
    vietnam: &'static str,
    partner: &'static str,
    agreements: &'static [(&'static str, Option<u32>)],
    participants: &'static [&'static str],
    /// (relation, date start, place) of mentioned meetings.
    mentioned: &'static [(Relation, &'static str, Option<&'static str>)],
}

const INVENTED: &[Invented] = &[
    Invented {
        name: "Laos, full English date, next meeting planned",
        text: "Vietnam, Laos boost security cooperation\n\nVientiane (VNA) – Minister of Public Security General Luong Tam Quang held talks with Lao Minister of Public Security Vilay Lakhamfong in Vientiane on March 12, 2025.\n\nThe two ministers signed an agreement on border security.\n\nThe next meeting will be held in Hanoi in 2026./.",
        want: Some(InventedWant {
            partners: &["LA"],
            precision: Precision::Day,
            date: "2025-03-12",
            year_min: Some(2025),
            year_max: Some(2025),
            derived: false,
            place: Some("Vientiane"),
            country: Some("LA"),
            level: Level::Minister,
            ordinal: None,
            vietnam: "person:luong-tam-quang",
            partner: "person:vilay-lakhamfong",
            agreements: &[],
            participants: &[],
            mentioned: &[(Relation::Later, "2026", Some("Hanoi"))],
        }),
    },
    Invented {
        name: "Japan, deputy minister receives police chief, day month year",
        text: "Deputy minister receives Japanese police chief\n\nHanoi (VNA) – Deputy Minister of Public Security Lieutenant General Nguyen Van Long received Commissioner General of the Japanese National Police Agency Tsuyuki Yasuhiro in Hanoi on 8 October 2024.\n\nThe two sides discussed cooperation in fighting cybercrime and human trafficking./.",
        want: Some(InventedWant {
            partners: &["JP"],
            precision: Precision::Day,
            date: "2024-10-08",
            year_min: Some(2024),
            year_max: Some(2024),
            derived: false,
            place: Some("Hanoi"),
            country: Some("VN"),
            level: Level::DeputyMinister,
            ordinal: None,
            vietnam: "person:nguyen-van-long",
            partner: "person:tsuyuki-yasuhiro",
            agreements: &[],
            participants: &[],
            mentioned: &[],
        }),
    },
    Invented {
        name: "host and guest reversed: Singapore's minister receives the Vietnamese deputy minister",
        text: "Singapore minister receives Vietnamese deputy minister\n\nSingapore (VNA) – Singaporean Minister for Home Affairs K. Shanmugam received Vietnamese Deputy Minister of Public Security Lieutenant General Nguyen Van Long in Singapore on June 5.\n\nThe two sides agreed to step up cooperation in combating cybercrime. They will sign a memorandum of understanding on police training next year./.",
        want: Some(InventedWant {
            partners: &["SG"],
            precision: Precision::UnknownYear,
            date: "06-05",
            year_min: None,
            year_max: None,
            derived: false,
            place: Some("Singapore"),
            country: Some("SG"),
            level: Level::DeputyMinister,
            ordinal: None,
            vietnam: "person:nguyen-van-long",
            partner: "person:k-shanmugam",
            agreements: &[],
            participants: &[],
            mentioned: &[],
        }),
    },
    Invented {
        name: "Japan hosts; an ambassador and a deputy minister attend",
        text: "Japan, Vietnam boost police cooperation\n\nTokyo (VNA) – Japanese Minister of Justice Ken Saito held talks with Vietnamese Minister of Public Security General Luong Tam Quang in Tokyo on June 5.\n\nJapanese Ambassador to Vietnam Ito Naoki and Deputy Minister of Public Security Le Van Tuyen also attended the talks./.",
        want: Some(InventedWant {
            partners: &["JP"],
            precision: Precision::UnknownYear,
            date: "06-05",
            year_min: None,
            year_max: None,
            derived: false,
            place: Some("Tokyo"),
            country: Some("JP"),
            level: Level::Minister,
            ordinal: None,
            vietnam: "person:luong-tam-quang",
            partner: "person:ken-saito",
            agreements: &[],
            participants: &["person:ito-naoki", "person:le-van-tuyen"],
            mentioned: &[],
        }),
    },
    Invented {
        name: "Vietnamese 'chiều qua' counted from the publication date",
        text: "Bộ trưởng Bộ Công an tiếp Bộ trưởng Nội vụ Campuchia\n\n16/01/2026\n\nChiều qua, tại Hà Nội, Đại tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an đã tiếp Phó Thủ tướng, Bộ trưởng Bộ Nội vụ Campuchia Sar Sokha.\n\nHai bên đã ký Bản ghi nhớ về hợp tác phòng, chống tội phạm.",
        want: Some(InventedWant {
            partners: &["KH"],
            precision: Precision::Day,
            date: "2026-01-15",
            year_min: Some(2026),
            year_max: Some(2026),
            derived: true,
            place: Some("Hanoi"),
            country: Some("VN"),
            level: Level::Minister,
            ordinal: None,
            vietnam: "person:luong-tam-quang",
            partner: "person:sar-sokha",
            agreements: &[("agreement:mou", Some(1))],
            participants: &[],
            mentioned: &[],
        }),
    },
    Invented {
        name: "Vietnamese 16-1-2026, Laos, 'lần thứ 5'",
        text: "Hội đàm giữa Bộ Công an Việt Nam và Bộ Nội vụ Lào\n\nNgày 16-1-2026, tại Viêng Chăn, Thứ trưởng Bộ Công an Phạm Thế Tùng đã hội đàm với Thứ trưởng Bộ Nội vụ Lào Vilay Lakhamfong.\n\nĐây là cuộc hội đàm lần thứ 5 giữa hai Bộ. Hai bên thống nhất tăng cường hợp tác phòng, chống tội phạm ma túy và mua bán người.",
        want: Some(InventedWant {
            partners: &["LA"],
            precision: Precision::Day,
            date: "2026-01-16",
            year_min: Some(2026),
            year_max: Some(2026),
            derived: false,
            place: Some("Vientiane"),
            country: Some("LA"),
            level: Level::DeputyMinister,
            ordinal: Some(5),
            vietnam: "person:pham-the-tung",
            partner: "person:vilay-lakhamfong",
            agreements: &[],
            participants: &[],
            mentioned: &[],
        }),
    },
    Invented {
        name: "Vietnamese 25/9 bounded only by the publication date",
        text: "Thứ trưởng Bộ Công an tiếp Bộ trưởng Nội vụ Campuchia\n\n26/09/2024\n\nNgày 25/9, tại Hà Nội, Thứ trưởng Bộ Công an Phạm Thế Tùng đã tiếp Bộ trưởng Bộ Nội vụ Campuchia Sar Sokha.",
        want: Some(InventedWant {
            partners: &["KH"],
            precision: Precision::UnknownYear,
            date: "09-25",
            year_min: None,
            year_max: Some(2024),
            derived: true,
            place: Some("Hanoi"),
            country: Some("VN"),
            level: Level::DeputyMinister,
            ordinal: None,
            vietnam: "person:pham-the-tung",
            partner: "person:sar-sokha",
            agreements: &[],
            participants: &[],
            mentioned: &[],
        }),
    },
    Invented {
        name: "Australia, a cited past summit places a March meeting in the next year; two agreements",
        text: "Vietnam, Australia hold fifth security dialogue\n\nCanberra (VNA) – The fifth ministerial dialogue between Vietnam's Ministry of Public Security and Australia's Department of Home Affairs was held in Canberra on March 3.\n\nThe dialogue was co-chaired by Minister of Public Security General Luong Tam Quang and Australian Minister for Home Affairs Tony Burke.\n\nIt followed the Vietnam-ASEAN summit held in Melbourne on March 4-6, 2024. The two sides signed a letter of intent on cooperation in fighting money laundering and an MoU on drug control.",
        want: Some(InventedWant {
            partners: &["AU"],
            precision: Precision::Day,
            date: "2025-03-03",
            year_min: Some(2025),
            year_max: Some(2025),
            derived: true,
            place: Some("Canberra"),
            country: Some("AU"),
            level: Level::Minister,
            ordinal: Some(5),
            vietnam: "person:luong-tam-quang",
            partner: "person:tony-burke",
            agreements: &[("agreement:letter-of-intent", Some(1)), ("agreement:mou", Some(1))],
            participants: &[],
            mentioned: &[],
        }),
    },
    Invented {
        name: "a series bounds the year: after the eighth meeting in 2021, before the tenth in 2024",
        text: "Vietnam, Cambodia hold ninth ministerial meeting\n\nPhnom Penh (VNA) – Minister of Public Security General Luong Tam Quang and Cambodian Minister of Interior Sar Sokha co-chaired the ninth ministerial meeting in Phnom Penh on May 10.\n\nThe two ministers reviewed the results achieved since the previous meeting in Vientiane in June 2021.\n\nThe tenth meeting will be held in Hanoi in 2024./.",
        want: Some(InventedWant {
            partners: &["KH"],
            precision: Precision::YearRange,
            date: "05-10",
            year_min: Some(2022),
            year_max: Some(2024),
            derived: true,
            place: Some("Phnom Penh"),
            country: Some("KH"),
            level: Level::Minister,
            ordinal: Some(9),
            vietnam: "person:luong-tam-quang",
            partner: "person:sar-sokha",
            agreements: &[],
            participants: &[],
            mentioned: &[
                (Relation::Earlier, "2021-06", Some("Vientiane")),
                (Relation::Later, "2024", Some("Hanoi")),
            ],
        }),
    },
    Invented {
        name: "Vietnamese series: 'lần thứ 9' after the eighth in 6/2021, before the tenth in 2024",
        text: "Hội nghị Bộ trưởng Việt Nam - Campuchia lần thứ 9\n\nNgày 10/5, tại Phnom Penh, Bộ trưởng Bộ Công an Lương Tam Quang và Bộ trưởng Bộ Nội vụ Campuchia Sar Sokha đồng chủ trì Hội nghị lần thứ 9.\n\nHai bên đánh giá kết quả hợp tác kể từ Hội nghị lần thứ 8 tại Viêng Chăn tháng 6/2021.\n\nHội nghị lần thứ 10 sẽ được tổ chức tại Hà Nội vào năm 2024.",
        want: Some(InventedWant {
            partners: &["KH"],
            precision: Precision::YearRange,
            date: "05-10",
            year_min: Some(2022),
            year_max: Some(2024),
            derived: true,
            place: Some("Phnom Penh"),
            country: Some("KH"),
            level: Level::Minister,
            ordinal: Some(9),
            vietnam: "person:luong-tam-quang",
            partner: "person:sar-sokha",
            agreements: &[],
            participants: &[],
            mentioned: &[
                (Relation::Earlier, "2021-06", Some("Vientiane")),
                (Relation::Later, "2024", Some("Hanoi")),
            ],
        }),
    },
    Invented {
        name: "Vietnamese host and guest reversed: Singapore's minister receives the deputy minister",
        text: "Bộ trưởng Bộ Nội vụ Singapore tiếp Thứ trưởng Bộ Công an\n\nNgày 5/6, tại Singapore, Bộ trưởng Bộ Nội vụ Singapore K. Shanmugam đã tiếp Thứ trưởng Bộ Công an Nguyễn Văn Long.",
        want: Some(InventedWant {
            partners: &["SG"],
            precision: Precision::UnknownYear,
            date: "06-05",
            year_min: None,
            year_max: None,
            derived: false,
            place: Some("Singapore"),
            country: Some("SG"),
            level: Level::DeputyMinister,
            ordinal: None,
            vietnam: "person:nguyen-van-long",
            partner: "person:k-shanmugam",
            agreements: &[],
            participants: &[],
            mentioned: &[],
        }),
    },
    Invented {
        name: "the report's own sentence mentions the previous meeting: its place is not the report's",
        text: "Vietnam, Cambodia ministers meet\n\nPhnom Penh (VNA) – At the talks on May 5, Minister of Public Security General Luong Tam Quang and Cambodian Minister of Interior Sar Sokha reviewed the results since the previous meeting in Hanoi in 2022./.",
        want: Some(InventedWant {
            partners: &["KH"],
            precision: Precision::UnknownYear,
            date: "05-05",
            year_min: Some(2022),
            year_max: None,
            derived: true,
            place: Some("Phnom Penh"),
            country: Some("KH"),
            level: Level::Minister,
            ordinal: None,
            vietnam: "person:luong-tam-quang",
            partner: "person:sar-sokha",
            agreements: &[],
            participants: &[],
            mentioned: &[(Relation::Earlier, "2022", Some("Hanoi"))],
        }),
    },
    Invented {
        name: "the minister receives a foreign ambassador",
        text: "Minister receives US ambassador\n\nHanoi (VNA) – Minister of Public Security General Luong Tam Quang received US Ambassador to Vietnam Marc Knapper in Hanoi on September 25, 2024.\n\nThe two sides discussed cooperation in fighting drug trafficking and cybercrime./.",
        want: Some(InventedWant {
            partners: &["US"],
            precision: Precision::Day,
            date: "2024-09-25",
            year_min: Some(2024),
            year_max: Some(2024),
            derived: false,
            place: Some("Hanoi"),
            country: Some("VN"),
            level: Level::Minister,
            ordinal: None,
            vietnam: "person:luong-tam-quang",
            partner: "person:marc-knapper",
            agreements: &[],
            participants: &[],
            mentioned: &[],
        }),
    },
    Invented {
        name: "Korea working session, previous session mentioned",
        text: "Deputy minister meets Korean police chief\n\nSeoul (VNA) – Deputy Minister of Public Security Senior Lieutenant General Le Van Tuyen had a working session with Commissioner General of the Korean National Police Agency Cho Ji-ho in Seoul on November 14, 2023.\n\nThe previous session took place in Hanoi in November 2022./.",
        want: Some(InventedWant {
            partners: &["KR"],
            precision: Precision::Day,
            date: "2023-11-14",
            year_min: Some(2023),
            year_max: Some(2023),
            derived: false,
            place: Some("Seoul"),
            country: Some("KR"),
            level: Level::DeputyMinister,
            ordinal: None,
            vietnam: "person:le-van-tuyen",
            partner: "person:cho-ji-ho",
            agreements: &[],
            participants: &[],
            mentioned: &[(Relation::Earlier, "2022-11", Some("Hanoi"))],
        }),
    },
    Invented {
        name: "a defence ministry meeting is not an MPS meeting",
        text: "Vietnam, China defence ministers hold talks\n\nHanoi (VNA) – Defence Minister General Phan Van Giang held talks with Chinese Minister of National Defence Dong Jun in Hanoi on May 20.\n\nThe two sides discussed border defence cooperation./.",
        want: None,
    },
    Invented {
        name: "a domestic crime story",
        text: "Police bust drug ring in Hanoi\n\nHanoi (VNA) – Police in Hanoi on Tuesday arrested 12 people for trafficking heroin, the Ministry of Public Security said.\n\nDeputy Minister Le Quoc Hung directed the investigation./.",
        want: None,
    },
    Invented {
        name: "a phone call between party leaders",
        text: "Party leaders hold phone talks\n\nHanoi (VNA) – Party General Secretary To Lam held phone talks with Chinese Party General Secretary and President Xi Jinping on January 5./.",
        want: None,
    },
    Invented {
        name: "Vietnam's own ambassador is not a foreign partner",
        text: "Minister meets Vietnamese ambassador to France\n\nParis (VNA) – Minister of Public Security To Lam met Vietnamese Ambassador to France Dinh Toan Thang in Paris on November 3./.",
        want: None,
    },
    Invented {
        name: "foreign ministers meet: the MPS is not a side",
        text: "Vietnam, Thailand foreign ministers hold talks\n\nBangkok (VNA) – Foreign Minister Bui Thanh Son held talks with Thai Minister of Foreign Affairs Maris Sangiampongsa in Bangkok on August 6, 2024./.",
        want: None,
    },
];

#[test]
fn invented_articles_prove_generality() {
    for row in INVENTED {
        let rec = process(row.name, row.text);
        let body = rec.article.body();
        check_invariants(row.name, &body, &rec.meetings);
        let Some(want) = &row.want else {
            assert!(
                rec.meetings.is_empty(),
                "{}: expected no meeting, got {:#?}",
                row.name,
                rec.meetings
            );
            continue;
        };
        let published = rec.article.published.map(|d| d.to_string());
        let primary: Vec<&Meeting> = rec.meetings.iter().filter(|m| !m.mentioned).collect();
        assert_eq!(primary.len(), 1, "{}: {:#?}", row.name, rec.meetings);
        let m = primary[0];
        assert_eq!(m.partners, want.partners, "{}: partners", row.name);
        assert_eq!(m.date.precision, want.precision, "{}: precision {:?}", row.name, m.date);
        let date = m
            .date
            .start
            .map(|d| d.to_string())
            .or(m.date.month_day.map(|d| d.to_string()))
            .unwrap_or_default();
        assert_eq!(date, want.date, "{}: date {:?}", row.name, m.date);
        assert_eq!(
            (m.date.year_min, m.date.year_max),
            (want.year_min, want.year_max),
            "{}: years",
            row.name
        );
        assert_eq!(
            m.date.derivation.is_some(),
            want.derived,
            "{}: derivation {:?}",
            row.name,
            m.date.derivation
        );
        assert_eq!(m.place.as_deref(), want.place, "{}: place", row.name);
        assert_eq!(m.country.as_deref(), want.country, "{}: country", row.name);
        assert_eq!(m.level, want.level, "{}: level", row.name);
        assert_eq!(m.ordinal, want.ordinal, "{}: ordinal", row.name);
        assert_eq!(
            m.leads.vietnam.as_ref().map(|p| p.id.as_str()),
            Some(want.vietnam),
            "{}: VN lead",
            row.name
        );
        assert_eq!(
            m.leads.partner.as_ref().map(|p| p.id.as_str()),
            Some(want.partner),
            "{}: partner lead",
            row.name
        );
        let agreements: Vec<(&str, Option<u32>)> = m.agreements.iter().map(|a| (a.id.as_str(), a.count)).collect();
        assert_eq!(
            agreements, want.agreements,
            "{}: agreements {:#?}",
            row.name, m.agreements
        );
        let participants: Vec<&str> = m.participants.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(participants, want.participants, "{}: participants", row.name);
        let mentioned: Vec<(Relation, String, Option<&str>)> = rec
            .meetings
            .iter()
            .filter(|x| x.mentioned)
            .map(|x| {
                (
                    x.relation.unwrap(),
                    x.date.start.map(|d| d.to_string()).unwrap_or_default(),
                    x.place.as_deref(),
                )
            })
            .collect();
        let want_mentioned: Vec<(Relation, String, Option<&str>)> =
            want.mentioned.iter().map(|(r, d, p)| (*r, d.to_string(), *p)).collect();
        assert_eq!(mentioned, want_mentioned, "{}: mentioned meetings", row.name);
        for x in &rec.meetings {
            check_no_invented_year(row.name, &body, published.as_deref(), x);
        }
    }
}

#[test]
fn publication_bound_and_relative_dates_say_so() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "chiều qua",
            "Vietnamese 'chiều qua' counted from the publication date",
            "publication date 2026-01-16",
        ),
        (
            "25/9",
            "Vietnamese 25/9 bounded only by the publication date",
            "published on 2024-09-26",
        ),
    ];
    for (name, invented, phrase) in rows {
        let row = INVENTED.iter().find(|r| r.name == *invented).unwrap();
        let rec = process(row.name, row.text);
        let how = rec.meetings[0].date.derivation.clone().unwrap_or_default();
        assert!(how.contains(phrase), "{name}: {how}");
    }
}

#[test]
fn relative_date_without_publication_date_is_unknown() {
    let text = "Bộ trưởng tiếp Bộ trưởng Campuchia\n\nChiều qua, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã tiếp Bộ trưởng Bộ Nội vụ Campuchia Sar Sokha.";
    let rec = process("no published date", text);
    assert_eq!(rec.meetings.len(), 1, "{:#?}", rec.meetings);
    let d = &rec.meetings[0].date;
    assert_eq!(d.precision, Precision::Unknown);
    assert!(d.years().is_empty());
    assert!(d.derivation.as_deref().is_some_and(|h| h.contains("does not give")));
}

#[test]
fn conflicting_references_leave_the_year_open() {
    // The "previous" meeting is said to be after the "next" one: no year can satisfy both.
    let text = "Vietnam, Laos hold talks\n\nVientiane (VNA) – Minister of Public Security General Luong Tam Quang held talks with Lao Minister of Public Security Vilay Lakhamfong in Vientiane on March 12.\n\nThe results since the previous meeting in Hanoi in May 2030 were reviewed.\n\nThe next meeting will be held in Hanoi in 2020./.";
    let rec = process("conflict", text);
    let d = &rec.meetings[0].date;
    assert_eq!(d.precision, Precision::UnknownYear, "{d:?}");
    assert_eq!((d.year_min, d.year_max), (None, None));
    assert!(
        d.derivation.as_deref().is_some_and(|h| h.contains("conflict")),
        "{:?}",
        d.derivation
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Linear time
// ---------------------------------------------------------------------------------------------------------------

fn seed_body(prefix: &str) -> String {
    seed(prefix).article.body()
}

#[test]
fn twenty_megabytes_in_linear_time() {
    // A 20 MB single-line story: the English seeds glued together with no line break.
    let unit = format!("{} {} {} ", seed_body("001"), seed_body("004"), seed_body("002")).replace('\n', " ");
    let small: String = unit.repeat(2_000_000 / unit.len() + 1);
    let big: String = unit.repeat(20_000_000 / unit.len() + 1);
    let small_ms = entity::tag_text(&small, Lang::En);
    let big_ms = entity::tag_text(&big, Lang::En);
    let t0 = Instant::now();
    let small_out = meeting::extract_text(&small, &small_ms, Context::default());
    let t_small = t0.elapsed();
    let t1 = Instant::now();
    let big_out = meeting::extract_text(&big, &big_ms, Context::default());
    let t_big = t1.elapsed();
    check_invariants("20 MB", &big, &big_out);
    assert!(!small_out.is_empty() && !big_out.is_empty());
    let ratio = t_big.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
    println!("extract: 2 MB in {t_small:?}, 20 MB in {t_big:?}; ratio {ratio:.1} for 10x the text");
    assert!(ratio < 25.0, "ratio {ratio}");
}

/// Hand-made mentions: one date and one agreement every few bytes of a single sentence with no full stop.
fn crowded(n: usize) -> (String, Vec<Mention>) {
    let head = "Minister of Public Security To Lam held talks with Chinese Minister He Rong in Hanoi on April 19";
    let mut body = String::from(head);
    let mut ms = vec![
        Mention {
            kind: EntityKind::Person,
            text: "To Lam".into(),
            id: "person:to-lam".into(),
            name: "To Lam".into(),
            title: Some("Minister of Public Security".into()),
            start: 28,
            end: 34,
            country: Some("VN".into()),
            rank: None,
        },
        Mention {
            kind: EntityKind::Person,
            text: "He Rong".into(),
            id: "person:he-rong".into(),
            name: "He Rong".into(),
            title: Some("Minister".into()),
            start: 71,
            end: 78,
            country: Some("CN".into()),
            rank: None,
        },
    ];
    for _ in 0..n {
        body.push_str(", since 2019 they signed an MoU");
        let y = body.len() - " they signed an MoU".len() - 4;
        ms.push(Mention {
            kind: EntityKind::Date,
            text: "2019".into(),
            id: "date:2019".into(),
            name: "2019".into(),
            title: None,
            start: y,
            end: y + 4,
            country: None,
            rank: None,
        });
        let a = body.len() - 3;
        ms.push(Mention {
            kind: EntityKind::Agreement,
            text: "MoU".into(),
            id: "agreement:mou".into(),
            name: "Memorandum of Understanding".into(),
            title: None,
            start: a,
            end: a + 3,
            country: None,
            rank: None,
        });
    }
    (body, ms)
}

#[test]
fn one_huge_sentence_with_many_dates_and_agreements_stays_linear() {
    let (small, small_ms) = crowded(5_000);
    let (big, big_ms) = crowded(50_000);
    assert_eq!(&big[28..34], "To Lam");
    let t0 = Instant::now();
    let a = meeting::extract_text(&small, &small_ms, Context::default());
    let t_small = t0.elapsed();
    let t1 = Instant::now();
    let b = meeting::extract_text(&big, &big_ms, Context::default());
    let t_big = t1.elapsed();
    check_invariants("crowded", &big, &b);
    assert_eq!(a.len(), 1);
    assert_eq!(b.first().map(|m| m.agreements.len()), Some(50_000));
    let ratio = t_big.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
    println!("crowded: 5k in {t_small:?}, 50k in {t_big:?}; ratio {ratio:.1}");
    assert!(ratio < 25.0, "ratio {ratio}");
}

// ---------------------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------------------

/// Pieces of meeting stories (both languages) to build random articles that reach every rule.
const PIECES: &[&str] = &[
    "Minister of Public Security General To Lam held talks with Chinese Minister of Justice He Rong",
    "in Hanoi on April 19",
    "Lam underlined the significance of the State visit from December 12-13, 2023",
    "The eighth meeting will be held in China in 2022",
    "since the previous meeting in Beijing in October 2018",
    "They signed three MoUs on cooperation in fighting high-tech crime",
    "They will sign a letter of intent",
    "Deputy Minister of the MPS Le Quoc Hung co-chaired the 12th annual meeting with Permanent Secretary Aubeck Kam",
    "Chiều qua, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã tiếp Bộ trưởng Bộ Nội vụ Campuchia Sar Sokha",
    "Ngày 16-1-2026, Thứ trưởng Bộ Công an Phạm Thế Tùng đã hội đàm",
    "lần thứ 5",
    "từ ngày 03 - 05/4/2024",
    "Hai bên đã ký Bản ghi nhớ",
    "held phone talks",
    "K. Shanmugam",
    "Gen.",
    "U.S.",
    "./.",
    ". ",
    "; ",
    "\n\n",
    "é",
    "🙂",
    "  ",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    #[test]
    fn extraction_on_story_pieces_keeps_its_invariants(
        picks in proptest::collection::vec(0..PIECES.len(), 0..24),
        vi in proptest::bool::ANY,
        published in proptest::option::of((2000u16..2030, 1u8..=12, 1u8..=28)),
    ) {
        let body: String = picks.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
        let lang = if vi { Lang::Vi } else { Lang::En };
        let ms = entity::tag_text(&body, lang);
        let published = published.and_then(|(y, m, d)| counterparts::date::Date::new(y, m, d));
        let ctx = Context { published, dateline: Some("Hanoi (VNA)") };
        let out = meeting::extract_text(&body, &ms, ctx);
        check_invariants("pieces", &body, &out);
        let published = published.map(|d| d.to_string());
        for m in &out {
            check_no_invented_year("pieces", &body, published.as_deref(), m);
        }
    }

    #[test]
    fn extraction_on_any_text_never_panics(s in "\\PC{0,300}", vi in proptest::bool::ANY) {
        let lang = if vi { Lang::Vi } else { Lang::En };
        let ms = entity::tag_text(&s, lang);
        let out = meeting::extract_text(&s, &ms, Context::default());
        check_invariants("any", &s, &out);
    }

    #[test]
    fn bad_mention_offsets_never_panic(
        s in "\\PC{0,80}",
        start in 0usize..200,
        len in 0usize..50,
    ) {
        let m = Mention {
            kind: EntityKind::Person,
            text: "x".into(),
            id: "person:x".into(),
            name: "x".into(),
            title: Some("Minister of Public Security".into()),
            start,
            end: start + len,
            country: Some("VN".into()),
            rank: None,
        };
        let out = meeting::extract_text(&s, &[m], Context::default());
        check_invariants("bad offsets", &s, &out);
    }
}
