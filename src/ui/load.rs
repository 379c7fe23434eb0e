//! Loading the corpus bundle from the site (a file next to `index.html`) into the core's `Bundle`, and the search index shards of a large corpus (`corpus.0.bin`, `corpus.1.bin`, … beside it) when a query needs them.

use crate::bundle::{Bundle, BundleError};
use std::fmt;

/// Where the bundle lives, relative to the page (works under any sub-path).
pub const BUNDLE_URL: &str = "corpus.bin";

/// Where search index shard `n` lives, relative to the page: the bundle's name with `.n` before `.bin`
/// (`counterparts ingest` writes them so).
pub fn shard_url(n: u16) -> String {
    format!("{}.{n}.bin", BUNDLE_URL.strip_suffix(".bin").unwrap_or(BUNDLE_URL))
}

/// Fetches the bytes of search index shard `n` (checked when added to the index).
pub async fn fetch_shard(n: u16) -> Result<Vec<u8>, String> {
    let url = shard_url(n);
    let resp = gloo::net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    if !resp.ok() {
        return Err(format!("the server answered {} for {url}", resp.status()));
    }
    resp.binary().await.map_err(|e| format!("{url}: {e}"))
}

/// Why the corpus could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The request failed (offline, blocked).
    Network(String),
    /// The server answered with an error status.
    Status(u16),
    /// The bytes arrived but are not a valid bundle.
    Bundle(BundleError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network(e) => write!(f, "the corpus could not be downloaded ({e})"),
            LoadError::Status(s) => write!(f, "the server answered {s} for {BUNDLE_URL}"),
            LoadError::Bundle(e) => e.fmt(f),
        }
    }
}

/// Fetches and decodes the bundle.
pub async fn fetch_bundle() -> Result<Bundle, LoadError> {
    let resp = gloo::net::http::Request::get(BUNDLE_URL)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !resp.ok() {
        return Err(LoadError::Status(resp.status()));
    }
    let bytes = resp.binary().await.map_err(|e| LoadError::Network(e.to_string()))?;
    Bundle::decode(&bytes).map_err(LoadError::Bundle)
}
