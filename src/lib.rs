//! Counterparts: an in-browser explorer of news about Vietnam's Ministry of Public Security meeting its foreign counterparts.
//!
//! Two worlds, one border. The **core** knows nothing of the browser and is
//! tested on the host: [`corpus`] turns raw scraped files into clean articles,
//! [`lang`] folds Vietnamese and English text, [`entity`] tags people,
//! organisations, countries and more, [`meeting`] extracts meetings with fuzzy
//! dates, [`timeline`] lays them out in lanes by partner country, [`pipeline`]
//! chains them into [`bundle::Record`]s, and [`bundle`]
//! packs the records into the compact file the app loads. The **UI** ([`ui`])
//! is a thin Leptos layer over the core; only it may use `leptos`, `web_sys`,
//! `wasm_bindgen` or `gloo`.
//!
//! Data flow: files → `pipeline::process` → `Bundle::encode` (build time, CLI)
//! → `corpus.bin` → `Bundle::decode` (browser) → views.

pub mod bundle;
pub mod codec;
pub mod corpus;
pub mod date;
pub mod entity;
pub mod filters;
pub mod hash;
pub mod i18n;
pub mod import;
pub mod iso3166;
pub mod lang;
pub mod library;
pub mod meeting;
pub mod pipeline;
pub mod reader;
pub mod report;
pub mod search;
pub mod site;
pub mod synth;
pub mod timeline;
#[cfg(target_arch = "wasm32")]
pub mod ui;
