//! Entry point of the import worker (a second, separately loaded wasm built by Trunk): parses, tags and extracts the files the page sends.

#[cfg(target_arch = "wasm32")]
fn main() {
    counterparts::ui::worker::serve();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("counterparts-worker runs in the browser as the import worker; build it with `trunk build`.");
}
