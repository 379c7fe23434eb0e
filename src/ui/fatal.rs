//! Failures are visible, not fatal: a panic hook that logs to the console and puts an error panel in the page instead of leaving it blank.

use std::panic::PanicHookInfo;
use wasm_bindgen::JsCast;

/// The id of the panel, so it is shown once.
pub const PANEL_ID: &str = "fatal-error";

/// Installs the hook: console log (with the message), then the panel.
pub fn install() {
    std::panic::set_hook(Box::new(|info: &PanicHookInfo<'_>| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Puts the error panel at the top of the page (plain DOM, as text, no framework: the app may be broken).
pub fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(PANEL_ID).is_some() {
        return;
    }
    let Some(body) = document.body() else { return };
    let vi = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .is_some_and(|l| l == "vi");
    let strings = crate::i18n::strings(if vi {
        crate::lang::Lang::Vi
    } else {
        crate::lang::Lang::En
    });
    let build = || -> Option<web_sys::Element> {
        let panel = document.create_element("div").ok()?;
        panel.set_id(PANEL_ID);
        panel.set_class_name("error-panel fatal");
        panel.set_attribute("role", "alert").ok()?;
        panel.set_attribute("data-testid", "fatal-error").ok()?;
        let h = document.create_element("h2").ok()?;
        h.set_text_content(Some(strings.app_failed));
        let p = document.create_element("p").ok()?;
        p.set_text_content(Some(strings.reload_hint));
        let pre = document.create_element("pre").ok()?;
        pre.set_text_content(Some(&detail.chars().take(2000).collect::<String>()));
        panel.append_child(&h).ok()?;
        panel.append_child(&p).ok()?;
        panel.append_child(&pre).ok()?;
        Some(panel)
    };
    if let Some(panel) = build() {
        let first = body.first_child();
        let _ = body.insert_before(panel.unchecked_ref(), first.as_ref());
    }
}
