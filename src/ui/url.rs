//! The URL is the state: reads `location.search` into `Filters`, writes filters back with pushState (a new history entry) or replaceState (typing), and keeps the page title in step.

use crate::filters::{Filters, Notice};
use leptos::prelude::*;

/// The current query string, without the leading `?`.
pub fn current_query() -> String {
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_string()
}

/// The relative URL for `filters`: `?query`, or the bare path when every filter is the default.
pub fn href(filters: &Filters) -> String {
    let q = filters.to_string();
    if q.is_empty() {
        window().location().pathname().unwrap_or_else(|_| "./".into())
    } else {
        format!("?{q}")
    }
}

/// The full shareable URL for `filters` (origin, path and query).
pub fn absolute(filters: &Filters) -> String {
    let loc = window().location();
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    let q = filters.to_string();
    if q.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{q}")
    }
}

/// The app's navigation state, shared through context.
#[derive(Clone, Copy)]
pub struct Nav {
    /// The current filters (what the URL says).
    pub filters: RwSignal<Filters>,
    /// What was ignored when the URL was last read from outside (opened or Back/Forward).
    pub notices: RwSignal<Vec<Notice>>,
    /// The URL fragment (`#ev=…`), which the reader highlights.
    pub fragment: RwSignal<String>,
}

/// The page's current fragment, with its `#`.
fn current_fragment() -> String {
    window().location().hash().unwrap_or_default()
}

impl Nav {
    /// Reads the page's URL and listens for Back/Forward.
    pub fn install() -> Nav {
        let (filters, notices) = Filters::from_query(&current_query());
        let nav = Nav {
            filters: RwSignal::new(filters),
            notices: RwSignal::new(notices),
            fragment: RwSignal::new(current_fragment()),
        };
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let (f, n) = Filters::from_query(&current_query());
            nav.filters.set(f);
            nav.notices.set(n);
            nav.fragment.set(current_fragment());
        });
        // The app lives as long as the page: keep the listener.
        std::mem::forget(handle);
        nav
    }

    /// Goes to `next` with a new history entry (Back undoes it). No-op when nothing changes.
    pub fn go(&self, next: Filters) {
        self.go_to(next, None);
    }

    /// As [`Nav::go`], with a URL fragment (`#ev=…`, the reader's evidence highlight).
    pub fn go_to(&self, next: Filters, fragment: Option<&str>) {
        let current = self.filters.get_untracked();
        if next == current && fragment.is_none() {
            return;
        }
        // A new page starts at its top; a changed filter on the same page keeps the scroll.
        let new_page =
            next.view() != current.view() || next.article() != current.article() || next.entity() != current.entity();
        let url = format!("{}{}", href(&next), fragment.unwrap_or(""));
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
        self.notices.set(Vec::new());
        self.fragment.set(fragment.unwrap_or("").to_string());
        self.filters.set(next);
        if new_page {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Replaces the current history entry with `next` (typing in the search box).
    pub fn replace(&self, next: Filters) {
        if next == self.filters.get_untracked() {
            return;
        }
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href(&next)));
        }
        self.filters.set(next);
    }
}

/// The navigation state from context.
pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

/// An in-app link: a real `<a href>` (opens in a new tab, copyable) that navigates without reloading.
#[component]
pub fn Link(
    /// Where the link goes.
    to: Filters,
    /// Extra CSS classes.
    #[prop(optional, into)]
    class: String,
    /// Accessible label, when the text alone is not enough.
    #[prop(optional, into)]
    aria_label: Option<String>,
    /// A URL fragment to add (`#ev=120-260`).
    #[prop(optional, into)]
    fragment: Option<String>,
    /// The link's content.
    children: Children,
) -> impl IntoView {
    let nav = use_nav();
    let url = format!("{}{}", href(&to), fragment.as_deref().unwrap_or(""));
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        nav.go_to(to.clone(), fragment.as_deref());
    };
    view! {
        <a href=url class=class aria-label=aria_label on:click=on_click>
            {children()}
        </a>
    }
}
