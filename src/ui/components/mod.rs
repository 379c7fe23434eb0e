//! Reusable view components.

pub mod article_list;
pub mod chart;
pub mod export;
pub mod facets;
pub mod highlighted;
pub mod hits;
pub mod import_panel;
pub mod meeting_card;
pub mod paged;
pub mod timeline;
