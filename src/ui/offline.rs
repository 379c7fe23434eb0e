//! Offline use: registers the service worker the build writes next to `index.html` (`sw.js`), so a second visit works with the network off.

use leptos::prelude::*;

/// How long after the first view the service worker is registered, in milliseconds: its install
/// fetches every file of the site again, which would compete with the first visit's own loading.
const REGISTER_AFTER_MS: u32 = 1_000;

/// Registers the service worker a little after the first view is on screen.
pub fn register_soon() {
    gloo::timers::callback::Timeout::new(REGISTER_AFTER_MS, register).forget();
}

/// Registers `sw.js` (relative, so it works under any sub-path). Failure only means no offline copy.
pub fn register() {
    let container = window().navigator().service_worker();
    let promise = container.register(crate::site::SERVICE_WORKER);
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
            web_sys::console::warn_2(&"offline copy unavailable:".into(), &e);
        }
    });
}
