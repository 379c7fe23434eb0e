//! Offline use: registers the service worker the build writes next to `index.html` (`sw.js`), so a second visit works with the network off.

use leptos::prelude::*;

/// Registers `sw.js` (relative, so it works under any sub-path). Failure only means no offline copy.
pub fn register() {
    let container = window().navigator().service_worker();
    let promise = container.register(crate::site::SERVICE_WORKER);
    // Plain wasm-bindgen-futures: this runs before Leptos sets up its executor.
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
            web_sys::console::warn_2(&"offline copy unavailable:".into(), &e);
        }
    });
}
