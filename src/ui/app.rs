//! The root component: installs URL state, loads the corpus, and shows the page the URL names, or a clear message when loading fails.

use crate::filters::View;
use crate::i18n::{strings, Strings};
use crate::lang::Lang;
use crate::library::Library;
use crate::ui::load::{fetch_bundle, LoadError};
use crate::ui::pages;
use crate::ui::shell::{Header, NoticeBar};
use crate::ui::url::{use_nav, Nav};
use leptos::prelude::*;

/// What the app knows about its corpus.
#[derive(Clone)]
enum LoadState {
    Loading,
    Ready(Lib),
    Failed(LoadError),
}

/// The loaded library, shared through context: read it with [`Lib::with`] (which tracks changes),
/// change it with [`Lib::update`] (imports, removals).
#[derive(Clone, Copy)]
pub struct Lib {
    store: StoredValue<Library>,
    version: RwSignal<u64>,
}

impl Lib {
    /// Wraps a library.
    pub fn new(library: Library) -> Lib {
        Lib {
            store: StoredValue::new(library),
            version: RwSignal::new(0),
        }
    }

    /// Reads the library; the calling view re-runs when it changes.
    pub fn with<R>(&self, f: impl FnOnce(&Library) -> R) -> R {
        self.version.track();
        self.store.with_value(f)
    }

    /// Reads the library without tracking.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Library) -> R) -> R {
        self.store.with_value(f)
    }

    /// Changes the library and re-runs the views that read it.
    pub fn update(&self, f: impl FnOnce(&mut Library)) {
        self.store.update_value(f);
        self.version.update(|v| *v += 1);
    }
}

/// The interface strings of the current interface language (from the URL's `ui`).
pub fn use_strings() -> Memo<&'static Strings> {
    let nav = use_nav();
    Memo::new(move |_| strings(nav.filters.with(|f| f.ui())))
}

/// The interface language.
pub fn use_ui_lang() -> Memo<Lang> {
    let nav = use_nav();
    Memo::new(move |_| nav.filters.with(|f| f.ui()))
}

/// The loaded library from context.
pub fn use_library() -> Lib {
    expect_context::<Lib>()
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let nav = Nav::install();
    provide_context(nav);
    crate::ui::prefs::apply_saved_preferences(nav);
    let t = use_strings();
    let state = RwSignal::new(LoadState::Loading);
    leptos::task::spawn_local(async move {
        let next = match fetch_bundle().await {
            Ok(bundle) => {
                let mut library = Library::new(bundle);
                let saved = crate::ui::store::load();
                library.add_local(saved.records);
                LoadState::Ready(Lib::new(library))
            }
            Err(e) => LoadState::Failed(e),
        };
        state.set(next);
    });
    // Keep <html lang> and the page title in step with the interface language and filters.
    Effect::new(move |_| {
        let lang = nav.filters.with(|f| f.ui());
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", lang.code());
        }
    });
    view! {
        <a class="skip" href="#main">{move || t.get().skip_to_content}</a>
        {move || match state.get() {
            LoadState::Loading => view! {
                <Header ready=false />
                <main id="main" tabindex="-1">
                    <p class="status" role="status">{move || t.get().loading}</p>
                </main>
            }
            .into_any(),
            LoadState::Failed(e) => view! {
                <Header ready=false />
                <main id="main" tabindex="-1">
                    <div class="error-panel" role="alert" data-testid="load-error">
                        <h2>{move || t.get().load_failed}</h2>
                        <p>{e.to_string()}</p>
                        <p>{move || t.get().reload_hint}</p>
                    </div>
                </main>
            }
            .into_any(),
            LoadState::Ready(library) => {
                provide_context(library);
                view! { <Loaded library=library /> }.into_any()
            }
        }}
    }
}

/// The app once the corpus is loaded: header, notices, and the page the URL names.
#[component]
fn Loaded(
    /// The loaded corpus.
    library: Lib,
) -> impl IntoView {
    let nav = use_nav();
    Effect::new(move |_| {
        let title = library.with(|l| nav.filters.with(|f| f.title_with(&|e| l.entity_name(e.as_str()))));
        document().set_title(&title);
    });
    let view_kind = Memo::new(move |_| nav.filters.with(|f| f.view()));
    view! {
        <Header ready=true />
        <NoticeBar />
        <main id="main" tabindex="-1">
            {move || match view_kind.get() {
                View::Timeline | View::Search => view! { <pages::home::Home /> }.into_any(),
                View::Article => view! { <pages::article::ArticlePage /> }.into_any(),
                View::Entities => view! { <pages::entities::EntitiesPage /> }.into_any(),
                View::Entity => view! { <pages::entity::EntityPage /> }.into_any(),
            }}
        </main>
    }
}
