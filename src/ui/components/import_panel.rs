//! The import panel: pick or drop `.txt`/`.html` files; they are parsed, tagged and indexed by the import worker, saved in the browser and shown as local articles, with progress, cancel and a message per file.

use crate::bundle::Record;
use crate::filters::{ArticleRef, Filters, View};
use crate::import::{check_size, read_reply_record, ImportError, StoredSource};
use crate::ui::app::{use_library, use_strings, Lib};
use crate::ui::components::paged::Paged;
use crate::ui::store;
use crate::ui::url::{use_nav, Link};
use crate::ui::worker::ImportClient;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Records are added to the library in batches of this many, so a large import does not re-index per file.
const BATCH: usize = 25;

/// The longest the import loop runs without giving the page a turn, in milliseconds.
const YIELD_EVERY_MS: f64 = 50.0;

/// The outcome for one file, as shown in the panel.
#[derive(Debug, Clone, PartialEq)]
struct FileMessage {
    name: String,
    ok: bool,
    text: String,
}

/// Shared state of one import run.
#[derive(Clone, Copy)]
struct Run {
    progress: RwSignal<Option<(usize, usize)>>,
    messages: RwSignal<Vec<FileMessage>>,
    cancel: RwSignal<bool>,
}

/// The panel.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let lib = use_library();
    let t = use_strings();
    let nav = use_nav();
    let run = Run {
        progress: RwSignal::new(None),
        messages: RwSignal::new(Vec::new()),
        cancel: RwSignal::new(false),
    };
    let start = move |files: Vec<web_sys::File>| {
        if files.is_empty() || run.progress.get_untracked().is_some() {
            return;
        }
        leptos::task::spawn_local(import_files(files, lib, run));
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        start(file_list(input.files()));
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        start(file_list(ev.data_transfer().and_then(|d| d.files())));
    };
    let local = move || {
        lib.with(|l| {
            l.local_records()
                .iter()
                .map(|r| {
                    (
                        r.article.id.to_string(),
                        r.article.title.clone(),
                        r.article.language.code(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let remove = move |ids: Vec<String>| {
        for id in &ids {
            store::remove(id);
        }
        lib.update(|l| {
            l.remove_local(&ids);
        });
    };
    view! {
        <section class="import" aria-labelledby="import-h" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <h2 id="import-h">{move || t.get().import_heading}</h2>
            <label class="import-pick">
                <span>{move || t.get().import_pick}</span>
                <input type="file" multiple accept=".txt,.html,.htm,text/plain,text/html" data-testid="import" on:change=on_change />
            </label>
            <p class="hint">{move || t.get().import_drop}</p>
            {move || run.progress.get().map(|(done, total)| view! {
                <div class="import-progress" data-testid="import-progress">
                    <progress max=total value=done></progress>
                    <span>{done}" "{t.get().import_of}" "{total}</span>
                    <button type="button" data-testid="import-cancel" on:click=move |_| run.cancel.set(true)>{t.get().import_cancel}</button>
                </div>
            })}
            {move || {
                let (damaged, other) = lib.unread.get();
                let s = t.get();
                let notes: Vec<String> = [(damaged, s.storage_damaged), (other, s.storage_other_version)]
                    .into_iter()
                    .filter(|(n, _)| *n > 0)
                    .map(|(n, text)| format!("{text}: {n}"))
                    .collect();
                (!notes.is_empty()).then(|| view! {
                    <p class="hint bad" role="status" data-testid="storage-notice">{notes.join("; ")}</p>
                })
            }}
            <ul class="import-messages" aria-live="polite">
                // Keyed: a message added re-renders nothing else (a batch of 1,000 files stays linear).
                <For
                    each=move || run.messages.get().into_iter().enumerate()
                    key=|(i, m)| (*i, m.name.clone(), m.ok)
                    children=|(_, m)| view! {
                        <li data-testid="import-message" data-ok=m.ok.to_string() class:bad=!m.ok>
                            <span class="file">{m.name}</span>": "{m.text}
                        </li>
                    }
                />
            </ul>
            {move || {
                let items = local();
                (!items.is_empty()).then(|| {
                    let ids: Vec<String> = items.iter().map(|(id, _, _)| id.clone()).collect();
                    let base = Filters::default().with_ui(nav.filters.with_untracked(|f| f.ui()));
                    let total = items.len();
                    let items = StoredValue::new(items);
                    // A page at a time: a big import lists thousands, and the list is drawn
                    // again as each batch of files is stored.
                    let draw = move |range: std::ops::Range<usize>| {
                        let s = t.get_untracked();
                        items.with_value(|items| {
                            items.get(range).unwrap_or(&[]).iter().map(|(id, title, lang)| {
                                let to = ArticleRef::parse(id).map(|a| base.clone().with_view(View::Article).with_article(Some(a))).unwrap_or_else(|_| base.clone());
                                let rid = id.clone();
                                let label = format!("{} {title}", s.remove);
                                let (title, lang) = (title.clone(), *lang);
                                view! {
                                    <li data-testid="local-article" data-article=id.clone()>
                                        <Link to=to><span lang=lang>{title}</span></Link>
                                        " "
                                        <button type="button" class="small" aria-label=label on:click=move |_| remove(vec![rid.clone()])>
                                            {s.remove}
                                        </button>
                                    </li>
                                }
                            }).collect_view()
                        })
                    };
                    view! {
                        <h3>{t.get().local_articles}</h3>
                        <Paged total=total rows=draw class="local-list" testid="local-list" />
                        <button type="button" data-testid="remove-all" on:click=move |_| remove(ids.clone())>{t.get().remove_all}</button>
                    }
                })
            }}
        </section>
    }
}

/// The files of a file list.
fn file_list(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Imports files one by one through the worker; adds finished records to the library in batches.
async fn import_files(files: Vec<web_sys::File>, lib: Lib, run: Run) {
    let total = files.len();
    run.cancel.set(false);
    run.messages.set(Vec::new());
    run.progress.set(Some((0, total)));
    let mut client: Option<ImportClient> = None;
    let mut pending: Vec<Record> = Vec::new();
    let mut last_yield = js_sys::Date::now();
    for (done, file) in files.into_iter().enumerate() {
        let name = file.name();
        let outcome = if run.cancel.get_untracked() {
            Err(ImportError::Cancelled)
        } else {
            import_one(&file, &mut client, lib, &pending).await
        };
        let message = match outcome {
            Ok((record, saved)) => {
                let text = match saved {
                    Ok(()) => format!("{} ({})", record.article.title, record.article.language.code()),
                    Err(e) => e.to_string(),
                };
                pending.push(record);
                FileMessage { name, ok: true, text }
            }
            Err(e) => FileMessage {
                name,
                ok: false,
                text: e.to_string(),
            },
        };
        run.messages.update(|m| m.push(message));
        run.progress.set(Some((done + 1, total)));
        if pending.len() >= BATCH {
            let batch = std::mem::take(&mut pending);
            lib.update(|l| {
                l.add_local(batch);
            });
        }
        // Waiting for the worker already lets the page paint and take input; a file refused
        // without it (too big, unreadable) yields here now and then, so a long run of them cannot
        // hold the page.
        if js_sys::Date::now() - last_yield > YIELD_EVERY_MS {
            gloo::timers::future::TimeoutFuture::new(0).await;
            last_yield = js_sys::Date::now();
        }
    }
    if !pending.is_empty() {
        lib.update(|l| {
            l.add_local(pending);
        });
    }
    run.progress.set(None);
}

/// Reads, processes and saves one file. The record comes back with whether it could be saved.
async fn import_one(
    file: &web_sys::File,
    client: &mut Option<ImportClient>,
    lib: Lib,
    pending: &[Record],
) -> Result<(Record, Result<(), ImportError>), ImportError> {
    check_size(file.size() as u64)?;
    let blob = gloo::file::Blob::from(file.clone());
    let bytes = gloo::file::futures::read_as_bytes(&blob)
        .await
        .map_err(|e| ImportError::Read(e.to_string()))?;
    let worker = match client {
        Some(c) => c,
        None => client.insert(ImportClient::start().await?),
    };
    let source = bytes.clone();
    let reply = match worker.process(file.name(), bytes).await {
        Ok(reply) => reply,
        Err(e) => {
            // A broken worker is replaced for the next file.
            *client = None;
            return Err(e);
        }
    };
    let record = read_reply_record(&reply.outcome.map_err(ImportError::Parse)?.0)?;
    let id = record.article.id.to_string();
    let duplicate =
        lib.with_untracked(|l| l.record(&id).is_some()) || pending.iter().any(|r| r.article.id == record.article.id);
    if duplicate {
        return Err(ImportError::Duplicate);
    }
    let saved = store::save(&record);
    if saved.is_ok() {
        // The file too, so a later version of the app can process it again. Without room for it the
        // article is still saved; only that later step would be lost.
        if let Err(e) = store::save_source(
            &id,
            &StoredSource {
                name: file.name(),
                bytes: source,
            },
        ) {
            web_sys::console::warn_1(&format!("{}: source not saved: {e}", file.name()).into());
        }
    }
    Ok((record, saved))
}

/// Processes again, from their saved files, the articles an earlier version of the app saved in a format
/// this one cannot read; saves them in this version's format and forgets the old entries. Entries without
/// a readable file stay where they are and are counted in the import panel.
pub async fn reprocess_saved(entries: Vec<(String, String)>, lib: Lib) {
    let mut client: Option<ImportClient> = None;
    let mut done: Vec<Record> = Vec::new();
    let mut left = 0usize;
    for (key, old_id) in entries {
        let Some(source) = store::source(&old_id) else {
            left += 1;
            continue;
        };
        let worker = match &mut client {
            Some(c) => c,
            None => match ImportClient::start().await {
                Ok(c) => client.insert(c),
                Err(_) => {
                    left += 1;
                    continue;
                }
            },
        };
        let record = match worker.process(source.name.clone(), source.bytes.clone()).await {
            Ok(reply) => reply
                .outcome
                .map_err(ImportError::Parse)
                .and_then(|r| read_reply_record(&r.0)),
            Err(e) => Err(e),
        };
        let Ok(record) = record else {
            client = None;
            left += 1;
            continue;
        };
        let id = record.article.id.to_string();
        if store::save(&record).is_err() || store::save_source(&id, &source).is_err() {
            left += 1;
            continue;
        }
        store::forget(&key);
        if id != old_id {
            store::forget(&crate::import::source_key(&old_id));
        }
        done.push(record);
    }
    if !done.is_empty() {
        lib.update(|l| {
            l.add_local(done);
        });
    }
    lib.unread.update(|u| u.1 = left);
}
