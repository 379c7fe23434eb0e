//! One-typo lookup by deletion neighbourhoods: every dictionary term is filed under itself and under each of its one-letter deletions, so the terms one edit from a query word are found with a dozen lookups instead of hundreds of generated variants.
//!
//! Why it is complete: if `t` is one edit from `q` (insertion, deletion,
//! substitution, swap of neighbours), then some one-letter deletion of `t`
//! (or `t` itself) equals some one-letter deletion of `q` (or `q` itself):
//! a substitution at `i` deletes `i` from both; an inserted letter is deleted
//! from `t` to give `q`; a deleted one from `q` to give `t`; a swap of `i`
//! and `i + 1` deletes `i` from one and `i + 1` from the other. Keys are
//! 32-bit hashes, so a shared key only nominates a candidate; every
//! candidate is checked with [`within_one_edit`] before it is returned.
//!
//! The table holds about (length + 1) entries of 8 bytes per term of
//! [`MIN_KEY_CHARS`] or more letters; [`SearchIndex`](super::SearchIndex)
//! builds it on first use and drops it when terms are added.

use super::query::MIN_FUZZY_CHARS;

/// The shortest key worth filing: a query word has at least
/// [`MIN_FUZZY_CHARS`] letters, so its shortest key (one deletion) has one less.
const MIN_KEY_CHARS: usize = MIN_FUZZY_CHARS - 1;

/// Terms filed under their deletion keys: `(key hash << 32) | term id`, sorted.
#[derive(Debug, Clone, Default)]
pub(crate) struct TypoTable {
    entries: Vec<u64>,
}

/// A 32-bit hash of `chars` without the one at `skip` (`None`: all of them).
fn key_hash(chars: &[char], skip: Option<usize>) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, &c) in chars.iter().enumerate() {
        if Some(i) != skip {
            h = (h.rotate_left(5) ^ u64::from(c)).wrapping_mul(0x5177_4a7d_58e1_9c3b);
        }
    }
    (h >> 32) as u32 ^ h as u32
}

/// Calls `f` with the hash of every key of `chars`: the whole word and each
/// one-letter deletion, when that key has at least [`MIN_KEY_CHARS`] letters.
fn keys(chars: &[char], mut f: impl FnMut(u32)) {
    if chars.len() >= MIN_KEY_CHARS {
        f(key_hash(chars, None));
    }
    if chars.len() > MIN_KEY_CHARS {
        for i in 0..chars.len() {
            // Deleting either of two equal neighbours gives the same key.
            if i > 0 && chars.get(i - 1) == chars.get(i) {
                continue;
            }
            f(key_hash(chars, Some(i)));
        }
    }
}

impl TypoTable {
    /// Files every term (by id, its position in `terms`).
    pub(crate) fn build(terms: &[Box<str>]) -> TypoTable {
        let mut entries = Vec::new();
        let mut chars: Vec<char> = Vec::new();
        for (id, term) in terms.iter().enumerate() {
            chars.clear();
            chars.extend(term.chars());
            keys(&chars, |h| entries.push(u64::from(h) << 32 | id as u64));
        }
        entries.sort_unstable();
        entries.dedup();
        TypoTable { entries }
    }

    /// Bytes held.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<u64>()
    }

    /// Ids of the terms exactly one edit from `word` (never `word` itself),
    /// sorted; `term(id)` gives a term's text. Empty for words shorter than
    /// [`MIN_FUZZY_CHARS`].
    pub(crate) fn neighbours<'t>(&self, word: &str, term: impl Fn(u32) -> &'t str) -> Vec<u32> {
        let q: Vec<char> = word.chars().collect();
        if q.len() < MIN_FUZZY_CHARS {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut tc: Vec<char> = Vec::new();
        keys(&q, |h| {
            let lo = self.entries.partition_point(|&e| (e >> 32) < u64::from(h));
            for &e in self.entries.get(lo..).unwrap_or(&[]) {
                if (e >> 32) as u32 != h {
                    break;
                }
                let id = e as u32;
                let t = term(id);
                if t == word || out.contains(&id) {
                    continue;
                }
                let near = if t.is_ascii() && word.is_ascii() {
                    within_one_edit(word.as_bytes(), t.as_bytes())
                } else {
                    tc.clear();
                    tc.extend(t.chars());
                    within_one_edit(&q, &tc)
                };
                if near {
                    out.push(id);
                }
            }
        });
        out.sort_unstable();
        out
    }
}

/// True when `a` and `b` are at most one edit apart (insertion, deletion,
/// substitution, or swap of neighbours): optimal string alignment distance ≤ 1.
pub(crate) fn within_one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    use std::cmp::Ordering;
    let i = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let tail = |x: &[T], from_x: usize, y: &[T], from_y: usize| x.get(from_x..) == y.get(from_y..);
    match la.cmp(&lb) {
        Ordering::Equal => {
            i == la
                || tail(a, i + 1, b, i + 1)
                || (i + 1 < la && a.get(i) == b.get(i + 1) && a.get(i + 1) == b.get(i) && tail(a, i + 2, b, i + 2))
        }
        Ordering::Less => tail(a, i, b, i + 1),
        Ordering::Greater => tail(a, i + 1, b, i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(words: &[&str]) -> (Vec<Box<str>>, TypoTable) {
        let terms: Vec<Box<str>> = words.iter().map(|w| Box::from(*w)).collect();
        let table = TypoTable::build(&terms);
        (terms, table)
    }

    #[test]
    fn finds_each_kind_of_edit_and_nothing_else() {
        let (terms, t) = table(&[
            "cooperation", // the word itself: never a neighbour
            "cooperaton",  // deletion
            "cooperations",
            "cooperatoin", // swap
            "cooperatiom", // substitution
            "coperatian",  // two edits
            "operation",   // two deletions
            "hợptác",      // non-ASCII, unrelated
        ]);
        let got: Vec<&str> = t
            .neighbours("cooperation", |id| &terms[id as usize])
            .iter()
            .map(|&id| &*terms[id as usize])
            .collect();
        assert_eq!(got, ["cooperaton", "cooperations", "cooperatoin", "cooperatiom"]);
    }

    #[test]
    fn works_on_letters_beyond_ascii() {
        let (terms, t) = table(&["москва", "моськва", "москваа", "мосва", "moskva"]);
        let got: Vec<&str> = t
            .neighbours("москва", |id| &terms[id as usize])
            .iter()
            .map(|&id| &*terms[id as usize])
            .collect();
        assert_eq!(got, ["моськва", "москваа", "мосва"]);
    }

    #[test]
    fn short_words_have_no_neighbours() {
        let (terms, t) = table(&["lama", "lam", "lamb"]);
        assert!(t.neighbours("lamm", |id| &terms[id as usize]).is_empty());
    }

    #[test]
    fn one_edit_on_bytes_and_chars_agree() {
        for (a, b, want) in [
            ("abcde", "abcde", true),
            ("abcde", "abxde", true),
            ("abcde", "abde", true),
            ("abcde", "abcdef", true),
            ("abcde", "bacde", true),
            ("abcde", "badce", false),
            ("abcde", "abc", false),
            ("", "a", true),
        ] {
            assert_eq!(within_one_edit(a.as_bytes(), b.as_bytes()), want, "{a} {b}");
            let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            assert_eq!(within_one_edit(&ca, &cb), want, "{a} {b}");
        }
    }
}
