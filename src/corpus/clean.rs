//! Character-level repair of one line: stray glyphs, emoji and symbols out, letters of scripts foreign to the article out, white space collapsed, NFC.
//!
//! The rules are by Unicode class and block, never by a list of bad
//! characters: a character is kept when it is a letter or digit of the
//! article's own script (or a long run of another script, such as a quoted
//! Chinese name), white space, or ordinary punctuation; pictographs, dingbats,
//! private-use and control characters go.

use super::mapped::{Builder, Mapped};
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc, UnicodeNormalization};

/// A writing system, coarsely: enough to tell which letters are foreign to a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin (English, Vietnamese, French, ...), including extended and fullwidth forms.
    Latin,
    /// Greek.
    Greek,
    /// Cyrillic.
    Cyrillic,
    /// Arabic.
    Arabic,
    /// Hebrew.
    Hebrew,
    /// Chinese characters with Japanese kana.
    Cjk,
    /// Korean Hangul.
    Hangul,
    /// Thai.
    Thai,
    /// Any other script, identified by its 128-code-point block.
    Block(u32),
}

/// The script of a letter or digit; `None` for characters that belong to every script (digits, marks).
pub fn script_of(c: char) -> Option<Script> {
    let u = u32::from(c);
    if c.is_ascii() {
        return c.is_ascii_alphabetic().then_some(Script::Latin);
    }
    if !c.is_alphabetic() {
        return None;
    }
    Some(match u {
        0x00C0..=0x02AF | 0x1D00..=0x1DBF | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xAB30..=0xAB6F => {
            Script::Latin
        }
        0xFF21..=0xFF5A | 0xFB00..=0xFB06 => Script::Latin,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x2E80..=0x2FDF
        | 0x3005..=0x3007
        | 0x3040..=0x30FF
        | 0x3190..=0x31FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF => Script::Cjk,
        0xFF66..=0xFF9F | 0x20000..=0x3FFFF => Script::Cjk,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7FF | 0xFFA0..=0xFFDC => Script::Hangul,
        0x0E00..=0x0E7F => Script::Thai,
        _ => Script::Block(u >> 7),
    })
}

/// How many letters of each script a text has; the most common is the text's own script.
#[derive(Debug, Clone, Default)]
pub struct ScriptProfile {
    counts: Vec<(Script, usize)>,
}

impl ScriptProfile {
    /// Counts the letters of `text` by script.
    pub fn of(text: &str) -> ScriptProfile {
        let mut p = ScriptProfile::default();
        for c in text.chars() {
            if let Some(s) = script_of(c) {
                match p.counts.iter_mut().find(|(k, _)| *k == s) {
                    Some((_, n)) => *n += 1,
                    None => p.counts.push((s, 1)),
                }
            }
        }
        p
    }

    /// The script most letters are in (Latin when there are none).
    pub fn dominant(&self) -> Script {
        self.counts
            .iter()
            .max_by_key(|(_, n)| *n)
            .map_or(Script::Latin, |(s, _)| *s)
    }
}

/// True for characters that are never text: controls, format characters (bidi marks,
/// embeddings, overrides and isolates among them), private use, replacement and object
/// characters, variation selectors, tags.
pub(super) fn is_junk(c: char) -> bool {
    let u = u32::from(c);
    (c.is_control() && !c.is_whitespace())
        || matches!(
            u,
            0x00AD | 0x061C | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFD
        )
        || matches!(u, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF | 0xFE00..=0xFE0F | 0xE0000..=0xE0FFF)
        || matches!(u, 0x20D0..=0x20FF)
}

/// True for punctuation and symbols that belong in prose: ASCII, Latin-1
/// signs, general punctuation, currency, letterlike symbols, number forms,
/// mathematical operators, CJK and fullwidth punctuation. Everything else that is
/// neither a letter nor a digit (emoji, dingbats, arrows, shapes, box drawing) is a stray glyph.
fn is_prose_symbol(c: char) -> bool {
    let u = u32::from(c);
    c.is_ascii()
        || matches!(
            u,
            0x00A1..=0x00BF
                | 0x00D7
                | 0x00F7
                | 0x02B0..=0x02FF
                | 0x2010..=0x205E
                | 0x20A0..=0x20CF
                | 0x2100..=0x214F
                | 0x2150..=0x218F
                | 0x2200..=0x22FF
                | 0x3000..=0x303F
                | 0xFF01..=0xFF20
                | 0xFF3B..=0xFF40
                | 0xFF5B..=0xFF65
                | 0xFFE0..=0xFFEE
        )
}

/// True for a combining mark (kept: it decorates the letter before it).
fn is_mark(c: char) -> bool {
    canonical_combining_class(c) != 0 || matches!(u32::from(c), 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF)
}

/// What one line's cleaning removed, for the article's record of cuts.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Cut {
    /// Runs of stray glyphs that were removed, as written.
    pub glyphs: Vec<String>,
}

/// Cleans one line: removes junk and stray glyphs and letters of foreign
/// scripts, turns every white space run into one ASCII space, trims, and
/// normalises to NFC, keeping the mapping to the raw text.
pub fn clean_line(line: &Mapped, own: Script, cut: &mut Cut) -> Mapped {
    let text = line.text.as_str();
    let mut out = Emitter {
        line,
        b: Builder::new(),
        run_start: None,
        pending_space: None,
    };
    let mut prev: Option<char> = None;
    let mut i = 0;
    while let Some(c) = text.get(i..).and_then(|t| t.chars().next()) {
        let n = c.len_utf8();
        if is_junk(c) {
            out.drop_to(i);
            i += n;
            continue;
        }
        if c.is_whitespace() {
            out.space(i, i + n);
            prev = Some(c);
            i += n;
            continue;
        }
        match script_of(c) {
            Some(s) if s != own && !c.is_numeric() => {
                // A run of letters in the same foreign script.
                let mut j = i;
                let mut len = 0usize;
                while let Some(d) = text.get(j..).and_then(|t| t.chars().next()) {
                    if script_of(d) != Some(s) && !is_mark(d) {
                        break;
                    }
                    j += d.len_utf8();
                    len += 1;
                }
                let next = text.get(j..).and_then(|t| t.chars().next());
                let attached = prev.and_then(script_of) == Some(own) || next.and_then(script_of) == Some(own);
                if len == 1 || attached {
                    cut.glyphs.push(text.get(i..j).unwrap_or("").to_string());
                    out.drop_to(i);
                } else {
                    out.keep(i);
                }
                prev = text.get(i..j).and_then(|t| t.chars().next_back());
                i = j.max(i + n);
                continue;
            }
            Some(_) => out.keep(i),
            None if c.is_numeric() || is_mark(c) || is_prose_symbol(c) => out.keep(i),
            None => {
                cut.glyphs.push(c.to_string());
                out.drop_to(i);
            }
        }
        prev = Some(c);
        i += n;
    }
    out.drop_to(text.len());
    let spaced = out.b.finish(line.raw_end);
    nfc(&spaced)
}

/// Writes kept spans of a line, collapsing white space runs into one space.
struct Emitter<'a> {
    line: &'a Mapped,
    b: Builder,
    /// Start of the current run of kept, non-space text.
    run_start: Option<usize>,
    /// A white space run waiting to be written (only if more text follows).
    pending_space: Option<(usize, usize)>,
}

impl Emitter<'_> {
    /// The character at `at` is kept.
    fn keep(&mut self, at: usize) {
        if self.run_start.is_some() {
            return;
        }
        if let Some((s, e)) = self.pending_space.take() {
            if !self.b.is_empty() {
                if e - s == 1 && self.line.text.as_bytes().get(s) == Some(&b' ') {
                    self.b.push_from(self.line, s, e);
                } else {
                    self.b.push_replaced(" ", self.line.raw_of(s), self.line.raw_of(e));
                }
            }
        }
        self.run_start = Some(at);
    }

    /// Ends the current run before `at` (the character there is dropped or is white space).
    fn drop_to(&mut self, at: usize) {
        if let Some(s) = self.run_start.take() {
            self.b.push_from(self.line, s, at);
        }
    }

    /// White space from `start` to `end`.
    fn space(&mut self, start: usize, end: usize) {
        self.drop_to(start);
        self.pending_space = Some(match self.pending_space {
            Some((s, _)) => (s, end),
            None => (start, end),
        });
    }
}

/// NFC with mapping: each space-separated chunk that is not already NFC is recomposed as one replacement.
pub fn nfc(m: &Mapped) -> Mapped {
    if is_nfc(&m.text) {
        return m.clone();
    }
    let mut b = Builder::new();
    let mut start = 0;
    let text = m.text.as_str();
    for (i, _) in text.match_indices(' ').chain(std::iter::once((text.len(), ""))) {
        let chunk = text.get(start..i).unwrap_or("");
        if is_nfc(chunk) {
            b.push_from(m, start, i);
        } else {
            let composed: String = chunk.nfc().collect();
            b.push_replaced(&composed, m.raw_of(start), m.raw_of(i));
        }
        if i < text.len() {
            b.push_from(m, i, i + 1);
        }
        start = i + 1;
    }
    b.finish(m.raw_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Case {
        name: &'static str,
        input: &'static str,
        want: &'static str,
        glyphs: &'static [&'static str],
    }

    const CASES: &[Case] = &[
        Case {
            name: "javanese letter before an English sentence (001)",
            input: "ꦯ The two sides have coordinated",
            want: "The two sides have coordinated",
            glyphs: &["ꦯ"],
        },
        Case {
            name: "emoji at line start",
            input: "🌞 Vietnamese and Chinese authorities",
            want: "Vietnamese and Chinese authorities",
            glyphs: &["🌞"],
        },
        Case {
            name: "hot beverage symbol",
            input: "☕ Afternoon briefing on February 5",
            want: "Afternoon briefing on February 5",
            glyphs: &["☕"],
        },
        Case {
            name: "emoji zwj sequence and skin tone inside a sentence",
            input: "Police 👮🏽\u{200D}♀️ arrested two suspects ✅",
            want: "Police arrested two suspects",
            glyphs: &["👮", "🏽", "♀", "✅"],
        },
        Case {
            name: "private use and replacement characters",
            input: "Interpol\u{E000} meeting \u{FFFD}in Lyon",
            want: "Interpol meeting in Lyon",
            glyphs: &[],
        },
        Case {
            name: "a stray Thai letter glued to an English word",
            input: "the Ministryก of Public Security",
            want: "the Ministry of Public Security",
            glyphs: &["ก"],
        },
        Case {
            name: "a quoted Chinese name is kept",
            input: "Zhao Kezhi (赵克志) arrived",
            want: "Zhao Kezhi (赵克志) arrived",
            glyphs: &[],
        },
        Case {
            name: "prose symbols are kept",
            input: "30°C, €5, “quoted” – ok… © VNA ≥ 2",
            want: "30°C, €5, “quoted” – ok… © VNA ≥ 2",
            glyphs: &[],
        },
        Case {
            name: "white space collapses, nbsp and tabs included",
            input: "  a\u{00A0}\u{00A0}b\t\tc   d  ",
            want: "a b c d",
            glyphs: &[],
        },
        Case {
            name: "vietnamese in nfd becomes nfc",
            input: "Thu\u{031B}o\u{031B}\u{0323}ng tu\u{031B}o\u{031B}\u{0301}ng Tô Lâm",
            want: "Thượng tướng Tô Lâm",
            glyphs: &[],
        },
        Case {
            name: "soft hyphen and zero-width space",
            input: "co\u{00AD}operation\u{200B} agreement",
            want: "cooperation agreement",
            glyphs: &[],
        },
    ];

    #[test]
    fn cleans_lines() {
        for case in CASES {
            let mut cut = Cut::default();
            let out = clean_line(&Mapped::verbatim(case.input, 0), Script::Latin, &mut cut);
            assert_eq!(out.text, case.want, "{}", case.name);
            assert_eq!(cut.glyphs, case.glyphs, "{}", case.name);
            assert!(is_nfc(&out.text), "{}", case.name);
        }
    }

    #[test]
    fn cleaned_offsets_point_at_the_same_words() {
        let raw = "🌞  Vietnamese\u{00A0}and  Chinese";
        let out = clean_line(&Mapped::verbatim(raw, 0), Script::Latin, &mut Cut::default());
        for word in ["Vietnamese", "and", "Chinese"] {
            let at = out.text.find(word).unwrap();
            let r = out.raw_of(at);
            assert_eq!(&raw[r..r + word.len()], word);
        }
    }

    #[test]
    fn finds_the_dominant_script() {
        assert_eq!(
            ScriptProfile::of("Thứ trưởng Lương Tam Quang").dominant(),
            Script::Latin
        );
        assert_eq!(
            ScriptProfile::of("Министерство внутренних дел a b").dominant(),
            Script::Cyrillic
        );
        assert_eq!(ScriptProfile::of("").dominant(), Script::Latin);
    }
}
