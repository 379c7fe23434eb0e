//! The small chart above the timeline: meetings per partner country (bars) and per year (columns), drawn as inline SVG with text labels and a spoken summary (`role="img"`), plus the meetings no year's column can hold, in words.

use crate::chart::Tally;
use crate::ui::app::{use_strings, use_ui_lang};
use leptos::prelude::*;

/// Width of each chart's drawing, in SVG units (the SVG scales to its box).
const WIDTH: f64 = 280.0;

/// Height of one partner's bar row, in SVG units.
const ROW: f64 = 18.0;

/// Height of the tallest year column, in SVG units.
const COLUMN: f64 = 40.0;

/// Width one year label needs, in SVG units (4 digits at the chart's type size).
const YEAR_LABEL: f64 = 30.0;

/// Meetings per partner country and per year.
#[component]
pub fn Chart(
    /// The counts to draw.
    tally: Tally,
) -> impl IntoView {
    let t = use_strings().get_untracked();
    let ui = use_ui_lang().get_untracked();
    let name = |code: &str| crate::iso3166::name_in(code, ui).unwrap_or(code).to_string();

    // Per partner: horizontal bars, names on the left, counts after the bars.
    let mut rows: Vec<(String, usize)> = tally.by_country.iter().map(|(c, n)| (name(c), *n)).collect();
    if tally.other_countries > 0 {
        rows.push((t.chart_others.to_string(), tally.other_countries));
    }
    let longest = rows.iter().map(|(n, _)| n.chars().count()).max().unwrap_or(0) as f64;
    let label_w = (longest * 6.0 + 6.0).clamp(36.0, 120.0);
    let bar_x = label_w + 4.0;
    let bar_room = WIDTH - bar_x - 22.0;
    let country_max = tally.country_max().max(1) as f64;
    let country_h = ROW * rows.len() as f64 + 2.0;
    let country_summary = format!(
        "{}: {}",
        t.chart_by_country,
        rows.iter()
            .map(|(n, c)| format!("{n} {c}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let bars = rows
        .into_iter()
        .enumerate()
        .map(|(i, (label, n))| {
            let y = ROW * i as f64 + 1.0;
            let w = (n as f64 / country_max * bar_room).max(1.0);
            view! {
                <text class="label" x=format!("{:.1}", label_w) y=format!("{:.1}", y + 12.5) text-anchor="end">{label}</text>
                <rect class="bar" x=format!("{bar_x:.1}") y=format!("{:.1}", y + 3.0) width=format!("{w:.1}") height="12" rx="2"></rect>
                <text class="value" x=format!("{:.1}", bar_x + w + 4.0) y=format!("{:.1}", y + 12.5)>{n}</text>
            }
        })
        .collect_view();

    // Per year: columns, every year of the axis, labels thinned to fit.
    let years = tally.by_year.clone();
    let n_years = years.len().max(1) as f64;
    let col_w = WIDTH / n_years;
    let label_every = (YEAR_LABEL / col_w).ceil().max(1.0) as usize;
    let year_max = tally.year_max().max(1) as f64;
    let year_h = COLUMN + 30.0;
    let year_summary = {
        let listed: Vec<String> = years
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(y, n)| format!("{y} {n}"))
            .collect();
        let range = match (years.first(), years.last()) {
            (Some(a), Some(b)) => format!(" ({}–{})", a.0, b.0),
            _ => String::new(),
        };
        format!("{}{range}: {}", t.chart_by_year, listed.join(", "))
    };
    let columns = years
        .into_iter()
        .enumerate()
        .map(|(i, (year, n))| {
            let x = col_w * i as f64;
            let h = n as f64 / year_max * COLUMN;
            let cx = x + col_w / 2.0;
            let bar_w = (col_w * 0.6).max(1.0);
            let show_label = i % label_every == 0 || i + 1 == tally.by_year.len();
            view! {
                {(n > 0).then(|| view! {
                    <rect class="bar" x=format!("{:.1}", cx - bar_w / 2.0) y=format!("{:.1}", 14.0 + COLUMN - h) width=format!("{bar_w:.1}") height=format!("{h:.1}") rx="2"></rect>
                    <text class="value" x=format!("{cx:.1}") y=format!("{:.1}", 11.0 + COLUMN - h) text-anchor="middle">{n}</text>
                })}
                {show_label.then(|| view! {
                    <text class="label" x=format!("{cx:.1}") y=format!("{:.1}", COLUMN + 27.0) text-anchor="middle">{year}</text>
                })}
            }
        })
        .collect_view();
    let baseline_y = format!("{:.1}", 14.0 + COLUMN);
    let notes: Vec<String> = [(tally.spanning, t.chart_span), (tally.no_year, t.chart_no_year)]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, noun)| noun.count(n))
        .collect();
    let year_label = if notes.is_empty() {
        year_summary
    } else {
        format!("{year_summary}; {}", notes.join("; "))
    };
    view! {
        <section class="charts" aria-label=t.chart_label data-testid="chart">
            <figure class="chart">
                <figcaption>{t.chart_by_country}</figcaption>
                <svg
                    role="img"
                    aria-label=country_summary
                    viewBox=format!("0 0 {WIDTH} {country_h:.0}")
                    preserveAspectRatio="xMinYMin meet"
                    data-testid="chart-countries"
                >
                    {bars}
                </svg>
            </figure>
            <figure class="chart">
                <figcaption>{t.chart_by_year}</figcaption>
                <svg
                    role="img"
                    aria-label=year_label
                    viewBox=format!("0 0 {WIDTH} {year_h:.0}")
                    preserveAspectRatio="xMinYMin meet"
                    data-testid="chart-years"
                >
                    <line class="axis-line" x1="0" x2=format!("{WIDTH}") y1=baseline_y.clone() y2=baseline_y></line>
                    {columns}
                </svg>
                {(!notes.is_empty()).then(|| view! {
                    <p class="chart-note" aria-hidden="true">{notes.join(" · ")}</p>
                })}
            </figure>
        </section>
    }
}
