//! Articles: the `Article` type and the parser that turns one raw scraped file (text or HTML) into a clean article.
//!
//! Data flow: bytes → [`decode`] (UTF-8, UTF-16, or a Windows-1252 fallback;
//! the result is the *raw text*) → `html` (tags, scripts, styles and page chrome
//! dropped, entities decoded) or plain lines → `clean` (stray glyphs and
//! foreign-script letters out, white space collapsed, NFC) → `boilerplate`
//! (title, dateline, byline, date, captions, where the story ends, what is cut
//! and why) → `split` (glued words) → [`Article`]. Every step keeps a mapping
//! to the raw text (`mapped`), so [`Article::raw_offset`] takes any offset of
//! [`Article::body`] back to the raw text.

mod boilerplate;
mod clean;
mod decode;
mod html;
mod mapped;
mod split;

pub use decode::{decode, decode_raw, Encoding, MAX_INPUT_BYTES};
pub use split::Repair;

use crate::date::Date;
use crate::lang::{self, Lang};
use boilerplate::Line;
use clean::{Cut, ScriptProfile};
use mapped::Mapped;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable article id: 16 hex digits of a hash of the raw file bytes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ArticleId(pub String);

impl ArticleId {
    /// The id of an article whose raw file is `bytes` (FNV-1a, 64 bits).
    pub fn of_bytes(bytes: &[u8]) -> ArticleId {
        ArticleId(format!("{:016x}", crate::hash::fnv1a64(bytes)))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a piece of the scraped page was cut from the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RemovalReason {
    /// Teasers after the VNA end mark `./.`.
    AfterEndMark,
    /// A "See more" list of other stories.
    SeeMore,
    /// Site navigation, share buttons, "most read" lists.
    Navigation,
    /// A headline or line repeated from elsewhere on the page.
    Duplicate,
    /// Markup that is not text (scripts, styles).
    Markup,
    /// A run of teaser headlines of other stories, with no heading before it.
    Teasers,
    /// Emoji, pictographs and letters of scripts foreign to the article.
    StrayGlyph,
    /// Anything else that is not the story.
    Other,
}

impl RemovalReason {
    /// A short machine name (`after-end-mark`, `see-more`, ...), used in JSON.
    pub fn code(self) -> &'static str {
        match self {
            RemovalReason::AfterEndMark => "after-end-mark",
            RemovalReason::SeeMore => "see-more",
            RemovalReason::Navigation => "navigation",
            RemovalReason::Duplicate => "duplicate",
            RemovalReason::Markup => "markup",
            RemovalReason::Teasers => "teasers",
            RemovalReason::StrayGlyph => "stray-glyph",
            RemovalReason::Other => "other",
        }
    }
}

/// A piece of the page that is not the story, kept so a reader can see what was cut.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// Why it was cut.
    pub reason: RemovalReason,
    /// The text that was cut.
    pub text: String,
}

/// One parsed article: the clean main story and what was cut from the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id (hash of the raw bytes).
    pub id: ArticleId,
    /// The file name it came from.
    pub file: String,
    /// The headline.
    pub title: String,
    /// Detected language.
    pub language: Lang,
    /// Dateline such as `Hanoi (VNA)`, when stated.
    pub dateline: Option<String>,
    /// News agency, when stated (e.g. `VNA`).
    pub source: Option<String>,
    /// Author line, when stated.
    pub byline: Option<String>,
    /// Publication date, when the page states one.
    pub published: Option<Date>,
    /// Paragraphs of the main story, cleaned.
    pub paragraphs: Vec<String>,
    /// Photo captions, kept apart from the story and de-duplicated.
    pub captions: Vec<String>,
    /// What was cut from the page, with the reason.
    pub removed: Vec<Removed>,
    /// Where each paragraph came from in the raw text (one entry per paragraph).
    pub provenance: Vec<ParagraphSource>,
    /// Glued words that were split again, as written and as repaired.
    pub repairs: Vec<Repair>,
}

/// Where one paragraph came from: its raw byte range plus the edit anchors
/// that map offsets inside it back to the raw text.
///
/// Offsets between two anchors advance together (a verbatim copy); an anchor
/// marks an edit (a removed glyph, a collapsed space, an inserted space, a
/// decoded entity). A clean paragraph has no anchors at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphSource {
    /// Raw offset of the paragraph's first byte.
    pub raw_start: u32,
    /// Raw offset one past its last byte.
    pub raw_end: u32,
    /// Edit anchors `(offset in the paragraph, offset from raw_start)`, sorted; `(0, 0)` is implied.
    pub anchors: Vec<(u32, u32)>,
}

impl ParagraphSource {
    fn from_mapped(m: &Mapped) -> ParagraphSource {
        let base = m.raw_start();
        let to32 = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        ParagraphSource {
            raw_start: to32(base),
            raw_end: to32(m.raw_end),
            anchors: m
                .anchors
                .iter()
                .filter(|a| !(a.out == 0 && a.raw == base))
                .map(|a| (to32(a.out), to32(a.raw.saturating_sub(base))))
                .collect(),
        }
    }

    /// The raw offset that byte `at` of the paragraph stands for.
    pub fn raw_offset(&self, at: usize) -> usize {
        let at = u32::try_from(at).unwrap_or(u32::MAX);
        let len = self.raw_end.saturating_sub(self.raw_start);
        let i = self.anchors.partition_point(|a| a.0 <= at);
        let (out, raw) = i
            .checked_sub(1)
            .and_then(|j| self.anchors.get(j))
            .copied()
            .unwrap_or((0, 0));
        let limit = self.anchors.get(i).map_or(len, |b| b.1).max(raw);
        let rel = raw.saturating_add(at - out).min(limit);
        self.raw_start as usize + rel as usize
    }
}

/// The separator between paragraphs in [`Article::body`].
pub const PARAGRAPH_SEPARATOR: &str = "\n\n";

impl Article {
    /// The cleaned story: paragraphs joined by [`PARAGRAPH_SEPARATOR`]. Entity
    /// and evidence offsets are byte offsets into this text.
    pub fn body(&self) -> String {
        self.paragraphs.join(PARAGRAPH_SEPARATOR)
    }

    /// Maps a byte offset of [`Article::body`] to a byte offset of the raw text
    /// (the output of [`decode`]; for a UTF-8 file, the file itself). An offset
    /// inside a paragraph separator maps to the end of the paragraph before it;
    /// `None` past the end of the body or when the article has no provenance.
    pub fn raw_offset(&self, body_offset: usize) -> Option<usize> {
        let mut start = 0usize;
        for (p, src) in self.paragraphs.iter().zip(&self.provenance) {
            let end = start + p.len();
            if body_offset <= end {
                return Some(src.raw_offset(body_offset - start));
            }
            let next = end + PARAGRAPH_SEPARATOR.len();
            if body_offset < next && start + p.len() < self.body_len() {
                return Some(src.raw_end as usize);
            }
            start = next;
        }
        None
    }

    /// The length of [`Article::body`] in bytes, without building it.
    pub fn body_len(&self) -> usize {
        let text: usize = self.paragraphs.iter().map(String::len).sum();
        text + PARAGRAPH_SEPARATOR.len() * self.paragraphs.len().saturating_sub(1)
    }

    /// Maps a byte range of [`Article::body`] (such as an entity or an evidence sentence) to a raw range.
    pub fn raw_range(&self, body: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
        let start = self.raw_offset(body.start)?;
        let end = self.raw_offset(body.end)?.max(start);
        Some(start..end)
    }
}

/// Why a file could not be turned into an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The file has no bytes, or only white space.
    Empty,
    /// The bytes are not text (NUL bytes or mostly control characters).
    Binary,
    /// There is text, but no story could be found in it.
    NoStory,
    /// The file is larger than the parser accepts.
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
        /// The limit in bytes ([`MAX_INPUT_BYTES`]).
        limit: usize,
    },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => f.write_str("the file is empty"),
            ParseError::Binary => f.write_str("the file is not text (it looks binary)"),
            ParseError::NoStory => f.write_str("no article text was found in the file"),
            ParseError::TooLarge { bytes, limit } => write!(
                f,
                "the file is too large ({bytes} bytes; articles up to {} MiB are accepted): split it or trim it",
                limit / (1024 * 1024)
            ),
        }
    }
}

impl std::error::Error for ParseError {}

/// How much of the page (bytes) the glued-word splitter reads for evidence; 1 MiB, far above any article.
const EVIDENCE_BYTES: usize = 1024 * 1024;

/// The most distinct stray glyphs listed in `removed` per article.
const MAX_GLYPH_ITEMS: usize = 50;

/// The lines of a plain-text file, each mapped to its raw offset.
fn plain_blocks(raw: &str) -> Vec<html::Block> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in raw.split('\n') {
        let text = line.strip_suffix('\r').unwrap_or(line);
        if !text.trim().is_empty() {
            out.push(html::Block {
                text: Mapped::verbatim(text, start),
                kind: html::BlockKind::Text,
            });
        }
        start += line.len() + 1;
    }
    out
}

/// Up to `limit` bytes of the paragraphs, for language detection.
fn sample(paragraphs: &[Mapped], limit: usize) -> String {
    let mut s = String::new();
    for p in paragraphs {
        if s.len() >= limit {
            break;
        }
        let mut end = p.text.len().min(limit - s.len());
        while !p.text.is_char_boundary(end) {
            end -= 1;
        }
        s.push_str(p.text.get(..end).unwrap_or(""));
        s.push('\n');
    }
    s
}

/// Parses one raw file (plain text or HTML) into an article: the main story
/// only, repaired, with captions apart and every cut recorded.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Article, ParseError> {
    let (raw, _encoding) = decode_raw(bytes)?;
    let (blocks, html_title, mut removed) = if html::looks_like_html(&raw) {
        let doc = html::extract(&raw);
        (doc.blocks, doc.title, doc.removed)
    } else {
        (plain_blocks(&raw), None, Vec::new())
    };
    // The article's own script decides which letters are foreign.
    let mut profile_text = String::new();
    for b in &blocks {
        if profile_text.len() > 200_000 {
            break;
        }
        profile_text.push_str(&b.text.text);
        profile_text.push(' ');
    }
    let own = ScriptProfile::of(&profile_text).dominant();
    let mut cut = Cut::default();
    let lines: Vec<Line> = blocks
        .iter()
        .filter_map(|b| {
            let text = clean::clean_line(&b.text, own, &mut cut);
            (!text.text.is_empty()).then_some(Line { text, kind: b.kind })
        })
        .collect();
    if lines.is_empty() {
        return Err(ParseError::NoStory);
    }
    let html_title = html_title
        .map(|t| clean::clean_line(&Mapped::verbatim(&t, 0), own, &mut Cut::default()).text)
        .filter(|t| !t.is_empty());
    let layout = boilerplate::layout(&lines, html_title.as_deref());
    if layout.paragraphs.is_empty() {
        return Err(ParseError::NoStory);
    }
    let language = lang::detect(&sample(&layout.paragraphs, 20_000));
    // Glued words, with the page as evidence (its first EVIDENCE_BYTES: any article fits).
    let mut budget = EVIDENCE_BYTES;
    let evidence_texts = lines
        .iter()
        .map(|l| l.text.text.as_str())
        .chain(html_title.as_deref())
        .map(|t| {
            let mut end = t.len().min(budget);
            while !t.is_char_boundary(end) {
                end -= 1;
            }
            budget -= end;
            t.get(..end).unwrap_or("")
        });
    let evidence = split::Evidence::of(evidence_texts);
    let mut splitter = split::Splitter::new(&evidence, language);
    let mapped: Vec<Mapped> = layout.paragraphs.iter().map(|p| splitter.split(p)).collect();
    let title = match layout.title {
        Some(t) => t,
        None => {
            let first = layout.paragraphs.first().map_or("", |p| p.text.as_str());
            let body = boilerplate::dateline(first).map_or(first, |(_, _, start)| first.get(start..).unwrap_or(first));
            boilerplate::first_sentence(body)
        }
    };
    let title = splitter.split(&Mapped::verbatim(&title, 0)).text;
    let mut captions: Vec<String> = Vec::new();
    let mut caption_keys = std::collections::HashSet::new();
    for c in &layout.captions {
        let repaired = splitter.split(&Mapped::verbatim(c, 0)).text;
        let k = boilerplate::key(&repaired);
        if k.is_empty() {
            continue;
        }
        if caption_keys.insert(k) {
            captions.push(repaired);
        } else {
            removed.push(Removed {
                reason: RemovalReason::Duplicate,
                text: c.clone(),
            });
        }
    }
    removed.extend(layout.removed);
    let mut glyphs: Vec<String> = Vec::new();
    for g in cut.glyphs {
        if glyphs.len() >= MAX_GLYPH_ITEMS {
            break;
        }
        if !glyphs.contains(&g) {
            glyphs.push(g);
        }
    }
    removed.extend(glyphs.into_iter().map(|text| Removed {
        reason: RemovalReason::StrayGlyph,
        text,
    }));
    // What was cut is shown too (page chrome is cut before cleaning): no controls there either,
    // so a bidi override in a menu cannot reorder the page that lists it.
    for r in &mut removed {
        r.text.retain(|c| !clean::is_junk(c));
    }
    removed.retain(|r| !r.text.trim().is_empty());
    Ok(Article {
        id: ArticleId::of_bytes(bytes),
        file: file.to_string(),
        title,
        language,
        dateline: layout.dateline,
        source: layout.source,
        byline: layout.byline,
        published: layout.published,
        provenance: mapped.iter().map(ParagraphSource::from_mapped).collect(),
        paragraphs: mapped.into_iter().map(|m| m.text).collect(),
        captions,
        removed,
        repairs: splitter.repairs,
    })
}
