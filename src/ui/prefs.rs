//! Remembered preferences (interface language, theme) in localStorage through gloo, applied at start.

use crate::lang::Lang;
use crate::ui::url::Nav;
use gloo::storage::{LocalStorage, Storage};
use leptos::prelude::*;

const UI_KEY: &str = "counterparts.ui";
const THEME_KEY: &str = "counterparts.theme";

/// The light or dark theme, or the system's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// Applies the saved interface language (when the link does not name one) and the saved theme.
pub fn apply_saved_preferences(nav: Nav) {
    let url_has_ui = crate::ui::url::current_query().split('&').any(|p| p.starts_with("ui="));
    if !url_has_ui {
        if let Ok(code) = LocalStorage::get::<String>(UI_KEY) {
            if let Some(lang) = Lang::from_code(&code) {
                let f = nav.filters.get_untracked().with_ui(lang);
                nav.replace(f);
            }
        }
    }
    set_theme_attr(saved_theme());
}

/// Remembers the interface language.
pub fn save_ui(lang: Lang) {
    let _ = LocalStorage::set(UI_KEY, lang.code());
}

/// The saved theme.
pub fn saved_theme() -> Theme {
    match LocalStorage::get::<String>(THEME_KEY).ok().as_deref() {
        Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        _ => Theme::System,
    }
}

/// True when the page currently shows the dark theme.
pub fn is_dark() -> bool {
    match saved_theme() {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::System => window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches()),
    }
}

/// Saves and applies a theme.
pub fn set_theme(theme: Theme) {
    let value = match theme {
        Theme::System => "system",
        Theme::Light => "light",
        Theme::Dark => "dark",
    };
    let _ = LocalStorage::set(THEME_KEY, value);
    set_theme_attr(theme);
}

fn set_theme_attr(theme: Theme) {
    if let Some(el) = document().document_element() {
        let _ = match theme {
            Theme::System => el.remove_attribute("data-theme"),
            Theme::Light => el.set_attribute("data-theme", "light"),
            Theme::Dark => el.set_attribute("data-theme", "dark"),
        };
    }
}
