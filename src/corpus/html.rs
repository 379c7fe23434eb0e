//! HTML to text blocks: a small linear tokenizer that keeps the article's text and drops markup, scripts, styles and page chrome; entities decoded.
//!
//! Nothing is executed or kept as markup. Block elements (`p`, `div`, `li`,
//! `h1`...) become lines; `figcaption` lines are marked as captions; `nav`,
//! `aside`, `footer`, forms and elements whose class or id names share
//! buttons, menus or related-news boxes are cut and recorded. When the page
//! has an `<article>` or `<main>` element (or `itemprop="articleBody"`) with
//! real text, only its lines are the story; the rest is page chrome.

use super::mapped::{Builder, Mapped};
use super::{RemovalReason, Removed};

/// What kind of line a block of the page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Ordinary text.
    Text,
    /// A heading (`h1`..`h6`).
    Heading,
    /// A photo caption (`figcaption`).
    Caption,
}

/// One line of text with its raw mapping.
#[derive(Debug, Clone)]
pub struct Block {
    /// The text (not yet cleaned).
    pub text: Mapped,
    /// Its kind.
    pub kind: BlockKind,
}

/// What the HTML extractor found.
#[derive(Debug, Default)]
pub struct HtmlDoc {
    /// Lines of text, in page order.
    pub blocks: Vec<Block>,
    /// The headline: the first `h1`, else `og:title`, else `<title>` without its site suffix.
    pub title: Option<String>,
    /// Page parts that were cut (scripts, styles, navigation).
    pub removed: Vec<Removed>,
}

/// The longest text kept per cut navigation element, in bytes.
const MAX_REMOVED_TEXT: usize = 2000;

/// Tags whose presence marks a page as HTML (lower case).
const HTML_SIGNS: &[&str] = &[
    "<html",
    "<body",
    "<p>",
    "<p ",
    "</p>",
    "<div",
    "<br",
    "<span",
    "<script",
    "<!doctype",
    "<a href",
    "<h1",
    "<article",
];

/// True when the text looks like an HTML page: it starts with markup, and that is a doctype,
/// `<html>`, or the start of several common tags near the start. A text that starts with
/// words is plain text even when it quotes tags (an article about `<script>` injection).
pub fn looks_like_html(raw: &str) -> bool {
    let head = raw.get(..raw.len().min(64 * 1024)).unwrap_or_else(|| {
        let mut end = raw.len().min(64 * 1024);
        while !raw.is_char_boundary(end) {
            end -= 1;
        }
        &raw[..end]
    });
    let trimmed = head.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    let lower_start: String = trimmed.chars().take(15).flat_map(char::to_lowercase).collect();
    if lower_start.starts_with("<!doctype html") || lower_start.starts_with("<html") {
        return true;
    }
    if !trimmed.starts_with('<') {
        return false;
    }
    let lower = head.to_ascii_lowercase();
    HTML_SIGNS
        .iter()
        .map(|t| lower.matches(t).take(3).count())
        .sum::<usize>()
        >= 3
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
];
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
];
/// Elements whose content is not text at all.
const RAW_TEXT: &[&str] = &["script", "style", "template", "textarea", "title", "noscript", "xmp"];
/// Elements whose text is page chrome, not story.
const CHROME: &[&str] = &[
    "nav", "aside", "footer", "form", "button", "select", "svg", "iframe", "menu", "object",
];
/// Words in a class or id that mark page chrome (share bars, menus, related lists, comments, ads).
const CHROME_CLASS_WORDS: &[&str] = &[
    "share",
    "social",
    "related",
    "comment",
    "breadcrumb",
    "menu",
    "navbar",
    "sidebar",
    "footer",
    "advert",
    "banner",
    "tags",
    "newsletter",
    "popular",
    "most-read",
    "mostread",
    "readmore",
    "read-more",
    "see-more",
    "seemore",
    "widget",
];

/// Parsed start or end tag.
struct Tag<'a> {
    name: String,
    closing: bool,
    self_closing: bool,
    attrs: &'a str,
    /// Offset just past the `>`.
    end: usize,
}

/// Reads the tag starting at `at` (a `<`); `None` when it is not a tag (a lone `<` in text).
fn read_tag(raw: &str, at: usize) -> Option<Tag<'_>> {
    let bytes = raw.as_bytes();
    let mut i = at + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while bytes
        .get(i)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':')
    {
        i += 1;
    }
    if i == name_start || !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let name = raw.get(name_start..i)?.to_ascii_lowercase();
    let attrs_start = i;
    let mut quote: Option<u8> = None;
    while let Some(&b) = bytes.get(i) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => break,
            None => {}
        }
        i += 1;
    }
    let attrs = raw.get(attrs_start..i.min(raw.len())).unwrap_or("");
    let self_closing = attrs.trim_end().ends_with('/');
    Some(Tag {
        name,
        closing,
        self_closing,
        attrs,
        end: (i + 1).min(raw.len()),
    })
}

/// The value of attribute `name` in an attribute string (entities not decoded).
fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower.get(from..).and_then(|s| s.find(name)) {
        let at = from + pos;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes().get(at - 1).is_some_and(|b| b.is_ascii_whitespace());
        let rest = attrs.get(at + name.len()..)?.trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let rest = rest.get(1..)?.trim_start();
        return Some(match rest.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let body = rest.get(1..)?;
                body.get(..body.find(q).unwrap_or(body.len()))?
            }
            _ => rest
                .get(..rest.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(rest.len()))
                .unwrap_or(""),
        });
    }
    None
}

/// True when a class or id names page chrome.
fn is_chrome_attr(attrs: &str) -> bool {
    let mut names = String::new();
    for a in ["class", "id", "role"] {
        if let Some(v) = attr(attrs, a) {
            names.push(' ');
            names.push_str(&v.to_ascii_lowercase());
        }
    }
    if names.split_whitespace().any(|w| w == "navigation") {
        return true;
    }
    names.split(|c: char| c.is_whitespace() || c == '_').any(|w| {
        CHROME_CLASS_WORDS
            .iter()
            .any(|k| w == *k || w.split('-').any(|p| p == *k))
    })
}

/// Finds the closing `</name` of a raw-text element, case-insensitively; returns (content end, after `>`).
fn find_raw_close(raw: &str, from: usize, name: &str) -> (usize, usize) {
    let bytes = raw.as_bytes();
    let mut i = from;
    while let Some(pos) = raw.get(i..).and_then(|s| s.find("</")) {
        let at = i + pos;
        let cand = bytes.get(at + 2..at + 2 + name.len());
        if cand.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            let end = raw
                .get(at..)
                .and_then(|s| s.find('>'))
                .map_or(raw.len(), |p| at + p + 1);
            return (at, end);
        }
        i = at + 2;
    }
    (raw.len(), raw.len())
}

/// The Latin-1 named entities, in code point order from U+00A0.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not", "shy",
    "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1", "ordm",
    "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig",
    "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve",
    "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
    "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc",
    "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml",
    "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
];

/// Other common named entities.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("hellip", '…'),
    ("bull", '•'),
    ("euro", '€'),
    ("trade", '™'),
    ("dagger", '†'),
    ("Dagger", '‡'),
    ("permil", '‰'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("OElig", 'Œ'),
    ("oelig", 'œ'),
    ("Scaron", 'Š'),
    ("scaron", 'š'),
    ("Yuml", 'Ÿ'),
    ("fnof", 'ƒ'),
    ("circ", 'ˆ'),
    ("tilde", '˜'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("lrm", '\u{200E}'),
    ("rlm", '\u{200F}'),
    ("prime", '′'),
    ("Prime", '″'),
    ("minus", '−'),
    ("larr", '←'),
    ("rarr", '→'),
];

/// Decodes the character reference starting at `at` (a `&`): the text and the offset just past it.
pub fn decode_entity(raw: &str, at: usize) -> Option<(char, usize)> {
    let rest = raw.get(at + 1..)?;
    let semi = rest.bytes().take(33).position(|b| b == b';')?;
    let name = rest.get(..semi)?;
    let end = at + 1 + semi + 1;
    if let Some(num) = name.strip_prefix('#') {
        let value = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        let c = match value {
            0x80..=0x9F => u8::try_from(value).ok().map(|b| {
                // Pages often mean Windows-1252 by these numbers.
                super::decode::decode(&[b])
                    .ok()
                    .and_then(|s| s.chars().next())
                    .unwrap_or('\u{FFFD}')
            })?,
            _ => char::from_u32(value).filter(|&c| c != '\0').unwrap_or('\u{FFFD}'),
        };
        return Some((c, end));
    }
    if let Some(i) = LATIN1.iter().position(|n| *n == name) {
        return char::from_u32(0xA0 + u32::try_from(i).ok()?).map(|c| (c, end));
    }
    NAMED.iter().find(|(n, _)| *n == name).map(|&(_, c)| (c, end))
}

/// Decodes entities in a short attribute or title string (no mapping needed).
pub fn decode_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(pos) = s.get(i..).and_then(|t| t.find('&')) {
        out.push_str(s.get(i..i + pos).unwrap_or(""));
        let at = i + pos;
        match decode_entity(s, at) {
            Some((c, end)) => {
                out.push(c);
                i = end;
            }
            None => {
                out.push('&');
                i = at + 1;
            }
        }
    }
    out.push_str(s.get(i..).unwrap_or(""));
    out
}

/// An element being skipped (chrome), with how deep its own tag is nested.
struct Skip {
    name: String,
    depth: usize,
    text: String,
}

/// The extractor's state while walking the page.
struct Walker<'a> {
    raw: &'a str,
    line: Builder,
    line_end: usize,
    line_kind: BlockKind,
    line_in_article: bool,
    caption_depth: usize,
    heading_depth: usize,
    article_depth: usize,
    /// Tag names of open `article`/`main`/articleBody elements, to know when they close.
    article_stack: Vec<(String, usize)>,
    open_counts: std::collections::HashMap<String, usize>,
    skip: Option<Skip>,
    blocks: Vec<(Block, bool)>,
    h1: Option<String>,
    in_h1: bool,
    h1_text: String,
    og_title: Option<String>,
    title: Option<String>,
    removed: Vec<Removed>,
    markup: Vec<(String, usize, usize)>,
}

impl Walker<'_> {
    fn flush(&mut self) {
        let line = std::mem::take(&mut self.line);
        if line.text().trim().is_empty() {
            self.line_kind = BlockKind::Text;
            return;
        }
        let mapped = line.finish(self.line_end);
        self.blocks.push((
            Block {
                text: mapped,
                kind: self.line_kind,
            },
            self.line_in_article,
        ));
        self.line_kind = BlockKind::Text;
    }

    fn text(&mut self, start: usize, end: usize) {
        let raw = self.raw;
        let Some(s) = raw.get(start..end) else {
            return;
        };
        if let Some(skip) = self.skip.as_mut() {
            if skip.text.len() < MAX_REMOVED_TEXT {
                skip.text.push_str(&decode_text(s));
                skip.text.push(' ');
            }
            return;
        }
        if self.in_h1 {
            self.h1_text.push_str(&decode_text(s));
        }
        if self.line.is_empty() {
            if s.trim().is_empty() {
                return;
            }
            self.line_in_article = self.article_depth > 0;
            if self.caption_depth > 0 {
                self.line_kind = BlockKind::Caption;
            } else if self.heading_depth > 0 {
                self.line_kind = BlockKind::Heading;
            }
        }
        let mut i = 0;
        while let Some(pos) = s.get(i..).and_then(|t| t.find('&')) {
            let at = i + pos;
            self.line.push_copy(s.get(i..at).unwrap_or(""), start + i);
            match decode_entity(raw, start + at) {
                Some((c, e)) if e <= end => {
                    let mut buf = [0u8; 4];
                    self.line.push_replaced(c.encode_utf8(&mut buf), start + at, e);
                    i = e - start;
                }
                _ => {
                    self.line.push_copy("&", start + at);
                    i = at + 1;
                }
            }
        }
        self.line.push_copy(s.get(i..).unwrap_or(""), start + i);
        self.line_end = end;
    }

    fn open(&mut self, tag: &Tag<'_>) {
        let name = tag.name.as_str();
        if let Some(skip) = self.skip.as_mut() {
            if skip.name == name && !tag.self_closing {
                skip.depth += 1;
            }
            return;
        }
        if BLOCK.contains(&name) {
            self.flush();
        }
        if VOID.contains(&name) || tag.self_closing {
            if name == "meta" {
                let prop = attr(tag.attrs, "property").or_else(|| attr(tag.attrs, "name"));
                if prop.is_some_and(|p| p.eq_ignore_ascii_case("og:title")) {
                    self.og_title = attr(tag.attrs, "content").map(|v| decode_text(&strip_markup(v)));
                }
            }
            return;
        }
        let header_outside = name == "header" && self.article_depth == 0;
        if CHROME.contains(&name) || header_outside || (name != "body" && name != "html" && is_chrome_attr(tag.attrs)) {
            self.skip = Some(Skip {
                name: name.to_string(),
                depth: 1,
                text: String::new(),
            });
            return;
        }
        *self.open_counts.entry(name.to_string()).or_insert(0) += 1;
        let is_article = matches!(name, "article" | "main")
            || attr(tag.attrs, "itemprop").is_some_and(|v| v.eq_ignore_ascii_case("articleBody"));
        if is_article {
            self.article_depth += 1;
            let depth = self.open_counts.get(name).copied().unwrap_or(1);
            self.article_stack.push((name.to_string(), depth));
        }
        match name {
            "figcaption" => self.caption_depth += 1,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.heading_depth += 1;
                if name == "h1" && self.h1.is_none() {
                    self.in_h1 = true;
                    self.h1_text.clear();
                }
            }
            _ => {}
        }
    }

    fn close(&mut self, tag: &Tag<'_>) {
        let name = tag.name.as_str();
        if let Some(skip) = self.skip.as_mut() {
            if skip.name == name {
                skip.depth -= 1;
                if skip.depth == 0 {
                    let text = skip.text.split_whitespace().collect::<Vec<_>>().join(" ");
                    if !text.is_empty() {
                        self.removed.push(Removed {
                            reason: RemovalReason::Navigation,
                            text,
                        });
                    }
                    self.skip = None;
                }
            }
            return;
        }
        if BLOCK.contains(&name) {
            self.flush();
        }
        let count = self.open_counts.entry(name.to_string()).or_insert(0);
        let depth_before = *count;
        *count = count.saturating_sub(1);
        if self
            .article_stack
            .last()
            .is_some_and(|(n, d)| n == name && *d == depth_before)
        {
            self.article_stack.pop();
            self.article_depth = self.article_depth.saturating_sub(1);
        }
        match name {
            "figcaption" => self.caption_depth = self.caption_depth.saturating_sub(1),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.heading_depth = self.heading_depth.saturating_sub(1);
                if name == "h1" && self.in_h1 {
                    self.in_h1 = false;
                    let t = self.h1_text.split_whitespace().collect::<Vec<_>>().join(" ");
                    if !t.is_empty() {
                        self.h1 = Some(t);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The text of a title written with markup inside (`<title>` and `og:title` take no
/// elements, but hostile or broken pages put tags there): tags and comments dropped, the
/// contents of scripts and styles dropped, everything else (entities too) left as written.
/// Markup written as entities (`&lt;b&gt;`) is text and stays. Linear in the input.
fn strip_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(pos) = s.get(i..).and_then(|t| t.find('<')) {
        let at = i + pos;
        out.push_str(s.get(i..at).unwrap_or(""));
        let rest = s.get(at..).unwrap_or("");
        i = if rest.starts_with("<!--") {
            rest.find("-->").map_or(s.len(), |p| at + p + 3)
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            rest.find('>').map_or(s.len(), |p| at + p + 1)
        } else if let Some(tag) = read_tag(s, at) {
            // Block tags end a word, as on the page; inline ones (`Viet<i>nam</i>`) do not.
            if BLOCK.contains(&tag.name.as_str()) {
                out.push(' ');
            }
            if !tag.closing && !tag.self_closing && RAW_TEXT.contains(&tag.name.as_str()) {
                find_raw_close(s, tag.end, &tag.name).1
            } else {
                tag.end
            }
        } else {
            out.push('<');
            at + 1
        };
    }
    out.push_str(s.get(i..).unwrap_or(""));
    out
}

/// Strips a site name from a `<title>`: "Headline | Site" → "Headline".
fn strip_site_suffix(title: &str) -> String {
    let mut best = title.trim();
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some(pos) = best.rfind(sep) {
            let head = best.get(..pos).unwrap_or(best).trim();
            if head.split_whitespace().count() >= 3 {
                best = head;
            }
        }
    }
    best.to_string()
}

/// Extracts the text blocks of an HTML page.
pub fn extract(raw: &str) -> HtmlDoc {
    let mut w = Walker {
        raw,
        line: Builder::new(),
        line_end: 0,
        line_kind: BlockKind::Text,
        line_in_article: false,
        caption_depth: 0,
        heading_depth: 0,
        article_depth: 0,
        article_stack: Vec::new(),
        open_counts: std::collections::HashMap::new(),
        skip: None,
        blocks: Vec::new(),
        h1: None,
        in_h1: false,
        h1_text: String::new(),
        og_title: None,
        title: None,
        removed: Vec::new(),
        markup: Vec::new(),
    };
    let bytes = raw.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while let Some(pos) = raw.get(i..).and_then(|s| s.find('<')) {
        let at = i + pos;
        let rest = raw.get(at..).unwrap_or("");
        let next_i;
        if rest.starts_with("<!--") {
            w.text(text_start, at);
            next_i = rest.find("-->").map_or(raw.len(), |p| at + p + 3);
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            w.text(text_start, at);
            next_i = rest.find('>').map_or(raw.len(), |p| at + p + 1);
        } else if let Some(tag) = read_tag(raw, at) {
            w.text(text_start, at);
            if tag.closing {
                w.close(&tag);
                next_i = tag.end;
            } else if RAW_TEXT.contains(&tag.name.as_str()) && !tag.self_closing {
                let (content_end, after) = find_raw_close(raw, tag.end, &tag.name);
                let content = raw.get(tag.end..content_end).unwrap_or("");
                if tag.name == "title" {
                    w.title = Some(
                        decode_text(&strip_markup(content))
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" "),
                    );
                } else {
                    match w.markup.iter_mut().find(|(n, _, _)| *n == tag.name) {
                        Some((_, count, size)) => {
                            *count += 1;
                            *size += content.len();
                        }
                        None => w.markup.push((tag.name.clone(), 1, content.len())),
                    }
                }
                next_i = after;
            } else {
                w.open(&tag);
                next_i = tag.end;
            }
        } else {
            // A lone '<' is text.
            i = at + 1;
            continue;
        }
        i = next_i.max(at + 1);
        text_start = i;
        if i >= bytes.len() {
            break;
        }
    }
    w.text(text_start.min(raw.len()), raw.len());
    w.flush();
    let mut removed = std::mem::take(&mut w.removed);
    for (name, count, size) in &w.markup {
        removed.push(Removed {
            reason: RemovalReason::Markup,
            text: format!("{count} <{name}> element(s), {size} bytes, not text"),
        });
    }
    // Prefer the article element's lines when it has real text.
    let article_chars: usize = w
        .blocks
        .iter()
        .filter(|(_, inside)| *inside)
        .map(|(b, _)| b.text.text.len())
        .sum();
    let mut blocks = Vec::with_capacity(w.blocks.len());
    for (block, inside) in w.blocks {
        if article_chars >= 200 && !inside {
            let text = block.text.text.split_whitespace().collect::<Vec<_>>().join(" ");
            removed.push(Removed {
                reason: RemovalReason::Navigation,
                text,
            });
        } else {
            blocks.push(block);
        }
    }
    let title =
        w.h1.or(w.og_title.filter(|t| !t.trim().is_empty()))
            .or_else(|| w.title.as_deref().map(strip_site_suffix))
            .filter(|t| !t.trim().is_empty());
    HtmlDoc { blocks, title, removed }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_html() {
        let rows: &[(&str, bool)] = &[
            ("<!DOCTYPE html><html><body><p>x</p></body></html>", true),
            ("  <html lang=\"vi\">", true),
            ("<div class=a><p>One</p><p>Two</p></div>", true),
            ("Hanoi (VNA) – Police seized 5 < 10 kg of drugs", false),
            ("The <b> tag is bold", false),
            (
                "Hackers hide <script> tags\nThey send <script>alert(1)</script> and <a href=\"javascript:x\">links</a>",
                false,
            ),
            ("\u{FEFF}\n <p>One</p><p>Two</p><br>", true),
        ];
        for (input, want) in rows {
            assert_eq!(looks_like_html(input), *want, "{input}");
        }
    }

    #[test]
    fn titles_drop_markup_but_keep_escaped_text() {
        let rows: &[(&str, &str, &str)] = &[
            ("plain", "Police meet in Hanoi", "Police meet in Hanoi"),
            ("script element", "<script>alert(1)</script>Police meet", "Police meet"),
            (
                "img with handler",
                "Police <img src=x onerror=alert(2)>meet",
                "Police meet",
            ),
            ("inline tags join", "Viet<i>nam</i> police", "Vietnam police"),
            ("block tags split", "Hanoi<br>police", "Hanoi police"),
            (
                "escaped markup is text",
                "Thai &lt;b&gt;police&lt;/b&gt;",
                "Thai &lt;b&gt;police&lt;/b&gt;",
            ),
            ("lone less-than", "5 < 10 kg", "5 < 10 kg"),
            ("comment", "Police<!-- x -->meet", "Policemeet"),
            ("unclosed script", "Police <script>alert(3)", "Police"),
            ("unclosed tag", "Police <img src='x", "Police"),
        ];
        for (name, input, want) in rows {
            let got = strip_markup(input).split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(got, *want, "{name}");
        }
    }

    #[test]
    fn decodes_entities() {
        let rows: &[(&str, &str)] = &[
            ("Tom &amp; Jerry", "Tom & Jerry"),
            ("G&eacute;rald &#8211; &#x1EA1; &nbsp;", "Gérald – ạ \u{a0}"),
            ("&bogus; &#99999999; &#0;", "&bogus; \u{FFFD} \u{FFFD}"),
            ("AT&T &", "AT&T &"),
            ("&#150;", "–"),
        ];
        for (input, want) in rows {
            assert_eq!(decode_text(input), *want, "{input}");
        }
    }

    #[test]
    fn keeps_article_text_and_cuts_chrome() {
        let page = r#"<!doctype html><html><head><title>Police meet | Daily News</title>
<style>p{color:red}</style><script>alert("x<p>no</p>")</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Thai, Lao police meet on &quot;drugs&quot;</h1>
<p>VIENTIANE (KPL) &ndash; The police forces of Laos and Thailand met on Monday.</p>
<figure><img src="a.jpg" alt="x"><figcaption>Delegates at the meeting (Photo: KPL)</figcaption></figure>
<p>They agreed to share data<br>and to train officers together in 2025.</p>
<div class="share-buttons">Share Facebook Twitter</div>
</article><aside><h3>Most read</h3><ul><li>Other story</li></ul></aside>
<footer>© Daily News</footer></body></html>"#;
        let doc = extract(page);
        let lines: Vec<(&str, BlockKind)> = doc.blocks.iter().map(|b| (b.text.text.trim(), b.kind)).collect();
        assert_eq!(
            lines,
            vec![
                ("Thai, Lao police meet on \"drugs\"", BlockKind::Heading),
                (
                    "VIENTIANE (KPL) – The police forces of Laos and Thailand met on Monday.",
                    BlockKind::Text
                ),
                ("Delegates at the meeting (Photo: KPL)", BlockKind::Caption),
                ("They agreed to share data", BlockKind::Text),
                ("and to train officers together in 2025.", BlockKind::Text),
            ]
        );
        assert_eq!(doc.title.as_deref(), Some("Thai, Lao police meet on \"drugs\""));
        let removed: Vec<String> = doc
            .removed
            .iter()
            .map(|r| format!("{}: {}", r.reason.code(), r.text))
            .collect();
        assert!(removed.contains(&"navigation: Home World".to_string()), "{removed:?}");
        assert!(
            removed.contains(&"navigation: Share Facebook Twitter".to_string()),
            "{removed:?}"
        );
        assert!(
            removed.iter().any(|r| r.starts_with("markup: 1 <script>")),
            "{removed:?}"
        );
        assert!(!doc.blocks.iter().any(|b| b.text.text.contains("alert")));
        // Offsets map back into the page.
        let b = &doc.blocks[1];
        let at = b.text.text.find("Laos").unwrap();
        let r = b.text.raw_of(at);
        assert_eq!(&page[r..r + 4], "Laos");
        let at = b.text.text.find("The police").unwrap();
        let r = b.text.raw_of(at);
        assert_eq!(&page[r..r + 10], "The police");
    }

    #[test]
    fn title_without_h1_drops_the_site_name() {
        let doc = extract("<html><head><title>Vietnam, Laos step up drug fight - Vientiane Times</title></head><body><p>Text here.</p></body></html>");
        assert_eq!(doc.title.as_deref(), Some("Vietnam, Laos step up drug fight"));
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for page in [
            "<",
            "<p",
            "<p class=\"x",
            "<!--",
            "<script>",
            "</",
            "<a href='x'>&#",
            "&",
            "<p>é&</p><",
            "<div><<<>>>",
        ] {
            let _ = extract(page);
        }
    }
}
