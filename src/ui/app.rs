//! The root component: installs URL state, loads the corpus, and shows the page the URL names, or a clear message when loading fails.

use crate::filters::View;
use crate::i18n::{strings, Strings};
use crate::lang::Lang;
use crate::library::Library;
use crate::ui::load::{fetch_bundle, LoadError};
use crate::ui::pages;
use crate::ui::shell::{Footer, Header, NoticeBar};
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
    /// Bumped when articles are imported or removed.
    version: RwSignal<u64>,
    /// Bumped when search index shards arrive (the articles stay the same).
    index_version: RwSignal<u64>,
    /// Saved articles that could not be used: (damaged, saved by another version and not processed
    /// again). They stay in storage untouched; the import panel says so.
    pub unread: RwSignal<(usize, usize)>,
    /// Search index shards being downloaded, and the last download that failed.
    pub shards: RwSignal<ShardLoad>,
}

/// Downloads of search index shards (for a corpus whose index is split).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ShardLoad {
    /// Shards requested and not arrived yet.
    pub pending: Vec<u16>,
    /// Why the last shard could not be loaded; cleared when a new download starts.
    pub failed: Option<String>,
}

impl Lib {
    /// Wraps a library.
    pub fn new(library: Library) -> Lib {
        Lib {
            store: StoredValue::new(library),
            version: RwSignal::new(0),
            index_version: RwSignal::new(0),
            unread: RwSignal::new((0, 0)),
            shards: RwSignal::new(ShardLoad::default()),
        }
    }

    /// Downloads the search index shards a query asked for (those not already on their way)
    /// and adds them to the library; the views that read it then search again by themselves.
    /// A failure is kept in [`shards`](Self::shards) for the views to show; the next request
    /// (a new query) tries again.
    pub fn load_shards(&self, need: &[u16]) {
        let new: Vec<u16> = self
            .shards
            .with_untracked(|s| need.iter().copied().filter(|n| !s.pending.contains(n)).collect());
        if new.is_empty() {
            return;
        }
        self.shards.update(|s| {
            s.pending.extend(&new);
            s.failed = None;
        });
        let lib = *self;
        for n in new {
            leptos::task::spawn_local(async move {
                let loaded = crate::ui::load::fetch_shard(n).await.and_then(|bytes| {
                    let mut out = Ok(());
                    lib.update_index(|l| out = l.add_shard(usize::from(n), &bytes).map_err(|e| e.to_string()));
                    out
                });
                lib.shards.update(|s| {
                    s.pending.retain(|&p| p != n);
                    if let Err(e) = loaded {
                        s.failed = Some(e);
                    }
                });
            });
        }
    }

    /// Reads the library; the calling view re-runs when it changes.
    pub fn with<R>(&self, f: impl FnOnce(&Library) -> R) -> R {
        self.version.track();
        self.index_version.track();
        self.store.with_value(f)
    }

    /// Reads the library's articles, not its search index: the calling view re-runs when
    /// articles are imported or removed, not when index shards arrive (a query that needs new
    /// shards must not redraw a list of thousands of articles).
    pub fn with_articles<R>(&self, f: impl FnOnce(&Library) -> R) -> R {
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

    /// Changes the library's search index only (adds shards) and re-runs the views that read
    /// it with [`with`](Self::with).
    fn update_index(&self, f: impl FnOnce(&mut Library)) {
        self.store.update_value(f);
        self.index_version.update(|v| *v += 1);
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

/// Milliseconds after the corpus is shown before the search's lookup tables
/// are built (see [`Library::prepare_search`]), out of the way of the first view.
const PREPARE_AFTER_MS: u32 = 1500;

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
                let lib = Lib::new(library);
                lib.unread.set((saved.damaged.len(), saved.other_version.len()));
                if !saved.other_version.is_empty() {
                    leptos::task::spawn_local(crate::ui::components::import_panel::reprocess_saved(
                        saved.other_version,
                        lib,
                    ));
                }
                LoadState::Ready(lib)
            }
            Err(e) => LoadState::Failed(e),
        };
        let ready = match &next {
            LoadState::Ready(lib) => Some(*lib),
            _ => None,
        };
        state.set(next);
        crate::ui::offline::register_soon();
        if let Some(lib) = ready {
            // Once the first view is up, build what the first typo query would otherwise wait for.
            gloo::timers::callback::Timeout::new(PREPARE_AFTER_MS, move || lib.with_untracked(Library::prepare_search))
                .forget();
        }
    });
    // Keep <html lang> in step with the interface language. Only when it changes: setting it
    // (even to the same value) makes the browser restyle the whole page, which on a large
    // library was most of every keystroke.
    let ui_lang = Memo::new(move |_| nav.filters.with(|f| f.ui()));
    Effect::new(move |_| {
        let lang = ui_lang.get().code();
        if let Some(el) = document().document_element() {
            if el.get_attribute("lang").as_deref() != Some(lang) {
                let _ = el.set_attribute("lang", lang);
            }
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
                <Footer />
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
                <Footer />
            }
            .into_any(),
            LoadState::Ready(library) => {
                provide_context(library);
                view! { <Loaded library=library /> }.into_any()
            }
        }}
    }
}

/// The app once the corpus is loaded: header, notices, the page the URL names, footer. Home
/// lays out its own `<main>` beside its filter sidebar (so the sidebar is a top-level landmark);
/// the other pages are the whole `<main>`.
#[component]
fn Loaded(
    /// The loaded corpus.
    library: Lib,
) -> impl IntoView {
    let nav = use_nav();
    Effect::new(move |_| {
        let title = library.with(|l| nav.filters.with(|f| f.title_in(f.ui(), &|e| l.entity_name(e.as_str()))));
        document().set_title(&title);
    });
    let view_kind = Memo::new(move |_| nav.filters.with(|f| f.view()));
    view! {
        <Header ready=true />
        <NoticeBar />
        {move || match view_kind.get() {
            View::Timeline | View::Search => view! { <pages::home::Home /> }.into_any(),
            View::Article => view! { <main id="main" tabindex="-1"><pages::article::ArticlePage /></main> }.into_any(),
            View::Entities => view! { <main id="main" tabindex="-1"><pages::entities::EntitiesPage /></main> }.into_any(),
            View::Entity => view! { <main id="main" tabindex="-1"><pages::entity::EntityPage /></main> }.into_any(),
        }}
        <Footer />
    }
}
