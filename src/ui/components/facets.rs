//! The filter sidebar: partner countries with counts, level, years, topic and article language; each change is a new history entry and lands in the link.

use crate::date::PartialDate;
use crate::filters::{Level, TopicSlug};
use crate::iso3166::CountryCode;
use crate::lang::Lang;
use crate::ui::app::{use_strings, use_ui_lang};
use crate::ui::url::use_nav;
use leptos::prelude::*;

/// The sidebar's filters.
#[component]
pub fn Facets(
    /// Partner codes with their meeting counts (ignoring the country filter itself).
    partners: Vec<(String, usize)>,
    /// Topics (slug, name) of the meetings shown (ignoring the topic filter itself).
    topics: Vec<(String, String)>,
    /// First and last year of the corpus's dated meetings.
    years: Option<(u16, u16)>,
) -> impl IntoView {
    let nav = use_nav();
    let t = use_strings();
    let ui = use_ui_lang();
    let f = move || nav.filters.get();

    let partner_boxes = partners
        .into_iter()
        .filter_map(|(code, n)| CountryCode::parse(&code).map(|c| (c, n)))
        .map(|(c, n)| {
            let checked = move || nav.filters.with(|f| f.countries().contains(&c));
            let name = move || {
                crate::iso3166::name_in(c.as_str(), ui.get())
                    .unwrap_or(c.as_str())
                    .to_string()
            };
            view! {
                <li>
                    <label>
                        <input
                            type="checkbox"
                            data-testid="facet-country"
                            data-country=c.as_str()
                            prop:checked=checked
                            on:change=move |_| nav.go(nav.filters.get_untracked().toggle_country(c))
                        />
                        " " {name} " " <span class="count">{n}</span>
                    </label>
                </li>
            }
        })
        .collect_view();

    let level_radio = move |value: Option<Level>| {
        let label = move || match value {
            None => t.get().any,
            Some(l) => t.get().level(l),
        };
        view! {
            <label>
                <input
                    type="radio"
                    name="level"
                    data-testid=format!("facet-level-{}", value.map_or("any", Level::code))
                    prop:checked=move || nav.filters.with(|f| f.level() == value)
                    on:change=move |_| nav.go(nav.filters.get_untracked().with_level(value))
                />
                " " {label}
            </label>
        }
    };

    let lang_radio = move |value: Option<Lang>| {
        let label = move || match value {
            None => t.get().any,
            Some(l) => t.get().lang_name(l),
        };
        view! {
            <label>
                <input
                    type="radio"
                    name="lang"
                    data-testid=format!("facet-lang-{}", value.map_or("any", Lang::code))
                    prop:checked=move || nav.filters.with(|f| f.lang() == value)
                    on:change=move |_| nav.go(nav.filters.get_untracked().with_lang(value))
                />
                " " {label}
            </label>
        }
    };

    let year_select = move |is_from: bool| {
        let (lo, hi) = years.unwrap_or((2000, 2030));
        let current = move || {
            nav.filters
                .with(|f| if is_from { f.from() } else { f.to() })
                .map(|d| d.year().to_string())
                .unwrap_or_default()
        };
        let on_change = move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            let date = value.parse::<u16>().ok().map(PartialDate::Year);
            let f = nav.filters.get_untracked();
            nav.go(if is_from { f.with_from(date) } else { f.with_to(date) });
        };
        let id = if is_from { "year-from" } else { "year-to" };
        view! {
            <label for=id>{move || if is_from { t.get().from_label } else { t.get().to_label }}</label>
            <select id=id data-testid=id prop:value=current on:change=on_change>
                <option value="">{move || t.get().any}</option>
                {(lo..=hi).map(|y| view! { <option value=y.to_string()>{y}</option> }).collect_view()}
            </select>
        }
    };

    let topic_select = {
        let on_change = move |ev: leptos::ev::Event| {
            let topic = TopicSlug::parse(&event_target_value(&ev)).ok();
            nav.go(nav.filters.get_untracked().with_topic(topic));
        };
        view! {
            <select id="topic" data-testid="facet-topic" prop:value=move || f().topic().map(|t| t.as_str().to_string()).unwrap_or_default() on:change=on_change>
                <option value="">{move || t.get().any}</option>
                {topics.into_iter().map(|(slug, name)| view! { <option value=slug>{name}</option> }).collect_view()}
            </select>
        }
    };

    view! {
        <form class="facets" aria-label=move || t.get().filters_heading on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend>{move || t.get().filter_partner}</legend>
                <ul class="partner-list">{partner_boxes}</ul>
            </fieldset>
            <fieldset>
                <legend>{move || t.get().filter_level}</legend>
                {level_radio(None)}
                {level_radio(Some(Level::Minister))}
                {level_radio(Some(Level::DeputyMinister))}
            </fieldset>
            <fieldset class="years">
                <legend>{move || t.get().filter_years}</legend>
                {year_select(true)}
                {year_select(false)}
            </fieldset>
            <fieldset>
                <legend><label for="topic">{move || t.get().filter_topic}</label></legend>
                {topic_select}
            </fieldset>
            <fieldset>
                <legend>{move || t.get().filter_language}</legend>
                {lang_radio(None)}
                {lang_radio(Some(Lang::En))}
                {lang_radio(Some(Lang::Vi))}
            </fieldset>
        </form>
    }
}
