//! Imported articles kept in the browser (localStorage through gloo), one key per article, so a reload in the middle of an import keeps everything finished so far.

use crate::bundle::Record;
use crate::import::{decode_stored, encode_stored, key_is_current, store_key, ImportError, StoredArticle};
use gloo::storage::{LocalStorage, Storage};

/// What was found in storage at start.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The saved articles this version can read, in key order.
    pub records: Vec<Record>,
    /// Entries that could not be read (damaged), by key: left in place, never deleted silently.
    pub damaged: Vec<String>,
    /// Entries saved by another version of the app (left in place).
    pub other_version: usize,
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
            Some(false) => out.other_version += 1,
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

/// Forgets one article.
pub fn remove(article_id: &str) {
    let _ = LocalStorage::raw().remove_item(&store_key(article_id));
}
