//! The page frame: header (brand, views, search box, interface language, theme, copy link) and the bar of URL notices.

use crate::filters::{Filters, View};
use crate::lang::Lang;
use crate::ui::app::use_strings;
use crate::ui::prefs;
use crate::ui::url::{absolute, use_nav, Link};
use leptos::prelude::*;

/// The header shown on every page.
#[component]
pub fn Header(
    /// True once the corpus is loaded (the search box is disabled before).
    ready: bool,
) -> impl IntoView {
    let nav = use_nav();
    let t = use_strings();
    let home = move || Filters::default().with_ui(nav.filters.with(|f| f.ui()));
    let entities = move || home().with_view(View::Entities);
    view! {
        <header class="top" role="banner">
            <Link to=home() class="brand">
                <span aria-hidden="true" class="logo">"◐"</span>
                " Counterparts"
            </Link>
            <nav aria-label=move || t.get().nav_label class="views">
                {move || {
                    let current = nav.filters.with(|f| f.view());
                    let s = t.get();
                    view! {
                        <Link to=home() class=if matches!(current, View::Timeline | View::Search) { "active" } else { "" }>
                            {s.nav_timeline}
                        </Link>
                        <Link to=entities() class=if matches!(current, View::Entities | View::Entity) { "active" } else { "" }>
                            {s.nav_entities}
                        </Link>
                    }
                }}
            </nav>
            <SearchBox enabled=ready />
            <div class="tools">
                <LangSwitch />
                <ThemeToggle />
                <CopyLink />
            </div>
        </header>
    }
}

/// The search box: typing updates `q` in place (no history flood); the first keystroke of a search adds one entry.
#[component]
fn SearchBox(
    /// False until the corpus is loaded.
    enabled: bool,
) -> impl IntoView {
    let nav = use_nav();
    let t = use_strings();
    let value = move || nav.filters.with(|f| f.q().to_string());
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let current = nav.filters.get_untracked();
        let mut next = current.clone().with_q(&text);
        if !matches!(next.view(), View::Timeline | View::Search) {
            next = next.with_view(View::Timeline);
        }
        if current.q().is_empty() || current.view() != next.view() {
            nav.go(next);
        } else {
            nav.replace(next);
        }
    };
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="q" class="visually-hidden">{move || t.get().search_label}</label>
            <input
                id="q"
                type="search"
                data-testid="search"
                autocomplete="off"
                spellcheck="false"
                maxlength="256"
                placeholder=move || t.get().search_placeholder
                prop:value=value
                disabled=!enabled
                on:input=on_input
            />
        </form>
    }
}

/// EN | VI: the interface language, part of the link and remembered.
#[component]
fn LangSwitch() -> impl IntoView {
    let nav = use_nav();
    let t = use_strings();
    let button = move |lang: Lang, label: &'static str| {
        let pressed = move || nav.filters.with(|f| f.ui() == lang);
        view! {
            <button
                type="button"
                class="seg"
                lang=lang.code()
                data-testid=format!("ui-{}", lang.code())
                aria-pressed=move || pressed().to_string()
                on:click=move |_| {
                    prefs::save_ui(lang);
                    nav.go(nav.filters.get_untracked().with_ui(lang));
                }
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="segmented" role="group" aria-label=move || t.get().ui_language>
            {button(Lang::En, "EN")}
            {button(Lang::Vi, "VI")}
        </div>
    }
}

/// Light/dark toggle (starts from the system setting).
#[component]
fn ThemeToggle() -> impl IntoView {
    let t = use_strings();
    let dark = RwSignal::new(prefs::is_dark());
    view! {
        <button
            type="button"
            class="icon"
            data-testid="theme"
            aria-label=move || t.get().theme_toggle
            title=move || t.get().theme_toggle
            aria-pressed=move || dark.get().to_string()
            on:click=move |_| {
                let next = !dark.get_untracked();
                prefs::set_theme(if next { prefs::Theme::Dark } else { prefs::Theme::Light });
                dark.set(next);
            }
        >
            <span aria-hidden="true">{move || if dark.get() { "☀" } else { "☾" }}</span>
        </button>
    }
}

/// Copies the current view's link (and says when imported articles are left out of it).
#[component]
fn CopyLink() -> impl IntoView {
    let nav = use_nav();
    let t = use_strings();
    let lib = use_context::<crate::ui::app::Lib>();
    let has_local = move || lib.is_some_and(|l| l.with(|l| l.local_count() > 0));
    let status = RwSignal::new(None::<bool>);
    let on_click = move |_| {
        let url = absolute(&nav.filters.get_untracked());
        let promise = window().navigator().clipboard().write_text(&url);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            status.set(Some(ok));
        });
    };
    view! {
        <button type="button" class="link-button" data-testid="copy-link" on:click=on_click>
            {move || t.get().copy_link}
        </button>
        <span class="copy-status" role="status" data-testid="copy-status">
            {move || match status.get() {
                Some(true) => t.get().link_copied,
                Some(false) => t.get().link_copy_failed,
                None => "",
            }}
            {move || (status.get().is_some() && has_local()).then(|| view! { " " <span data-testid="link-local-note">{t.get().link_excludes_local}</span> })}
        </span>
    }
}

/// What the link asked for that could not be applied, shown until dismissed.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let nav = use_nav();
    let t = use_strings();
    let visible = move || {
        nav.notices.with(|n| {
            n.iter()
                .filter(|x| !x.is_quiet())
                .map(|x| x.to_string())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || !visible().is_empty()>
            <div class="notice" role="status" data-testid="url-notice">
                <strong>{move || t.get().url_notice}": "</strong>
                <ul>{move || visible().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                <button type="button" class="icon" aria-label=move || t.get().dismiss on:click=move |_| nav.notices.set(Vec::new())>
                    "×"
                </button>
            </div>
        </Show>
    }
}
