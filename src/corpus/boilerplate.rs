//! Page structure: which lines are the title, the story, captions, dateline, byline, publication date, and where the story ends; everything else is cut with a reason.
//!
//! The story ends at the first of: the VNA end mark `./.` (or `(END)`, `###`);
//! a section marker ("See more", "Related news", "Tin liên quan", "Tin đọc
//! nhiều", "Most read" ...); an author line followed by share buttons; or,
//! failing those, the start of a dense run of teaser headlines reaching the
//! end of the page. Inside the story, share buttons are cut, photo captions
//! are set apart (a photo credit, a `figcaption`, a line printed twice in a
//! row, an `ảnh 1` marker), a standalone date line becomes the publication
//! date, and a lead printed twice (once bare, once after the dateline) is kept once.

use super::html::BlockKind;
use super::mapped::Mapped;
use super::{RemovalReason, Removed};
use crate::date::Date;
use crate::lang::fold;
use std::collections::HashMap;

/// A cleaned line of the page.
#[derive(Debug, Clone)]
pub struct Line {
    /// The cleaned text with its raw mapping.
    pub text: Mapped,
    /// What the markup said it was (plain text files: always text).
    pub kind: BlockKind,
}

/// Section headings that start a list of other stories (folded, without trailing punctuation).
const SEE_MORE_MARKERS: &[&str] = &[
    "see more",
    "see also",
    "read more",
    "read also",
    "also read",
    "related",
    "related news",
    "related articles",
    "related stories",
    "related posts",
    "more news",
    "more stories",
    "other news",
    "you may also like",
    "you might also like",
    "recommended",
    "xem them",
    "tin lien quan",
    "bai lien quan",
    "bai viet lien quan",
    "doc them",
    "tin cung chuyen muc",
    "co the ban quan tam",
    "tin khac",
    "cac tin khac",
];

/// Section headings of site navigation: most-read and latest-news boxes, comments, tags.
const NAVIGATION_MARKERS: &[&str] = &[
    "most read",
    "most popular",
    "most viewed",
    "latest news",
    "latest",
    "top stories",
    "trending",
    "comments",
    "leave a comment",
    "tags",
    "keywords",
    "tin doc nhieu",
    "tin doc nhieu trong tuan",
    "tin doc nhieu nhat",
    "doc nhieu",
    "doc nhieu nhat",
    "tin moi",
    "tin moi nhat",
    "tin moi cap nhat",
    "tin tuc moi cap nhat",
    "tin tuc moi nhat",
    "binh luan",
    "y kien ban doc",
    "tu khoa",
    "chu de",
];

/// Words that make up share buttons and page tools (folded). A line made only of these is navigation.
const NAV_WORDS: &[&str] = &[
    "in",
    "print",
    "share",
    "shares",
    "facebook",
    "twitter",
    "x",
    "zalo",
    "email",
    "mail",
    "tweet",
    "linkedin",
    "whatsapp",
    "telegram",
    "viber",
    "pinterest",
    "reddit",
    "copy",
    "link",
    "send",
    "gui",
    "like",
    "save",
    "luu",
    "bookmark",
    "chia",
    "se",
    "chep",
    "sao",
    "ban",
    "bai",
    "viet",
    "font",
    "size",
    "a",
    "back",
    "quay",
    "lai",
    "top",
    "google",
    "news",
    "follow",
    "theo",
    "doi",
    "us",
    "on",
];

/// Phrases that must appear for a line of [`NAV_WORDS`] to count as navigation (so "a news" is not).
const NAV_ANCHORS: &[&str] = &[
    "in",
    "print",
    "share",
    "facebook",
    "twitter",
    "zalo",
    "email",
    "tweet",
    "linkedin",
    "whatsapp",
    "telegram",
    "viber",
    "pinterest",
    "reddit",
    "chia se",
    "copy link",
    "sao chep",
    "luu",
    "bookmark",
    "google news",
];

/// Story end marks: VNA's `./.` and the common `(END)`, `[END]`, `###`, `-30-`.
const END_MARKS: &[&str] = &["./.", "(END)", "[END]", "###", "-30-"];

/// Words that may surround a standalone publication date (folded): weekdays, time zones, labels.
const DATE_FILLER: &[&str] = &[
    "thu",
    "chu",
    "nhat",
    "hai",
    "ba",
    "tu",
    "nam",
    "sau",
    "bay",
    "ngay",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "gmt",
    "utc",
    "ict",
    "am",
    "pm",
    "posted",
    "published",
    "updated",
    "cap",
    "dang",
    "luc",
    "h",
    "on",
    "at",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A key for comparing lines regardless of case, marks, spacing and punctuation.
pub fn key(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Folded words of a line, splitting case changes (`sẻFacebook` → `sẻ`, `facebook`).
fn nav_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if c.is_alphanumeric() || c == '+' {
            if prev_lower && c.is_uppercase() && !cur.is_empty() {
                out.push(fold(&cur));
                cur.clear();
            }
            prev_lower = c.is_lowercase();
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push(fold(&cur));
                cur.clear();
            }
            prev_lower = false;
        }
    }
    if !cur.is_empty() {
        out.push(fold(&cur));
    }
    out
}

/// True for a line made only of share buttons and page tools ("In", "Chia sẻFacebook", "Share | Tweet").
pub fn is_nav_only(s: &str) -> bool {
    if s.len() > 320 {
        return false;
    }
    let words = nav_words(s);
    if words.is_empty() || words.len() > 8 || s.chars().count() > 80 {
        return false;
    }
    if !words.iter().all(|w| NAV_WORDS.contains(&w.as_str())) {
        return false;
    }
    let joined = format!(" {} ", words.join(" "));
    NAV_ANCHORS.iter().any(|a| joined.contains(&format!(" {a} ")))
}

/// The heading text of a line, folded, without trailing colons, arrows or counts.
fn heading_key(s: &str) -> String {
    let f = fold(s);
    f.trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The reason a section heading starts the end of the page, if the line is one.
pub fn section_marker(s: &str) -> Option<RemovalReason> {
    if s.len() > 240 || s.chars().count() > 60 {
        return None;
    }
    let k = heading_key(s);
    if SEE_MORE_MARKERS.contains(&k.as_str()) {
        return Some(RemovalReason::SeeMore);
    }
    if NAVIGATION_MARKERS.contains(&k.as_str()) {
        return Some(RemovalReason::Navigation);
    }
    // "Tags: police, drugs" / "Từ khóa: ..." lines.
    let f = fold(s);
    for label in ["tags:", "tag:", "keywords:", "tu khoa:"] {
        if f.trim_start().starts_with(label) {
            return Some(RemovalReason::Navigation);
        }
    }
    None
}

/// If the line ends with a story end mark, the byte offset where the story text ends.
pub fn end_mark(s: &str) -> Option<usize> {
    let t = s.trim_end();
    for mark in END_MARKS {
        if let Some(head) = t.strip_suffix(mark) {
            if (*mark == "###" || *mark == "-30-") && !head.trim().is_empty() && !head.ends_with(' ') {
                continue;
            }
            // VNA's `./.` starts with the sentence's own full stop, unless it stands alone.
            let keep = if *mark == "./." && !head.trim().is_empty() {
                head.len() + 1
            } else {
                head.len()
            };
            return Some(keep);
        }
    }
    None
}

/// A dateline at the start of a paragraph: (its text such as `Hanoi (VNA)`, the agency, where the story text starts).
pub fn dateline(s: &str) -> Option<(String, Option<String>, usize)> {
    let head_end = s.char_indices().nth(90).map_or(s.len(), |(i, _)| i);
    let head = s.get(..head_end)?;
    // Form 1: PLACE (AGENCY) – text
    if let Some(open) = head.find('(') {
        let close = open + head.get(open..)?.find(')')?;
        let place = head.get(..open)?.trim();
        let agency = head.get(open + 1..close)?.trim();
        let after = head.get(close + 1..)?;
        let dash_len = after.len() - after.trim_start().len();
        let rest = after.trim_start();
        let sep = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '–' | '—' | '-' | ':' | '|'))?;
        if is_place(place) && is_agency(agency) {
            let start = close + 1 + dash_len + sep.len_utf8();
            let start = start + s.get(start..)?.len() - s.get(start..)?.trim_start().len();
            return Some((format!("{place} ({agency})"), Some(agency.to_string()), start));
        }
        return None;
    }
    // Form 2: PLACE – text, with the place in capitals (SINGAPORE — ...).
    for sep in [" – ", " — ", " - "] {
        if let Some(pos) = head.find(sep) {
            let place = head.get(..pos)?.trim();
            let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase()) && place.split_whitespace().count() <= 4 {
                let start = pos + sep.len();
                return Some((place.to_string(), None, start));
            }
            return None;
        }
    }
    None
}

/// A dateline place: 1 to 6 words, capitalised, possibly with a date (`HANOI, Oct 8`).
fn is_place(p: &str) -> bool {
    let words: Vec<&str> = p
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 6 || p.chars().count() > 50 {
        return false;
    }
    let first_ok = words
        .first()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    first_ok
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || w.chars().all(|c| c.is_ascii_digit() || c == '.')
        })
        && !p.ends_with('.')
}

/// An agency name in a dateline: 2 to 24 characters, starting with a capital, no sentence inside.
fn is_agency(a: &str) -> bool {
    let n = a.chars().count();
    (2..=24).contains(&n)
        && a.chars().next().is_some_and(char::is_uppercase)
        && a.split_whitespace().count() <= 3
        && a.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '&' | ' ' | '-' | '/'))
}

/// True when the line is a photo caption by its credit: "... (Photo: VNA)", "(Ảnh: TTXVN)", "Photo: AFP".
pub fn is_photo_caption(s: &str) -> bool {
    // A credit sits at the end (or the start of a short line): look at the last 300 bytes only.
    let mut from = s.len().saturating_sub(300);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let f = fold(s.get(from..).unwrap_or(s));
    let t = f.trim().trim_end_matches('.').trim_end();
    const CREDITS: &[&str] = &[
        "photo",
        "photos",
        "anh",
        "image",
        "file photo",
        "illustrative",
        "courtesy",
        "nguon anh",
        "video",
        "picture",
    ];
    if let Some(body) = t.strip_suffix(')') {
        if let Some(open) = body.rfind('(') {
            let inner = body.get(open + 1..).unwrap_or("").trim();
            if CREDITS.iter().any(|c| {
                inner.starts_with(c)
                    && inner
                        .get(c.len()..)
                        .is_some_and(|r| r.is_empty() || r.starts_with([':', ' ', ',']))
            }) {
                return true;
            }
        }
    }
    // "Photo: AFP" at the start or end, in a short line.
    for c in ["photo:", "anh:", "image:"] {
        if t.starts_with(c) && t.split_whitespace().count() <= 12 {
            return true;
        }
        if let Some(pos) = t.rfind(&format!(" {c}")) {
            if t.get(pos..).is_some_and(|tail| tail.split_whitespace().count() <= 5) {
                return true;
            }
        }
    }
    false
}

/// The photo number marker glued into a caption (`ảnh 1At the MoU signing`, `photo 2The minister`):
/// returns (end of the text before the marker, start of the caption after it).
pub fn photo_marker(s: &str) -> Option<(usize, usize)> {
    let mut search = 0;
    while let Some(pos) = s.get(search..).and_then(|t| t.find(['ả', 'p', 'P', 'Ả'])) {
        let at = search + pos;
        search = at + 1;
        let rest = s.get(at..)?;
        let word_len = ["ảnh ", "Ảnh ", "photo ", "Photo "]
            .iter()
            .find(|w| rest.starts_with(**w))
            .map(|w| w.len());
        let Some(wl) = word_len else {
            continue;
        };
        let before_ok = at == 0 || s.get(..at).is_some_and(|b| b.ends_with(' '));
        let digits: usize = rest.get(wl..)?.bytes().take_while(u8::is_ascii_digit).count();
        if !before_ok || digits == 0 || digits > 2 {
            continue;
        }
        let after = at + wl + digits;
        // The caption must follow glued, starting with a capital: "1At".
        if s.get(after..)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_uppercase)
        {
            return Some((at, after));
        }
    }
    None
}

/// A standalone publication date line ("05/04/2024", "Thứ Sáu, 05/04/2024 10:30", "April 5, 2024").
pub fn published_date(s: &str) -> Option<Date> {
    if s.len() > 240 || s.chars().count() > 60 {
        return None;
    }
    let f = fold(s);
    let tokens: Vec<&str> = f
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '(' || c == ')')
        .map(|t| t.trim_end_matches(':'))
        .filter(|t| !t.is_empty())
        .collect();
    let mut date = None;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens.get(i).copied().unwrap_or("");
        if let Some(d) = numeric_date(t) {
            if date.is_some() {
                return None;
            }
            date = Some(d);
            i += 1;
            continue;
        }
        // "april 5 2024" / "5 april 2024"
        if let Some(m) = month_of(t) {
            let day = tokens.get(i + 1).and_then(|d| {
                d.trim_end_matches(['.', 's', 't', 'h', 'n', 'r', 'd'])
                    .parse::<u8>()
                    .ok()
            });
            let year = tokens.get(i + 2).and_then(|y| y.parse::<u16>().ok());
            let day_before = i
                .checked_sub(1)
                .and_then(|j| tokens.get(j))
                .and_then(|d| d.parse::<u8>().ok());
            let year_after = tokens.get(i + 1).and_then(|y| y.parse::<u16>().ok());
            if let (Some(d), Some(y)) = (day, year) {
                date = Some(Date::new(y, m, d)?);
                i += 3;
                continue;
            }
            if let (Some(d), Some(y)) = (day_before, year_after) {
                date = Some(Date::new(y, m, d)?);
                i += 2;
                continue;
            }
            return None;
        }
        let is_time = t.contains(':')
            && t.split(':')
                .all(|p| p.chars().all(|c| c.is_ascii_digit()) && p.len() <= 2);
        let is_time_h = t.ends_with('h')
            && t.trim_end_matches('h')
                .split('h')
                .all(|p| p.chars().all(|c| c.is_ascii_digit()));
        let is_zone = t.starts_with("gmt") || t.starts_with("utc");
        let is_day_number =
            t.parse::<u8>().is_ok() && date.is_none() && tokens.get(i + 1).is_some_and(|n| month_of(n).is_some());
        if !(is_time || is_time_h || is_zone || is_day_number || DATE_FILLER.contains(&t) || t == "-") {
            return None;
        }
        i += 1;
    }
    date
}

fn month_of(t: &str) -> Option<u8> {
    let t = t.trim_end_matches('.');
    if t.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == t || (t.len() == 3 && m.starts_with(t)) || (t == "sept"))
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` (day first, as Vietnamese and most non-US pages write it) or `yyyy-mm-dd`.
fn numeric_date(t: &str) -> Option<Date> {
    let parts: Vec<&str> = t.split(['/', '-', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|x| x.is_ascii_digit()))
    {
        return None;
    }
    if a.len() == 4 {
        return Date::new(a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
    }
    if c.len() != 4 {
        return None;
    }
    let (x, y, year): (u8, u8, u16) = (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
    // Day first unless that cannot be a date and month first can.
    Date::new(year, y, x).or_else(|| Date::new(year, x, y))
}

/// An author line: one to three names ("Lã Hoàn - Nguyễn Anh", "By Jane Doe and Ali Khan"), each 2–5 capitalised words.
pub fn is_byline(s: &str) -> bool {
    let t = s.trim().trim_end_matches('.');
    if t.is_empty() || t.chars().count() > 70 || t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let f = fold(t);
    let body = ["by ", "bai: ", "bai va anh: ", "text: ", "story: ", "reported by "]
        .iter()
        .find_map(|p| f.starts_with(p).then(|| t.get(p.len()..)).flatten())
        .unwrap_or(t);
    let body = match body.rfind('(') {
        Some(open) if body.trim_end().ends_with(')') => body.get(..open).unwrap_or(body).trim(),
        _ => body,
    };
    let mut parts = Vec::new();
    for chunk in body.split([',', '/', '&']) {
        for part in chunk
            .split(" - ")
            .flat_map(|p| p.split(" – "))
            .flat_map(|p| p.split(" và "))
            .flat_map(|p| p.split(" and "))
        {
            parts.push(part.trim());
        }
    }
    if parts.is_empty() || parts.len() > 4 {
        return false;
    }
    parts.iter().all(|p| {
        let words: Vec<&str> = p.split_whitespace().collect();
        (2..=5).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.')
            })
    })
}

/// An author line without its "By" label.
fn strip_by(s: &str) -> String {
    let t = s.trim();
    let f = fold(t);
    for p in ["by ", "reported by ", "text: ", "story: ", "bai: "] {
        if f.starts_with(p) {
            return t.get(p.len()..).unwrap_or(t).trim().to_string();
        }
    }
    t.to_string()
}

/// An agency credit line ("VNA", "(AFP)", "Source: Xinhua", "Theo TTXVN"): the agency name.
pub fn agency_line(s: &str) -> Option<String> {
    if s.len() > 120 {
        return None;
    }
    let t = s.trim().trim_end_matches('.').trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    let f = fold(t);
    for p in ["source:", "nguon:", "theo "] {
        if f.starts_with(p) {
            let name = t.get(p.len()..)?.trim();
            if !name.is_empty() && name.split_whitespace().count() <= 5 && name.chars().next()?.is_uppercase() {
                return Some(name.to_string());
            }
            return None;
        }
    }
    let n = t.chars().count();
    ((2..=10).contains(&n) && t.chars().all(|c| c.is_uppercase() || c == '.') && t.chars().any(char::is_alphabetic))
        .then(|| t.to_string())
}

/// A line shaped like a headline: 2–25 words, starts with a capital or digit, no closing sentence punctuation.
pub fn is_headline_like(s: &str) -> bool {
    let t = s.trim();
    if t.len() > 400 {
        return false;
    }
    let words = t.split_whitespace().count();
    (2..=25).contains(&words)
        && t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !t.ends_with(['.', '!', ';', ':', '…', ','])
        && !is_photo_caption(t)
        && !is_byline(t)
}

/// The first sentence of a paragraph, for a title when the page has none.
pub fn first_sentence(s: &str) -> String {
    let mut end = s.len();
    for (i, c) in s.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let next = s.get(i + 1..).and_then(|r| r.chars().next());
            let prev_upper = s
                .get(..i)
                .and_then(|r| r.chars().next_back())
                .is_some_and(char::is_uppercase);
            if (next.is_none() || next == Some(' ')) && !prev_upper && i > 20 {
                end = i + 1;
                break;
            }
        }
    }
    s.get(..end).unwrap_or(s).trim().to_string()
}

/// Where a dense run of teaser headlines that reaches the end of the page starts, if there is one.
pub fn teaser_run_start(lines: &[Line], from: usize) -> Option<usize> {
    let to = lines.len();
    let mut headlines = 0usize;
    let mut earliest = None;
    let mut gap = 0usize;
    let mut j = to;
    while j > from {
        j -= 1;
        let t = lines.get(j)?.text.text.as_str();
        if is_photo_caption(t) {
            continue;
        }
        if is_headline_like(t) {
            headlines += 1;
            earliest = Some(j);
            gap = 0;
        } else {
            gap += 1;
            if gap > 2 {
                break;
            }
        }
    }
    let start = earliest?;
    (headlines >= 4 && headlines * 10 >= (to - start) * 4 && start >= from + 2).then_some(start)
}

/// The page cut into its parts.
#[derive(Debug, Default)]
pub struct Layout {
    /// The headline, when the page has one.
    pub title: Option<String>,
    /// Story paragraphs (cleaned, not yet split).
    pub paragraphs: Vec<Mapped>,
    /// Photo captions (not yet de-duplicated or split).
    pub captions: Vec<String>,
    /// `Hanoi (VNA)`.
    pub dateline: Option<String>,
    /// The agency.
    pub source: Option<String>,
    /// The author line.
    pub byline: Option<String>,
    /// The standalone publication date.
    pub published: Option<Date>,
    /// What was cut.
    pub removed: Vec<Removed>,
}

fn cut(removed: &mut Vec<Removed>, reason: RemovalReason, text: &str) {
    removed.push(Removed {
        reason,
        text: text.to_string(),
    });
}

/// Cuts a page's cleaned lines into title, story, captions and removed parts.
pub fn layout(lines: &[Line], html_title: Option<&str>) -> Layout {
    let mut out = Layout::default();
    let n = lines.len();
    let text = |i: usize| lines.get(i).map_or("", |l| l.text.text.as_str());
    // 1. The title.
    let mut first = 0;
    if let Some(t) = html_title {
        out.title = Some(t.to_string());
        let tk = key(t);
        while first < n && key(text(first)) == tk {
            first += 1;
        }
    } else if n > 1
        && dateline(text(0)).is_none()
        && text(0).chars().count() <= 300
        && !text(0).trim_end().ends_with('.')
        && !is_photo_caption(text(0))
        && published_date(text(0)).is_none()
    {
        out.title = Some(text(0).to_string());
        first = 1;
    }
    // 2. Where the story ends.
    let mut end = n;
    let mut tail_reason = RemovalReason::Other;
    let mut end_line: Option<(usize, usize)> = None;
    let mut story_lines = 0usize;
    for i in first..n {
        let t = text(i);
        if let Some(reason) = section_marker(t) {
            if story_lines > 0 {
                end = i;
                tail_reason = reason;
                break;
            }
            continue;
        }
        if let Some(keep) = end_mark(t) {
            end = i + 1;
            end_line = Some((i, keep));
            tail_reason = RemovalReason::AfterEndMark;
            break;
        }
        if is_nav_only(t) {
            // An author line followed by share buttons closes the story.
            let prev = (first..i).rev().find(|&j| !is_nav_only(text(j)));
            if let Some(p) = prev {
                if story_lines >= 3 && is_byline(text(p)) {
                    end = i;
                    tail_reason = RemovalReason::Navigation;
                    break;
                }
            }
            continue;
        }
        story_lines += 1;
    }
    if end == n && end_line.is_none() {
        if let Some(start) = teaser_run_start(lines, first) {
            end = start;
            tail_reason = RemovalReason::Teasers;
        }
    }
    // 3. The tail: everything after the end, with its reason.
    let mut tail = Vec::new();
    let mut reason = tail_reason;
    let mut prev_key = String::new();
    for i in end..n {
        let t = text(i);
        if i == end && tail_reason == RemovalReason::AfterEndMark && out.source.is_none() {
            if let Some(agency) = agency_line(t) {
                out.source = Some(agency);
                continue;
            }
        }
        if let Some(r) = section_marker(t) {
            reason = r;
        }
        let k = key(t);
        let line_reason = if k == prev_key {
            RemovalReason::Duplicate
        } else if is_nav_only(t) {
            RemovalReason::Navigation
        } else {
            reason
        };
        cut(&mut tail, line_reason, t);
        prev_key = k;
    }
    // 4. The story lines.
    let mut story: Vec<Mapped> = Vec::new();
    let mut i = first;
    while i < end {
        let line = match lines.get(i) {
            Some(l) => l,
            None => break,
        };
        let t = line.text.text.as_str();
        let this_end = match end_line {
            Some((j, keep)) if j == i => keep,
            _ => t.len(),
        };
        i += 1;
        if is_nav_only(t) {
            cut(&mut out.removed, RemovalReason::Navigation, t);
            continue;
        }
        if section_marker(t).is_some() {
            cut(&mut out.removed, RemovalReason::Navigation, t);
            continue;
        }
        if out.published.is_none() {
            if let Some(d) = published_date(t) {
                out.published = Some(d);
                continue;
            }
        }
        if let Some((before, after)) = photo_marker(t) {
            let head = t.get(..before).unwrap_or("").trim();
            if !head.is_empty() {
                let dup_title = out.title.as_deref().is_some_and(|title| key(title) == key(head));
                let reason = if dup_title {
                    RemovalReason::Duplicate
                } else {
                    RemovalReason::Other
                };
                cut(&mut out.removed, reason, head);
            }
            out.captions.push(t.get(after..).unwrap_or("").trim().to_string());
            continue;
        }
        if line.kind == BlockKind::Caption || is_photo_caption(t) {
            out.captions.push(t.to_string());
            continue;
        }
        // A line printed twice in a row is a photo caption (picture alt text and caption).
        let next = lines.get(i).filter(|_| i < end).map(|l| l.text.text.as_str());
        let twice =
            next.is_some_and(|nx| t.len() <= 1600 && nx.len() <= 1600 && key(nx) == key(t) && !key(t).is_empty());
        if twice && t.chars().count() <= 400 {
            out.captions.push(t.to_string());
            cut(&mut out.removed, RemovalReason::Duplicate, next.unwrap_or(""));
            i += 1;
            continue;
        }
        // A line that is only an end mark (`(END)`, `./.`) leaves nothing of the story.
        let piece = line.text.slice(0, this_end).trimmed();
        if !piece.text.trim().is_empty() {
            story.push(piece);
        }
    }
    // 5. Byline and agency credit at the end of the story.
    if let Some(last) = story.last() {
        if story.len() > 1 && is_byline(&last.text) {
            out.byline = Some(strip_by(&last.text));
            story.pop();
        }
    }
    if let Some(last) = story.last() {
        if story.len() > 1 {
            if let Some(agency) = agency_line(&last.text) {
                out.source.get_or_insert(agency);
                story.pop();
            }
        }
    }
    if out.byline.is_none() {
        if let Some(firstp) = story.first() {
            let f = fold(&firstp.text);
            if story.len() > 1 && f.starts_with("by ") && is_byline(&firstp.text) {
                out.byline = Some(strip_by(&firstp.text));
                story.remove(0);
            }
        }
    }
    // 6. The dateline, in one of the first paragraphs.
    let dl = story
        .iter()
        .take(4)
        .enumerate()
        .find_map(|(idx, p)| dateline(&p.text).map(|d| (idx, d)));
    let mut dateline_index = None;
    if let Some((idx, (d, agency, _))) = dl {
        out.dateline = Some(d);
        if let Some(a) = agency {
            out.source = Some(a);
        }
        dateline_index = Some(idx);
    }
    // 7. Paragraphs printed twice (a lead before the dateline paragraph): keep the dateline one, else the first.
    let keys: Vec<String> = story
        .iter()
        .enumerate()
        .map(|(idx, p)| match (dateline_index, dateline(&p.text)) {
            (Some(d), Some((_, _, start))) if d == idx => key(p.text.get(start..).unwrap_or("")),
            _ => key(&p.text),
        })
        .collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut drop = vec![false; story.len()];
    for (idx, k) in keys.iter().enumerate() {
        if k.is_empty() {
            continue;
        }
        match seen.get(k.as_str()) {
            Some(&other) => {
                let loser = if dateline_index == Some(other) {
                    idx
                } else if dateline_index == Some(idx) {
                    other
                } else {
                    idx
                };
                drop[loser] = true;
                if loser == other {
                    seen.insert(k, idx);
                }
            }
            None => {
                seen.insert(k, idx);
            }
        }
    }
    // A lead that is the start of the dateline paragraph (a shortened copy) is a duplicate too.
    if let Some(d) = dateline_index {
        let dk = keys.get(d).cloned().unwrap_or_default();
        for (idx, k) in keys.iter().enumerate().take(d) {
            if !drop[idx] && k.len() >= 40 && dk.starts_with(k.as_str()) && k.len() * 10 >= dk.len() * 6 {
                drop[idx] = true;
            }
        }
    }
    for (idx, p) in story.into_iter().enumerate() {
        if drop.get(idx).copied().unwrap_or(false) {
            cut(&mut out.removed, RemovalReason::Duplicate, &p.text);
        } else {
            out.paragraphs.push(p);
        }
    }
    out.removed.extend(tail);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_datelines() {
        type Row = (&'static str, Option<(&'static str, Option<&'static str>)>);
        let rows: &[Row] = &[
            ("Hanoi (VNA) – The meeting", Some(("Hanoi (VNA)", Some("VNA")))),
            ("Paris (VNA) – Minister", Some(("Paris (VNA)", Some("VNA")))),
            (
                "HANOI, Oct 8 (Reuters) - Police",
                Some(("HANOI, Oct 8 (Reuters)", Some("Reuters"))),
            ),
            ("Hà Nội (TTXVN) - Chiều 5/4", Some(("Hà Nội (TTXVN)", Some("TTXVN")))),
            (
                "Phnom Penh (AKP): Cambodian police",
                Some(("Phnom Penh (AKP)", Some("AKP"))),
            ),
            ("SINGAPORE — The Home Team", Some(("SINGAPORE", None))),
            ("Vietnamese Minister To Lam (R) and his counterpart - talks", None),
            ("The two sides (Vietnam and China) – agreed", None),
            ("Lam said (in Hanoi) that", None),
        ];
        for (input, want) in rows {
            let got = dateline(input);
            let got = got.as_ref().map(|(d, a, _)| (d.as_str(), a.as_deref()));
            assert_eq!(got, *want, "{input}");
        }
    }

    #[test]
    fn finds_publication_dates() {
        let rows: &[(&str, Option<&str>)] = &[
            ("05/04/2024", Some("2024-04-05")),
            ("Thứ Sáu, 05/04/2024 10:35 (GMT+7)", Some("2024-04-05")),
            ("April 5, 2024", Some("2024-04-05")),
            ("Friday, 5 April 2024 09:00", Some("2024-04-05")),
            ("2024-04-05", Some("2024-04-05")),
            ("Posted: 12/31/2023", Some("2023-12-31")),
            ("31/02/2024", None),
            ("The meeting on 05/04/2024 was", None),
            ("Ngày 03/4, Thứ trưởng", None),
            ("2024", None),
        ];
        for (input, want) in rows {
            assert_eq!(
                published_date(input).map(|d| d.to_string()).as_deref(),
                *want,
                "{input}"
            );
        }
    }

    #[test]
    fn classifies_lines() {
        struct Row {
            line: &'static str,
            nav: bool,
            marker: Option<RemovalReason>,
            caption: bool,
            byline: bool,
        }
        const ROWS: &[Row] = &[
            Row {
                line: "In",
                nav: true,
                marker: None,
                caption: false,
                byline: false,
            },
            Row {
                line: "Chia sẻFacebook",
                nav: true,
                marker: None,
                caption: false,
                byline: false,
            },
            Row {
                line: "Share | Tweet | Email",
                nav: true,
                marker: None,
                caption: false,
                byline: false,
            },
            Row {
                line: "See more",
                nav: false,
                marker: Some(RemovalReason::SeeMore),
                caption: false,
                byline: false,
            },
            Row {
                line: "Tin liên quan:",
                nav: false,
                marker: Some(RemovalReason::SeeMore),
                caption: false,
                byline: false,
            },
            Row {
                line: "Tin đọc nhiều trong tuần",
                nav: false,
                marker: Some(RemovalReason::Navigation),
                caption: false,
                byline: false,
            },
            Row {
                line: "Tin tức mới cập nhật",
                nav: false,
                marker: Some(RemovalReason::Navigation),
                caption: false,
                byline: false,
            },
            Row {
                line: "Most read",
                nav: false,
                marker: Some(RemovalReason::Navigation),
                caption: false,
                byline: false,
            },
            Row {
                line: "Minister of Public Security General To Lam addresses the meeting (Photo: VNA)",
                nav: false,
                marker: None,
                caption: true,
                byline: false,
            },
            Row {
                line: "Delegates pose for a photo (Ảnh: TTXVN)",
                nav: false,
                marker: None,
                caption: true,
                byline: false,
            },
            Row {
                line: "Police officers in Vientiane. Photo: KPL",
                nav: false,
                marker: None,
                caption: true,
                byline: false,
            },
            Row {
                line: "He said the photo was taken in 2019 by the police.",
                nav: false,
                marker: None,
                caption: false,
                byline: false,
            },
            Row {
                line: "Lã Hoàn - Nguyễn Anh",
                nav: false,
                marker: None,
                caption: false,
                byline: true,
            },
            Row {
                line: "By Jane Doe and Somchai Prasert",
                nav: false,
                marker: None,
                caption: false,
                byline: true,
            },
            Row {
                line: "Minh Anh (TTXVN)",
                nav: false,
                marker: None,
                caption: false,
                byline: true,
            },
            Row {
                line: "In the morning, they met.",
                nav: false,
                marker: None,
                caption: false,
                byline: false,
            },
            Row {
                line: "Vietnam allocates nearly 21 billion USD to social welfare in H1",
                nav: false,
                marker: None,
                caption: false,
                byline: false,
            },
        ];
        for r in ROWS {
            assert_eq!(is_nav_only(r.line), r.nav, "nav {}", r.line);
            assert_eq!(section_marker(r.line), r.marker, "marker {}", r.line);
            assert_eq!(is_photo_caption(r.line), r.caption, "caption {}", r.line);
            assert_eq!(is_byline(r.line), r.byline, "byline {}", r.line);
        }
    }

    #[test]
    fn finds_end_marks_and_photo_markers() {
        assert_eq!(end_mark("technology transfer./."), Some("technology transfer.".len()));
        assert_eq!(end_mark("the end (END)"), Some("the end ".len()));
        assert_eq!(end_mark("./."), Some(0));
        assert_eq!(end_mark("  ./. "), Some(2));
        assert_eq!(end_mark("see www.example.com/."), None);
        assert_eq!(end_mark("a normal sentence."), None);
        let s =
            "Vietnamese, Chinese ministers discuss security cooperation ảnh 1At the MoU signing ceremony (Photo: VNA)";
        let (before, after) = photo_marker(s).unwrap();
        assert_eq!(
            &s[..before],
            "Vietnamese, Chinese ministers discuss security cooperation "
        );
        assert_eq!(&s[after..], "At the MoU signing ceremony (Photo: VNA)");
        assert_eq!(photo_marker("see photo 2 of the set"), None);
    }

    #[test]
    fn agency_lines() {
        assert_eq!(agency_line("VNA").as_deref(), Some("VNA"));
        assert_eq!(agency_line("(AFP)").as_deref(), Some("AFP"));
        assert_eq!(agency_line("Theo TTXVN").as_deref(), Some("TTXVN"));
        assert_eq!(agency_line("Source: Xinhua").as_deref(), Some("Xinhua"));
        assert_eq!(agency_line("In"), None);
        assert_eq!(agency_line("The end."), None);
    }
}
