//! Imported articles kept in the browser (localStorage through gloo), one key per article, so a reload in the middle of an import keeps everything finished so far.

use crate::bundle::Record;
use crate::import::{
    article_id_of_key, decode_source, decode_stored, encode_source, encode_stored, key_is_current, source_key,
    store_key, ImportError, StoredArticle, StoredSource,
};
use gloo::storage::{LocalStorage, Storage};

/// What was found in storage at start.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The saved articles this version can read, in key order.
    pub records: Vec<Record>,
    /// Entries that could not be read (damaged), by key: left in place, never deleted silently.
    pub damaged: Vec<String>,
    /// Entries saved by another version of the app, as (key, article id): left in place until the article
    /// is processed again from its saved source.
    pub other_version: Vec<(String, String)>,
}

/// Reads every saved article.
pub fn load() -> Loaded {
    let mut out = Loaded::default();
    let storage = LocalStorage::raw();
    let len = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..len).filter_map(|i| storage.key(i).ok().flatten()).collect();
    keys.sort();
    for key in keys {
        match key_is_current(&key) {
            Some(true) => match storage.get_item(&key).ok().flatten().map(|t| decode_stored(&t)) {
                Some(Ok(stored)) => out.records.push(stored.record),
                _ => out.damaged.push(key),
            },
            Some(false) => {
                if let Some(id) = article_id_of_key(&key) {
                    let id = id.to_string();
                    out.other_version.push((key, id));
                }
            }
            None => {}
        }
    }
    out
}

/// Saves one article.
pub fn save(record: &Record) -> Result<(), ImportError> {
    let text = encode_stored(&StoredArticle { record: record.clone() })?;
    LocalStorage::raw()
        .set_item(&store_key(record.article.id.as_str()), &text)
        .map_err(|_| ImportError::Storage("the browser's storage is full or disabled".into()))
}

/// Saves the file an article came from, so a later version can process it again.
pub fn save_source(article_id: &str, source: &StoredSource) -> Result<(), ImportError> {
    let text = encode_source(source)?;
    LocalStorage::raw()
        .set_item(&source_key(article_id), &text)
        .map_err(|_| ImportError::Storage("the browser's storage is full or disabled".into()))
}

/// The saved file of an article, when there is a readable one.
pub fn source(article_id: &str) -> Option<StoredSource> {
    let text = LocalStorage::raw().get_item(&source_key(article_id)).ok().flatten()?;
    decode_source(&text).ok()
}

/// Forgets one article and its file.
pub fn remove(article_id: &str) {
    let storage = LocalStorage::raw();
    let _ = storage.remove_item(&store_key(article_id));
    let _ = storage.remove_item(&source_key(article_id));
}

/// Forgets one storage entry by key (an article saved by another version, once processed again).
pub fn forget(key: &str) {
    let _ = LocalStorage::raw().remove_item(key);
}
