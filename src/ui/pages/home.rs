//! Home: the active filters as removable chips and the articles that match them (the timeline joins here when meetings land).

use crate::filters::Filters;
use crate::ui::app::{use_library, use_strings};
use crate::ui::components::article_list::{ArticleList, ArticleRow};
use crate::ui::url::{use_nav, Link};
use leptos::prelude::*;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let nav = use_nav();
    let t = use_strings();
    let lib = use_library();
    let lib_chips = lib.clone();
    let chips = move || {
        nav.filters.with(|f| {
            f.chips_with(&|e| lib_chips.entity_name(e.as_str()))
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
        })
    };
    let rows = move || {
        let f: Filters = nav.filters.get();
        let rows: Vec<ArticleRow> = lib
            .records
            .iter()
            .filter(|r| f.lang().is_none_or(|l| r.article.language == l))
            .filter(|r| f.entity().is_none_or(|e| r.mentions.iter().any(|m| m.id == e.as_str())))
            .map(ArticleRow::from)
            .collect();
        let base = Filters::default().with_ui(f.ui());
        view! { <ArticleList rows=rows base=base /> }
    };
    view! {
        <ul class="chips" aria-label="active filters">{chips}</ul>
        <section aria-labelledby="articles-h">
            <h2 id="articles-h">{move || t.get().articles}</h2>
            {rows}
        </section>
    }
}
