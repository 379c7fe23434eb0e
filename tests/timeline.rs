//! Timeline model tests: lanes, counts and order on the five seeds; the "year not stated" slot; `data-date`, `data-level` and `data-country` hooks; the axis; filters (country, level, from/to with uncertain dates counted, topic, entity) on the seeds and on hand-made meetings.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on their own fixtures

mod common;

use counterparts::bundle::Record;
use counterparts::corpus::ArticleId;
use counterparts::date::{Date, PartialDate};
use counterparts::filters::{Filters, Level};
use counterparts::meeting::{FuzzyDate, Meeting, MonthDay, Precision};
use counterparts::timeline::{self, Axis, Entry};

use common::seeds;

/// The file prefix (`000`) of an item's article.
fn prefix_of(records: &[Record], id: &ArticleId) -> String {
    let r = records.iter().find(|r| &r.article.id == id).unwrap();
    let name = r.article.file.rsplit('/').next().unwrap();
    name[..3].to_string()
}

fn query(q: &str) -> Filters {
    let (f, notices) = Filters::from_query(q);
    assert!(notices.is_empty(), "{q}: {notices:?}");
    f
}

// ---------------------------------------------------------------------------------------------------------------
// The seeds
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn seed_lanes_counts_and_order() {
    let records = seeds();
    let entries = timeline::entries(&records);
    let t = timeline::build(&entries);
    assert_eq!((t.reported, t.mentioned), (5, 2));
    let lanes: Vec<(&str, &str, usize, usize)> = t
        .lanes
        .iter()
        .map(|l| (l.code.as_str(), l.name.as_str(), l.count, l.mentioned))
        .collect();
    // Two meetings each for China and Singapore (by name), then France.
    assert_eq!(
        lanes,
        [("CN", "China", 2, 2), ("SG", "Singapore", 2, 0), ("FR", "France", 1, 0)]
    );
    assert_eq!(
        t.axis,
        Some(Axis {
            min_year: 2018,
            max_year: 2024
        })
    );
}

/// (lane, slot, article prefix, mentioned, data-date, data-level, label)
type ItemRow = (
    &'static str,
    &'static str,
    &'static str,
    bool,
    &'static str,
    &'static str,
    &'static str,
);

const SEED_ITEMS: &[ItemRow] = &[
    ("CN", "dated", "001", true, "2018-10", "minister", "Oct 2018"),
    (
        "CN",
        "dated",
        "001",
        false,
        "2019",
        "minister",
        "19 Feb, year 2019–2022",
    ),
    ("CN", "dated", "001", true, "2022", "minister", "2022"),
    ("CN", "dated", "004", false, "2024-04-19", "minister", "19 Apr 2024"),
    (
        "SG",
        "dated",
        "003",
        false,
        "2024-04-03",
        "deputy-minister",
        "3–5 Apr 2024",
    ),
    (
        "SG",
        "undated",
        "000",
        false,
        "",
        "deputy-minister",
        "8 Oct, year not stated",
    ),
    ("FR", "undated", "002", false, "", "minister", "4 Nov, year not stated"),
];

#[test]
fn seed_items_order_and_hooks() {
    let records = seeds();
    let entries = timeline::entries(&records);
    let t = timeline::build(&entries);
    let mut got: Vec<(String, &str, String, bool, String, &str, String)> = Vec::new();
    for lane in &t.lanes {
        for (slot, items) in [("dated", &lane.dated), ("undated", &lane.undated)] {
            for it in items {
                assert_eq!(it.data_country, lane.code);
                got.push((
                    lane.code.clone(),
                    slot,
                    prefix_of(&records, &it.article),
                    it.meeting.mentioned,
                    it.data_date.clone(),
                    it.data_level,
                    it.label.clone(),
                ));
            }
        }
    }
    let want: Vec<(String, &str, String, bool, String, &str, String)> = SEED_ITEMS
        .iter()
        .map(|r| {
            (
                r.0.to_string(),
                r.1,
                r.2.to_string(),
                r.3,
                r.4.to_string(),
                r.5,
                r.6.to_string(),
            )
        })
        .collect();
    assert_eq!(got, want);
    // The year-range meeting carries its span for a bar; the exact ones do not.
    let cn = &t.lanes[0];
    assert_eq!(cn.dated[1].span, Some((2019, 2022)));
    assert_eq!(cn.dated[3].span, None);
}

/// (query, article prefixes shown with `m` for mentioned, uncertain hidden, outside)
type FilterRow = (&'static str, &'static [&'static str], usize, usize);

const SEED_FILTERS: &[FilterRow] = &[
    ("", &["000", "001", "001m", "001m", "002", "003", "004"], 0, 0),
    ("country=CN", &["001", "001m", "001m", "004"], 0, 0),
    ("country=SG,FR", &["000", "002", "003"], 0, 0),
    ("level=deputy-minister", &["000", "003"], 0, 0),
    ("level=minister&country=FR", &["002"], 0, 0),
    // 8 Oct and 4 Nov have no year: uncertain. 19 Feb 2019–2022, Oct 2018, 2022: certainly before 2024.
    ("from=2024", &["003", "004"], 2, 3),
    // 19 Feb of 2019..=2022 straddles 2020–2021: uncertain, with the two without a year.
    ("from=2020&to=2021", &[], 3, 4),
    ("from=2018&to=2022", &["001", "001m", "001m"], 2, 2),
    ("to=2018-12", &["001m"], 2, 4),
    ("topic=prisons", &["004"], 0, 0),
    ("topic=cybercrime&country=SG", &["000", "003"], 0, 0),
    ("entity=person:to-lam", &["001", "002", "004"], 0, 0),
    ("entity=person:josephine-teo", &["003"], 0, 0),
    ("entity=country:SG", &["000", "003"], 0, 0),
    ("entity=agreement:mou", &["001", "004"], 0, 0),
    ("entity=place:beijing", &["001m"], 0, 0),
];

#[test]
fn seed_filters() {
    let records = seeds();
    let entries = timeline::entries(&records);
    for (q, want, uncertain, outside) in SEED_FILTERS {
        let f = query(q);
        let out = timeline::filter(&f, &entries);
        let mut got: Vec<String> = out
            .shown
            .iter()
            .map(|(id, m)| format!("{}{}", prefix_of(&records, id), if m.mentioned { "m" } else { "" }))
            .collect();
        got.sort();
        assert_eq!(got, *want, "{q}");
        assert_eq!(out.uncertain_hidden, *uncertain, "{q}: uncertain");
        assert_eq!(out.outside, *outside, "{q}: outside");
        // The timeline of what is shown has exactly those meetings.
        let t = timeline::build(&out.shown);
        assert_eq!(t.reported + t.mentioned, want.len(), "{q}");
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Hand-made meetings
// ---------------------------------------------------------------------------------------------------------------

fn day(y: u16, m: u8, d: u8) -> PartialDate {
    PartialDate::Day(Date::new(y, m, d).unwrap())
}

fn md(m: u8, d: u8) -> MonthDay {
    MonthDay::new(m, d).unwrap()
}

fn meeting(partners: &[&str], date: FuzzyDate, level: Level, mentioned: bool) -> Meeting {
    Meeting {
        mentioned,
        ..Meeting::new(partners, date, level)
    }
}

fn bounded(m: MonthDay, a: u16, b: u16) -> FuzzyDate {
    FuzzyDate {
        precision: Precision::YearRange,
        year_min: Some(a),
        year_max: Some(b),
        derivation: Some("test".into()),
        ..FuzzyDate::without_year(m, None)
    }
}

#[test]
fn hand_made_lanes() {
    let id = ArticleId("0000000000000001".into());
    let ms = [
        meeting(
            &["TH"],
            FuzzyDate::without_year(md(12, 1), None),
            Level::Minister,
            false,
        ),
        meeting(
            &["TH"],
            FuzzyDate::without_year(md(3, 9), None),
            Level::DeputyMinister,
            false,
        ),
        meeting(
            &["TH", "LA"],
            FuzzyDate::known(day(2021, 5, 2), day(2021, 5, 2)),
            Level::Minister,
            false,
        ),
        meeting(
            &["LA"],
            FuzzyDate::known(PartialDate::Year(2021), PartialDate::Year(2021)),
            Level::Minister,
            true,
        ),
        meeting(&["LA"], bounded(md(1, 30), 2017, 2019), Level::DeputyMinister, false),
        meeting(&["KH"], FuzzyDate::unknown(), Level::Minister, false),
        meeting(
            &["KH"],
            FuzzyDate::without_year(md(7, 6), Some(md(7, 8))),
            Level::Minister,
            false,
        ),
        // Same day as a reported meeting: the reported one first.
        meeting(
            &["TH"],
            FuzzyDate::known(day(2021, 5, 2), day(2021, 5, 2)),
            Level::Minister,
            true,
        ),
    ];
    let entries: Vec<Entry> = ms.iter().map(|m| (&id, m)).collect();
    let t = timeline::build(&entries);
    type LaneRow = (
        &'static str,
        usize,
        usize,
        &'static [&'static str],
        &'static [&'static str],
    );
    // (code, count, mentioned, dated data-dates, undated labels)
    let want: &[LaneRow] = &[
        (
            "TH",
            3,
            1,
            &["2021-05-02", "2021-05-02"],
            &["9 Mar, year not stated", "1 Dec, year not stated"],
        ),
        ("KH", 2, 0, &[], &["6–8 Jul, year not stated", "date not stated"]),
        ("LA", 2, 1, &["2017", "2021", "2021-05-02"], &[]),
    ];
    type LaneGot<'a> = (&'a str, usize, usize, Vec<&'a str>, Vec<&'a str>);
    let got: Vec<LaneGot> = t
        .lanes
        .iter()
        .map(|l| {
            (
                l.code.as_str(),
                l.count,
                l.mentioned,
                l.dated.iter().map(|i| i.data_date.as_str()).collect(),
                l.undated.iter().map(|i| i.label.as_str()).collect(),
            )
        })
        .collect();
    let want: Vec<LaneGot> = want
        .iter()
        .map(|w| (w.0, w.1, w.2, w.3.to_vec(), w.4.to_vec()))
        .collect();
    assert_eq!(got, want);
    // The shared TH/LA meeting is in both lanes with both codes; the reported one precedes the mentioned one.
    let th = &t.lanes[0];
    assert_eq!(th.dated[0].data_country, "TH,LA");
    assert!(!th.dated[0].meeting.mentioned && th.dated[1].meeting.mentioned);
    assert_eq!(t.reported, 6);
    assert_eq!(t.mentioned, 2);
    assert_eq!(
        t.axis,
        Some(Axis {
            min_year: 2017,
            max_year: 2021
        })
    );
    let la = &t.lanes[2];
    assert_eq!(la.dated[0].span, Some((2017, 2019)));
    assert_eq!(la.dated[0].data_level, "deputy-minister");
}

#[test]
fn no_dated_meeting_no_axis() {
    let id = ArticleId("0000000000000002".into());
    let m = meeting(
        &["FR"],
        FuzzyDate::without_year(md(11, 4), None),
        Level::Minister,
        false,
    );
    let t = timeline::build(&[(&id, &m)]);
    assert_eq!(t.axis, None);
    assert_eq!(t.lanes.len(), 1);
    assert_eq!(t.lanes[0].undated.len(), 1);
    assert!(timeline::build(&[]).lanes.is_empty());
}

#[test]
fn axis_fractions() {
    let axis = Axis {
        min_year: 2020,
        max_year: 2023,
    };
    let rows: &[(u16, u8, u8, f64)] = &[
        (2020, 1, 1, 0.0),
        (2022, 1, 1, 0.5),
        (2023, 7, 2, 0.875),
        (2019, 5, 5, 0.0),
        (2030, 1, 1, 1.0),
    ];
    for (y, m, d, want) in rows {
        let got = axis.fraction(Date::new(*y, *m, *d).unwrap());
        assert!((got - want).abs() < 0.002, "{y}-{m}-{d}: {got}");
    }
    assert_eq!(axis.years().collect::<Vec<_>>(), [2020, 2021, 2022, 2023]);
}

#[test]
fn date_filters_on_hand_made_meetings() {
    let id = ArticleId("0000000000000003".into());
    let ms = [
        meeting(
            &["TH"],
            FuzzyDate::known(day(2021, 5, 2), day(2021, 5, 2)),
            Level::Minister,
            false,
        ),
        meeting(&["TH"], bounded(md(1, 30), 2017, 2019), Level::Minister, false),
        meeting(&["TH"], bounded(md(1, 30), 2021, 2022), Level::Minister, false),
        meeting(&["TH"], FuzzyDate::without_year(md(3, 9), None), Level::Minister, false),
        meeting(
            &["TH"],
            FuzzyDate::known(day(2020, 12, 30), day(2021, 1, 2)),
            Level::Minister,
            false,
        ),
    ];
    let entries: Vec<Entry> = ms.iter().map(|m| (&id, m)).collect();
    // (query, indices shown, uncertain, outside)
    let rows: &[(&str, &[usize], usize, usize)] = &[
        ("from=2021", &[0, 2], 2, 1),
        ("from=2021&to=2021", &[0], 3, 1),
        ("to=2020", &[1], 2, 2),
        ("from=2017-01&to=2019", &[1], 1, 3),
    ];
    for (q, shown, uncertain, outside) in rows {
        let out = timeline::filter(&query(q), &entries);
        let got: Vec<usize> = out
            .shown
            .iter()
            .map(|(_, m)| ms.iter().position(|x| std::ptr::eq(x, *m)).unwrap())
            .collect();
        assert_eq!(got, *shown, "{q}");
        assert_eq!((out.uncertain_hidden, out.outside), (*uncertain, *outside), "{q}");
    }
}

/// The year menus' axis, taken without laying out lanes, is the one the laid-out timeline has:
/// any mix of exact days, year ranges, unknown years and mentioned meetings.
#[test]
fn axis_alone_agrees_with_build() {
    use proptest::prelude::*;
    let date = prop_oneof![
        (1990u16..2030, 1u8..13, 1u8..29).prop_map(|(y, m, d)| FuzzyDate::known(day(y, m, d), day(y, m, d))),
        (1990u16..2030, 0u16..4, 1u8..13).prop_map(|(a, n, m)| bounded(md(m, 1), a, a + n)),
        (1u8..13, 1u8..29).prop_map(|(m, d)| FuzzyDate::without_year(md(m, d), None)),
    ];
    let meetings = proptest::collection::vec((date, any::<bool>()), 0..12);
    proptest::proptest!(|(ms in meetings)| {
        let id = ArticleId("0000000000000003".into());
        let ms: Vec<Meeting> = ms.into_iter().map(|(d, mentioned)| meeting(&["FR"], d, Level::Minister, mentioned)).collect();
        let entries: Vec<Entry<'_>> = ms.iter().map(|m| (&id, m)).collect();
        prop_assert_eq!(timeline::axis(&ms), timeline::build(&entries).axis);
    });
}
