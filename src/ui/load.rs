//! Loading the corpus bundle from the site (a file next to `index.html`) into the core's `Bundle`.

use crate::bundle::{Bundle, BundleError};
use std::fmt;

/// Where the bundle lives, relative to the page (works under any sub-path).
pub const BUNDLE_URL: &str = "corpus.bin";

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
