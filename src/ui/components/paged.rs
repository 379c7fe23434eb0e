//! A long list drawn a page at a time: the first rows, then a "Show more" button that adds as many again, beside the count not shown yet.

use crate::ui::app::use_strings;
use leptos::prelude::*;
use std::ops::Range;

/// Rows a list draws at first, and how many more each "Show more" adds: a library can hold tens
/// of thousands of articles, and drawing every row would slow the first view and every redraw.
pub const PAGE: usize = 100;

/// A `<ul>` of `total` rows drawn a page ([`PAGE`] rows) at a time by `rows`, which draws the
/// rows of one range; `data-total` on the list holds the count of all rows. Pages are keyed, so
/// "Show more" adds a block and leaves the rows drawn alone.
#[component]
pub fn Paged<F, V>(
    /// Rows in all.
    total: usize,
    /// Draws the rows of a range (`<li>` elements).
    rows: F,
    /// CSS class of the list.
    #[prop(into)]
    class: String,
    /// `data-testid` of the list.
    testid: &'static str,
) -> impl IntoView
where
    F: Fn(Range<usize>) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let t = use_strings();
    let pages = RwSignal::new(1usize);
    let page = move |p: usize| {
        let start = p.saturating_mul(PAGE).min(total);
        rows(start..start.saturating_add(PAGE).min(total))
    };
    let more = move || {
        let left = total.saturating_sub(pages.get().saturating_mul(PAGE));
        (left > 0).then(|| {
            let s = t.get();
            view! {
                <p class="more-rows">
                    <button type="button" data-testid="more-rows" on:click=move |_| pages.update(|p| *p += 1)>
                        {s.show_more}
                    </button>
                    " "
                    <span data-testid="not-shown" data-count=left.to_string()>{s.not_shown.count(left)}</span>
                </p>
            }
        })
    };
    view! {
        <ul class=class data-testid=testid data-total=total.to_string()>
            <For each=move || 0..pages.get() key=|p| *p children=page />
        </ul>
        {more}
    }
}
