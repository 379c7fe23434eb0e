//! In-browser component tests (wasm-bindgen-test in headless Chromium): mount components and read the DOM.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on their own fixtures
#![cfg(target_arch = "wasm32")]

use counterparts::pipeline::process;
use counterparts::ui::components::article_list::{ArticleList, ArticleRow};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The seed articles, compiled into the test.
const SEEDS: &[(&str, &str)] = &[
    (
        "000_2eb8f48eb3c8e0c6.txt",
        include_str!("../corpus/000_2eb8f48eb3c8e0c6.txt"),
    ),
    (
        "001_45c73304fdcf255d.txt",
        include_str!("../corpus/001_45c73304fdcf255d.txt"),
    ),
    (
        "002_8394bbce6724e067.txt",
        include_str!("../corpus/002_8394bbce6724e067.txt"),
    ),
    (
        "003_17fa29c206418ba5.txt",
        include_str!("../corpus/003_17fa29c206418ba5.txt"),
    ),
    (
        "004_ca2c0e4932d0df0b.txt",
        include_str!("../corpus/004_ca2c0e4932d0df0b.txt"),
    ),
];

/// A fresh container element attached to the document body.
fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document
        .create_element("div")
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

#[wasm_bindgen_test]
async fn article_list_shows_every_seed_with_its_language() {
    let rows: Vec<ArticleRow> = SEEDS
        .iter()
        .map(|(name, text)| ArticleRow::from(&process(name, text.as_bytes()).unwrap()))
        .collect();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <ArticleList rows=rows.clone() /> });
    leptos::task::tick().await;

    let items = root.query_selector_all("[data-testid=article]").unwrap();
    assert_eq!(items.length(), 5);
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Việt Nam – Singapore tăng cường hợp tác phòng, chống tội phạm"),
        "{text}"
    );
    let vi = root.query_selector("[data-testid=article] .title[lang=vi]").unwrap();
    assert!(vi.is_some(), "the Vietnamese title carries lang=vi");
}

#[wasm_bindgen_test]
async fn titles_are_text_not_html() {
    let rows = vec![ArticleRow {
        id: "x".into(),
        title: "<img src=x onerror=alert(1)>".into(),
        lang: "en",
    }];
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <ArticleList rows=rows.clone() /> });
    leptos::task::tick().await;
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root.text_content().unwrap().contains("<img src=x onerror=alert(1)>"));
}
