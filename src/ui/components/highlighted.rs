//! Text with highlighted parts (search matches), rendered as text nodes and `<mark>`s, never as HTML.

use crate::search::Snippet;
use leptos::prelude::*;

/// A snippet's parts: highlighted parts in `<mark>`, the rest as plain text.
#[component]
pub fn Highlighted(
    /// The parts to show.
    snippet: Snippet,
) -> impl IntoView {
    snippet
        .parts
        .into_iter()
        .map(|p| {
            if p.highlighted {
                view! { <mark class="match">{p.text}</mark> }.into_any()
            } else {
                p.text.into_any()
            }
        })
        .collect_view()
}
