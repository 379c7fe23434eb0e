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

/// Articles the list draws at first, and how many more each "Show more" adds: a library can
/// hold tens of thousands, and drawing every row would slow the first view and every redraw.
pub const ARTICLE_PAGE: usize = 100;

/// A list of article titles, each tagged with its language and linking to the reader (keeping
/// `base`'s other filters): the first [`ARTICLE_PAGE`] rows, then a button that adds as many
/// again, with the count not shown yet. `data-total` on the list holds the count of all rows.
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
    let pages = RwSignal::new(1usize);
    let rows = StoredValue::new(rows);
    // One block of rows per page, keyed by page: "Show more" adds a block, leaving those drawn.
    let page = move |p: usize| {
        // Plain text, not reactive: a library lists thousands of articles, and every
        // subscription is work to make and to drop. The caller draws the list again when the
        // language changes.
        let strings = t.get_untracked();
        rows.with_value(|rows| {
            rows.iter()
                .skip(p.saturating_mul(ARTICLE_PAGE))
                .take(ARTICLE_PAGE)
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
    let left = move || total.saturating_sub(pages.get().saturating_mul(ARTICLE_PAGE));
    let more = move || {
        let n = left();
        (n > 0).then(|| {
            let s = t.get();
            view! {
                <p class="more-articles">
                    <button type="button" data-testid="more-articles" on:click=move |_| pages.update(|p| *p += 1)>
                        {s.show_more}
                    </button>
                    " "
                    <span data-testid="not-shown" data-count=n.to_string()>{s.not_shown.count(n)}</span>
                </p>
            }
        })
    };
    view! {
        <ul class="article-list" data-testid="article-list" data-total=total.to_string()>
            <For each=move || 0..pages.get() key=|p| *p children=page />
        </ul>
        {more}
    }
}
