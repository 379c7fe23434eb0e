//! The built site's lock-down: the Content Security Policy, with a hash for each inline script of `index.html`, written into the page as a `<meta>` and as a `_headers` file for static hosts.
//!
//! Trunk writes one small inline module script (the wasm loader). A strict
//! policy allows it by its SHA-256 hash, so no `unsafe-inline` is needed.

use sha2::{Digest, Sha256};
use std::fmt;

/// The policy's fixed part: everything from the site's own origin, wasm compiled
/// with `wasm-unsafe-eval` (never `unsafe-eval`), no plugins, no `<base>`, no forms.
pub const BASE_POLICY: &[(&str, &str)] = &[
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("manifest-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'none'"),
    ("form-action", "'none'"),
];

/// Directives that only work as an HTTP header, never in a `<meta>`.
pub const HEADER_ONLY: &[(&str, &str)] = &[("frame-ancestors", "'none'")];

/// Why a page could not be sealed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SealError {
    /// The page has no `<head>` to put the policy in.
    NoHead,
    /// The page already carries a policy (sealing twice would stack them).
    AlreadySealed,
}

impl fmt::Display for SealError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SealError::NoHead => f.write_str("the page has no <head> element to hold the security policy"),
            SealError::AlreadySealed => f.write_str("the page already has a Content-Security-Policy meta tag"),
        }
    }
}

impl std::error::Error for SealError {}

/// The CSP source for an inline script's text: `'sha256-…'`.
pub fn script_hash(script: &str) -> String {
    format!(
        "'sha256-{}'",
        crate::codec::base64_encode(&Sha256::digest(script.as_bytes()))
    )
}

/// The text of every inline `<script>` (one without `src`) in `html`, exactly as the browser hashes it.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let lower = html.to_ascii_lowercase();
    let mut at = 0;
    while let Some(open) = lower.get(at..).and_then(|s| s.find("<script")).map(|i| i + at) {
        let Some(tag_end) = lower.get(open..).and_then(|s| s.find('>')).map(|i| i + open) else {
            break;
        };
        let Some(close) = lower
            .get(tag_end..)
            .and_then(|s| s.find("</script"))
            .map(|i| i + tag_end)
        else {
            break;
        };
        let tag = &lower[open..tag_end];
        if !tag.contains(" src=") {
            if let Some(body) = html.get(tag_end + 1..close) {
                out.push(body);
            }
        }
        at = close + 1;
    }
    out
}

/// The full policy for a page: the fixed part plus the hashes of its inline scripts.
pub fn policy(html: &str, for_header: bool) -> String {
    let hashes: Vec<String> = inline_scripts(html).into_iter().map(script_hash).collect();
    let mut parts: Vec<String> = BASE_POLICY
        .iter()
        .map(|(k, v)| {
            if *k == "script-src" && !hashes.is_empty() {
                format!("{k} {v} {}", hashes.join(" "))
            } else {
                format!("{k} {v}")
            }
        })
        .collect();
    if for_header {
        parts.extend(HEADER_ONLY.iter().map(|(k, v)| format!("{k} {v}")));
    }
    parts.join("; ")
}

/// Returns `html` with the policy as the first element of `<head>` (before any script runs).
pub fn seal(html: &str) -> Result<String, SealError> {
    let lower = html.to_ascii_lowercase();
    if lower.contains("http-equiv=\"content-security-policy\"") {
        return Err(SealError::AlreadySealed);
    }
    let head = lower.find("<head").ok_or(SealError::NoHead)?;
    let insert = lower
        .get(head..)
        .and_then(|s| s.find('>'))
        .map(|i| head + i + 1)
        .ok_or(SealError::NoHead)?;
    let meta = format!(
        "\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
        policy(html, false)
    );
    let mut out = String::with_capacity(html.len() + meta.len());
    out.push_str(&html[..insert]);
    out.push_str(&meta);
    out.push_str(&html[insert..]);
    Ok(out)
}

/// The `_headers` file (Netlify, Cloudflare Pages) with the same policy and related headers.
pub fn headers_file(html: &str) -> String {
    format!(
        "/*\n  Content-Security-Policy: {}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  Permissions-Policy: camera=(), microphone=(), geolocation=()\n",
        policy(html, true)
    )
}

/// The service worker's file name, next to `index.html`.
pub const SERVICE_WORKER: &str = "sw.js";

/// The offline service worker for a built site: it precaches `files` (paths relative to the
/// site's folder) under a cache named after `version`, answers page loads and the corpus
/// network-first (a new build is picked up on the next visit) with the cache as fallback
/// offline, and everything else cache-first. Old caches are deleted on activation.
pub fn service_worker(files: &[String], version: &str) -> String {
    let list: Vec<String> = files
        .iter()
        .map(|f| format!("\"./{}\"", f.replace('\\', "/").replace('"', "")))
        .collect();
    format!(
        r#"// Counterparts offline service worker, generated by `counterparts seal` at build time. Do not edit.
const CACHE = "counterparts-{version}";
const PRECACHE = ["./", {files}];
const FRESH = (url) => url.pathname.endsWith("/") || url.pathname.endsWith("/index.html") || url.pathname.endsWith("/corpus.bin");

self.addEventListener("install", (event) => {{
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)).then(() => self.skipWaiting()));
}});

self.addEventListener("activate", (event) => {{
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("counterparts-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
}});

self.addEventListener("fetch", (event) => {{
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) return;
  if (req.mode === "navigate" || FRESH(url)) {{
    // Network first, so a new build shows on the next visit; the cache when offline.
    event.respondWith(
      fetch(req)
        .then((res) => {{
          if (res.ok) {{ const copy = res.clone(); caches.open(CACHE).then((c) => c.put(req.mode === "navigate" ? "./" : req, copy)); }}
          return res;
        }})
        .catch(() => caches.match(req.mode === "navigate" ? "./" : req, {{ ignoreSearch: true }}))
    );
    return;
  }}
  event.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
}});
"#,
        version = version,
        files = list.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><html><head><meta charset=\"utf-8\">\n<script type=\"module\">\nimport init from './app.js';\nawait init();\n</script>\n<script src=\"x.js\"></script></head><body></body></html>";

    #[test]
    fn service_worker_precaches_the_site_under_a_versioned_cache() {
        let sw = service_worker(
            &["index.html".into(), "app-1a2b.wasm".into(), "corpus.bin".into()],
            "v42",
        );
        assert!(sw.contains(r#"const CACHE = "counterparts-v42";"#));
        assert!(sw.contains(r#"const PRECACHE = ["./", "./index.html", "./app-1a2b.wasm", "./corpus.bin"];"#));
        assert!(sw.contains("self.skipWaiting()") && sw.contains("self.clients.claim()"));
        // A quote in a file name cannot break out of the string.
        assert!(!service_worker(&["a\"b.js".into()], "v").contains("a\"b"));
    }

    #[test]
    fn hashes_the_inline_script_only() {
        let scripts = inline_scripts(PAGE);
        assert_eq!(scripts, ["\nimport init from './app.js';\nawait init();\n"]);
        // sha256 of "alert(1)" is well known.
        assert_eq!(
            script_hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn sealed_page_carries_a_strict_policy_first_in_head() {
        let sealed = seal(PAGE).unwrap();
        let meta_at = sealed.find("Content-Security-Policy").unwrap();
        assert!(meta_at < sealed.find("<script").unwrap());
        let p = policy(PAGE, false);
        for needle in [
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
        ] {
            assert!(p.contains(needle), "{needle} in {p}");
        }
        for banned in ["unsafe-inline", "'unsafe-eval'", "frame-ancestors"] {
            assert!(!p.contains(banned), "{banned} in {p}");
        }
        assert!(headers_file(PAGE).contains("frame-ancestors 'none'"));
        assert_eq!(seal(&sealed), Err(SealError::AlreadySealed));
        assert_eq!(seal("<html><body></body></html>"), Err(SealError::NoHead));
    }
}
