//! The article reader: the clean story with entity highlights (legend with per-kind toggles), captions apart, the evidence sentence highlighted and scrolled to, and what the cleaner cut.

use crate::bundle::Record;
use crate::entity::{EntityKind, Mention};
use crate::filters::{EntityRef, Filters, View};
use crate::reader::{self, ParagraphView};
use crate::ui::app::{use_library, use_strings, use_ui_lang};
use crate::ui::url::{use_nav, Link};
use leptos::prelude::*;
use std::ops::Range;

/// The reader page for the URL's `article`.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let nav = use_nav();
    let t = use_strings();
    let lib = use_library();
    move || {
        let f = nav.filters.get();
        let fragment = nav.fragment.get();
        let record = lib.with(|l| f.article().and_then(|a| l.record(a.as_str())).cloned());
        match record {
            Some(rec) => view! { <Reader record=rec fragment=fragment /> }.into_any(),
            None => view! {
                <div class="error-panel" role="alert" data-testid="not-found">
                    <p>{move || t.get().article_not_found}</p>
                    <Link to=Filters::default().with_ui(f.ui())>{move || t.get().back_to_timeline}</Link>
                </div>
            }
            .into_any(),
        }
    }
}

/// One article in the reader.
#[component]
pub fn Reader(
    /// The article and what the pipeline found in it.
    record: Record,
    /// The URL fragment; `#ev=START-END` highlights that part of the story and scrolls to it.
    #[prop(optional, into)]
    fragment: String,
) -> impl IntoView {
    let t = use_strings();
    let ui = use_ui_lang();
    let shown = RwSignal::new([true; 7]);
    let highlight = reader::evidence_from_fragment(&fragment);
    let has_highlight = highlight.is_some();
    let highlights: Vec<Range<usize>> = highlight.into_iter().collect();
    let paragraphs = reader::paragraphs(&record.article, &record.mentions, &highlights);
    let body = record.article.body();
    let mentions = record.mentions.clone();
    let a = record.article.clone();
    let lang = a.language.code();
    let kinds_present: Vec<EntityKind> = EntityKind::ALL
        .into_iter()
        .filter(|k| record.mentions.iter().any(|m| m.kind == *k))
        .collect();

    // Scroll the highlighted sentence into view once it is in the DOM.
    if has_highlight {
        request_animation_frame(|| {
            if let Some(el) = document().query_selector("[data-highlight=true]").ok().flatten() {
                el.scroll_into_view();
            }
        });
    }

    let meta = {
        let a = a.clone();
        move || {
            let s = t.get();
            let mut items = vec![(s.language, s.lang_name(a.language).to_string())];
            if let Some(d) = &a.dateline {
                items.push((s.dateline, d.clone()));
            }
            if let Some(d) = a.published {
                items.push((s.published, crate::i18n::format_date(ui.get(), d)));
            }
            if let Some(b) = &a.byline {
                items.push((s.byline, b.clone()));
            }
            if let Some(src) = &a.source {
                items.push((s.source, src.clone()));
            }
            items
                .into_iter()
                .map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> })
                .collect_view()
        }
    };

    let legend = move || {
        let s = t.get();
        kinds_present
            .iter()
            .map(|&k| {
                let i = k as usize;
                view! {
                    <label class=format!("legend-item ent-{}", k.code())>
                        <input
                            type="checkbox"
                            data-testid=format!("toggle-{}", k.code())
                            prop:checked=move || shown.get()[i]
                            on:change=move |_| shown.update(|s| s[i] = !s[i])
                        />
                        <span class="swatch" aria-hidden="true"></span>
                        {s.kinds[i]}
                    </label>
                }
            })
            .collect_view()
    };

    let story = paragraphs
        .into_iter()
        .map(|p| paragraph_view(p, &body, &mentions, shown))
        .collect_view();

    let captions = a.captions.clone();
    let removed = a.removed.clone();
    let repairs = a.repairs.clone();
    let n_removed = removed.len();
    view! {
        <article class="reader" data-testid="reader" data-article=a.id.to_string() lang=lang>
            <h1 data-testid="article-title">{a.title.clone()}</h1>
            <dl class="meta" lang=move || ui.get().code()>{meta}</dl>
            <fieldset class="legend" lang=move || ui.get().code()>
                <legend>{move || t.get().legend}</legend>
                {legend}
            </fieldset>
            <div class="story">{story}</div>
            {(!captions.is_empty())
                .then(|| {
                    view! {
                        <aside class="captions" aria-label=move || t.get().captions>
                            <h2 lang=move || ui.get().code()>{move || t.get().captions}</h2>
                            <ul>{captions.into_iter().map(|c| view! { <li data-testid="caption">{c}</li> }).collect_view()}</ul>
                        </aside>
                    }
                })}
            <details class="removed" data-testid="removed">
                <summary lang=move || ui.get().code()>{move || t.get().removed}" ("{n_removed}")"</summary>
                <ul>
                    {removed
                        .into_iter()
                        .map(|r| {
                            let code = r.reason.code();
                            view! {
                                <li data-reason=code>
                                    <span class="reason" lang=move || ui.get().code()>{move || t.get().reason(code)}</span>
                                    " "
                                    <span class="cut">{r.text}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                {(!repairs.is_empty())
                    .then(|| {
                        view! {
                            <h3 lang=move || ui.get().code()>{move || t.get().repairs}</h3>
                            <ul class="repairs">
                                {repairs
                                    .into_iter()
                                    .map(|r| view! { <li><del>{r.original}</del>" → "<ins>{r.repaired}</ins></li> })
                                    .collect_view()}
                            </ul>
                        }
                    })}
            </details>
        </article>
    }
}

/// One paragraph: plain text runs and entity marks, highlighted where the evidence is.
fn paragraph_view(p: ParagraphView, body: &str, mentions: &[Mention], shown: RwSignal<[bool; 7]>) -> impl IntoView {
    let nav = use_nav();
    let parts = p
        .parts
        .iter()
        .map(|part| {
            let text = body.get(part.range.clone()).unwrap_or("").to_string();
            let hl = part.highlighted;
            match part.mention.and_then(|i| mentions.get(i)) {
                Some(m) => {
                    let kind = m.kind;
                    let i = kind as usize;
                    let label = describe(m);
                    let to = EntityRef::parse(&m.id).ok().map(|e| {
                        Filters::default()
                            .with_ui(nav.filters.with_untracked(|f| f.ui()))
                            .with_view(View::Entity)
                            .with_entity(Some(e))
                    });
                    let inner = view! {
                        <mark
                            class=format!("ent ent-{}", kind.code())
                            class:off=move || !shown.get()[i]
                            class:hl=hl
                            data-kind=kind.code()
                            data-entity=m.id.clone()
                            title=label
                        >
                            {text}
                        </mark>
                    };
                    match to {
                        Some(to) => view! { <Link to=to class="ent-link">{inner}</Link> }.into_any(),
                        None => inner.into_any(),
                    }
                }
                None if hl => view! { <span class="hl">{text}</span> }.into_any(),
                None => text.into_any(),
            }
        })
        .collect_view();
    view! {
        <p id=format!("p-{}", p.index) data-highlight=p.has_highlight.to_string()>
            {parts}
        </p>
    }
}

/// The hover text of a mention: kind, canonical name, title and country.
fn describe(m: &Mention) -> String {
    let mut s = format!("{}: {}", m.kind.code(), m.name);
    if let Some(t) = &m.title {
        s.push_str(" — ");
        s.push_str(t);
    }
    if let Some(c) = &m.country {
        s.push_str(" (");
        s.push_str(c);
        s.push(')');
    }
    s
}
