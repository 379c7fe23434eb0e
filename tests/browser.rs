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

/// Mounts `view` into a fresh container, inside the app's navigation context (read from the test page's URL).
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> (web_sys::HtmlElement, impl Drop) {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(counterparts::ui::url::Nav::install());
        view()
    });
    (root, handle)
}

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
    let (root, _handle) = mount(move || view! { <ArticleList rows=rows /> });
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
        local: false,
    }];
    let (root, _handle) = mount(move || view! { <ArticleList rows=rows /> });
    leptos::task::tick().await;
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root.text_content().unwrap().contains("<img src=x onerror=alert(1)>"));
}

#[wasm_bindgen_test]
fn a_failure_shows_a_panel_with_the_message_as_text() {
    use counterparts::ui::fatal;
    fatal::show("boom <b>not bold</b>");
    fatal::show("a second failure does not add a second panel");
    let document = web_sys::window().unwrap().document().unwrap();
    let panels = document.query_selector_all("[data-testid=fatal-error]").unwrap();
    assert_eq!(panels.length(), 1);
    let panel = document.get_element_by_id(fatal::PANEL_ID).unwrap();
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert!(panel.text_content().unwrap().contains("boom <b>not bold</b>"));
    assert!(panel.query_selector("b").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn reader_marks_entities_and_toggles_a_kind() {
    use counterparts::ui::pages::article::Reader;
    let record = process(SEEDS[4].0, SEEDS[4].1.as_bytes()).unwrap();
    let (root, _handle) = mount(move || view! { <Reader record=record /> });
    leptos::task::tick().await;

    let he_rong = root
        .query_selector(".story mark[data-entity='person:he-rong']")
        .unwrap()
        .unwrap();
    assert_eq!(he_rong.text_content().as_deref(), Some("He Rong"));
    assert!(!he_rong.class_list().contains("off"));
    let captions = root.query_selector_all("[data-testid=caption]").unwrap();
    assert_eq!(captions.length(), 1);
    assert!(!root
        .query_selector(".story")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Kim Il Sung"));

    let toggle = root
        .query_selector("[data-testid=toggle-person]")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap();
    assert!(toggle.checked());
    toggle.click();
    leptos::task::tick().await;
    assert!(he_rong.class_list().contains("off"), "person marks are switched off");
    let country = root.query_selector(".story mark[data-kind=country]").unwrap().unwrap();
    assert!(!country.class_list().contains("off"), "other kinds stay on");
}

/// Invented meetings with `partner`: `dated` placed in the years 2016–2024 in turn (every tenth
/// known only within 2019–2022), and `undated` without a year.
fn crowd(partner: &'static str, dated: usize, undated: usize) -> Vec<counterparts::meeting::Meeting> {
    use counterparts::date::PartialDate;
    use counterparts::filters::Level;
    use counterparts::meeting::{FuzzyDate, Meeting, MonthDay};
    let mut out = Vec::new();
    for i in 0..dated {
        let date = if i % 10 == 9 {
            FuzzyDate::known(PartialDate::Year(2019), PartialDate::Year(2022))
        } else {
            let y = 2016 + (i % 9) as u16;
            FuzzyDate::known(PartialDate::Month(y, 3), PartialDate::Month(y, 3))
        };
        let level = if i % 3 == 0 {
            Level::DeputyMinister
        } else {
            Level::Minister
        };
        out.push(Meeting::new(&[partner], date, level));
    }
    for i in 0..undated {
        let md = MonthDay::new(1 + (i % 12) as u8, 1).unwrap();
        out.push(Meeting::new(
            &[partner],
            FuzzyDate::without_year(md, None),
            Level::Minister,
        ));
    }
    out
}

#[wasm_bindgen_test]
async fn a_crowded_lane_shows_year_boxes_linking_to_its_years() {
    use counterparts::chart::{MAX_LANE_MARKERS, MAX_UNDATED_MARKERS};
    use counterparts::ui::components::timeline::TimelineChart;
    let id = counterparts::corpus::ArticleId("00000000000000aa".into());
    // Thailand is crowded (100 on the axis, 20 without a year); Laos has a few meetings;
    // Cambodia a few on the axis and many without a year.
    let mut ms = crowd("TH", 100, 20);
    ms.extend(crowd("LA", 5, 1));
    ms.extend(crowd("KH", 2, 15));
    let entries: Vec<counterparts::timeline::Entry<'_>> = ms.iter().map(|m| (&id, m)).collect();
    let timeline = counterparts::timeline::build(&entries);
    const { assert!(100 > MAX_LANE_MARKERS && 15 > MAX_UNDATED_MARKERS && 5 <= MAX_LANE_MARKERS) };
    let (root, _handle) = mount(move || {
        view! { <TimelineChart timeline=timeline selected=RwSignal::new(None) preview=RwSignal::new(None) /> }
    });
    leptos::task::tick().await;

    let th = root
        .query_selector("[data-testid=lane][data-country=TH]")
        .unwrap()
        .unwrap();
    let bins = th.query_selector_all("[data-testid=bin]").unwrap();
    // Nine single years and one span of years, no marker per meeting on the axis.
    assert_eq!(bins.length(), 10);
    assert!(th.query_selector(".plot [data-testid=meeting]").unwrap().is_none());
    let mut total = 0;
    let mut years = Vec::new();
    for i in 0..bins.length() {
        let bin = bins.item(i).unwrap().dyn_into::<web_sys::Element>().unwrap();
        total += bin.get_attribute("data-count").unwrap().parse::<usize>().unwrap();
        let span = bin.get_attribute("data-years").unwrap();
        let link = bin.query_selector("a").unwrap().unwrap();
        let href = link.get_attribute("href").unwrap();
        let (from, to) = span.split_once('-').unwrap_or((&span, &span));
        assert!(href.contains("country=TH"), "{href}");
        assert!(
            href.contains(&format!("from={from}")) && href.contains(&format!("to={to}")),
            "{span}: {href}"
        );
        assert_eq!(link.text_content().unwrap(), bin.get_attribute("data-count").unwrap());
        assert!(link
            .get_attribute("aria-label")
            .unwrap()
            .contains(&span.replace('-', "–")));
        years.push(span);
    }
    assert_eq!(total, 100, "every meeting on the axis is in one box");
    assert!(years.contains(&"2019-2022".to_string()), "{years:?}");
    // A crowded lane counts its meetings without a year.
    assert!(th.query_selector(".undated [data-testid=meeting]").unwrap().is_none());
    let more = th.query_selector("[data-testid=undated-more]").unwrap().unwrap();
    assert_eq!(more.get_attribute("data-count").as_deref(), Some("20"));
    assert_eq!(more.text_content().unwrap(), "20 meetings");
    // Another lane's "year not stated" slot draws the first markers and counts the rest.
    let kh = root
        .query_selector("[data-testid=lane][data-country=KH]")
        .unwrap()
        .unwrap();
    let undated = kh.query_selector_all(".undated [data-testid=meeting]").unwrap();
    assert_eq!(undated.length() as usize, MAX_UNDATED_MARKERS);
    let more = kh.query_selector("[data-testid=undated-more]").unwrap().unwrap();
    assert_eq!(more.get_attribute("data-count").as_deref(), Some("3"));
    assert_eq!(more.text_content().unwrap(), "+3 more meetings");
    assert_eq!(
        kh.query_selector_all(".plot [data-testid=meeting]").unwrap().length(),
        2
    );

    // A lane with few meetings keeps one marker per meeting.
    let la = root
        .query_selector("[data-testid=lane][data-country=LA]")
        .unwrap()
        .unwrap();
    assert_eq!(
        la.query_selector_all(".plot [data-testid=meeting]").unwrap().length(),
        5
    );
    assert!(la.query_selector("[data-testid=bin]").unwrap().is_none());
    assert!(la.query_selector("[data-testid=undated-more]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_long_article_list_shows_a_page_at_a_time() {
    use counterparts::ui::components::article_list::ARTICLE_PAGE;
    let n = ARTICLE_PAGE * 2 + ARTICLE_PAGE / 2;
    let rows: Vec<ArticleRow> = (0..n)
        .map(|i| ArticleRow {
            id: format!("{i:016x}"),
            title: format!("Talks, round {i}"),
            lang: "en",
            local: false,
        })
        .collect();
    let (root, _handle) = mount(move || view! { <ArticleList rows=rows /> });
    leptos::task::tick().await;
    let list = root.query_selector("[data-testid=article-list]").unwrap().unwrap();
    assert_eq!(list.get_attribute("data-total"), Some(n.to_string()));
    let shown = || root.query_selector_all("[data-testid=article]").unwrap().length() as usize;
    let left = || {
        root.query_selector("[data-testid=not-shown]")
            .unwrap()
            .and_then(|e| e.get_attribute("data-count"))
    };
    assert_eq!(shown(), ARTICLE_PAGE);
    assert_eq!(left(), Some((n - ARTICLE_PAGE).to_string()));
    let more = || {
        root.query_selector("[data-testid=more-rows]")
            .unwrap()
            .map(|b| b.dyn_into::<web_sys::HtmlElement>().unwrap())
    };
    more().unwrap().click();
    leptos::task::tick().await;
    assert_eq!(shown(), 2 * ARTICLE_PAGE);
    assert_eq!(left(), Some((ARTICLE_PAGE / 2).to_string()));
    // The rows already drawn stay in order, the next page after them.
    let last = root
        .query_selector_all("[data-testid=article]")
        .unwrap()
        .item(2 * ARTICLE_PAGE as u32 - 1)
        .unwrap();
    assert_eq!(
        last.text_content().unwrap().trim_start_matches("en "),
        format!("Talks, round {}", 2 * ARTICLE_PAGE - 1)
    );
    more().unwrap().click();
    leptos::task::tick().await;
    assert_eq!(shown(), n);
    assert!(more().is_none() && left().is_none(), "nothing left to show");
}
