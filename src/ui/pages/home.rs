//! Home: the timeline of meetings by partner country, with the filter sidebar, the active filters as removable chips (in the interface language), a small chart of meetings per partner and per year, the meeting card, search results when a query is typed, and the import panel.

use crate::filters::{Filters, Key};
use crate::library::{Results, TimelineView, LISTED};
use crate::search::QueryError;
use crate::timeline::Item;
use crate::ui::app::{use_library, use_strings, use_ui_lang};
use crate::ui::components::article_list::{ArticleList, ArticleRow};
use crate::ui::components::chart::Chart;
use crate::ui::components::facets::Facets;
use crate::ui::components::hits::Hits;
use crate::ui::components::import_panel::ImportPanel;
use crate::ui::components::meeting_card::MeetingCard;
use crate::ui::components::timeline::TimelineChart;
use crate::ui::url::{use_nav, Link};
use leptos::prelude::*;
use std::time::Duration;

/// How long typing must pause before the timeline, counts and facets follow the query (ms).
const SETTLE_MS: u64 = 250;

/// Most partner countries drawn as bars in the chart (8); the others are summed in one bar.
const MAX_CHART_COUNTRIES: usize = 8;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let nav = use_nav();
    let t = use_strings();
    let ui = use_ui_lang();
    let lib = use_library();
    // The results list follows every keystroke (ranking the listed results is cheap); the
    // timeline, counts and facets follow the filters once typing pauses, as redrawing a large
    // timeline per keystroke would block typing.
    let live: Memo<Option<Result<Results, QueryError>>> = Memo::new(move |_| {
        let f = nav.filters.get();
        lib.with(|l| l.results(&f, LISTED))
    });
    let settled = RwSignal::new(nav.filters.get_untracked());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let f = nav.filters.get();
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let typing =
            settled.with_untracked(|s| s.q() != f.q() && s.clone().without(Key::Q) == f.clone().without(Key::Q));
        let handle = if typing {
            set_timeout_with_handle(move || settled.set(f), Duration::from_millis(SETTLE_MS)).ok()
        } else {
            settled.set(f);
            None
        };
        pending.set_value(handle);
    });
    on_cleanup(move || {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
    });
    let model: Memo<ViewModel> = Memo::new(move |_| {
        let f = settled.get();
        lib.with(|l| ViewModel(l.timeline_view(&f), f))
    });
    // A query that reads parts of a split index not loaded yet: fetch them; the results
    // re-run when they are added.
    Effect::new(move |_| {
        // Each new query asks again, so one typed after a failed download tries again.
        nav.filters.track();
        if let Some(Err(QueryError::NeedShards(need))) = live.get() {
            lib.load_shards(&need);
        }
    });
    let selected = RwSignal::new(None::<Item>);
    let preview = RwSignal::new(None::<Item>);
    // A new filter closes the card of a meeting that may no longer be shown.
    // (Only when one is open: every marker would hear of a change.)
    Effect::new(move |_| {
        nav.filters.track();
        if selected.with_untracked(Option::is_some) {
            selected.set(None);
        }
        if preview.with_untracked(Option::is_some) {
            preview.set(None);
        }
    });

    let chips = move || {
        let lang = ui.get();
        let remove = t.get().remove_filter;
        let chips = lib.with(|l| nav.filters.with(|f| f.chips_in(lang, &|e| l.entity_name(e.as_str()))));
        chips
            .into_iter()
            .map(|c| {
                view! {
                    <li class="chip" data-testid="chip" data-key=c.key>
                        {c.label.clone()}
                        <Link to=c.without.clone() class="chip-x" aria_label=format!("{remove} {}", c.label)>
                            "×"
                        </Link>
                    </li>
                }
            })
            .collect_view()
    };

    let summary = move || {
        let s = t.get();
        model.with(|ViewModel(v, _)| {
            let tl = &v.timeline;
            let hidden = v.uncertain_hidden;
            view! {
                <p class="summary" data-testid="summary">
                    <span data-testid="meeting-count">{tl.reported}</span>" "{s.meetings.pick(tl.reported)}
                    " · "{s.countries.count(tl.lanes.len())}
                    {(tl.mentioned > 0).then(|| view! { " · "{tl.mentioned}" "{s.mentioned_word} })}
                    {(hidden > 0).then(|| view! {
                        <span class="uncertain" data-testid="uncertain-hidden">" · "{s.uncertain_hidden.count(hidden)}</span>
                    })}
                </p>
            }
        })
    };

    // Drawn again only when the meetings shown change (not on every keystroke that finds the
    // same articles).
    let waiting =
        Memo::new(move |_| model.with(|ViewModel(v, _)| matches!(v.found, Some(Err(QueryError::NeedShards(_))))));
    let shown = Memo::new(move |_| model.with(|ViewModel(v, _)| v.timeline.clone()));
    let chart = move || {
        // While a query waits for index shards, the hits say "Searching…"; the timeline waits too
        // rather than flash "no meetings".
        if waiting.get() {
            return ().into_any();
        }
        // The markers' labels are plain text in the interface language: draw again when it changes.
        ui.track();
        let timeline = shown.get();
        if timeline.lanes.is_empty() {
            view! { <p class="status" data-testid="no-meetings">{move || t.get().no_meetings}</p> }.into_any()
        } else {
            let tally = crate::chart::tally(&timeline, MAX_CHART_COUNTRIES);
            view! {
                <Chart tally=tally />
                <TimelineChart timeline=timeline selected=selected preview=preview />
            }
            .into_any()
        }
    };

    let card = move || match selected.get() {
        Some(item) => {
            let close = Callback::new(move |()| selected.set(None));
            view! { <MeetingCard item=item on_close=close /> }.into_any()
        }
        None => match preview.get() {
            Some(item) => view! { <MeetingCard item=item /> }.into_any(),
            None => view! { <p class="hint card-hint">{move || t.get().card_hint}</p> }.into_any(),
        },
    };

    let results = move || {
        let s = t.get();
        let found = live.get()?;
        Some(match found {
            Ok(results) if results.is_empty() => {
                view! { <p class="status" data-testid="no-hits">{s.no_hits}</p> }.into_any()
            }
            Ok(results) => {
                // Every match counted; the best (library::LISTED) ranked, and only those get
                // titles and snippets.
                let n = results.len();
                view! {
                    <section aria-labelledby="hits-h" class="results">
                        <h2 id="hits-h" data-testid="hit-count">{s.hits.count(n)}</h2>
                        <Hits results=results />
                    </section>
                }
                .into_any()
            }
            Err(QueryError::Empty) => view! { <span></span> }.into_any(),
            Err(QueryError::NeedShards(_)) => match lib.shards.with(|l| l.failed.clone()) {
                Some(e) => view! {
                    <p class="status error" role="alert" data-testid="shard-failed">{s.shard_failed}" ("{e}")"</p>
                }
                .into_any(),
                None => view! { <p class="status" role="status" data-testid="searching">{s.searching}</p> }.into_any(),
            },
            Err(e) => view! { <p class="status" role="status">{s.bad_query}": "{e.to_string()}</p> }.into_any(),
        })
    };

    let facets = move || {
        model.with(|ViewModel(v, _)| {
            view! { <Facets partners=v.partners.clone() topics=v.topics.clone() years=v.years /> }
        })
    };

    // The article list does not depend on the query: typing leaves it alone.
    let article_filters = Memo::new(move |_| nav.filters.with(|f| f.clone().without(Key::Q)));
    let articles = move || {
        // The rows' language names are plain text: draw again when the language changes.
        ui.track();
        let f: Filters = article_filters.get();
        let rows: Vec<ArticleRow> = lib.with_articles(|l| {
            (0..l.records.len())
                .filter(|&i| l.record_matches(i, &f))
                .filter_map(|i| l.records.get(i).map(|r| ArticleRow::from(r).local(l.is_local(i))))
                .collect()
        });
        let base = Filters::default().with_ui(f.ui());
        view! { <ArticleList rows=rows base=base /> }
    };

    view! {
        <div class="home">
            <aside class="sidebar" aria-label=move || t.get().filters_heading>
                {facets}
                <crate::ui::components::export::ExportPanel />
                <ImportPanel />
            </aside>
            <main id="main" tabindex="-1" class="content">
                <h1 class="visually-hidden">{move || t.get().timeline_label}</h1>
                <ul class="chips" aria-label=move || t.get().active_filters>{chips}</ul>
                {summary}
                {chart}
                <div class="card-slot" aria-live="polite">{card}</div>
                {results}
                <details class="articles" open>
                    <summary><h2 id="articles-h">{move || t.get().articles}</h2></summary>
                    {articles}
                </details>
            </main>
        </div>
    }
}

/// The memoised model of the page: the view and the filters it was made for.
#[derive(Clone)]
struct ViewModel(TimelineView, Filters);

impl PartialEq for ViewModel {
    fn eq(&self, other: &Self) -> bool {
        // Same filters over the same library version give the same view; the library's version
        // signal re-runs the memo when articles are imported or removed.
        // The results too: index shards arriving change them and nothing else.
        self.1 == other.1
            && self.0.timeline == other.0.timeline
            && self.0.uncertain_hidden == other.0.uncertain_hidden
            && self.0.found == other.0.found
    }
}
