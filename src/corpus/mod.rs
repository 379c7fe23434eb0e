//! Articles: the `Article` type and the parser that turns one raw scraped file (text or HTML) into a clean article.
//!
//! Data flow: bytes → [`decode`] (UTF-8, or a Windows-1252 fallback) → NFC →
//! main story, captions and the cut boilerplate → [`Article`].

use crate::date::Date;
use crate::lang::{self, Lang};
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
}

/// The separator between paragraphs in [`Article::body`].
pub const PARAGRAPH_SEPARATOR: &str = "\n\n";

impl Article {
    /// The cleaned story: paragraphs joined by [`PARAGRAPH_SEPARATOR`]. Entity
    /// and evidence offsets are byte offsets into this text.
    pub fn body(&self) -> String {
        self.paragraphs.join(PARAGRAPH_SEPARATOR)
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
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => f.write_str("the file is empty"),
            ParseError::Binary => f.write_str("the file is not text (it looks binary)"),
            ParseError::NoStory => f.write_str("no article text was found in the file"),
        }
    }
}

impl std::error::Error for ParseError {}

/// Decodes bytes as UTF-8, falling back to Windows-1252 for legacy files.
pub fn decode(bytes: &[u8]) -> Result<String, ParseError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ParseError::Empty);
    }
    if bytes.contains(&0) {
        return Err(ParseError::Binary);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    };
    let controls = text.chars().filter(|c| c.is_control() && !c.is_whitespace()).count();
    if controls * 20 > text.chars().count().max(1) {
        return Err(ParseError::Binary);
    }
    Ok(text)
}

/// Maps one Windows-1252 byte to its character.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Parses one raw file into an article.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Article, ParseError> {
    let text = lang::normalize(&decode(bytes)?);
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let title = lines.next().ok_or(ParseError::NoStory)?.to_string();
    let mut paragraphs = Vec::new();
    let mut removed = Vec::new();
    let mut ended = false;
    for line in lines {
        if ended {
            removed.push(Removed {
                reason: RemovalReason::AfterEndMark,
                text: line.to_string(),
            });
        } else if let Some(story) = line.strip_suffix("./.") {
            paragraphs.push(story.to_string());
            ended = true;
        } else {
            paragraphs.push(line.to_string());
        }
    }
    let language = lang::detect(&text);
    Ok(Article {
        id: ArticleId::of_bytes(bytes),
        file: file.to_string(),
        title,
        language,
        dateline: None,
        source: None,
        byline: None,
        published: None,
        paragraphs,
        captions: Vec::new(),
        removed,
    })
}
