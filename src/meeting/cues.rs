//! The words that tell a meeting story apart: meeting verbs and nouns, phone calls, past and future markers, signing verbs, attendance, level phrases, ordinals and counts, in English and Vietnamese.
//!
//! Phrases are sequences of lower-case words (diacritics kept, so Vietnamese
//! `ký` "sign" is not `kỳ` "session"), matched over a sentence's tokens
//! leftmost-longest and without overlap; look-alikes (`tiếp tục` "continue"
//! for `tiếp` "receive", `meet the needs`) are listed as [`Cue::Block`] so the
//! longer phrase wins. One pass per sentence, a hash lookup per word.

use crate::lang::{normalize, tokenize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// What a phrase signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Cue {
    /// A verb that reports a meeting taking place ("held talks", "received", "co-chaired", "hội đàm", "tiếp").
    Verb,
    /// A noun naming a meeting ("meeting", "talks", "hội nghị", "phiên họp").
    Noun,
    /// A call, not a meeting in person ("phone talks", "điện đàm").
    Phone,
    /// The event is in the past of the report ("since", "took place", "significance of", "đã").
    Past,
    /// The event is still to come ("will", "to be held", "sẽ").
    Future,
    /// An earlier meeting of a series ("previous", "last", "lần trước").
    Previous,
    /// A later meeting of a series ("next", "upcoming", "tiếp theo").
    Next,
    /// A signing verb ("signed", "ký kết").
    Sign,
    /// Intent before a signing verb: not yet signed ("will", "to", "soon", "tiến tới").
    NotYet,
    /// Attendance ("attended", "tham dự").
    Attend,
    /// "ministerial-level", "cấp Bộ trưởng".
    MinisterLevel,
    /// "deputy ministerial-level", "cấp Thứ trưởng".
    DeputyLevel,
    /// A look-alike that is none of the above.
    Block,
}

impl Cue {
    /// True for markers placing an event before the report.
    pub(crate) fn is_past(self) -> bool {
        matches!(self, Cue::Past | Cue::Previous)
    }

    /// True for markers placing an event after the report.
    pub(crate) fn is_future(self) -> bool {
        matches!(self, Cue::Future | Cue::Next)
    }
}

/// The phrase table: (phrase, cue). Words are separated by spaces; hyphens and apostrophes split words as in
/// [`tokenize`], so "co-chaired" is written "co chaired".
const PHRASES: &[(&str, Cue)] = &[
    // English meeting verbs
    ("held talks", Cue::Verb),
    ("hold talks", Cue::Verb),
    ("holds talks", Cue::Verb),
    ("holding talks", Cue::Verb),
    ("had talks", Cue::Verb),
    ("has talks", Cue::Verb),
    ("have talks", Cue::Verb),
    ("held a meeting", Cue::Verb),
    ("had a meeting", Cue::Verb),
    ("held a working session", Cue::Verb),
    ("had a working session", Cue::Verb),
    ("met", Cue::Verb),
    ("meets", Cue::Verb),
    ("meet", Cue::Verb),
    ("received", Cue::Verb),
    ("receives", Cue::Verb),
    ("receive", Cue::Verb),
    ("receiving", Cue::Verb),
    ("hosted", Cue::Verb),
    ("hosts", Cue::Verb),
    ("co chaired", Cue::Verb),
    ("co chair", Cue::Verb),
    ("co chairs", Cue::Verb),
    ("co chairing", Cue::Verb),
    ("chaired", Cue::Verb),
    ("convened", Cue::Verb),
    ("courtesy call", Cue::Verb),
    ("courtesy calls", Cue::Verb),
    ("courtesy visit", Cue::Verb),
    ("paid a visit", Cue::Verb),
    ("visited", Cue::Verb),
    ("visit", Cue::Verb),
    ("visits", Cue::Verb),
    ("visiting", Cue::Verb),
    ("worked with", Cue::Verb),
    ("works with", Cue::Verb),
    ("working session", Cue::Verb),
    ("welcoming ceremony", Cue::Verb),
    // English meeting nouns
    ("meeting", Cue::Noun),
    ("meetings", Cue::Noun),
    ("talks", Cue::Noun),
    ("dialogue", Cue::Noun),
    ("session", Cue::Noun),
    ("conference", Cue::Noun),
    // English look-alikes
    ("meet the needs", Cue::Block),
    ("meet the demand", Cue::Block),
    ("meet the demands", Cue::Block),
    ("meet the requirements", Cue::Block),
    ("meeting the needs", Cue::Block),
    ("meeting the demand", Cue::Block),
    ("meeting the requirements", Cue::Block),
    ("received information", Cue::Block),
    ("received reports", Cue::Block),
    // English calls
    ("phone talks", Cue::Phone),
    ("phone talk", Cue::Phone),
    ("phone call", Cue::Phone),
    ("phone conversation", Cue::Phone),
    ("telephone", Cue::Phone),
    ("telephone talks", Cue::Phone),
    ("telephone conversation", Cue::Phone),
    ("video call", Cue::Phone),
    ("by phone", Cue::Phone),
    ("phoned", Cue::Phone),
    // English past markers
    ("previous", Cue::Previous),
    ("last", Cue::Previous),
    ("preceding", Cue::Previous),
    ("since", Cue::Past),
    ("earlier", Cue::Past),
    ("ago", Cue::Past),
    ("prior", Cue::Past),
    ("former", Cue::Past),
    ("recent", Cue::Past),
    ("recently", Cue::Past),
    ("significance of", Cue::Past),
    ("importance of", Cue::Past),
    ("outcomes of", Cue::Past),
    ("outcome of", Cue::Past),
    ("results of", Cue::Past),
    ("result of", Cue::Past),
    ("achievements of", Cue::Past),
    ("took place", Cue::Past),
    ("was held", Cue::Past),
    ("were held", Cue::Past),
    ("was signed", Cue::Past),
    ("were signed", Cue::Past),
    ("in the wake of", Cue::Past),
    ("followed", Cue::Past),
    // English future markers
    ("next", Cue::Next),
    ("upcoming", Cue::Next),
    ("forthcoming", Cue::Next),
    ("will", Cue::Future),
    ("shall", Cue::Future),
    ("to be held", Cue::Future),
    ("is scheduled", Cue::Future),
    ("are scheduled", Cue::Future),
    ("scheduled", Cue::Future),
    ("planned", Cue::Future),
    ("plans to", Cue::Future),
    ("expected to", Cue::Future),
    ("set to", Cue::Future),
    // English signing
    ("signed", Cue::Sign),
    ("sign", Cue::Sign),
    ("signing", Cue::Sign),
    ("inked", Cue::Sign),
    ("to sign", Cue::NotYet),
    ("to soon sign", Cue::NotYet),
    ("will sign", Cue::NotYet),
    ("would sign", Cue::NotYet),
    ("soon sign", Cue::NotYet),
    ("plan to sign", Cue::NotYet),
    ("to be signed", Cue::NotYet),
    ("will be signed", Cue::NotYet),
    ("towards signing", Cue::NotYet),
    ("toward signing", Cue::NotYet),
    // English attendance
    ("attended", Cue::Attend),
    ("attending", Cue::Attend),
    ("participated", Cue::Attend),
    ("participation of", Cue::Attend),
    ("accompanied by", Cue::Attend),
    ("also present", Cue::Attend),
    // English levels
    ("ministerial level", Cue::MinisterLevel),
    ("minister level", Cue::MinisterLevel),
    ("ministerial", Cue::MinisterLevel),
    ("deputy ministerial level", Cue::DeputyLevel),
    ("deputy minister level", Cue::DeputyLevel),
    ("deputy ministerial", Cue::DeputyLevel),
    ("vice ministerial level", Cue::DeputyLevel),
    ("vice ministerial", Cue::DeputyLevel),
    // Vietnamese meeting verbs
    ("hội đàm", Cue::Verb),
    ("hội kiến", Cue::Verb),
    ("tiếp", Cue::Verb),
    ("tiếp xã giao", Cue::Verb),
    ("tiếp đón", Cue::Verb),
    ("đón tiếp", Cue::Verb),
    ("chào xã giao", Cue::Verb),
    ("làm việc", Cue::Verb),
    ("gặp", Cue::Verb),
    ("gặp gỡ", Cue::Verb),
    ("gặp mặt", Cue::Verb),
    ("đồng chủ trì", Cue::Verb),
    ("chủ trì", Cue::Verb),
    ("thăm", Cue::Verb),
    ("chuyến thăm", Cue::Verb),
    ("hội nghị", Cue::Noun),
    ("cuộc họp", Cue::Noun),
    ("phiên họp", Cue::Noun),
    ("cuộc hội đàm", Cue::Noun),
    ("cuộc gặp", Cue::Noun),
    ("buổi làm việc", Cue::Noun),
    ("đối thoại", Cue::Noun),
    // Vietnamese look-alikes
    ("tiếp tục", Cue::Block),
    ("trực tiếp", Cue::Block),
    ("gián tiếp", Cue::Block),
    ("tiếp cận", Cue::Block),
    ("tiếp nhận", Cue::Block),
    ("tiếp xúc", Cue::Block),
    ("kế tiếp", Cue::Block),
    ("tiếp thu", Cue::Block),
    ("tiếp giáp", Cue::Block),
    ("tiếp nối", Cue::Block),
    ("tiếp sức", Cue::Block),
    ("tiếp tế", Cue::Block),
    ("tiếp thị", Cue::Block),
    ("tiếp viên", Cue::Block),
    ("tiếp diễn", Cue::Block),
    ("tiếp đến", Cue::Block),
    ("tiếp đó", Cue::Block),
    ("dành thời gian tiếp", Cue::Block),
    ("chào mừng", Cue::Block),
    ("thăm dò", Cue::Block),
    ("thăm hỏi", Cue::Block),
    ("gặp khó khăn", Cue::Block),
    ("gặp phải", Cue::Block),
    ("gặp nạn", Cue::Block),
    // Vietnamese calls
    ("điện đàm", Cue::Phone),
    ("gọi điện", Cue::Phone),
    ("điện thoại", Cue::Phone),
    // Vietnamese past and future
    ("lần trước", Cue::Previous),
    ("kỳ trước", Cue::Previous),
    ("trước đó", Cue::Past),
    ("trước đây", Cue::Past),
    ("năm trước", Cue::Past),
    ("vừa qua", Cue::Past),
    ("đã", Cue::Past),
    ("kể từ", Cue::Past),
    ("ý nghĩa", Cue::Past),
    ("kết quả", Cue::Past),
    ("lần tới", Cue::Next),
    ("kỳ tới", Cue::Next),
    ("tiếp theo", Cue::Next),
    ("sắp tới", Cue::Next),
    ("tới đây", Cue::Next),
    ("sẽ", Cue::Future),
    ("dự kiến", Cue::Future),
    ("năm tới", Cue::Future),
    // Vietnamese signing
    ("ký", Cue::Sign),
    ("ký kết", Cue::Sign),
    ("kí", Cue::Sign),
    ("kí kết", Cue::Sign),
    ("tiến tới ký", Cue::NotYet),
    ("tiến tới ký kết", Cue::NotYet),
    ("hướng tới ký", Cue::NotYet),
    ("hướng tới ký kết", Cue::NotYet),
    ("sẽ ký", Cue::NotYet),
    ("sẽ ký kết", Cue::NotYet),
    ("sớm ký", Cue::NotYet),
    ("sớm ký kết", Cue::NotYet),
    ("chuẩn bị ký", Cue::NotYet),
    ("đàm phán", Cue::NotYet),
    // Vietnamese attendance
    ("tham dự", Cue::Attend),
    ("cùng dự", Cue::Attend),
    ("có sự tham dự", Cue::Attend),
    // Vietnamese levels
    ("cấp bộ trưởng", Cue::MinisterLevel),
    ("cấp thứ trưởng", Cue::DeputyLevel),
];

/// One phrase found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// What it signals.
    pub cue: Cue,
    /// Byte offset of its first byte in the body.
    pub start: usize,
    /// Byte offset one past its last byte in the body.
    pub end: usize,
}

struct Table {
    /// First word → (remaining words, cue), longest first.
    by_first: HashMap<String, Vec<(Vec<String>, Cue)>>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut by_first: HashMap<String, Vec<(Vec<String>, Cue)>> = HashMap::new();
        for (phrase, cue) in PHRASES {
            let norm = normalize(phrase).to_lowercase();
            let mut words: Vec<String> = tokenize(&norm).iter().map(|t| t.text.to_string()).collect();
            if words.is_empty() {
                continue;
            }
            let first = words.remove(0);
            by_first.entry(first).or_default().push((words, *cue));
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        Table { by_first }
    })
}

/// Lower-cased words of `text` with their byte offsets shifted by `base`.
pub(crate) fn words(text: &str, base: usize) -> Vec<(String, usize, usize)> {
    tokenize(text)
        .into_iter()
        .map(|t| (t.text.to_lowercase(), base + t.start, base + t.end))
        .collect()
}

/// The cues of one sentence `text` that starts at byte `base` of the body, in order; look-alikes dropped.
pub(crate) fn scan(text: &str, base: usize) -> Vec<Hit> {
    let t = table();
    let ws = words(text, base);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some((w, start, _)) = ws.get(i) {
        let found = t.by_first.get(w).and_then(|list| {
            list.iter().find(|(rest, _)| {
                rest.iter()
                    .enumerate()
                    .all(|(k, r)| ws.get(i + 1 + k).is_some_and(|(x, _, _)| x == r))
            })
        });
        match found {
            Some((rest, cue)) => {
                let last = ws.get(i + rest.len()).map_or(*start, |x| x.2);
                if *cue != Cue::Block {
                    out.push(Hit {
                        cue: *cue,
                        start: *start,
                        end: last,
                    });
                }
                i += rest.len() + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// English ordinal words and their values.
const ORDINAL_WORDS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
];

/// English tens that prefix an ordinal ("twenty-first").
const TENS: &[(&str, u32)] = &[("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50)];

/// Vietnamese numbers after "lần thứ" (`tư` is the ordinal form of four).
const VI_NUMBERS: &[(&str, u32)] = &[
    ("nhất", 1),
    ("hai", 2),
    ("ba", 3),
    ("tư", 4),
    ("bốn", 4),
    ("năm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("tám", 8),
    ("chín", 9),
    ("mười", 10),
];

/// Cardinal numbers before a noun ("three MoUs", "hai văn bản"); articles count one.
const CARDINALS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("sáu", 6),
    ("bảy", 7),
    ("tám", 8),
    ("chín", 9),
    ("mười", 10),
];

fn lookup(table: &[(&str, u32)], w: &str) -> Option<u32> {
    table.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

/// The value of an English ordinal word or numeral (`12th`, `seventh`, `21st`).
fn english_ordinal(w: &str) -> Option<u32> {
    if let Some(v) = lookup(ORDINAL_WORDS, w) {
        return Some(v);
    }
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &w[digits.len()..];
    if digits.is_empty() || digits.len() > 4 || !matches!(suffix, "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok()
}

/// An ordinal attached to a meeting noun, in `ws` (lower-cased words of one sentence with offsets): English
/// "12th ... meeting" (the noun, one of `nouns` sorted by start, at most five words on, no punctuation between:
/// `gap_ok` says whether the text between two offsets is only words and spaces) or Vietnamese "lần thứ 7" /
/// "lần thứ bảy". Returns the value and the byte range of the ordinal. Constant work per word.
pub(crate) fn ordinal(
    ws: &[(String, usize, usize)],
    nouns: &[Hit],
    gap_ok: impl Fn(usize, usize) -> bool,
) -> Option<(u32, usize, usize)> {
    for (i, (w, start, end)) in ws.iter().enumerate() {
        // Vietnamese: "lần thứ N".
        if w == "lần" && ws.get(i + 1).is_some_and(|x| x.0 == "thứ") {
            if let Some((n, _, e)) = ws.get(i + 2) {
                let v = n
                    .parse::<u32>()
                    .ok()
                    .filter(|v| *v < 1000)
                    .or_else(|| lookup(VI_NUMBERS, n));
                if let Some(v) = v {
                    return Some((v, *start, *e));
                }
            }
        }
        // English: "twenty first", "seventh", "12th", then a meeting noun within five words.
        let (value, first_start) = match english_ordinal(w) {
            Some(v) => match i.checked_sub(1).and_then(|j| ws.get(j)) {
                Some((p, ps, _)) if v < 10 && gap_ok(*ps, *start) => match lookup(TENS, p) {
                    Some(t) => (t + v, *ps),
                    None => (v, *start),
                },
                _ => (v, *start),
            },
            None => continue,
        };
        // A meeting noun starting at one of the next five words, with only words and spaces between.
        let noun = (i + 1..=i + 5)
            .filter_map(|k| ws.get(k))
            .find(|(_, ks, _)| nouns.binary_search_by_key(ks, |h| h.start).is_ok());
        if let Some((_, ks, _)) = noun {
            if gap_ok(*end, *ks) {
                return Some((value, first_start, *end));
            }
        }
    }
    None
}

/// The count a word before a noun gives ("three" → 3, "a" → 1, "12" → 12).
pub(crate) fn cardinal(w: &str) -> Option<u32> {
    lookup(CARDINALS, w).or_else(|| w.parse::<u32>().ok().filter(|v| (1..1000).contains(v)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues_of(text: &str) -> Vec<(String, Cue)> {
        scan(text, 0)
            .into_iter()
            .map(|h| (text[h.start..h.end].to_string(), h.cue))
            .collect()
    }

    #[test]
    fn finds_cues() {
        type Row<'a> = (&'a str, &'a str, &'a [(&'a str, Cue)]);
        let rows: &[Row] = &[
            (
                "english talks",
                "General To Lam held talks with French Minister Gérald Darmanin.",
                &[("held talks", Cue::Verb)],
            ),
            (
                "co-chaired",
                "The event was co-chaired by Lieutenant General Le Quoc Hung.",
                &[("co-chaired", Cue::Verb)],
            ),
            (
                "phone beats talks",
                "To Lam held phone talks with Xi Jinping.",
                &[("phone talks", Cue::Phone)],
            ),
            (
                "next meeting",
                "The eighth meeting will be held in China in 2022.",
                &[("meeting", Cue::Noun), ("will", Cue::Future)],
            ),
            (
                "to be held",
                "The next meeting is to be held in Hanoi.",
                &[("next", Cue::Next), ("meeting", Cue::Noun), ("to be held", Cue::Future)],
            ),
            (
                "tiếp is not tiếp tục",
                "Hai bên tiếp tục hợp tác; Bộ trưởng đã tiếp Đại sứ.",
                &[("đã", Cue::Past), ("tiếp", Cue::Verb)],
            ),
            (
                "ký is not kỳ",
                "Kỳ họp thứ 5; hai bên đã ký Bản ghi nhớ.",
                &[("đã", Cue::Past), ("ký", Cue::Sign)],
            ),
            (
                "not yet signed",
                "đàm phán tiến tới ký kết Hiệp định dẫn độ",
                &[("đàm phán", Cue::NotYet), ("tiến tới ký kết", Cue::NotYet)],
            ),
            ("meet the needs", "to meet the needs of people", &[]),
            (
                "chào xã giao",
                "Tại buổi chào xã giao ngài K. Shanmugam",
                &[("chào xã giao", Cue::Verb)],
            ),
        ];
        for (name, text, want) in rows {
            let want: Vec<(String, Cue)> = want.iter().map(|(s, c)| (s.to_string(), *c)).collect();
            assert_eq!(cues_of(text), want, "{name}");
        }
    }

    #[test]
    fn finds_ordinals() {
        let rows: &[(&str, Option<u32>)] = &[
            ("The 12th deputy ministerial-level annual meeting between", Some(12)),
            ("convened their seventh meeting on crime prevention", Some(7)),
            ("the twenty-first session of the dialogue", Some(21)),
            ("Đây là cuộc hội đàm lần thứ 5 giữa hai Bộ.", Some(5)),
            ("Hội nghị lần thứ bảy", Some(7)),
            ("for the first time, the two ministries held a meeting", None),
            ("the first quarter; a meeting", None),
            ("no ordinal here at the meeting", None),
        ];
        for (text, want) in rows {
            let ws = words(text, 0);
            let nouns: Vec<Hit> = scan(text, 0)
                .into_iter()
                .filter(|h| matches!(h.cue, Cue::Noun | Cue::Verb))
                .collect();
            let gap_ok = |a: usize, b: usize| {
                text.get(a..b)
                    .is_some_and(|g| g.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '-'))
            };
            assert_eq!(ordinal(&ws, &nouns, gap_ok).map(|o| o.0), *want, "{text}");
        }
    }

    #[test]
    fn counts() {
        let rows = [
            ("three", Some(3)),
            ("a", Some(1)),
            ("hai", Some(2)),
            ("12", Some(12)),
            ("the", None),
        ];
        for (w, want) in rows {
            assert_eq!(cardinal(w), want, "{w}");
        }
    }
}
