//! Reusable view components.

pub mod article_list;
pub mod highlighted;
pub mod hits;
pub mod import_panel;
