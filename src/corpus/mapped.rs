//! Text that remembers where it came from: a string plus sparse anchors mapping its byte offsets back to the raw text.
//!
//! Every cleaning step (HTML extraction, entity decoding, glyph removal, NFC,
//! glued-word splitting) reads a [`Mapped`] and writes a new one through a
//! [`Builder`], so the final paragraph still knows which raw bytes each of its
//! bytes stands for. Anchors are stored only where the text stops being a
//! verbatim copy of the raw text, so a clean paragraph needs one anchor.

/// A point where the cleaned text and the raw text line up: byte `out` of the
/// cleaned text stands for byte `raw` of the raw text. Between two anchors the
/// text is a verbatim copy when both advance by the same length; otherwise it
/// is an edit (a replacement, an insertion or a deletion).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    /// Byte offset in the cleaned text.
    pub out: usize,
    /// Byte offset in the raw text.
    pub raw: usize,
}

/// A cleaned string with the anchors that map it back to the raw text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mapped {
    /// The text.
    pub text: String,
    /// Anchors sorted by `out` (and by `raw`); the first is at `out == 0` when the text is not empty.
    pub anchors: Vec<Anchor>,
    /// Raw offset one past the last raw byte this text stands for.
    pub raw_end: usize,
}

impl Mapped {
    /// Text copied verbatim from `raw[start..start + text.len()]`.
    pub fn verbatim(text: &str, start: usize) -> Mapped {
        Mapped {
            text: text.to_string(),
            anchors: vec![Anchor { out: 0, raw: start }],
            raw_end: start + text.len(),
        }
    }

    /// The raw offset that the cleaned byte offset `at` stands for (clamped into the text).
    pub fn raw_of(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        let i = self.anchors.partition_point(|a| a.out <= at);
        let Some(a) = i.checked_sub(1).and_then(|i| self.anchors.get(i)) else {
            return self.anchors.first().map_or(self.raw_end, |a| a.raw);
        };
        let limit = self.anchors.get(i).map_or(self.raw_end, |b| b.raw);
        (a.raw + (at - a.out)).min(limit.max(a.raw))
    }

    /// Raw offset of the first byte.
    pub fn raw_start(&self) -> usize {
        self.anchors.first().map_or(self.raw_end, |a| a.raw)
    }

    /// The sub-text `self.text[start..end]` with its mapping (offsets must be char boundaries).
    pub fn slice(&self, start: usize, end: usize) -> Mapped {
        let mut b = Builder::new();
        b.push_from(self, start, end);
        b.finish(self.raw_of(end))
    }

    /// The text with leading and trailing white space removed, mapping kept.
    pub fn trimmed(&self) -> Mapped {
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len().max(start);
        self.slice(start, end)
    }
}

/// Builds a [`Mapped`] piece by piece, adding anchors only where needed.
#[derive(Debug, Default)]
pub struct Builder {
    text: String,
    anchors: Vec<Anchor>,
    /// True when the last piece was a verbatim copy that the next copy may continue.
    open: bool,
}

impl Builder {
    /// An empty builder.
    pub fn new() -> Builder {
        Builder::default()
    }

    /// The text built so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// True when nothing has been pushed.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    fn anchor(&mut self, raw: usize) {
        let out = self.text.len();
        if let Some(last) = self.anchors.last_mut() {
            if last.out == out {
                last.raw = raw;
                return;
            }
        }
        self.anchors.push(Anchor { out, raw });
    }

    /// Appends `s`, a verbatim copy of the raw bytes starting at `raw`.
    pub fn push_copy(&mut self, s: &str, raw: usize) {
        if s.is_empty() {
            return;
        }
        let continues = self.open
            && self
                .anchors
                .last()
                .is_some_and(|a| raw >= a.raw && raw - a.raw == self.text.len() - a.out);
        if !continues {
            self.anchor(raw);
        }
        self.text.push_str(s);
        self.open = true;
    }

    /// Appends `s`, which stands for the raw bytes `raw_start..raw_end` (an
    /// entity, a recomposed character, a space standing for a run of white space).
    pub fn push_replaced(&mut self, s: &str, raw_start: usize, raw_end: usize) {
        if s.is_empty() {
            return;
        }
        if s.len() == raw_end.saturating_sub(raw_start) {
            // Same length: an edit like NBSP → space still maps byte for byte well enough.
            self.anchor(raw_start);
            self.text.push_str(s);
            self.open = false;
            self.anchor(raw_end);
            return;
        }
        self.anchor(raw_start);
        self.text.push_str(s);
        self.anchor(raw_end.max(raw_start));
        self.open = false;
    }

    /// Appends `s`, inserted text (a space between glued words) placed at raw offset `raw`.
    pub fn push_inserted(&mut self, s: &str, raw: usize) {
        self.push_replaced(s, raw, raw);
    }

    /// Appends `src.text[start..end]` with the mapping `src` gives it.
    pub fn push_from(&mut self, src: &Mapped, start: usize, end: usize) {
        let end = end.min(src.text.len());
        if start >= end {
            return;
        }
        let mut i = src.anchors.partition_point(|a| a.out <= start).saturating_sub(1);
        let mut at = start;
        while at < end {
            let Some(a) = src.anchors.get(i) else {
                break;
            };
            let next = src.anchors.get(i + 1);
            let seg_out_end = next.map_or(src.text.len(), |b| b.out).min(end);
            let seg_raw_end = next.map_or(src.raw_end, |b| b.raw);
            let verbatim = seg_raw_end.checked_sub(a.raw) == next.map_or(src.text.len(), |b| b.out).checked_sub(a.out);
            if seg_out_end > at {
                let piece = src.text.get(at..seg_out_end).unwrap_or("");
                if verbatim {
                    self.push_copy(piece, a.raw + (at - a.out));
                } else {
                    let r0 = src.raw_of(at);
                    let r1 = if seg_out_end == next.map_or(src.text.len(), |b| b.out) {
                        seg_raw_end
                    } else {
                        src.raw_of(seg_out_end)
                    };
                    self.push_replaced(piece, r0, r1.max(r0));
                }
                at = seg_out_end;
            }
            i += 1;
        }
    }

    /// Finishes the text; `raw_end` is the raw offset just past what it stands for.
    pub fn finish(self, raw_end: usize) -> Mapped {
        let mut anchors = self.anchors;
        // Drop a trailing anchor that sits at the end of the text: `raw_end` says the same.
        if anchors.len() > 1 && anchors.last().is_some_and(|a| a.out == self.text.len()) {
            anchors.pop();
        }
        let raw_end = anchors.last().map_or(raw_end, |a| raw_end.max(a.raw));
        Mapped {
            text: self.text,
            anchors,
            raw_end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbatim_text_needs_one_anchor() {
        let m = Mapped::verbatim("hello world", 100);
        assert_eq!(m.anchors.len(), 1);
        assert_eq!(m.raw_of(6), 106);
        assert_eq!(m.raw_of(99), 111);
    }

    #[test]
    fn copies_replacements_and_insertions_compose() {
        // raw: "a&amp;b  cd" → "a&b cd" → insert a space: "a&b c d"
        let raw = "a&amp;b  cd";
        let mut b = Builder::new();
        b.push_copy("a", 0);
        b.push_replaced("&", 1, 6);
        b.push_copy("b", 6);
        b.push_replaced(" ", 7, 9);
        b.push_copy("cd", 9);
        let first = b.finish(raw.len());
        assert_eq!(first.text, "a&b cd");
        assert_eq!(first.raw_of(2), 6);
        assert_eq!(first.raw_of(4), 9);
        let mut b = Builder::new();
        b.push_from(&first, 0, 5);
        b.push_inserted(" ", first.raw_of(5));
        b.push_from(&first, 5, 6);
        let second = b.finish(first.raw_end);
        assert_eq!(second.text, "a&b c d");
        assert_eq!(second.raw_of(4), 9);
        assert_eq!(second.raw_of(6), 10);
        assert_eq!(&raw[second.raw_of(6)..second.raw_of(6) + 1], "d");
    }

    #[test]
    fn slices_keep_their_mapping() {
        let m = Mapped::verbatim("  Hanoi (VNA)  ", 10).trimmed();
        assert_eq!(m.text, "Hanoi (VNA)");
        assert_eq!(m.raw_start(), 12);
        assert_eq!(m.raw_of(6), 18);
    }
}
