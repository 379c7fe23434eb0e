//! Home: the active filters as removable chips, the search results when a query is typed, and the articles that match the filters (the timeline joins here when meetings land).

use crate::filters::Filters;
use crate::search::QueryError;
use crate::ui::app::{use_library, use_strings};
use crate::ui::components::article_list::{ArticleList, ArticleRow};
use crate::ui::components::hits::Hits;
use crate::ui::components::import_panel::ImportPanel;
use crate::ui::url::{use_nav, Link};
use leptos::prelude::*;

/// Most results shown at once.
const MAX_HITS: usize = 50;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let nav = use_nav();
    let t = use_strings();
    let lib = use_library();
    let chips = move || {
        let chips = lib.with(|l| nav.filters.with(|f| f.chips_with(&|e| l.entity_name(e.as_str()))));
        {
            chips
                .into_iter()
                .map(|c| {
                    view! {
                        <li class="chip" data-testid="chip" data-key=c.key>
                            {c.label.clone()}
                            <Link to=c.without.clone() class="chip-x" aria_label=format!("remove {}", c.label)>
                                "×"
                            </Link>
                        </li>
                    }
                })
                .collect_view()
        }
    };

    let results = move || {
        let f: Filters = nav.filters.get();
        if f.q().is_empty() {
            return None;
        }
        let s = t.get();
        let found = lib.with(|l| l.search(f.q(), &|i| l.record_matches(i, &f), MAX_HITS));
        Some(match found {
            Ok(found) if found.is_empty() => {
                view! { <p class="status" data-testid="no-hits">{s.no_hits}</p> }.into_any()
            }
            Ok(found) => {
                let n = found.len();
                view! {
                    <section aria-labelledby="hits-h">
                        <h2 id="hits-h" data-testid="hit-count">{n}" "{s.hits_count}</h2>
                        <Hits found=found />
                    </section>
                }
                .into_any()
            }
            Err(QueryError::Empty) => view! { <span></span> }.into_any(),
            Err(e) => view! { <p class="status" role="status">{s.bad_query}": "{e.to_string()}</p> }.into_any(),
        })
    };
    let rows = move || {
        let f: Filters = nav.filters.get();
        let rows: Vec<ArticleRow> = lib.with(|l| {
            (0..l.records.len())
                .filter(|&i| l.record_matches(i, &f))
                .filter_map(|i| l.records.get(i))
                .map(ArticleRow::from)
                .collect()
        });
        let base = Filters::default().with_ui(f.ui());
        view! { <ArticleList rows=rows base=base /> }
    };
    view! {
        <ul class="chips" aria-label="active filters">{chips}</ul>
        {results}
        <section aria-labelledby="articles-h">
            <h2 id="articles-h">{move || t.get().articles}</h2>
            {rows}
        </section>
        <ImportPanel />
    }
}
