//! The UI layer: Leptos components and browser glue. The only place that may use `leptos`, `web_sys`, `wasm_bindgen` or `gloo`.

pub mod app;
#[cfg(feature = "bench")]
pub mod bench;
pub mod components;
pub mod fatal;
pub mod load;
pub mod offline;
pub mod pages;
pub mod prefs;
pub mod shell;
pub mod store;
pub mod url;
pub mod worker;

/// Installs the panic hook and mounts the app into `<body>`.
pub fn start() {
    fatal::install();
    leptos::mount::mount_to_body(app::App);
    offline::register();
}
