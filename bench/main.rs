//! Entry point of the benchmark page's wasm (`cargo build --features bench --bin counterparts-bench`, done by scripts/bench.sh): links the bench exports of `src/ui/bench.rs`; never part of the shipped site.

#[cfg(target_arch = "wasm32")]
fn main() {
    counterparts::ui::bench::ready();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("counterparts-bench is the benchmark page's wasm: run scripts/bench.sh (see README).");
}
