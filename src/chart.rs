//! What the home page draws beside the lanes, computed from the timeline model: meetings per partner and per year for the small chart (a meeting is counted in a year only when the text puts it in that one year), and rows for the timeline's markers so their labels never overlap.

use crate::timeline::{Axis, Item, Timeline};
use std::collections::HashSet;

/// Meetings per partner country and per year, as the chart draws them. Only reported meetings
/// are counted (meetings an article only mentions are left out), each once however many lanes it is in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Partner codes with their reported meetings, in the timeline's lane order (most first), at most
    /// the `max_countries` given to [`tally`].
    pub by_country: Vec<(String, usize)>,
    /// Reported meetings of the partners left out of `by_country` (a meeting with two such partners counts twice).
    pub other_countries: usize,
    /// Every year of the timeline's axis, in order, with the meetings the text puts in that year (0 included).
    pub by_year: Vec<(u16, usize)>,
    /// Meetings whose date the text bounds only to a span of years (`year 2019–2022`): in no year's bar.
    pub spanning: usize,
    /// Meetings without a stated year: in no year's bar.
    pub no_year: usize,
}

impl Tally {
    /// The largest count of `by_country` and `other_countries` (0 when empty).
    pub fn country_max(&self) -> usize {
        self.by_country
            .iter()
            .map(|(_, n)| *n)
            .chain(std::iter::once(self.other_countries))
            .max()
            .unwrap_or(0)
    }

    /// The largest count of `by_year` (0 when empty).
    pub fn year_max(&self) -> usize {
        self.by_year.iter().map(|(_, n)| *n).max().unwrap_or(0)
    }
}

/// Tallies the meetings of a timeline. `max_countries` (at least 1 is sensible; 0 sums every
/// partner into `other_countries`) bounds the bars per partner so the chart stays small.
pub fn tally(t: &Timeline, max_countries: usize) -> Tally {
    let mut out = Tally::default();
    for (i, lane) in t.lanes.iter().enumerate() {
        if i < max_countries {
            out.by_country.push((lane.code.clone(), lane.count));
        } else {
            out.other_countries += lane.count;
        }
    }
    if let Some(axis) = t.axis {
        out.by_year = axis.years().map(|y| (y, 0)).collect();
    }
    let mut seen: HashSet<usize> = HashSet::new();
    for lane in &t.lanes {
        for item in lane.undated.iter().filter(|x| !x.meeting.mentioned) {
            if seen.insert(item.index) {
                out.no_year += 1;
            }
        }
        for item in lane.dated.iter().filter(|x| !x.meeting.mentioned) {
            if !seen.insert(item.index) {
                continue;
            }
            match single_year(item) {
                Some(y) => match out.by_year.iter_mut().find(|(year, _)| *year == y) {
                    Some((_, n)) => *n += 1,
                    None => out.spanning += 1,
                },
                None => out.spanning += 1,
            }
        }
    }
    out
}

/// The one year a placed meeting lies in, when its earliest and latest possible days share it.
fn single_year(item: &Item) -> Option<u16> {
    match (item.earliest, item.latest) {
        (Some(a), Some(b)) if a.year == b.year => Some(a.year),
        _ => None,
    }
}

/// A lane with more meetings on its axis than this is drawn as [`bins`] (one box per year, with
/// its count, linking to that partner and year) instead of one marker per meeting, so the page
/// stays small and quick to redraw however many articles are loaded.
pub const MAX_LANE_MARKERS: usize = 40;

/// The most markers a lane's "year not stated" slot draws; the rest are counted beside them.
pub const MAX_UNDATED_MARKERS: usize = 12;

/// The most markers the whole timeline draws: past it, the lanes with the most meetings are
/// drawn as [`bins`] too, largest first, until the others fit.
pub const MAX_TIMELINE_MARKERS: usize = 300;

/// Which lanes of `t` are crowded, in lane order: drawn as [`bins`] with their "year not stated"
/// meetings only counted, rather than one marker per meeting. A lane is crowded when it has more
/// than [`MAX_LANE_MARKERS`] meetings on the axis, or when the markers of the lanes that are not
/// would pass [`MAX_TIMELINE_MARKERS`] (then the lanes with the most meetings go first). A lane
/// with no meeting on the axis is never crowded: it has nothing to bin, and its slot draws at
/// most [`MAX_UNDATED_MARKERS`].
pub fn crowded(t: &Timeline) -> Vec<bool> {
    let markers = |lane: &crate::timeline::Lane| lane.dated.len() + lane.undated.len().min(MAX_UNDATED_MARKERS);
    let mut out: Vec<bool> = t.lanes.iter().map(|l| l.dated.len() > MAX_LANE_MARKERS).collect();
    let mut total: usize = t
        .lanes
        .iter()
        .zip(&out)
        .map(|(l, &c)| if c { 0 } else { markers(l) })
        .sum();
    let mut order: Vec<usize> = (0..t.lanes.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(t.lanes.get(i).map_or(0, |l| l.dated.len())));
    for i in order {
        if total <= MAX_TIMELINE_MARKERS {
            break;
        }
        let (Some(lane), Some(c)) = (t.lanes.get(i), out.get_mut(i)) else {
            continue;
        };
        if *c || lane.dated.is_empty() {
            continue;
        }
        *c = true;
        total -= markers(lane);
    }
    out
}

/// Meetings of one lane whose possible dates lie in the years `from..=to`, counted: one bin per
/// year for the meetings the text puts in that one year, and one per span of years
/// (`year 2019–2022`, or a visit from 30 December to 2 January) for the others, so a count is
/// never put in a year the text does not give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bin {
    /// The first year the meetings may lie in.
    pub from: u16,
    /// The last year (equal to `from` for a bin of one year).
    pub to: u16,
    /// Meetings in the bin.
    pub count: usize,
    /// Of those, meetings at minister level (the rest are deputy ministers).
    pub minister: usize,
    /// Of those, meetings the articles only mention (previous or planned ones).
    pub mentioned: usize,
}

/// The bins of a lane's meetings on the axis, ordered by first year, then last year. Meetings
/// without an earliest and a latest day (not on the axis) are left out.
pub fn bins(items: &[Item]) -> Vec<Bin> {
    let mut by_years: std::collections::BTreeMap<(u16, u16), Bin> = std::collections::BTreeMap::new();
    for item in items {
        let (Some(a), Some(b)) = (item.earliest, item.latest) else {
            continue;
        };
        let (from, to) = (a.year.min(b.year), a.year.max(b.year));
        let bin = by_years.entry((from, to)).or_insert(Bin {
            from,
            to,
            count: 0,
            minister: 0,
            mentioned: 0,
        });
        bin.count += 1;
        bin.minister += usize::from(item.meeting.level == crate::filters::Level::Minister);
        bin.mentioned += usize::from(item.meeting.mentioned);
    }
    by_years.into_values().collect()
}

/// Room a marker needs on the track, in rem: the shape, its gap and padding (1.5 rem), and
/// 0.45 rem per character of its label (generous for the 0.75 rem label type, so estimates err wide).
pub fn marker_width_rem(label: &str) -> f64 {
    1.5 + 0.45 * label.chars().count() as f64
}

/// Where an item starts and ends on a plot `plot_rem` wide (rem, > 0): from its earliest day to the
/// later of its latest day (for a span of years) and the end of its label (`label_rem` wide).
/// `None` for an item without an earliest day (it is not placed on the axis).
pub fn extent(axis: &Axis, item: &Item, label_rem: f64, plot_rem: f64) -> Option<(f64, f64)> {
    let start = axis.fraction(item.earliest?);
    let end = match (item.span, item.latest) {
        (Some(_), Some(l)) => Some(axis.fraction(l)),
        _ => None,
    };
    Some(extent_at(start, end, label_rem, plot_rem))
}

/// As [`extent`], from the item's place as fractions of the axis (`start`, and `end` for a span
/// of years, both 0.0..=1.0).
pub fn extent_at(start: f64, end: Option<f64>, label_rem: f64, plot_rem: f64) -> (f64, f64) {
    let x = start * plot_rem;
    let span_end = end.map_or(x, |e| e * plot_rem);
    (x, span_end.max(x + label_rem))
}

/// Rows for intervals along a track so that none overlaps another in its row, first fit in the
/// order given (give them sorted by start): item `i` goes in the lowest row whose last interval
/// ends at least `gap` before it starts. Returns each item's row, from 0. Linear in items × rows.
pub fn stack(extents: &[(f64, f64)], gap: f64) -> Vec<usize> {
    let mut row_ends: Vec<f64> = Vec::new();
    extents
        .iter()
        .map(|&(start, end)| match row_ends.iter().position(|&e| e + gap <= start) {
            Some(row) => {
                if let Some(e) = row_ends.get_mut(row) {
                    *e = end;
                }
                row
            }
            None => {
                row_ends.push(end);
                row_ends.len() - 1
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::Record;

    fn seeds() -> Vec<Record> {
        let dir = format!("{}/corpus", env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                crate::pipeline::process(&name, &std::fs::read(p).unwrap()).unwrap()
            })
            .collect()
    }

    #[test]
    fn seed_meetings_per_partner_and_per_year() {
        let records = seeds();
        let t = crate::timeline::build(&crate::timeline::entries(&records));
        let tally = tally(&t, 8);
        assert_eq!(
            tally.by_country,
            vec![("CN".to_string(), 2), ("SG".to_string(), 2), ("FR".to_string(), 1)]
        );
        assert_eq!(tally.other_countries, 0);
        // 19 April 2024 (China) and 3–5 April 2024 (Singapore) are in 2024; 19 February, year
        // 2019–2022, is in no year's bar; 8 October and 4 November have no year. The two meetings
        // the Chinese article only mentions (October 2018, 2022) are not counted but widen the axis.
        let years: Vec<(u16, usize)> = tally.by_year.iter().copied().filter(|(_, n)| *n > 0).collect();
        assert_eq!(years, vec![(2024, 2)]);
        assert_eq!(tally.by_year.first().map(|y| y.0), Some(2018));
        assert_eq!(tally.spanning, 1);
        assert_eq!(tally.no_year, 2);
        let in_chart: usize = tally.by_year.iter().map(|(_, n)| n).sum::<usize>() + tally.spanning + tally.no_year;
        assert_eq!(in_chart, t.reported, "every reported meeting is counted once");
        assert_eq!((tally.country_max(), tally.year_max()), (2, 2));
    }

    fn invented(partners: &[&str], date: crate::meeting::FuzzyDate, mentioned: bool) -> crate::meeting::Meeting {
        crate::meeting::Meeting {
            mentioned,
            ..crate::meeting::Meeting::new(partners, date, crate::filters::Level::Minister)
        }
    }

    #[test]
    fn invented_meetings_are_counted_once_and_never_in_a_guessed_year() {
        use crate::date::{Date, PartialDate};
        use crate::meeting::{FuzzyDate, MonthDay};
        let day = |y, m, d| PartialDate::Day(Date::new(y, m, d).unwrap());
        let id = crate::corpus::ArticleId("00000000000000aa".into());
        let ms = [
            // Thailand and Laos at one table: one meeting in two lanes, counted once in 2021.
            invented(&["TH", "LA"], FuzzyDate::known(day(2021, 5, 2), day(2021, 5, 2)), false),
            // A visit from 30 December 2020 to 2 January 2021 lies in no single year.
            invented(&["KH"], FuzzyDate::known(day(2020, 12, 30), day(2021, 1, 2)), false),
            // Only mentioned: not counted.
            invented(
                &["LA"],
                FuzzyDate::known(PartialDate::Year(2019), PartialDate::Year(2019)),
                true,
            ),
            // No year given.
            invented(
                &["KH"],
                FuzzyDate::without_year(MonthDay::new(7, 6).unwrap(), None),
                false,
            ),
            invented(
                &["AU"],
                FuzzyDate::known(PartialDate::Month(2023, 3), PartialDate::Month(2023, 3)),
                false,
            ),
        ];
        let entries: Vec<crate::timeline::Entry<'_>> = ms.iter().map(|m| (&id, m)).collect();
        let t = crate::timeline::build(&entries);
        let x = tally(&t, 2);
        let years: Vec<(u16, usize)> = x.by_year.iter().copied().filter(|(_, n)| *n > 0).collect();
        assert_eq!(years, vec![(2021, 1), (2023, 1)]);
        assert_eq!(x.by_year.first().map(|y| y.0), Some(2019));
        assert_eq!(x.by_year.last().map(|y| y.0), Some(2023));
        assert_eq!((x.spanning, x.no_year), (1, 1));
        // KH has two reported meetings and comes first; then the one-meeting lanes by name.
        assert_eq!(x.by_country.first(), Some(&("KH".to_string(), 2)));
        assert_eq!(x.by_country.len() + usize::from(x.other_countries > 0), 3);
        assert_eq!(x.by_country.iter().map(|c| c.1).sum::<usize>() + x.other_countries, 5);
    }

    #[test]
    fn dense_lanes_are_binned_by_the_years_the_text_gives() {
        use crate::date::{Date, PartialDate};
        use crate::filters::Level;
        use crate::meeting::{FuzzyDate, MonthDay};
        let day = |y, m, d| PartialDate::Day(Date::new(y, m, d).unwrap());
        let id = crate::corpus::ArticleId("00000000000000aa".into());
        let deputy = |date| crate::meeting::Meeting {
            level: Level::DeputyMinister,
            ..invented(&["TH"], date, false)
        };
        let ms = [
            invented(&["TH"], FuzzyDate::known(day(2021, 5, 2), day(2021, 5, 2)), false),
            deputy(FuzzyDate::known(
                PartialDate::Month(2021, 9),
                PartialDate::Month(2021, 9),
            )),
            invented(
                &["TH"],
                FuzzyDate::known(PartialDate::Year(2019), PartialDate::Year(2019)),
                true,
            ),
            // Across New Year: its own bin for 2020–2021, not 2020 or 2021.
            invented(&["TH"], FuzzyDate::known(day(2020, 12, 30), day(2021, 1, 2)), false),
            // Known only to lie in 2019–2022.
            deputy(FuzzyDate::known(PartialDate::Year(2019), PartialDate::Year(2022))),
            // No year: not on the axis, so in no bin.
            invented(
                &["TH"],
                FuzzyDate::without_year(MonthDay::new(7, 6).unwrap(), None),
                false,
            ),
        ];
        let entries: Vec<crate::timeline::Entry<'_>> = ms.iter().map(|m| (&id, m)).collect();
        let t = crate::timeline::build(&entries);
        let lane = t.lanes.first().unwrap();
        let got: Vec<(u16, u16, usize, usize, usize)> = bins(&lane.dated)
            .iter()
            .map(|b| (b.from, b.to, b.count, b.minister, b.mentioned))
            .collect();
        assert_eq!(
            got,
            vec![
                (2019, 2019, 1, 1, 1),
                (2019, 2022, 1, 0, 0),
                (2020, 2021, 1, 1, 0),
                (2021, 2021, 2, 1, 0),
            ]
        );
        assert!(bins(&lane.undated).is_empty());
        assert!(bins(&[]).is_empty());
    }

    proptest::proptest! {
        /// Every meeting on the axis is in exactly one bin, the bin of its first and last
        /// possible years; bins are sorted and their parts never exceed their counts.
        #[test]
        fn bins_count_every_placed_meeting_once(
            dates in proptest::collection::vec((2010u16..2026, 0u16..3, proptest::bool::ANY, proptest::bool::ANY), 0..60),
        ) {
            use crate::date::PartialDate;
            use crate::filters::Level;
            use crate::meeting::FuzzyDate;
            let id = crate::corpus::ArticleId("00000000000000aa".into());
            let ms: Vec<crate::meeting::Meeting> = dates
                .iter()
                .map(|&(y, extra, minister, mentioned)| crate::meeting::Meeting {
                    level: if minister { Level::Minister } else { Level::DeputyMinister },
                    ..invented(&["TH"], FuzzyDate::known(PartialDate::Year(y), PartialDate::Year(y + extra)), mentioned)
                })
                .collect();
            let entries: Vec<crate::timeline::Entry<'_>> = ms.iter().map(|m| (&id, m)).collect();
            let t = crate::timeline::build(&entries);
            let items: Vec<Item> = t.lanes.iter().flat_map(|l| l.dated.iter().cloned()).collect();
            let b = bins(&items);
            proptest::prop_assert_eq!(b.iter().map(|x| x.count).sum::<usize>(), dates.len());
            proptest::prop_assert!(b.windows(2).all(|w| (w[0].from, w[0].to) < (w[1].from, w[1].to)));
            for x in &b {
                proptest::prop_assert!(x.from <= x.to && x.minister <= x.count && x.mentioned <= x.count && x.count > 0);
                let want = dates.iter().filter(|d| (d.0, d.0 + d.1) == (x.from, x.to)).count();
                proptest::prop_assert_eq!(x.count, want);
            }
        }
    }

    /// A lane of `dated` copies of a meeting on the axis and `undated` copies without a year.
    fn lane_of(dated: usize, undated: usize) -> crate::timeline::Lane {
        use crate::date::PartialDate;
        use crate::meeting::FuzzyDate;
        let id = crate::corpus::ArticleId("00000000000000aa".into());
        let m = invented(
            &["TH"],
            FuzzyDate::known(PartialDate::Year(2020), PartialDate::Year(2020)),
            false,
        );
        let t = crate::timeline::build(&[(&id, &m)]);
        let mut lane = t.lanes.into_iter().next().unwrap();
        let item = lane.dated.pop().unwrap();
        lane.dated = vec![item.clone(); dated];
        lane.undated = vec![item; undated];
        lane
    }

    #[test]
    fn crowded_lanes_keep_the_timeline_within_its_marker_budget() {
        struct Row {
            name: &'static str,
            lanes: &'static [(usize, usize)],
            crowded: &'static [bool],
        }
        let table = [
            Row {
                name: "small lanes draw every marker",
                lanes: &[(5, 2), (40, 12)],
                crowded: &[false, false],
            },
            Row {
                name: "a lane past the lane limit is binned",
                lanes: &[(41, 0), (3, 0)],
                crowded: &[true, false],
            },
            Row {
                name: "over the budget, the biggest lanes go first",
                // 369 markers: binning the lanes of 40 and 39 brings it to 278.
                lanes: &[
                    (30, 12),
                    (40, 0),
                    (35, 30),
                    (39, 12),
                    (38, 12),
                    (37, 12),
                    (36, 12),
                    (10, 0),
                    (20, 12),
                ],
                crowded: &[false, true, false, true, false, false, false, false, false],
            },
            Row {
                name: "a lane with nothing on the axis is never binned",
                lanes: &[(0, 500)],
                crowded: &[false],
            },
        ];
        for row in &table {
            let t = Timeline {
                lanes: row.lanes.iter().map(|&(d, u)| lane_of(d, u)).collect(),
                ..Timeline::default()
            };
            assert_eq!(crowded(&t), row.crowded, "{}", row.name);
        }
        assert!(crowded(&Timeline::default()).is_empty());
    }

    proptest::proptest! {
        /// Every lane past the lane limit is crowded; the lanes left draw within the budget
        /// (unless only lanes with nothing to bin are left); and a lane is crowded by the budget
        /// only if no lane left has more meetings on the axis.
        #[test]
        fn crowding_respects_the_budget(sizes in proptest::collection::vec((0usize..80, 0usize..30), 0..40)) {
            let t = Timeline { lanes: sizes.iter().map(|&(d, u)| lane_of(d, u)).collect(), ..Timeline::default() };
            let c = crowded(&t);
            proptest::prop_assert_eq!(c.len(), sizes.len());
            let left: Vec<(usize, usize)> = sizes.iter().zip(&c).filter(|(_, &c)| !c).map(|(s, _)| *s).collect();
            let drawn: usize = left.iter().map(|&(d, u)| d + u.min(MAX_UNDATED_MARKERS)).sum();
            let binnable_left = left.iter().any(|&(d, _)| d > 0);
            proptest::prop_assert!(drawn <= MAX_TIMELINE_MARKERS || !binnable_left, "{} markers drawn", drawn);
            let most_left = left.iter().map(|&(d, _)| d).max().unwrap_or(0);
            for (&(d, _), &is) in sizes.iter().zip(&c) {
                proptest::prop_assert!(d <= MAX_LANE_MARKERS || is);
                if is && d <= MAX_LANE_MARKERS {
                    proptest::prop_assert!(d > 0 && d >= most_left);
                }
            }
        }
    }

    #[test]
    fn partners_beyond_the_limit_are_summed() {
        let records = seeds();
        let t = crate::timeline::build(&crate::timeline::entries(&records));
        let rows: &[(usize, usize, usize)] = &[(0, 0, 5), (1, 1, 3), (2, 2, 1), (3, 3, 0), (9, 3, 0)];
        for &(max, listed, others) in rows {
            let x = tally(&t, max);
            assert_eq!((x.by_country.len(), x.other_countries), (listed, others), "max {max}");
        }
    }

    #[test]
    fn an_empty_timeline_has_an_empty_chart() {
        let x = tally(&Timeline::default(), 8);
        assert_eq!(x, Tally::default());
        assert_eq!((x.country_max(), x.year_max()), (0, 0));
    }

    #[test]
    fn stacking_keeps_labels_apart() {
        struct Row {
            name: &'static str,
            extents: &'static [(f64, f64)],
            rows: &'static [usize],
        }
        let table = [
            Row {
                name: "far apart share a row",
                extents: &[(0.0, 3.0), (5.0, 8.0), (10.0, 12.0)],
                rows: &[0, 0, 0],
            },
            Row {
                name: "overlapping labels stack",
                extents: &[(0.0, 4.0), (2.0, 6.0), (3.0, 7.0)],
                rows: &[0, 1, 2],
            },
            Row {
                name: "a lower row is reused when free",
                extents: &[(0.0, 4.0), (2.0, 6.0), (4.5, 7.0), (6.5, 9.0)],
                rows: &[0, 1, 0, 1],
            },
            Row {
                name: "touching within the gap still stacks",
                extents: &[(0.0, 4.0), (4.1, 6.0)],
                rows: &[0, 1],
            },
            Row {
                name: "nothing",
                extents: &[],
                rows: &[],
            },
        ];
        for row in table {
            assert_eq!(stack(row.extents, 0.25), row.rows, "{}", row.name);
        }
    }

    #[test]
    fn seed_lanes_stack_the_crowded_chinese_meetings() {
        let records = seeds();
        let t = crate::timeline::build(&crate::timeline::entries(&records));
        let axis = t.axis.unwrap();
        let china = t.lanes.iter().find(|l| l.code == "CN").unwrap();
        let extents: Vec<(f64, f64)> = china
            .dated
            .iter()
            .filter_map(|i| extent(&axis, i, marker_width_rem(&i.label), 25.0))
            .collect();
        assert_eq!(extents.len(), china.dated.len());
        let rows = stack(&extents, 0.25);
        // October 2018 and the 2019–2022 bar would overlap: they are in different rows, and no two
        // intervals of one row overlap.
        assert!(rows.iter().max().copied().unwrap_or(0) >= 1, "{rows:?}");
        for (i, a) in extents.iter().enumerate() {
            for (j, b) in extents.iter().enumerate().skip(i + 1) {
                if rows.get(i) == rows.get(j) {
                    assert!(
                        a.1 + 0.25 <= b.0 || b.1 + 0.25 <= a.0,
                        "{a:?} and {b:?} overlap in row {:?}",
                        rows.get(i)
                    );
                }
            }
        }
    }

    #[test]
    fn label_room_grows_with_the_label() {
        assert!(marker_width_rem("19 Apr") < marker_width_rem("ngày 19 tháng 4"));
        assert!((marker_width_rem("") - 1.5).abs() < 1e-9);
    }
}
