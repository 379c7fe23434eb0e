//! The root component: loads the corpus and shows the current view, or a clear message when loading fails.

use crate::bundle::Bundle;
use crate::ui::components::article_list::{ArticleList, ArticleRow};
use crate::ui::load::{fetch_bundle, LoadError};
use leptos::prelude::*;

/// What the app knows about its corpus.
#[derive(Debug, Clone)]
enum LoadState {
    Loading,
    Ready(Bundle),
    Failed(LoadError),
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = RwSignal::new(LoadState::Loading);
    leptos::task::spawn_local(async move {
        let next = match fetch_bundle().await {
            Ok(bundle) => LoadState::Ready(bundle),
            Err(e) => LoadState::Failed(e),
        };
        state.set(next);
    });
    view! {
        <header class="top">
            <h1 class="brand">"Counterparts"</h1>
        </header>
        <main id="main">
            {move || match state.get() {
                LoadState::Loading => view! { <p class="status" role="status">"Loading the corpus…"</p> }.into_any(),
                LoadState::Failed(e) => view! {
                    <div class="error-panel" role="alert" data-testid="load-error">
                        <h2>"The corpus could not be loaded"</h2>
                        <p>{e.to_string()}</p>
                    </div>
                }
                .into_any(),
                LoadState::Ready(bundle) => {
                    let rows: Vec<ArticleRow> = bundle.records.iter().map(ArticleRow::from).collect();
                    view! {
                        <section aria-labelledby="articles-h">
                            <h2 id="articles-h">"Articles"</h2>
                            <ArticleList rows=rows />
                        </section>
                    }
                    .into_any()
                }
            }}
        </main>
    }
}
