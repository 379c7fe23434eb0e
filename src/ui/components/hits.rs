//! Ranked search results: title and snippet with the matched words highlighted, language and date, linking to the reader.

use crate::filters::{ArticleRef, Filters, View};
use crate::library::Results;
use crate::search::Snippet;
use crate::ui::app::{use_library, use_strings, use_ui_lang};
use crate::ui::components::highlighted::Highlighted;
use crate::ui::url::{use_nav, Link};
use leptos::prelude::*;

/// One listed result: (title, snippet, article id, language, date, imported).
type Row = (
    Snippet,
    Snippet,
    String,
    crate::lang::Lang,
    Option<crate::date::Date>,
    bool,
);

/// The list of search results.
#[component]
pub fn Hits(
    /// The results to list, best first; titles and snippets are made for these alone.
    results: Results,
) -> impl IntoView {
    let lib = use_library();
    let nav = use_nav();
    let t = use_strings();
    let ui = use_ui_lang();
    let base = Filters::default().with_ui(nav.filters.with_untracked(|f| f.ui()));
    let rows: Vec<Row> = lib.with(|l| {
        results
            .found
            .iter()
            .filter_map(|f| {
                let rec = l.records.get(f.record)?;
                Some((
                    results.title(rec),
                    results.snippet(rec),
                    rec.article.id.to_string(),
                    rec.article.language,
                    rec.article.published,
                    l.is_local(f.record),
                ))
            })
            .collect()
    });
    let items = rows
        .into_iter()
        .filter_map(|(title, snippet, id, lang, published, local)| {
            let to = ArticleRef::parse(&id)
                .map(|a| base.clone().with_view(View::Article).with_article(Some(a)))
                .ok()?;
            Some(view! {
                <li class="hit" data-testid="hit" data-article=id>
                    <Link to=to class="hit-title">
                        <span lang=lang.code()>
                            <Highlighted snippet=title />
                        </span>
                    </Link>
                    <div class="hit-meta">
                        <span class="lang">{lang.code()}</span>
                        {local.then(|| view! { " " <span class="local-badge">{move || t.get().local_badge}</span> })}
                        {published.map(|d| view! { " " <span>{move || crate::i18n::format_date(ui.get(), d)}</span> })}
                    </div>
                    <p class="snippet" data-testid="snippet" lang=lang.code()>
                        <Highlighted snippet=snippet />
                    </p>
                </li>
            })
        })
        .collect_view();
    view! {
        <ol class="hits" aria-label=move || t.get().search_results>{items}</ol>
    }
}
