//! The list of articles: title and language of each (and a badge on imported ones), linking to the reader.

use super::paged::Paged;
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

/// Articles the list draws at first, and how many more each "Show more" adds.
pub const ARTICLE_PAGE: usize = super::paged::PAGE;

/// A list of article titles, each tagged with its language and linking to the reader (keeping
/// `base`'s other filters), drawn a page at a time ([`Paged`]): `data-total` on the list holds
/// the count of all rows.
#[component]
pub fn ArticleList(
    /// The rows to show, in order.
    rows: Vec<ArticleRow>,
    /// The filters the links start from (the interface language, say).
    #[prop(optional)]
    base: Filters,
) -> impl IntoView {
    let t = use_strings();
    let total = rows.len();
    let rows = StoredValue::new(rows);
    let draw = move |range: std::ops::Range<usize>| {
        // Plain text, not reactive: a library lists thousands of articles, and every
        // subscription is work to make and to drop. The caller draws the list again when the
        // language changes.
        let strings = t.get_untracked();
        rows.with_value(|rows| {
            rows.get(range)
                .unwrap_or(&[])
                .iter()
                .map(|row| {
                    let to = match ArticleRef::parse(&row.id) {
                        Ok(a) => base.clone().with_view(View::Article).with_article(Some(a)),
                        Err(_) => base.clone(),
                    };
                    let (code, title, local) = (row.lang, row.title.clone(), row.local);
                    let lang_name = Lang::from_code(code).map_or(code, |l| strings.lang_name(l));
                    view! {
                        <li data-testid="article" data-article=row.id.clone()>
                            <abbr class="lang" title=lang_name>{code}</abbr>
                            " "
                            <Link to=to>
                                <span class="title" lang=code>{title}</span>
                            </Link>
                            {local.then(|| view! { " " <span class="local-badge">{move || t.get().local_badge}</span> })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! { <Paged total=total rows=draw class="article-list" testid="article-list" /> }
}
