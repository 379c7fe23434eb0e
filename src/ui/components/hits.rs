//! Ranked search results: title and snippet with the matched words highlighted, language and date, linking to the reader.

use crate::filters::{ArticleRef, Filters, View};
use crate::library::Found;
use crate::ui::app::{use_library, use_strings, use_ui_lang};
use crate::ui::components::highlighted::Highlighted;
use crate::ui::url::{use_nav, Link};
use leptos::prelude::*;

/// The list of search results.
#[component]
pub fn Hits(
    /// The results, best first.
    found: Vec<Found>,
) -> impl IntoView {
    let lib = use_library();
    let nav = use_nav();
    let t = use_strings();
    let ui = use_ui_lang();
    let base = Filters::default().with_ui(nav.filters.with_untracked(|f| f.ui()));
    let items = found
        .into_iter()
        .filter_map(|f| {
            let rec = lib.records.get(f.record)?;
            let id = rec.article.id.to_string();
            let lang = rec.article.language;
            let published = rec.article.published;
            let to = ArticleRef::parse(&id)
                .map(|a| base.clone().with_view(View::Article).with_article(Some(a)))
                .ok()?;
            Some(view! {
                <li class="hit" data-testid="hit" data-article=id>
                    <Link to=to class="hit-title">
                        <span lang=lang.code()>
                            <Highlighted snippet=f.title />
                        </span>
                    </Link>
                    <div class="hit-meta">
                        <span class="lang">{lang.code()}</span>
                        {published.map(|d| view! { " " <span>{move || crate::i18n::format_date(ui.get(), d)}</span> })}
                    </div>
                    <p class="snippet" data-testid="snippet" lang=lang.code()>
                        <Highlighted snippet=f.snippet />
                    </p>
                </li>
            })
        })
        .collect_view();
    view! {
        <ol class="hits" aria-label=move || t.get().search_results>{items}</ol>
    }
}
