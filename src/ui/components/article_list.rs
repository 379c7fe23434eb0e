//! The list of articles: title and language of each (and a badge on imported ones), linking to the reader.

use crate::bundle::Record;
use crate::filters::{ArticleRef, Filters, View};
use crate::lang::Lang;
use crate::ui::app::use_strings;
use crate::ui::url::Link;
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
    /// True for an article the user imported.
    pub local: bool,
}

impl From<&Record> for ArticleRow {
    fn from(r: &Record) -> Self {
        ArticleRow {
            id: r.article.id.to_string(),
            title: r.article.title.clone(),
            lang: r.article.language.code(),
            local: false,
        }
    }
}

impl ArticleRow {
    /// The row, marked local or not.
    pub fn local(mut self, local: bool) -> ArticleRow {
        self.local = local;
        self
    }
}

/// A list of article titles, each tagged with its language and linking to the reader (keeping `base`'s other filters).
#[component]
pub fn ArticleList(
    /// The rows to show, in order.
    rows: Vec<ArticleRow>,
    /// The filters the links start from (the interface language, say).
    #[prop(optional)]
    base: Filters,
) -> impl IntoView {
    let t = use_strings();
    // Plain text, not reactive: a library lists thousands of articles, and every subscription
    // is work to make and to drop. The caller draws the list again when the language changes.
    let strings = t.get_untracked();
    view! {
        <ul class="article-list" data-testid="article-list">
            {rows
                .into_iter()
                .map(|row| {
                    let to = match ArticleRef::parse(&row.id) {
                        Ok(a) => base.clone().with_view(View::Article).with_article(Some(a)),
                        Err(_) => base.clone(),
                    };
                    let lang = Lang::from_code(row.lang);
                    let lang_name = lang.map_or(row.lang, |l| strings.lang_name(l));
                    view! {
                        <li data-testid="article" data-article=row.id.clone()>
                            <abbr class="lang" title=lang_name>{row.lang}</abbr>
                            " "
                            <Link to=to>
                                <span class="title" lang=row.lang>{row.title}</span>
                            </Link>
                            {row.local.then(|| view! { " " <span class="local-badge">{move || t.get().local_badge}</span> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
