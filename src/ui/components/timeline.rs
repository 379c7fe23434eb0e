//! The timeline: one lane per partner country (a labelled group: "China, 2 meetings"), time along the track, each meeting a focusable marker whose shape shows its level, stacked in rows so labels never overlap; meetings without a stated year sit in the lane's "year not stated" slot, never at a guessed point; a key says what the shapes mean.

use crate::chart::{extent_at, marker_width_rem, stack};
use crate::filters::Level;
use crate::lang::Lang;
use crate::timeline::{Axis, Item, Lane, Timeline};
use crate::ui::app::{use_strings, use_ui_lang};
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
    let lanes = timeline
        .lanes
        .into_iter()
        .map(|lane| view! { <LaneRow lane=lane axis=axis plot_rem=plot_rem selected=selected pressed=pressed.clone() preview=preview /> })
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

/// One partner's lane: a group named by the country and its count of meetings.
#[component]
fn LaneRow(
    lane: Lane,
    axis: Option<Axis>,
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
    // Where each marker sits as fractions of the axis, and the room its label needs: the longer
    // of the two languages' labels, so switching language keeps the rows.
    let places: Vec<(f64, Option<f64>, f64)> = lane
        .dated
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
    let track_height = move || {
        let count = rows.with(|r| r.iter().max().map_or(1, |m| m + 1));
        format!("{:.2}rem", PAD_REM * 2.0 + ROW_REM * count as f64)
    };
    let dated = lane
        .dated
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
    let gridlines = axis.map(|a| {
        a.years()
            .map(|y| view! { <span class="gridline" aria-hidden="true" style:left=percent(&a, new_year(y))></span> })
            .collect_view()
    });
    let has_undated = !lane.undated.is_empty();
    let undated = lane
        .undated
        .into_iter()
        .map(|item| view! { <Marker item=item place=None selected=selected pressed=pressed.clone() preview=preview /> })
        .collect_view();
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
            </div>
        </div>
    }
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
