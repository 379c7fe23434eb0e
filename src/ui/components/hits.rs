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
    let rows: Vec<(Found, String, crate::lang::Lang, Option<crate::date::Date>, bool)> = lib.with(|l| {
        found
            .into_iter()
            .filter_map(|f| {
                let rec = l.records.get(f.record)?;
                let local = l.is_local(f.record);
                Some((
                    f.clone(),
                    rec.article.id.to_string(),
                    rec.article.language,
                    rec.article.published,
                    local,
                ))
            })
            .collect()
    });
    let items = rows
        .into_iter()
        .filter_map(|(f, id, lang, published, local)| {
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
                        {local.then(|| view! { " " <span class="local-badge">{move || t.get().local_badge}</span> })}
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
