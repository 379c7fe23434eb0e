//! Meetings: whether an article reports an MPS meeting with foreign counterparts, and its facts.

use crate::corpus::Article;
use crate::entity::Mention;
use serde::{Deserialize, Serialize};

/// A meeting of the MPS with a foreign counterpart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// ISO 3166-1 codes of the foreign side(s).
    pub partners: Vec<String>,
    /// True for a meeting the article only mentions (a previous or planned one).
    pub mentioned: bool,
}

/// Extracts the meetings an article reports or mentions.
pub fn extract(_article: &Article, _mentions: &[Mention]) -> Vec<Meeting> {
    Vec::new()
}
