//! The article reader's model: each paragraph cut into parts at entity and highlight boundaries, so the UI renders plain text spans.

use crate::corpus::{Article, PARAGRAPH_SEPARATOR};
use crate::entity::Mention;
use std::ops::Range;

/// A run of a paragraph's text with one entity (or none) and one highlight state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Byte range into [`Article::body`].
    pub range: Range<usize>,
    /// Index into the mentions slice, when the run is an entity.
    pub mention: Option<usize>,
    /// True when the run lies inside a highlighted range (a meeting's evidence sentence).
    pub highlighted: bool,
}

/// One paragraph of the story, cut into parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParagraphView {
    /// Paragraph number, from 0.
    pub index: usize,
    /// Byte range of the paragraph in the body.
    pub range: Range<usize>,
    /// The parts, in order, covering the paragraph exactly.
    pub parts: Vec<Part>,
    /// True when any part is highlighted.
    pub has_highlight: bool,
}

/// The byte range of each paragraph in [`Article::body`].
pub fn paragraph_ranges(article: &Article) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(article.paragraphs.len());
    let mut at = 0;
    for p in &article.paragraphs {
        out.push(at..at + p.len());
        at += p.len() + PARAGRAPH_SEPARATOR.len();
    }
    out
}

/// Cuts every paragraph at mention and highlight boundaries. Mentions that overlap an
/// earlier one, or fall outside the body or off a char boundary, are left as plain text.
pub fn paragraphs(article: &Article, mentions: &[Mention], highlights: &[Range<usize>]) -> Vec<ParagraphView> {
    let body = article.body();
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| (mentions[i].start, mentions[i].end));
    paragraph_ranges(article)
        .into_iter()
        .enumerate()
        .map(|(index, range)| {
            // Boundaries: paragraph ends, mention ends, highlight ends, all clipped to the paragraph.
            let mut cuts = vec![range.start, range.end];
            let mut spans: Vec<(Range<usize>, usize)> = Vec::new();
            let mut last_end = range.start;
            for &i in &order {
                let m = &mentions[i];
                let ok = m.start < m.end
                    && m.start >= range.start
                    && m.end <= range.end
                    && m.start >= last_end
                    && body.is_char_boundary(m.start)
                    && body.is_char_boundary(m.end);
                if ok {
                    spans.push((m.start..m.end, i));
                    cuts.extend([m.start, m.end]);
                    last_end = m.end;
                }
            }
            for h in highlights {
                for edge in [h.start, h.end] {
                    if edge > range.start && edge < range.end && body.is_char_boundary(edge) {
                        cuts.push(edge);
                    }
                }
            }
            cuts.sort_unstable();
            cuts.dedup();
            let parts: Vec<Part> = cuts
                .windows(2)
                .map(|w| {
                    let r = w[0]..w[1];
                    let mention = spans
                        .iter()
                        .find(|(s, _)| s.start <= r.start && r.end <= s.end)
                        .map(|(_, i)| *i);
                    let highlighted = highlights.iter().any(|h| h.start <= r.start && r.end <= h.end);
                    Part {
                        range: r,
                        mention,
                        highlighted,
                    }
                })
                .collect();
            let has_highlight = parts.iter().any(|p| p.highlighted);
            ParagraphView {
                index,
                range,
                parts,
                has_highlight,
            }
        })
        .collect()
}

/// Reads the evidence range from a URL fragment (`#ev=START-END`, byte offsets into the story).
/// Anything else, including a reversed or empty range, gives `None`.
pub fn evidence_from_fragment(fragment: &str) -> Option<Range<usize>> {
    let rest = fragment.strip_prefix('#').unwrap_or(fragment).strip_prefix("ev=")?;
    let (a, b) = rest.split_once('-')?;
    let (start, end) = (a.parse::<usize>().ok()?, b.parse::<usize>().ok()?);
    (start < end).then_some(start..end)
}

/// The URL fragment that asks the reader to highlight `range` (`#ev=START-END`).
pub fn evidence_fragment(range: &Range<usize>) -> String {
    format!("#ev={}-{}", range.start, range.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::EntityKind;

    fn article(paragraphs: &[&str]) -> Article {
        let mut a = crate::corpus::parse("t.txt", b"Title\n\nBody text here.").unwrap();
        a.paragraphs = paragraphs.iter().map(|s| s.to_string()).collect();
        a
    }

    fn mention(start: usize, end: usize) -> Mention {
        Mention {
            kind: EntityKind::Person,
            text: String::new(),
            id: "person:x".into(),
            name: "X".into(),
            title: None,
            start,
            end,
            country: None,
            rank: None,
        }
    }

    #[test]
    fn parts_cover_each_paragraph_exactly() {
        let a = article(&["Tô Lâm met Zhao Kezhi.", "Second paragraph."]);
        let body = a.body();
        let ms = vec![
            mention(0, "Tô Lâm".len()),
            mention(body.find("Zhao").unwrap(), body.find(".").unwrap()),
        ];
        let hl = vec![body.find("met").unwrap()..body.find("Second").unwrap() + 6, 0..0];
        let views = paragraphs(&a, &ms, &hl);
        assert_eq!(views.len(), 2);
        for v in &views {
            let joined: String = v.parts.iter().map(|p| &body[p.range.clone()]).collect();
            assert_eq!(joined, body[v.range.clone()]);
        }
        let texts: Vec<(&str, Option<usize>, bool)> = views[0]
            .parts
            .iter()
            .map(|p| (&body[p.range.clone()], p.mention, p.highlighted))
            .collect();
        assert_eq!(
            texts,
            [
                ("Tô Lâm", Some(0), false),
                (" ", None, false),
                ("met ", None, true),
                ("Zhao Kezhi", Some(1), true),
                (".", None, true)
            ]
        );
        assert!(views[1].has_highlight);
        assert_eq!(&body[views[1].parts[0].range.clone()], "Second");
    }

    #[test]
    fn evidence_fragments_round_trip_and_reject_junk() {
        assert_eq!(evidence_from_fragment(&evidence_fragment(&(10..42))), Some(10..42));
        for junk in [
            "",
            "#",
            "#ev=",
            "#ev=5",
            "#ev=9-3",
            "#ev=3-3",
            "#ev=a-b",
            "#x=1-2",
            "#ev=-1-4",
            "#ev=1-99999999999999999999999",
        ] {
            assert_eq!(evidence_from_fragment(junk), None, "{junk}");
        }
    }

    #[test]
    fn bad_mentions_are_plain_text() {
        let a = article(&["Tô Lâm"]);
        let ms = vec![mention(2, 4), mention(0, 99), mention(3, 2)];
        let views = paragraphs(&a, &ms, &[]);
        assert!(views[0].parts.iter().all(|p| p.mention.is_none()));
    }

    proptest::proptest! {
        #[test]
        fn any_mentions_give_a_partition(spans in proptest::collection::vec((0usize..40, 0usize..40), 0..8),
                                         hl in proptest::collection::vec((0usize..40, 0usize..40), 0..3)) {
            let a = article(&["Bộ Công an và Singapore", "ký kết MoU"]);
            let body = a.body();
            let ms: Vec<Mention> = spans.iter().map(|&(s, e)| mention(s, e)).collect();
            let hs: Vec<Range<usize>> = hl.iter().map(|&(s, e)| s..e).collect();
            for v in paragraphs(&a, &ms, &hs) {
                let joined: String = v.parts.iter().map(|p| &body[p.range.clone()]).collect();
                proptest::prop_assert_eq!(joined.as_str(), &body[v.range.clone()]);
            }
        }
    }
}
