//! Query execution: each word expanded to dictionary terms (itself, completions, one-typo neighbours), clauses intersected rarest first, phrases checked by position, exclusions removed, BM25F scores, top-k.

use super::index::{decode_positions, Postings, SearchIndex};
use super::query::{Clause, Query, QueryWord, MIN_FUZZY_CHARS};
use super::snippet::{self, Snippet};
use super::Hit;
use std::cmp::Ordering;

/// The most completions a word being typed expands to (the most frequent win).
pub const MAX_PREFIX_EXPANSIONS: usize = 24;
/// The most one-typo neighbours a word expands to (the most frequent win).
pub const MAX_FUZZY_EXPANSIONS: usize = 8;

/// How many leading results (at least) are re-scored for words side by side.
pub const PROXIMITY_RERANK: usize = 200;

/// A slot value for a document the filter rejected.
const REJECTED: u32 = u32::MAX;

/// One dictionary term a query word matches, with its score factor.
#[derive(Debug, Clone, Copy)]
struct Expansion {
    term: u32,
    weight: f32,
    idf: f32,
}

/// A query word resolved against the dictionary.
#[derive(Debug, Default)]
struct PlannedWord {
    expansions: Vec<Expansion>,
    /// The exact-diacritics term and the idf of its folded form.
    exact: Option<(u32, f32)>,
    /// Postings to read: the sum of the expansions' document frequencies.
    cost: u64,
}

/// A clause resolved against the dictionary.
#[derive(Debug)]
struct Plan {
    words: Vec<PlannedWord>,
}

impl Plan {
    /// The size of the rarest word: the candidates this clause can start from.
    fn cost(&self) -> u64 {
        self.words.iter().map(|w| w.cost).min().unwrap_or(0)
    }
}

/// BM25F with the index's parameters and average field lengths.
struct Scorer<'a> {
    index: &'a SearchIndex,
    weight: [f32; 3],
    b: [f32; 3],
    avg: [f32; 3],
    n: f32,
}

impl<'a> Scorer<'a> {
    fn new(index: &'a SearchIndex) -> Scorer<'a> {
        let p = &index.params;
        let n = index.len().max(1) as f64;
        let avg = index.totals.map(|t| {
            let a = (t as f64 / n) as f32;
            if a > 0.0 {
                a
            } else {
                1.0
            }
        });
        Scorer {
            index,
            weight: [p.title_weight, p.names_weight, p.body_weight],
            b: [p.title_b, p.names_b, p.body_b],
            avg,
            n: n as f32,
        }
    }

    /// Inverse document frequency (BM25's, always positive).
    fn idf(&self, df: u32) -> f32 {
        let df = df as f32;
        ((self.n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    /// The BM25F score of one term in one document.
    fn score(&self, doc: u32, tf: [u32; 3], idf: f32) -> f32 {
        let lens = self.index.lens.get(doc as usize).copied().unwrap_or([0; 3]);
        let mut t = 0.0f32;
        for f in 0..3 {
            if tf[f] > 0 {
                let norm = 1.0 - self.b[f] + self.b[f] * lens[f] as f32 / self.avg[f];
                t += self.weight[f] * tf[f] as f32 / norm.max(0.01);
            }
        }
        let k1 = self.index.params.k1;
        idf * t * (k1 + 1.0) / (t + k1)
    }
}

/// True when `a` and `b` are at most one edit apart (insertion, deletion,
/// substitution, or swap of neighbours).
pub(crate) fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let i = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    match la.cmp(&lb) {
        Ordering::Equal => {
            i == la
                || a[i + 1..] == b[i + 1..]
                || (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a[i + 2..] == b[i + 2..])
        }
        Ordering::Less => a[i..] == b[i + 1..],
        Ordering::Greater => a[i + 1..] == b[i..],
    }
}

/// Compares a term, read backwards, with a reversed suffix; a term ending
/// with the suffix compares equal (so matches form one run of the reversed order).
fn cmp_reversed(term: &str, rsuffix: &[char]) -> Ordering {
    let mut t = term.chars().rev();
    for &c in rsuffix {
        match t.next() {
            None => return Ordering::Less,
            Some(x) if x == c => {}
            Some(x) => return x.cmp(&c),
        }
    }
    Ordering::Equal
}

/// Keeps the `max` ids with the highest document frequency (ties: the
/// smaller term, so a built and a loaded index choose alike).
fn keep_most_frequent(ids: &mut Vec<u32>, max: usize, dict: &super::index::Dict) {
    if ids.len() > max {
        let by_df = |a: &u32, b: &u32| dict.df(*b).cmp(&dict.df(*a)).then(dict.term(*a).cmp(dict.term(*b)));
        ids.select_nth_unstable_by(max - 1, by_df);
        ids.truncate(max);
    }
}

impl SearchIndex {
    /// Runs a query: the best `limit` documents that match every word and
    /// phrase, match no exclusion, and pass `filter` (given a document number;
    /// this is where the app applies country, level, language, entity and date
    /// filters). Best first; equal scores in document order. Never panics.
    pub fn search(&self, query: &Query, filter: &dyn Fn(u32) -> bool, limit: usize) -> Vec<Hit> {
        let ranked = self.rank(query, filter, limit);
        if ranked.is_empty() {
            return Vec::new();
        }
        let terms = self.highlight_terms(query);
        ranked
            .into_iter()
            .map(|(doc, score)| {
                let body = self.texts.get(doc as usize).map_or("", |(_, b)| b.as_str());
                Hit {
                    doc,
                    score,
                    snippet: snippet::best_sentence(body, &terms),
                }
            })
            .collect()
    }

    /// `text` (e.g. a result's title) with the words the query matches
    /// highlighted, folded matches included.
    pub fn highlight(&self, query: &Query, text: &str) -> Snippet {
        snippet::highlight_all(text, &self.highlight_terms(query))
    }

    /// The ranked documents and scores, without snippets.
    fn rank(&self, query: &Query, filter: &dyn Fn(u32) -> bool, limit: usize) -> Vec<(u32, f32)> {
        if limit == 0 || self.is_empty() {
            return Vec::new();
        }
        let sc = Scorer::new(self);
        let mut positive: Vec<(usize, Plan)> = Vec::new();
        let mut negative = Vec::new();
        for (i, clause) in query.clauses().iter().enumerate() {
            let plan = self.plan(clause, &sc);
            if clause.negated {
                negative.push(plan);
            } else if plan.words.iter().any(|w| w.expansions.is_empty()) {
                // A required word that is in no document: nothing can match.
                return Vec::new();
            } else {
                positive.push((i, plan));
            }
        }
        positive.sort_by_key(|(_, p)| p.cost());
        let mut cands: Option<Vec<(u32, f32)>> = None;
        for (_, plan) in &positive {
            let matched = self.match_clause(plan, cands.as_deref(), filter, &sc);
            let next = match cands {
                None => matched,
                Some(prev) => {
                    // `matched` is a subset of `prev`, both in document order.
                    let mut out = Vec::with_capacity(matched.len());
                    let mut it = prev.into_iter();
                    for (doc, s) in matched {
                        for (d, p) in it.by_ref() {
                            if d == doc {
                                out.push((doc, p + s));
                                break;
                            }
                        }
                    }
                    out
                }
            };
            if next.is_empty() {
                return Vec::new();
            }
            cands = Some(next);
        }
        let Some(mut cands) = cands else { return Vec::new() };
        for plan in &negative {
            if plan.words.iter().any(|w| w.expansions.is_empty()) {
                continue;
            }
            let excluded = self.match_clause(plan, Some(&cands), filter, &sc);
            let mut ex = excluded.iter().map(|&(d, _)| d).peekable();
            cands.retain(|&(d, _)| {
                while ex.peek().is_some_and(|&e| e < d) {
                    ex.next();
                }
                ex.peek() != Some(&d)
            });
        }
        let best_first = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        // Words typed side by side (single words, in typed order).
        let mut singles: Vec<(usize, &Plan)> = positive
            .iter()
            .filter(|(i, p)| p.words.len() == 1 && query.clauses().get(*i).is_some_and(|c| !c.quoted))
            .map(|(i, p)| (*i, p))
            .collect();
        singles.sort_by_key(|(i, _)| *i);
        let pairs: Vec<(&PlannedWord, &PlannedWord)> = singles
            .windows(2)
            .filter(|w| w[0].0 + 1 == w[1].0)
            .filter_map(|w| Some((w[0].1.words.first()?, w[1].1.words.first()?)))
            .collect();
        if !pairs.is_empty() && self.params.proximity_boost > 0.0 {
            // Rerank the leaders only: positions are read for them alone.
            let keep = limit.saturating_mul(4).max(PROXIMITY_RERANK);
            if cands.len() > keep {
                cands.select_nth_unstable_by(keep - 1, best_first);
            }
            let head = cands.len().min(keep);
            let lead = cands.get_mut(..head).unwrap_or_default();
            lead.sort_unstable_by_key(|&(d, _)| d);
            self.add_proximity(lead, &pairs);
        }
        let best_first = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if cands.len() > limit {
            cands.select_nth_unstable_by(limit - 1, best_first);
            cands.truncate(limit);
        }
        cands.sort_unstable_by(best_first);
        cands
    }

    /// Resolves a clause's words against the dictionaries.
    fn plan(&self, clause: &Clause, sc: &Scorer<'_>) -> Plan {
        Plan {
            words: clause.words.iter().map(|w| self.plan_word(w, sc)).collect(),
        }
    }

    fn plan_word(&self, w: &QueryWord, sc: &Scorer<'_>) -> PlannedWord {
        let p = &self.params;
        let dict = &self.words;
        let mut out = PlannedWord::default();
        let own = dict.find(&w.folded);
        let push = |out: &mut PlannedWord, term: u32, weight: f32| {
            let df = dict.df(term);
            out.expansions.push(Expansion {
                term,
                weight,
                idf: sc.idf(df),
            });
            out.cost += u64::from(df);
        };
        if let Some(id) = own {
            push(&mut out, id, 1.0);
        }
        if w.prefix {
            let mut ids: Vec<u32> = dict
                .prefix_range(&w.folded)
                .iter()
                .copied()
                .filter(|&id| Some(id) != own)
                .collect();
            keep_most_frequent(&mut ids, MAX_PREFIX_EXPANSIONS, dict);
            ids.sort_unstable();
            for id in ids {
                push(&mut out, id, p.prefix_weight);
            }
        }
        if w.fuzzy {
            let mut ids = self.typo_neighbours(&w.folded);
            ids.retain(|id| !out.expansions.iter().any(|e| e.term == *id));
            keep_most_frequent(&mut ids, MAX_FUZZY_EXPANSIONS, dict);
            ids.sort_unstable();
            for id in ids {
                push(&mut out, id, p.fuzzy_weight);
            }
        }
        out.exact = match (own, &w.exact) {
            (Some(own), Some(e)) => self.exact.find(e).map(|id| (id, sc.idf(dict.df(own)))),
            _ => None,
        };
        out
    }

    /// Terms one edit away from `word` (not `word` itself). With one edit,
    /// either the first half or the end after the middle character is intact,
    /// so candidates come from two dictionary ranges: terms starting with the
    /// first half, and terms ending with the second (by the reversed order).
    fn typo_neighbours(&self, word: &str) -> Vec<u32> {
        let q: Vec<char> = word.chars().collect();
        let n = q.len();
        if n < MIN_FUZZY_CHARS {
            return Vec::new();
        }
        let h = n / 2;
        let head: String = q[..h].iter().collect();
        let rtail: Vec<char> = q[h + 1..].iter().rev().copied().collect();
        let reversed = self.reversed();
        let lo = reversed.partition_point(|&id| cmp_reversed(self.words.term(id), &rtail) == Ordering::Less);
        let hi = reversed.partition_point(|&id| cmp_reversed(self.words.term(id), &rtail) != Ordering::Greater);
        let by_tail = reversed.get(lo..hi).unwrap_or(&[]);
        let mut out = Vec::new();
        let mut buf: Vec<char> = Vec::new();
        for &id in self.words.prefix_range(&head).iter().chain(by_tail) {
            let t = self.words.term(id);
            // Cheap length test before decoding characters (a char is 1..=4 bytes).
            if t.len() + 4 < word.len() || t.len() > word.len() + 4 {
                continue;
            }
            buf.clear();
            buf.extend(t.chars());
            if buf != q && within_one_edit(&q, &buf) {
                out.push(id);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The documents matching one clause and their clause scores, in document
    /// order. With `within`, only those documents are considered; without,
    /// candidates come from the postings and must pass `filter`.
    fn match_clause(
        &self,
        plan: &Plan,
        within: Option<&[(u32, f32)]>,
        filter: &dyn Fn(u32) -> bool,
        sc: &Scorer<'_>,
    ) -> Vec<(u32, f32)> {
        let positional = plan.words.len() > 1;
        // slot[doc]: 0 unseen, REJECTED, or 1 + the candidate's index.
        let mut slot = vec![0u32; self.len()];
        let mut docs: Vec<u32> = Vec::new();
        if let Some(within) = within {
            for &(d, _) in within {
                if let Some(s) = slot.get_mut(d as usize) {
                    docs.push(d);
                    *s = docs.len() as u32;
                }
            }
        }
        let open = within.is_none();
        let mut alive = vec![true; docs.len()];
        let mut score = vec![0.0f32; docs.len()];
        let mut anchors: Vec<Vec<u32>> = Vec::new();
        let mut found: Vec<Vec<u32>> = Vec::new();
        let mut best: Vec<f32> = Vec::new();
        let mut positions: Vec<u32> = Vec::new();
        let mut order: Vec<usize> = (0..plan.words.len()).collect();
        order.sort_by_key(|&j| plan.words.get(j).map_or(0, |w| w.cost));
        for (step, &j) in order.iter().enumerate() {
            let Some(word) = plan.words.get(j) else { continue };
            let grow = open && step == 0;
            best.clear();
            best.resize(docs.len(), -1.0);
            if positional {
                found.resize_with(docs.len(), Vec::new);
            }
            for e in &word.expansions {
                for entry in Postings::new(self.words.postings(e.term), true) {
                    let Some(s) = slot.get_mut(entry.doc as usize) else {
                        break;
                    };
                    let idx = match *s {
                        0 if grow => {
                            if !filter(entry.doc) {
                                *s = REJECTED;
                                continue;
                            }
                            docs.push(entry.doc);
                            alive.push(true);
                            score.push(0.0);
                            best.push(-1.0);
                            if positional {
                                found.push(Vec::new());
                            }
                            *s = docs.len() as u32;
                            docs.len() - 1
                        }
                        0 | REJECTED => continue,
                        k => (k - 1) as usize,
                    };
                    if !alive[idx] {
                        continue;
                    }
                    let v = e.weight * sc.score(entry.doc, entry.tf, e.idf);
                    if v > best[idx] {
                        best[idx] = v;
                    }
                    if positional {
                        positions.clear();
                        decode_positions(entry.positions, &mut positions);
                        let offset = j as u32;
                        found[idx].extend(positions.iter().filter(|&&p| p >= offset).map(|&p| p - offset));
                    }
                }
            }
            if positional {
                anchors.resize_with(docs.len(), Vec::new);
            }
            for idx in 0..docs.len() {
                if !alive[idx] {
                    continue;
                }
                if best[idx] < 0.0 {
                    alive[idx] = false;
                    continue;
                }
                score[idx] += best[idx];
                if positional {
                    let mut f = std::mem::take(&mut found[idx]);
                    if word.expansions.len() > 1 {
                        f.sort_unstable();
                        f.dedup();
                    }
                    if step == 0 {
                        anchors[idx] = f;
                    } else {
                        intersect_sorted(&mut anchors[idx], &f);
                    }
                    if anchors[idx].is_empty() {
                        alive[idx] = false;
                    }
                }
            }
        }
        let boost = self.params.exact_boost;
        if boost > 0.0 {
            for word in &plan.words {
                let Some((term, idf)) = word.exact else { continue };
                for entry in Postings::new(self.exact.postings(term), false) {
                    let Some(&s) = slot.get(entry.doc as usize) else { break };
                    if s == 0 || s == REJECTED {
                        continue;
                    }
                    let idx = (s - 1) as usize;
                    if alive[idx] {
                        score[idx] += boost * sc.score(entry.doc, entry.tf, idf);
                    }
                }
            }
        }
        let mut out: Vec<(u32, f32)> = docs
            .iter()
            .zip(alive.iter().zip(&score))
            .filter(|(_, (a, _))| **a)
            .map(|(&d, (_, &s))| (d, s))
            .collect();
        if open && (plan.words.len() > 1 || plan.words.iter().any(|w| w.expansions.len() > 1)) {
            out.sort_unstable_by_key(|&(d, _)| d);
        }
        out
    }

    /// Adds the proximity bonus to `cands` (in document order) for every pair
    /// of words typed side by side that also stand side by side in the document.
    fn add_proximity(&self, cands: &mut [(u32, f32)], pairs: &[(&PlannedWord, &PlannedWord)]) {
        let mut slot = vec![0u32; self.len()];
        for (i, &(d, _)) in cands.iter().enumerate() {
            if let Some(s) = slot.get_mut(d as usize) {
                *s = i as u32 + 1;
            }
        }
        let boost = self.params.proximity_boost;
        let mut first: Vec<Vec<u32>> = vec![Vec::new(); cands.len()];
        let mut second: Vec<Vec<u32>> = vec![Vec::new(); cands.len()];
        for (a, b) in pairs {
            for (word, out) in [(a, &mut first), (b, &mut second)] {
                out.iter_mut().for_each(Vec::clear);
                for e in &word.expansions {
                    for entry in Postings::new(self.words.postings(e.term), true) {
                        match slot.get(entry.doc as usize) {
                            None => break,
                            Some(0) => {}
                            Some(&s) => {
                                if let Some(v) = out.get_mut(s as usize - 1) {
                                    decode_positions(entry.positions, v);
                                }
                            }
                        }
                    }
                }
                if word.expansions.len() > 1 {
                    for v in out.iter_mut() {
                        v.sort_unstable();
                    }
                }
            }
            let idf = |w: &PlannedWord| w.expansions.first().map_or(0.0, |e| e.idf);
            let bonus = boost * (idf(a) + idf(b));
            for (i, (_, score)) in cands.iter_mut().enumerate() {
                let (Some(pa), Some(pb)) = (first.get(i), second.get(i)) else {
                    continue;
                };
                if adjacent(pa, pb) {
                    *score += bonus;
                }
            }
        }
    }

    /// The folded dictionary terms the query's required words match, sorted
    /// (for highlighting).
    fn highlight_terms(&self, query: &Query) -> Vec<String> {
        let sc = Scorer::new(self);
        let mut terms: Vec<String> = Vec::new();
        for clause in query.clauses().iter().filter(|c| !c.negated) {
            for w in &clause.words {
                terms.push(w.folded.clone());
                for e in self.plan_word(w, &sc).expansions {
                    terms.push(self.words.term(e.term).to_string());
                }
            }
        }
        terms.sort_unstable();
        terms.dedup();
        terms
    }
}

/// True when some `p` in `a` has `p + 1` in `b` (both sorted).
fn adjacent(a: &[u32], b: &[u32]) -> bool {
    let mut j = 0;
    for &p in a {
        let want = p.saturating_add(1);
        while j < b.len() && b[j] < want {
            j += 1;
        }
        if j < b.len() && b[j] == want {
            return true;
        }
    }
    false
}

/// Keeps in `a` the values also in `b` (both sorted, without repeats).
fn intersect_sorted(a: &mut Vec<u32>, b: &[u32]) {
    let mut j = 0;
    a.retain(|&x| {
        while j < b.len() && b[j] < x {
            j += 1;
        }
        j < b.len() && b[j] == x
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit() {
        let rows: &[(&str, &str, bool)] = &[
            ("cooperation", "cooperaton", true),
            ("cooperation", "coopperation", true),
            ("cooperation", "cooperatoin", true),
            ("cooperation", "cooperatiox", true),
            ("cooperation", "xooperation", true),
            ("cooperation", "ocoperation", true),
            ("cooperation", "cooperation", true),
            ("cooperation", "cooperatoxn", false),
            ("cooperation", "coperaton", false),
            ("darmanin", "darmanim", true),
            ("darmanin", "drmanim", false),
            ("abc", "", false),
            ("", "a", true),
        ];
        for &(a, b, want) in rows {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            assert_eq!(within_one_edit(&a, &b), want, "{a:?} {b:?}");
            assert_eq!(within_one_edit(&b, &a), want, "{b:?} {a:?}");
        }
    }

    #[test]
    fn intersects() {
        let mut a = vec![1, 3, 5, 7, 9];
        intersect_sorted(&mut a, &[0, 3, 4, 9, 10]);
        assert_eq!(a, [3, 9]);
        let mut e = vec![1, 2];
        intersect_sorted(&mut e, &[]);
        assert!(e.is_empty());
    }

    #[test]
    fn reversed_comparison_groups_suffixes() {
        let rsuffix: Vec<char> = "ion".chars().rev().collect();
        assert_eq!(cmp_reversed("cooperation", &rsuffix), Ordering::Equal);
        assert_eq!(cmp_reversed("on", &rsuffix), Ordering::Less);
        assert_ne!(cmp_reversed("lion", &rsuffix), Ordering::Greater);
        assert_ne!(cmp_reversed("cooperatiom", &rsuffix), Ordering::Equal);
    }

    proptest::proptest! {
        #[test]
        fn one_edit_agrees_with_levenshtein_on_ascii(a in "[a-c]{0,6}", b in "[a-c]{0,6}") {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            // Optimal string alignment distance, the textbook way.
            let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
            for (i, row) in d.iter_mut().enumerate() { row[0] = i; }
            for (j, cell) in d[0].iter_mut().enumerate() { *cell = j; }
            for i in 1..=a.len() {
                for j in 1..=b.len() {
                    let cost = usize::from(a[i - 1] != b[j - 1]);
                    d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                    }
                }
            }
            proptest::prop_assert_eq!(within_one_edit(&a, &b), d[a.len()][b.len()] <= 1);
        }
    }
}
