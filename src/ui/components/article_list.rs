//! The list of articles in the corpus: title and language of each.

use crate::bundle::Record;
use leptos::prelude::*;

/// One row of the article list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleRow {
    /// Article id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// `en` or `vi`.
    pub lang: &'static str,
}

impl From<&Record> for ArticleRow {
    fn from(r: &Record) -> Self {
        ArticleRow {
            id: r.article.id.to_string(),
            title: r.article.title.clone(),
            lang: r.article.language.code(),
        }
    }
}

/// A list of article titles, each tagged with its language.
#[component]
pub fn ArticleList(
    /// The rows to show, in order.
    rows: Vec<ArticleRow>,
) -> impl IntoView {
    view! {
        <ul class="article-list" data-testid="article-list">
            {rows
                .into_iter()
                .map(|row| {
                    view! {
                        <li data-testid="article" data-article=row.id.clone()>
                            <span class="lang" lang="en" title="language">{row.lang}</span>
                            " "
                            <span class="title" lang=row.lang>{row.title}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
