//! Reusable view components.

pub mod article_list;
