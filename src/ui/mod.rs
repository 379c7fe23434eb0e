//! The UI layer: Leptos components and browser glue. The only place that may use `leptos`, `web_sys`, `wasm_bindgen` or `gloo`.

pub mod app;
#[cfg(feature = "bench")]
pub mod bench;
pub mod components;
pub mod load;
pub mod pages;
pub mod prefs;
pub mod shell;
pub mod url;

/// Installs the panic hook and mounts the app into `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
