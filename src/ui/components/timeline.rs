//! The timeline: one lane per partner country, time along the track, each meeting a focusable marker whose shape shows its level; meetings without a stated year sit in the lane's "year not stated" slot, never at a guessed point.

use crate::filters::Level;
use crate::timeline::{Axis, Item, Lane, Timeline};
use crate::ui::app::{use_strings, use_ui_lang};
use leptos::prelude::*;

/// Where a date sits on the track, as a CSS percentage.
fn percent(axis: &Axis, date: crate::date::Date) -> String {
    format!("{:.3}%", axis.fraction(date) * 100.0)
}

/// The timeline of the meetings shown.
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
    let ticks = axis.map(|a| {
        a.years()
            .map(|y| {
                let left = percent(
                    &a,
                    crate::date::Date {
                        year: y,
                        month: 1,
                        day: 1,
                    },
                );
                view! { <span class="tick" style:left=left>{y}</span> }
            })
            .collect_view()
    });
    let lanes = timeline
        .lanes
        .into_iter()
        .map(|lane| view! { <LaneRow lane=lane axis=axis selected=selected preview=preview /> })
        .collect_view();
    view! {
        <div class="timeline" role="region" aria-label=move || t.get().timeline_label data-testid="timeline">
            <div class="lane axis-row" aria-hidden="true">
                <div class="lane-label"></div>
                <div class="track axis">{ticks}</div>
                <div class="undated-head">{move || t.get().year_not_stated}</div>
            </div>
            {lanes}
        </div>
    }
}

/// One partner's lane.
#[component]
fn LaneRow(
    lane: Lane,
    axis: Option<Axis>,
    selected: RwSignal<Option<Item>>,
    preview: RwSignal<Option<Item>>,
) -> impl IntoView {
    let ui = use_ui_lang();
    let code = lane.code.clone();
    let name_code = lane.code.clone();
    let name = move || crate::iso3166::name_in(&name_code, ui.get()).map_or_else(|| name_code.clone(), str::to_string);
    let dated = lane
        .dated
        .into_iter()
        .map(|item| {
            let place = axis.and_then(|a| {
                let start = item.earliest.map(|d| percent(&a, d))?;
                let width = match (item.span, item.earliest, item.latest) {
                    (Some(_), Some(e), Some(l)) => {
                        Some(format!("{:.3}%", (a.fraction(l) - a.fraction(e)).max(0.0) * 100.0))
                    }
                    _ => None,
                };
                Some((start, width))
            });
            view! { <Marker item=item place=place selected=selected preview=preview /> }
        })
        .collect_view();
    let gridlines = axis.map(|a| {
        a.years()
            .map(|y| {
                let left = percent(
                    &a,
                    crate::date::Date {
                        year: y,
                        month: 1,
                        day: 1,
                    },
                );
                view! { <span class="gridline" aria-hidden="true" style:left=left></span> }
            })
            .collect_view()
    });
    let undated = lane
        .undated
        .into_iter()
        .map(|item| view! { <Marker item=item place=None selected=selected preview=preview /> })
        .collect_view();
    view! {
        <div class="lane" data-testid="lane" data-country=code.clone()>
            <div class="lane-label">
                <span class="code">{code.clone()}</span>
                " "
                <span class="name">{name}</span>
                " "
                <span class="count" title="meetings">{lane.count}</span>
            </div>
            <div class="track">{gridlines}{dated}</div>
            <div class="undated">{undated}</div>
        </div>
    }
}

/// One meeting: a button with a text label, its shape by level (filled: minister; hollow: deputy),
/// lighter when only mentioned, a bar when only its span of years is known.
#[component]
fn Marker(
    item: Item,
    /// Left offset and (for a span of years) width on the track; `None` in the "year not stated" slot.
    place: Option<(String, Option<String>)>,
    selected: RwSignal<Option<Item>>,
    preview: RwSignal<Option<Item>>,
) -> impl IntoView {
    let t = use_strings();
    let ui = use_ui_lang();
    let m = &item.meeting;
    let short = {
        let d = m.date.clone();
        move || crate::i18n::fuzzy_date_short(ui.get(), &d)
    };
    let full = {
        let d = m.date.clone();
        move || crate::i18n::fuzzy_date(ui.get(), &d)
    };
    let level = m.level;
    let mentioned = m.mentioned;
    let partner = m.leads.partner.as_ref().map(|p| p.name.clone());
    let vietnam = m.leads.vietnam.as_ref().map(|p| p.name.clone());
    let place_name = m.place.clone();
    let aria = {
        move || {
            let s = t.get();
            let mut parts = vec![full(), s.level(level).to_string()];
            if let (Some(v), Some(p)) = (&vietnam, &partner) {
                parts.push(format!("{v} – {p}"));
            }
            if let Some(pl) = &place_name {
                parts.push(pl.clone());
            }
            if mentioned {
                parts.push(s.mentioned_word.to_string());
            }
            parts.join(", ")
        }
    };
    let (left, width) = match place {
        Some((l, w)) => (Some(l), w),
        None => (None, None),
    };
    let is_span = width.is_some();
    let key = (item.article.clone(), item.index);
    let is_selected = {
        let key = key.clone();
        move || selected.with(|s| s.as_ref().is_some_and(|i| (i.article.clone(), i.index) == key))
    };
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
            class:placed=left.is_some()
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
            on:mouseenter=move |_| preview.set(Some(enter.clone()))
            on:mouseleave=move |_| preview.set(None)
            on:focus=move |_| preview.set(Some(focus.clone()))
            on:blur=move |_| preview.set(None)
            on:click=move |_| selected.set(Some(click.clone()))
        >
            <span class="shape" aria-hidden="true"></span>
            <span class="marker-label">{short}</span>
        </button>
    }
}
