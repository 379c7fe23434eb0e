//! The timeline: one lane per partner country (a labelled group: "China, 2 meetings"), time along the track, each meeting a focusable marker whose shape shows its level, stacked in rows so labels never overlap; meetings without a stated year sit in the lane's "year not stated" slot, never at a guessed point; a key says what the shapes mean.

use crate::chart::{bins, crowded, extent_at, marker_width_rem, stack, MAX_UNDATED_MARKERS};
use crate::date::PartialDate;
use crate::filters::{Filters, Level};
use crate::iso3166::CountryCode;
use crate::lang::Lang;
use crate::timeline::{Axis, Item, Lane, Timeline};
use crate::ui::app::{use_strings, use_ui_lang};
use crate::ui::url::{use_nav, Link};
use leptos::prelude::*;

/// The narrowest the plot of a track gets, in rem (the timeline scrolls sideways below it; 16 rem
/// fits a 360 px phone). Kept in step with the `.lane` track column and `.plot` in style/main.css.
const PLOT_MIN_REM: f64 = 16.0;

/// Room a year's tick label needs on the axis, in rem; closer years show every other label (or fewer).
const TICK_REM: f64 = 2.2;

/// Height of one row of markers, in rem.
const ROW_REM: f64 = 1.75;

/// Space above the first row and below the last, in rem.
const PAD_REM: f64 = 0.3;

/// Least space between two markers of one row, in rem.
const GAP_REM: f64 = 0.4;

/// Where a date sits on the plot, as a CSS percentage.
fn percent(axis: &Axis, date: crate::date::Date) -> String {
    format!("{:.3}%", axis.fraction(date) * 100.0)
}

/// 1 January of a year.
fn new_year(year: u16) -> crate::date::Date {
    crate::date::Date { year, month: 1, day: 1 }
}

/// The timeline of the meetings shown, with its key.
#[component]
pub fn TimelineChart(
    /// The lanes to draw.
    timeline: Timeline,
    /// The meeting whose card is open.
    selected: RwSignal<Option<Item>>,
    /// The meeting under the pointer or focus (its card shows while no other is open).
    preview: RwSignal<Option<Item>>,
) -> impl IntoView {
    let t = use_strings();
    let axis = timeline.axis;
    // The filters a crowded lane's year boxes link from (the chart is drawn again when they change).
    let base = use_nav().filters.get_untracked();
    let pressed = Selector::new(move || selected.with(|s| s.as_ref().and_then(marker_key)));
    // The plot's width in rem, measured once drawn and again when the window is resized: marker
    // rows are laid out for it, so labels never overlap and wide screens need fewer rows.
    let plot_rem = RwSignal::new(PLOT_MIN_REM);
    let axis_plot = NodeRef::<leptos::html::Div>::new();
    let measure = move || {
        if let Some(el) = axis_plot.get_untracked() {
            let width = f64::from(el.client_width()) / root_font_px();
            if width > 0.0 && (width - plot_rem.get_untracked()).abs() > 0.5 {
                plot_rem.set(width.max(PLOT_MIN_REM));
            }
        }
    };
    Effect::new(move |_| {
        if axis_plot.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let ticks = axis.map(|a| {
        let years = usize::from(a.max_year - a.min_year) + 1;
        a.years()
            .enumerate()
            .map(|(i, y)| {
                let hidden = move || {
                    let every = (TICK_REM * years as f64 / plot_rem.get()).ceil().max(1.0) as usize;
                    i % every != 0
                };
                view! { <span class="tick" class:thinned=hidden style:left=percent(&a, new_year(y))>{y}</span> }
            })
            .collect_view()
    });
    let crowded = crowded(&timeline);
    let lanes = timeline
        .lanes
        .into_iter()
        .zip(crowded)
        .map(|(lane, crowded)| view! { <LaneRow lane=lane axis=axis crowded=crowded base=base.clone() plot_rem=plot_rem selected=selected pressed=pressed.clone() preview=preview /> })
        .collect_view();
    view! {
        <div class="timeline" role="region" aria-label=move || t.get().timeline_label data-testid="timeline">
            <div class="timeline-grid">
                <div class="lane axis-row" aria-hidden="true">
                    <div class="lane-label"></div>
                    <div class="track axis"><div class="plot" node_ref=axis_plot>{ticks}</div></div>
                    <div class="undated-head">{move || t.get().year_not_stated}</div>
                </div>
                {lanes}
            </div>
        </div>
        <TimelineKey />
    }
}

/// The size of 1 rem in CSS pixels (16 unless the reader changed it).
fn root_font_px() -> f64 {
    document()
        .document_element()
        .and_then(|el| window().get_computed_style(&el).ok().flatten())
        .and_then(|style| style.get_property_value("font-size").ok())
        .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
        .filter(|px| *px > 0.0)
        .unwrap_or(16.0)
}

/// What the shapes mean, in words (colour is never the only signal).
#[component]
fn TimelineKey() -> impl IntoView {
    let t = use_strings();
    let item = |class: &'static str, label: Box<dyn Fn() -> &'static str + Send + Sync>| {
        view! {
            <li>
                <span class=format!("marker key-marker {class}") aria-hidden="true"><span class="shape"></span></span>
                {label}
            </li>
        }
    };
    view! {
        <div class="timeline-key" data-testid="timeline-legend">
            <h3 class="key-title">{move || t.get().timeline_key}</h3>
            <ul>
                {item("minister", Box::new(move || t.get().level_minister))}
                {item("deputy", Box::new(move || t.get().level_deputy))}
                {item("minister mentioned", Box::new(move || t.get().key_mentioned))}
                {item("minister span", Box::new(move || t.get().key_span))}
            </ul>
        </div>
    }
}

/// One partner's lane: a group named by the country and its count of meetings. A crowded lane
/// ([`crowded`]) shows a box per year (or span of years) with its count instead of a marker per
/// meeting, each a link to that partner and those years, and counts its meetings without a year;
/// any other lane's "year not stated" slot draws at most [`MAX_UNDATED_MARKERS`] markers and
/// counts the rest.
#[component]
fn LaneRow(
    lane: Lane,
    axis: Option<Axis>,
    /// Drawn as year boxes ([`crowded`]).
    crowded: bool,
    /// The filters the year boxes of a crowded lane start from.
    base: Filters,
    /// The plot's width in rem (marker rows are laid out for it).
    plot_rem: RwSignal<f64>,
    selected: RwSignal<Option<Item>>,
    /// Which marker is pressed ([`Marker`]).
    pressed: Selector<Option<(String, usize)>>,
    preview: RwSignal<Option<Item>>,
) -> impl IntoView {
    let t = use_strings();
    let ui = use_ui_lang();
    let code = lane.code.clone();
    let name_code = lane.code.clone();
    let name = move || crate::iso3166::name_in(&name_code, ui.get()).map_or_else(|| name_code.clone(), str::to_string);
    let count = lane.count;
    let mentioned = lane.mentioned;
    let group_label = {
        let name = name.clone();
        move || {
            let s = t.get();
            let mut label = format!("{}, {}", name(), s.meetings.count(count));
            if mentioned > 0 {
                label.push_str(&format!(", {mentioned} {}", s.mentioned_word));
            }
            label
        }
    };
    let gridlines = axis.map(|a| {
        a.years()
            .map(|y| view! { <span class="gridline" aria-hidden="true" style:left=percent(&a, new_year(y))></span> })
            .collect_view()
    });
    let (dated, rows) = match axis {
        Some(a) if crowded => {
            let (boxes, rows) = year_boxes(&lane.dated, a, &code, &base);
            (boxes.into_any(), Signal::stored(rows))
        }
        _ => {
            let (markers, rows) = markers(lane.dated, axis, plot_rem, selected, pressed.clone(), preview);
            (markers.into_any(), rows)
        }
    };
    let track_height = move || format!("{:.2}rem", PAD_REM * 2.0 + ROW_REM * rows.get().max(1) as f64);
    let has_undated = !lane.undated.is_empty();
    let drawn = if crowded { 0 } else { MAX_UNDATED_MARKERS };
    let more_undated = lane.undated.len().saturating_sub(drawn);
    let undated = lane
        .undated
        .into_iter()
        .take(drawn)
        .map(|item| view! { <Marker item=item place=None selected=selected pressed=pressed.clone() preview=preview /> })
        .collect_view();
    let more_undated = (more_undated > 0).then(|| {
        let text = move || {
            let s = t.get();
            if drawn == 0 {
                s.meetings.count(more_undated)
            } else {
                format!("+{} {}", more_undated, s.more_undated.pick(more_undated))
            }
        };
        view! {
            <span class="undated-more" data-testid="undated-more" data-count=more_undated.to_string()>{text}</span>
        }
    });
    view! {
        <div class="lane" role="group" aria-label=group_label data-testid="lane" data-country=code.clone()>
            <div class="lane-label" aria-hidden="true">
                <span class="code">{code.clone()}</span>
                " "
                <span class="name">{name}</span>
                " "
                <span class="count">{count}</span>
            </div>
            <div class="track" style:min-height=track_height>
                <div class="plot">{gridlines}{dated}</div>
            </div>
            <div class="undated" class:empty=!has_undated>
                {has_undated.then(|| view! { <span class="undated-tag" aria-hidden="true">{move || t.get().year_not_stated}</span> })}
                {undated}
                {more_undated}
            </div>
        </div>
    }
}

/// One marker per meeting on the axis, stacked in rows so labels never overlap, and the number
/// of rows (which follows the plot's width).
fn markers(
    items: Vec<Item>,
    axis: Option<Axis>,
    plot_rem: RwSignal<f64>,
    selected: RwSignal<Option<Item>>,
    pressed: Selector<Option<(String, usize)>>,
    preview: RwSignal<Option<Item>>,
) -> (impl IntoView, Signal<usize>) {
    // Where each marker sits as fractions of the axis, and the room its label needs: the longer
    // of the two languages' labels, so switching language keeps the rows.
    let places: Vec<(f64, Option<f64>, f64)> = items
        .iter()
        .map(|item| {
            let label = [Lang::En, Lang::Vi]
                .iter()
                .map(|&l| marker_width_rem(&crate::i18n::fuzzy_date_short(l, &item.meeting.date)))
                .fold(0.0, f64::max);
            let start = match (axis, item.earliest) {
                (Some(a), Some(d)) => a.fraction(d),
                _ => 0.0,
            };
            let end = match (axis, item.span, item.latest) {
                (Some(a), Some(_), Some(l)) => Some(a.fraction(l)),
                _ => None,
            };
            (start, end, label)
        })
        .collect();
    let rows = Memo::new(move |_| {
        let width = plot_rem.get();
        let extents: Vec<(f64, f64)> = places
            .iter()
            .map(|&(start, end, label)| extent_at(start, end, label, width))
            .collect();
        stack(&extents, GAP_REM)
    });
    let view = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let place = axis.and_then(|a| {
                let start = item.earliest.map(|d| percent(&a, d))?;
                let width = match (item.span, item.earliest, item.latest) {
                    (Some(_), Some(e), Some(l)) => {
                        Some(format!("{:.3}%", (a.fraction(l) - a.fraction(e)).max(0.0) * 100.0))
                    }
                    _ => None,
                };
                Some(Place {
                    left: start,
                    width,
                    top: Signal::derive(move || {
                        let row = rows.with(|r| r.get(i).copied().unwrap_or(0));
                        format!("{:.2}rem", PAD_REM + ROW_REM * row as f64)
                    }),
                })
            });
            view! { <Marker item=item place=place selected=selected pressed=pressed.clone() preview=preview /> }
        })
        .collect_view();
    let count = Signal::derive(move || rows.with(|r| r.iter().max().map_or(0, |m| m + 1)));
    (view, count)
}

/// A crowded lane's meetings on the axis as boxes ([`bins`]): one per year (or span of years)
/// across its width, with its count, linking to this partner and those years; and the number of
/// rows (a span of years sits below the years it covers).
fn year_boxes(items: &[Item], axis: Axis, code: &str, base: &Filters) -> (impl IntoView, usize) {
    let t = use_strings().get_untracked();
    let bins = bins(items);
    let last_day = |year: u16| crate::date::Date {
        year,
        month: 12,
        day: 31,
    };
    // Laid out on a nominal width: boxes scale with the plot, so their rows do not change.
    const NOMINAL_REM: f64 = 100.0;
    let extents: Vec<(f64, f64)> = bins
        .iter()
        .map(|b| {
            let (start, end) = (axis.fraction(new_year(b.from)), axis.fraction(last_day(b.to)));
            (start * NOMINAL_REM + 0.01, end * NOMINAL_REM - 0.01)
        })
        .collect();
    let rows = stack(&extents, 0.0);
    let most = bins.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    let country = CountryCode::parse(code);
    let view = bins
        .into_iter()
        .zip(rows.iter().copied())
        .map(|(b, row)| {
            let years = if b.from == b.to {
                b.from.to_string()
            } else {
                format!("{}–{}", b.from, b.to)
            };
            let mut aria = format!(
                "{years}: {}, {} {}",
                t.meetings.count(b.count),
                b.minister,
                t.level_minister
            );
            if b.mentioned > 0 {
                aria.push_str(&format!(", {} {}", b.mentioned, t.mentioned_word));
            }
            aria.push_str(&format!(" ({})", t.bin_show));
            let to = base
                .clone()
                .with_countries(country)
                .with_from(Some(PartialDate::Year(b.from)))
                .with_to(Some(PartialDate::Year(b.to)));
            let left = axis.fraction(new_year(b.from));
            let width = (axis.fraction(last_day(b.to)) - left).max(0.0);
            // Set property by property (CSSOM): the page's Content Security Policy blocks `style`
            // attributes. `--share` (0–1: this box's count against the lane's largest) sets how
            // strong it looks.
            view! {
                <span
                    class="bin"
                    class:span=b.from != b.to
                    data-testid="bin"
                    data-years=years.replace('–', "-")
                    data-count=b.count.to_string()
                    style:left=format!("{:.3}%", left * 100.0)
                    style:width=format!("{:.3}%", width * 100.0)
                    style:top=format!("{:.2}rem", PAD_REM + ROW_REM * row as f64)
                    style:--share=format!("{:.3}", b.count as f64 / most as f64)
                >
                    <Link to=to class="bin-link" aria_label=aria>{b.count}</Link>
                </span>
            }
        })
        .collect_view();
    let count = rows.iter().max().map_or(0, |m| m + 1);
    (view, count)
}

/// Where a marker sits on its lane's plot (CSS lengths).
#[derive(Clone)]
struct Place {
    /// Left edge, a percentage of the plot.
    left: String,
    /// For a span of years: its width, a percentage of the plot.
    width: Option<String>,
    /// Top edge (its row), in rem.
    top: Signal<String>,
}

/// What tells markers apart: the article and the meeting's index.
fn marker_key(item: &Item) -> Option<(String, usize)> {
    Some((item.article.to_string(), item.index))
}

/// One meeting: a button with a text label, its shape by level (filled: minister; hollow: deputy),
/// dashed when only mentioned, a bar when only its span of years is known.
#[component]
fn Marker(
    item: Item,
    /// Where on the plot; `None` in the "year not stated" slot.
    place: Option<Place>,
    selected: RwSignal<Option<Item>>,
    /// Which marker is pressed, by [`marker_key`]: a click notifies the two markers whose state
    /// changed, not every marker.
    pressed: Selector<Option<(String, usize)>>,
    preview: RwSignal<Option<Item>>,
) -> impl IntoView {
    // The labels are plain text, not reactive: a large timeline has thousands of markers, and
    // every subscription is work to make and to drop. The chart is drawn again when the
    // language changes.
    let s = use_strings().get_untracked();
    let lang = use_ui_lang().get_untracked();
    let m = &item.meeting;
    let short = crate::i18n::fuzzy_date_short(lang, &m.date);
    let level = m.level;
    let mentioned = m.mentioned;
    let aria = {
        let mut parts = vec![crate::i18n::fuzzy_date(lang, &m.date), s.level(level).to_string()];
        if let (Some(v), Some(p)) = (&m.leads.vietnam, &m.leads.partner) {
            parts.push(format!("{} – {}", v.name, p.name));
        }
        if let Some(pl) = &m.place {
            parts.push(pl.clone());
        }
        if mentioned {
            parts.push(s.mentioned_word.to_string());
        }
        parts.join(", ")
    };
    let is_span = place.as_ref().is_some_and(|p| p.width.is_some());
    let placed = place.is_some();
    let (left, width, top) = match place {
        Some(p) => (Some(p.left), p.width, Some(p.top)),
        None => (None, None, None),
    };
    let key = marker_key(&item);
    let is_selected = move || pressed.selected(&key);
    let enter = item.clone();
    let focus = item.clone();
    let click = item.clone();
    view! {
        <button
            type="button"
            class="marker"
            class:minister=level == Level::Minister
            class:deputy=level == Level::DeputyMinister
            class:mentioned=mentioned
            class:span=is_span
            class:placed=placed
            aria-pressed=move || is_selected().to_string()
            data-testid="meeting"
            data-country=item.data_country.clone()
            data-date=item.data_date.clone()
            data-level=item.data_level
            data-mentioned=mentioned.to_string()
            data-article=item.article.to_string()
            aria-label=aria
            style:left=left
            style:width=width
            style:top=move || top.map(|t| t.get())
            on:mouseenter=move |_| preview.set(Some(enter.clone()))
            on:mouseleave=move |_| preview.set(None)
            on:focus=move |_| preview.set(Some(focus.clone()))
            on:blur=move |_| preview.set(None)
            on:click=move |_| selected.set(Some(click.clone()))
        >
            <span class="shape" aria-hidden="true"></span>
            <span class="marker-label" aria-hidden="true">{short}</span>
        </button>
    }
}
