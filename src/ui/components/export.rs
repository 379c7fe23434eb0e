//! The export panel: download the meetings shown (after filters) as CSV, JSON or iCalendar, and the search results as CSV, through a Blob and a temporary `<a download>`; says how many meetings the calendar left out.

use crate::export;
use crate::ui::app::{use_library, use_strings};
use crate::ui::url::use_nav;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How long a download's object URL lives before it is revoked, in milliseconds (the browser has started
/// reading it long before).
const REVOKE_AFTER_MS: u32 = 60_000;

/// What a button downloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Csv,
    Json,
    Ics,
    HitsCsv,
}

/// The outcome of the last export, as the panel shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    /// A calendar was written; these many meetings (of which these many have no year) were left out.
    Calendar { left_out: usize, no_year: usize },
    /// The export failed (the reason).
    Failed(String),
    /// The search needs parts of the index being downloaded; the export follows.
    Searching,
}

/// The panel.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let nav = use_nav();
    let t = use_strings();
    let lib = use_library();
    let outcome = RwSignal::new(None::<Outcome>);
    // An export waiting for search index shards (of a split index) to arrive.
    let pending = RwSignal::new(None::<Kind>);
    // A new link shows other meetings: the last notice no longer applies.
    Effect::new(move |_| {
        nav.filters.track();
        outcome.set(None);
        pending.set(None);
    });

    let run = move |kind: Kind| {
        let f = nav.filters.get_untracked();
        pending.set(None);
        let need = lib.with_untracked(|l| match l.timeline_view(&f).found {
            Some(Err(crate::search::QueryError::NeedShards(need))) => need,
            _ => Vec::new(),
        });
        if !need.is_empty() {
            // The meetings and hits depend on the search: finish it first, then export.
            pending.set(Some(kind));
            outcome.set(Some(Outcome::Searching));
            lib.load_shards(&need);
            return;
        }
        // (file text, file name, MIME type, outcome)
        let made: Result<(String, String, &'static str, Option<Outcome>), String> = lib.with_untracked(|l| {
            let view = l.timeline_view(&f);
            let rows = export::rows(&l.records, &view.timeline);
            match kind {
                Kind::Csv => Ok((
                    export::csv(&rows),
                    export::file_name(&f, "meetings", "csv"),
                    "text/csv;charset=utf-8",
                    None,
                )),
                Kind::Json => export::json(&rows)
                    .map(|text| {
                        (
                            text,
                            export::file_name(&f, "meetings", "json"),
                            "application/json;charset=utf-8",
                            None,
                        )
                    })
                    .map_err(|e| e.to_string()),
                Kind::Ics => {
                    let stamp = (js_sys::Date::now() / 1000.0).max(0.0) as u64;
                    let cal = export::ics(&rows, stamp, &page_address());
                    Ok((
                        cal.text,
                        export::file_name(&f, "meetings", "ics"),
                        "text/calendar;charset=utf-8",
                        Some(Outcome::Calendar {
                            left_out: cal.left_out,
                            no_year: cal.no_year,
                        }),
                    ))
                }
                Kind::HitsCsv => {
                    // Every result, ranked (the view ranks only those it lists).
                    let results = match l.results(&f, l.records.len()) {
                        Some(Ok(results)) => results,
                        _ => Default::default(),
                    };
                    Ok((
                        export::hits_csv(&l.records, &results),
                        export::file_name(&f, "search", "csv"),
                        "text/csv;charset=utf-8",
                        None,
                    ))
                }
            }
        });
        let next = match made {
            Ok((text, name, mime, shown)) => match download(&text, &name, mime) {
                Ok(()) => shown,
                Err(e) => Some(Outcome::Failed(e)),
            },
            Err(e) => Some(Outcome::Failed(e)),
        };
        outcome.set(next);
    };

    // Shards arrived (the library changed) or failed: finish the waiting export.
    Effect::new(move |_| {
        lib.with(|_| ());
        let failed = lib.shards.with(|s| s.failed.clone());
        let Some(kind) = pending.get_untracked() else { return };
        match failed {
            Some(e) => {
                pending.set(None);
                outcome.set(Some(Outcome::Failed(e)));
            }
            None => run(kind),
        }
    });

    let has_query = move || nav.filters.with(|f| !f.q().is_empty());
    let label = move |format: &str| format!("{} {format}", t.get().export_meetings_as);
    let notice = move || {
        let s = t.get();
        outcome.get().and_then(|o| match o {
            Outcome::Calendar { left_out, no_year } => (left_out > 0).then(|| {
                let words = if left_out == 1 {
                    s.export_left_out_one
                } else {
                    s.export_left_out
                };
                let detail = (no_year > 0).then(|| format!(" ({no_year} {})", s.export_no_year));
                view! {
                    <p class="hint" role="status" data-testid="ics-notice" data-left-out=left_out.to_string()>
                        {format!("{left_out} {words}")}{detail}
                    </p>
                }
                .into_any()
            }),
            Outcome::Searching => Some(
                view! { <p class="hint" role="status" data-testid="export-searching">{s.searching}</p> }.into_any(),
            ),
            Outcome::Failed(e) => Some(
                view! { <p class="hint bad" role="alert" data-testid="export-error">{s.export_failed}": "{e}</p> }
                    .into_any(),
            ),
        })
    };

    view! {
        <section class="import export" aria-labelledby="export-h">
            <h2 id="export-h">{move || t.get().export_heading}</h2>
            <p class="hint">{move || t.get().export_hint}</p>
            <div class="export-buttons">
                <button type="button" data-testid="export-csv" aria-label=move || label("CSV") on:click=move |_| run(Kind::Csv)>"CSV"</button>
                " "
                <button type="button" data-testid="export-json" aria-label=move || label("JSON") on:click=move |_| run(Kind::Json)>"JSON"</button>
                " "
                <button type="button" data-testid="export-ics" aria-label=move || label("ICS (iCalendar)") on:click=move |_| run(Kind::Ics)>"ICS"</button>
            </div>
            {move || has_query().then(|| view! {
                <p>
                    <button type="button" data-testid="export-hits-csv" on:click=move |_| run(Kind::HitsCsv)>{t.get().export_hits}</button>
                </p>
            })}
            <div aria-live="polite">{notice}</div>
        </section>
    }
}

/// The page's address without query or fragment (`https://host/sub/path/`), for the calendar's links.
fn page_address() -> String {
    let loc = window().location();
    match (loc.origin(), loc.pathname()) {
        (Ok(origin), Ok(path)) => format!("{origin}{path}"),
        _ => String::new(),
    }
}

/// Saves `text` as a file named `name`: a Blob, its object URL, and a click on a temporary `<a download>`.
fn download(text: &str, name: &str, mime: &str) -> Result<(), String> {
    let blob = gloo::file::Blob::new_with_options(text, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    let doc = document();
    let anchor = doc
        .create_element("a")
        .map_err(|_| "the page cannot create a download link".to_string())?;
    let _ = anchor.set_attribute("href", &url);
    let _ = anchor.set_attribute("download", name);
    let _ = anchor.set_attribute("hidden", "");
    let body = doc.body();
    if let Some(body) = &body {
        let _ = body.append_child(&anchor);
    }
    match anchor.dyn_ref::<web_sys::HtmlElement>() {
        Some(a) => a.click(),
        None => return Err("the download link cannot be clicked".to_string()),
    }
    anchor.remove();
    // Revoke the URL later: revoking at once can cancel the download in some browsers.
    gloo::timers::callback::Timeout::new(REVOKE_AFTER_MS, move || drop(url)).forget();
    Ok(())
}
