//! House rules checked on the source tree: the core never talks to the browser, every file says what it holds, article text is never injected as HTML.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on their own fixtures

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// True for files that belong to the UI layer and may use browser crates.
fn is_ui(path: &Path) -> bool {
    let rel = path.strip_prefix(src()).unwrap();
    rel.starts_with("ui") || rel == Path::new("main.rs")
}

#[test]
fn the_core_does_not_import_browser_crates() {
    const BROWSER: &[&str] = &["leptos", "web_sys", "wasm_bindgen", "gloo", "js_sys"];
    let mut leaks = Vec::new();
    let files = rust_files(&src());
    assert!(files.len() > 10, "found only {} files", files.len());
    for file in files.iter().filter(|f| !is_ui(f)) {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for krate in BROWSER {
                if code.contains(&format!("{krate}::")) || code.trim_start().starts_with(&format!("use {krate}")) {
                    leaks.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "browser crates used outside src/ui:\n{}",
        leaks.join("\n")
    );
}

#[test]
fn every_source_file_opens_with_a_doc_line() {
    let missing: Vec<_> = rust_files(&src())
        .into_iter()
        .chain(rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")))
        .filter(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            !text.lines().take(3).any(|l| l.starts_with("//!"))
        })
        .collect();
    assert!(missing.is_empty(), "files without a //! line: {missing:?}");
}

#[test]
fn no_html_injection_points() {
    let mut hits = Vec::new();
    for file in rust_files(&src()) {
        let text = std::fs::read_to_string(&file).unwrap();
        for needle in ["inner_html", "set_inner_html", "innerHTML"] {
            if text.contains(needle) {
                hits.push(format!("{}: {needle}", file.display()));
            }
        }
    }
    assert!(hits.is_empty(), "{hits:?}");
}
