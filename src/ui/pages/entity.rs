//! One entity's page: its kind, names and titles seen, the articles it appears in, and a link that filters the timeline to it.

use crate::filters::{ArticleRef, Filters, View};
use crate::ui::app::{use_library, use_strings};
use crate::ui::url::{use_nav, Link};
use leptos::prelude::*;

/// The page of the URL's `entity`.
#[component]
pub fn EntityPage() -> impl IntoView {
    let nav = use_nav();
    let t = use_strings();
    let lib = use_library();
    move || {
        let f = nav.filters.get();
        let s = t.get();
        let base = Filters::default().with_ui(f.ui());
        let Some((entity, eref)) = f
            .entity()
            .and_then(|e| lib.with(|l| l.entity(e.as_str()).map(|x| (x.clone(), e.clone()))))
        else {
            return view! {
                <div class="error-panel" role="alert" data-testid="not-found">
                    <p>{s.entity_not_found}</p>
                    <Link to=base>{s.back_to_timeline}</Link>
                </div>
            }
            .into_any();
        };
        let rows: Vec<(String, String, &'static str)> = lib.with(|l| {
            entity
                .records
                .iter()
                .filter_map(|&i| l.records.get(i))
                .map(|r| {
                    (
                        r.article.id.to_string(),
                        r.article.title.clone(),
                        r.article.language.code(),
                    )
                })
                .collect()
        });
        let articles = rows
            .into_iter()
            .map(|(id, title, lang)| {
                let to = ArticleRef::parse(&id)
                    .map(|a| base.clone().with_view(View::Article).with_article(Some(a)))
                    .unwrap_or_else(|_| base.clone());
                view! { <li><Link to=to><span lang=lang>{title}</span></Link></li> }
            })
            .collect_view();
        let titles = entity.titles.clone();
        let timeline = base.clone().with_entity(Some(eref));
        view! {
            <article class="entity-page" data-testid="entity-page" data-entity=entity.id.clone()>
                <p class="kind">{s.kinds[entity.kind as usize]}</p>
                <h1>{entity.name.clone()}</h1>
                <p>
                    {entity.mentions}" "{s.mentions}
                    {entity.country.clone().map(|c| view! { " · " <span class="country">{c}</span> })}
                </p>
                {(!titles.is_empty())
                    .then(|| {
                        view! {
                            <h2>{s.titles_seen}</h2>
                            <ul>{titles.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                        }
                    })}
                <h2>{s.appears_in}</h2>
                <ul>{articles}</ul>
                <p>
                    <Link to=timeline class="button">{s.show_on_timeline}</Link>
                </p>
            </article>
        }
        .into_any()
    }
}
