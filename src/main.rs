//! Entry point of the web app: mounts the Leptos UI into the page (built for wasm32 by Trunk).

#[cfg(target_arch = "wasm32")]
fn main() {
    counterparts::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("counterparts-app is the web app: build it with `trunk build` (see README). The CLI is `counterparts`.");
}
