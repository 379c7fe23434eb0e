//! Query execution: each word expanded to dictionary terms (itself, completions, one-typo neighbours), clauses intersected rarest first, phrases checked by position, exclusions removed, BM25F scores, top-k.

use super::index::{Cursor, SearchIndex};
use super::query::{Clause, Query, QueryWord};
use super::snippet::{self, Snippet};
use super::{Hit, QueryError};

/// The most completions a word being typed expands to (the most frequent win).
pub const MAX_PREFIX_EXPANSIONS: usize = 16;
/// The most one-typo neighbours a word expands to (the most frequent win).
pub const MAX_FUZZY_EXPANSIONS: usize = 8;

/// Completions of a word being typed are added, most frequent first, until
/// their postings reach this many per indexed document (so `t` reads a few
/// big lists, not every list starting with `t`).
pub const PREFIX_BUDGET_PER_DOC: u64 = 1;

/// A word found in at least one document in this many (and in at least one)
/// is not treated as a possible typo.
pub const KNOWN_WORD_DOCS: usize = 1000;

/// Candidates re-scored for words side by side in a first batch (at least
/// the limit). Most queries stop there: no candidate left can reach the best
/// results even with the whole bonus.
pub const PROXIMITY_BATCH: usize = 32;

/// The most candidates re-scored for words side by side (at least four times
/// the limit), in a second batch when the first was not enough. Reached only
/// when a great many candidates score within the bonus of the best ones, as
/// when every word is in nearly every document; the rest then keep their
/// scores without the bonus.
pub const PROXIMITY_MAX: usize = 200;

/// A score as an integer in the order of [`f32::total_cmp`] (so comparisons
/// inline even in a size-optimised build).
#[inline(always)]
fn score_key(s: f32) -> i32 {
    let b = s.to_bits() as i32;
    b ^ (((b >> 31) as u32) >> 1) as i32
}

/// A hit as one integer that sorts best first (smaller first): higher score
/// first, equal scores in document order. The score's [`score_key`] is the
/// high half, the document the low half.
#[inline(always)]
fn rank_key((doc, score): (u32, f32)) -> u64 {
    // Flipping the sign bit makes the signed key's order unsigned; inverting
    // the whole makes the best the smallest.
    let s = (score_key(score) as u32) ^ 0x8000_0000;
    !((u64::from(s) << 32) | u64::from(!doc))
}

/// The hit a [`rank_key`] was made from.
#[inline(always)]
fn from_rank_key(key: u64) -> (u32, f32) {
    let key = !key;
    let k = ((key >> 32) as u32 ^ 0x8000_0000) as i32;
    // `score_key` is its own inverse: it never changes the sign bit.
    let bits = k ^ (((k >> 31) as u32) >> 1) as i32;
    (!(key as u32), f32::from_bits(bits as u32))
}

/// The `k`-th best of `v` in best-first order (`None` when `v` has fewer):
/// one pass keeping the best `k` keys so far in a heap whose top is the worst
/// of them, so most items leave after one integer comparison.
fn kth_best(v: &[(u32, f32)], k: usize) -> Option<(u32, f32)> {
    if k == 0 || k > v.len() {
        return None;
    }
    let mut heap: std::collections::BinaryHeap<u64> = std::collections::BinaryHeap::with_capacity(k);
    for &x in v {
        let key = rank_key(x);
        if heap.len() < k {
            heap.push(key);
        } else if let Some(mut worst) = heap.peek_mut() {
            if key < *worst {
                *worst = key;
            }
        }
    }
    heap.peek().map(|&key| from_rank_key(key))
}

/// Moves the best `k` of `v` (best-first order) to its front, in no
/// particular order; the rest follow.
fn best_to_front(v: &mut [(u32, f32)], k: usize) {
    if k >= v.len() {
        return;
    }
    let Some(kth) = kth_best(v, k) else { return };
    let last = rank_key(kth);
    let mut front = 0;
    for j in 0..v.len() {
        if v.get(j).is_some_and(|&x| rank_key(x) <= last) {
            v.swap(front, j);
            front += 1;
        }
    }
}

/// Takes the best `k` of `v` (all, when it has no more) out of it; both keep
/// their order.
fn take_best(v: &mut Vec<(u32, f32)>, k: usize) -> Vec<(u32, f32)> {
    if k == 0 {
        return Vec::new();
    }
    let Some(kth) = kth_best(v, k).filter(|_| k < v.len()) else {
        return std::mem::take(v);
    };
    let last = rank_key(kth);
    let mut best = Vec::with_capacity(k);
    v.retain(|&x| {
        let keep = rank_key(x) > last;
        if !keep {
            best.push(x);
        }
        keep
    });
    best
}

/// Sorts `v` in best-first order.
fn sort_best_first(v: &mut [(u32, f32)]) {
    let mut keys: Vec<u64> = v.iter().map(|&x| rank_key(x)).collect();
    keys.sort_unstable();
    for (slot, &key) in v.iter_mut().zip(&keys) {
        *slot = from_rank_key(key);
    }
}

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

/// BM25F with the index's parameters and precomputed length normalisation.
struct Scorer<'a> {
    norms: &'a [[f32; 3]],
    k1: f32,
    n: f32,
}

impl<'a> Scorer<'a> {
    fn new(index: &'a SearchIndex) -> Scorer<'a> {
        Scorer {
            norms: &index.norms,
            k1: index.params.k1,
            n: index.len().max(1) as f32,
        }
    }

    /// Inverse document frequency (BM25's, always positive).
    fn idf(&self, df: u32) -> f32 {
        let df = df as f32;
        ((self.n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    /// The BM25F score of one term in one document.
    #[inline(always)]
    fn score(&self, doc: u32, tf: [u32; 3], idf: f32) -> f32 {
        let Some(n) = self.norms.get(doc as usize) else {
            return 0.0;
        };
        let t = tf[0] as f32 * n[0] + tf[1] as f32 * n[1] + tf[2] as f32 * n[2];
        idf * t * (self.k1 + 1.0) / (t + self.k1)
    }
}

/// A document being matched against one clause.
#[derive(Debug, Clone, Copy)]
struct Cand {
    doc: u32,
    /// The clause score so far (summed over its words).
    score: f32,
    /// The best score among the current word's expansions (-1: not found yet).
    best: f32,
    /// Still matching every word (and the phrase) so far.
    alive: bool,
    /// Scratch flag: has a phrase anchor after the current word.
    anchored: bool,
}

/// The result of ranking: documents with scores, best first, and the ids of
/// the dictionary terms the required words matched (for highlighting).
struct Ranked {
    docs: Vec<(u32, f32)>,
    matched: Vec<u32>,
}

/// A ranked result list without snippets ([`SearchIndex::try_rank`]): the
/// documents and scores, best first, and what is needed to highlight the
/// words the query matched in any text, computed once on first use.
#[derive(Debug)]
pub struct Ranking<'a> {
    /// (document, score) pairs, best first; equal scores in document order.
    pub hits: Vec<(u32, f32)>,
    index: &'a SearchIndex,
    query: &'a Query,
    matched: Vec<u32>,
    terms: std::cell::OnceCell<Vec<String>>,
}

impl Ranking<'_> {
    /// The sorted folded terms to highlight: the required words as typed
    /// (folded) and every dictionary term they matched.
    fn terms(&self) -> &[String] {
        self.terms
            .get_or_init(|| self.index.terms_to_highlight(self.query, &self.matched))
    }

    /// The best-matching sentence of `body`, matched words highlighted
    /// (the same snippet [`SearchIndex::search`] gives).
    pub fn snippet(&self, body: &str) -> Snippet {
        snippet::best_sentence(body, self.terms())
    }

    /// `text` (e.g. a title) with every matched word highlighted.
    pub fn highlight(&self, text: &str) -> Snippet {
        snippet::highlight_all(text, self.terms())
    }

    /// What highlights this ranking's words, owned: kept with the hits so a
    /// view makes snippets for the hits it shows, when it shows them.
    pub fn highlighter(&self) -> Highlighter {
        Highlighter {
            terms: self.terms().to_vec(),
        }
    }
}

/// The words a query matched, to highlight in any text
/// ([`Ranking::highlighter`]); the same snippets as the ranking's own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlighter {
    /// Sorted folded terms.
    terms: Vec<String>,
}

impl Highlighter {
    /// The best-matching sentence of `body`, matched words highlighted.
    pub fn snippet(&self, body: &str) -> Snippet {
        snippet::best_sentence(body, &self.terms)
    }

    /// `text` (e.g. a title) with every matched word highlighted.
    pub fn highlight(&self, text: &str) -> Snippet {
        snippet::highlight_all(text, &self.terms)
    }
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
    ///
    /// On a split index ([`split`](Self::split)) whose shards the query needs
    /// are not all loaded this finds nothing: use
    /// [`try_search`](Self::try_search) there, which says which to load.
    pub fn search(&self, query: &Query, filter: &dyn Fn(u32) -> bool, limit: usize) -> Vec<Hit> {
        self.try_search(query, filter, limit).unwrap_or_default()
    }

    /// [`search`](Self::search), or [`QueryError::NeedShards`] naming the
    /// shards of a split index the query reads that are not loaded yet
    /// (nothing partial is returned).
    pub fn try_search(
        &self,
        query: &Query,
        filter: &dyn Fn(u32) -> bool,
        limit: usize,
    ) -> Result<Vec<Hit>, QueryError> {
        self.try_search_with_bodies(query, filter, limit, &|doc| {
            self.texts.get(doc as usize).map(|(_, b)| b.as_str())
        })
    }

    /// [`search`](Self::search) taking each hit's body (for its snippet) from
    /// `body` rather than from the texts stored in the index: for an index
    /// whose texts were dropped ([`drop_texts`](Self::drop_texts)) because the
    /// app already holds the articles. A missing body gives an empty snippet.
    /// Finds nothing when shards it needs are missing: see
    /// [`try_search_with_bodies`](Self::try_search_with_bodies).
    pub fn search_with_bodies<'t>(
        &self,
        query: &Query,
        filter: &dyn Fn(u32) -> bool,
        limit: usize,
        body: &dyn Fn(u32) -> Option<&'t str>,
    ) -> Vec<Hit> {
        self.try_search_with_bodies(query, filter, limit, body)
            .unwrap_or_default()
    }

    /// [`search_with_bodies`](Self::search_with_bodies), or
    /// [`QueryError::NeedShards`] naming the shards of a split index the
    /// query reads that are not loaded yet (nothing partial is returned).
    pub fn try_search_with_bodies<'t>(
        &self,
        query: &Query,
        filter: &dyn Fn(u32) -> bool,
        limit: usize,
        body: &dyn Fn(u32) -> Option<&'t str>,
    ) -> Result<Vec<Hit>, QueryError> {
        let ranking = self.try_rank(query, filter, limit)?;
        Ok(ranking
            .hits
            .iter()
            .map(|&(doc, score)| Hit {
                doc,
                score,
                snippet: ranking.snippet(body(doc).unwrap_or("")),
            })
            .collect())
    }

    /// Ranks without making snippets: the best `limit` documents passing
    /// `filter` with their scores (as in [`search`](Self::search)), and a
    /// [`Ranking`] that highlights any text on demand, so a view makes
    /// snippets for the hits it shows alone. [`QueryError::NeedShards`] as in
    /// [`try_search_with_bodies`](Self::try_search_with_bodies).
    pub fn try_rank<'a>(
        &'a self,
        query: &'a Query,
        filter: &dyn Fn(u32) -> bool,
        limit: usize,
    ) -> Result<Ranking<'a>, QueryError> {
        let ranked = self.rank(query, filter, limit, None).map_err(QueryError::NeedShards)?;
        Ok(self.ranking(query, ranked))
    }

    /// The [`Ranking`] of a ranked result list.
    fn ranking<'a>(&'a self, query: &'a Query, Ranked { docs, matched }: Ranked) -> Ranking<'a> {
        Ranking {
            hits: docs,
            index: self,
            query,
            matched,
            terms: std::cell::OnceCell::new(),
        }
    }

    /// [`try_rank`](Self::try_rank), and every document that matches (in
    /// document order), of which the ranking holds the best `limit`: a view
    /// lists a page of results and counts, or narrows by, all of them,
    /// without ranking them all.
    pub fn try_rank_with_matches<'a>(
        &'a self,
        query: &'a Query,
        filter: &dyn Fn(u32) -> bool,
        limit: usize,
    ) -> Result<(Ranking<'a>, Vec<u32>), QueryError> {
        let mut all = Vec::new();
        // (Ranking for no hit at all would skip matching too.)
        let mut ranked = self
            .rank(query, filter, limit.max(1), Some(&mut all))
            .map_err(QueryError::NeedShards)?;
        ranked.docs.truncate(limit);
        Ok((self.ranking(query, ranked), all))
    }

    /// `text` (e.g. a result's title) with the words the query matches
    /// highlighted, folded matches included.
    pub fn highlight(&self, query: &Query, text: &str) -> Snippet {
        snippet::highlight_all(text, &self.query_terms(query))
    }

    /// The snippet of a body for a query, on demand (the same as in
    /// [`search`](Self::search)'s hits): lets a view rank with empty snippets
    /// (`search_with_bodies(.., &|_| None)`) and fill in only the visible ones.
    pub fn snippet(&self, query: &Query, body: &str) -> Snippet {
        snippet::best_sentence(body, &self.query_terms(query))
    }

    /// The sorted folded terms the query's required words match.
    fn query_terms(&self, query: &Query) -> Vec<String> {
        let sc = Scorer::new(self);
        let plans: Vec<Plan> = query
            .clauses()
            .iter()
            .filter(|c| !c.negated)
            .map(|c| self.plan(c, &sc))
            .collect();
        self.terms_to_highlight(query, &matched_terms(plans.iter()))
    }

    /// The ranked documents and scores, without snippets; `Err` with the
    /// missing shards (ascending) whose postings the query would read.
    /// With `all`, every matching document goes there too (document order).
    fn rank(
        &self,
        query: &Query,
        filter: &dyn Fn(u32) -> bool,
        limit: usize,
        mut all: Option<&mut Vec<u32>>,
    ) -> Result<Ranked, Vec<u16>> {
        if let Some(all) = all.as_deref_mut() {
            all.clear();
        }
        let none = || {
            Ok(Ranked {
                docs: Vec::new(),
                matched: Vec::new(),
            })
        };
        if limit == 0 || self.is_empty() {
            return none();
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
                return none();
            } else {
                positive.push((i, plan));
            }
        }
        if positive.is_empty() {
            return none();
        }
        if let Some(shards) = &self.shards {
            // Expansion used the term table alone; before any posting is read,
            // every list the query may read must be here.
            let read = positive
                .iter()
                .map(|(_, p)| p)
                .chain(
                    negative
                        .iter()
                        .filter(|p| p.words.iter().all(|w| !w.expansions.is_empty())),
                )
                .flat_map(|p| p.words.iter())
                .flat_map(|w| w.expansions.iter().map(|e| e.term));
            let missing = shards.missing_for(read);
            if !missing.is_empty() {
                return Err(missing);
            }
        }
        positive.sort_by_key(|(_, p)| p.cost());
        // Single words typed side by side, in typed order: (clause, word).
        let mut singles: Vec<(usize, &PlannedWord)> = positive
            .iter()
            .filter(|(i, p)| p.words.len() == 1 && query.clauses().get(*i).is_some_and(|c| !c.quoted))
            .filter_map(|(i, p)| Some((*i, p.words.first()?)))
            .collect();
        singles.sort_by_key(|(i, _)| *i);
        let pairs: Vec<(usize, usize)> = if self.params.proximity_boost > 0.0 {
            (1..singles.len())
                .filter(|&k| singles[k - 1].0 + 1 == singles[k].0)
                .map(|k| (k - 1, k))
                .collect()
        } else {
            Vec::new()
        };
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
                return none();
            }
            cands = Some(next);
        }
        let Some(mut cands) = cands else { return none() };
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
        if let Some(all) = all {
            all.extend(cands.iter().map(|&(d, _)| d));
        }
        if !pairs.is_empty() {
            let words: Vec<&PlannedWord> = singles.iter().map(|(_, w)| *w).collect();
            cands = self.rerank_by_proximity(cands, &words, &pairs, limit);
        }
        if cands.len() > limit {
            best_to_front(&mut cands, limit);
            cands.truncate(limit);
        }
        sort_best_first(&mut cands);
        Ok(Ranked {
            docs: cands,
            matched: matched_terms(positive.iter().map(|(_, p)| p)),
        })
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
            // Most frequent first, within a budget of postings: a one-letter
            // prefix must not read every list that starts with that letter.
            ids.sort_unstable_by(|a, b| dict.df(*b).cmp(&dict.df(*a)).then(dict.term(*a).cmp(dict.term(*b))));
            let budget = (self.len() as u64).saturating_mul(PREFIX_BUDGET_PER_DOC);
            for id in ids {
                if out.cost >= budget {
                    break;
                }
                push(&mut out, id, p.prefix_weight);
            }
        }
        // A word the corpus uses often is taken as meant, not as a typo: its
        // neighbours would mostly be other real words (Vietnamese syllables
        // such as `phong`, `chong`, `thong` are one edit apart).
        let known = own.is_some_and(|id| dict.df(id) as usize >= (self.len() / KNOWN_WORD_DOCS).max(1));
        if w.fuzzy && !known {
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

    /// Dictionary terms one edit away from `word` (not `word` itself),
    /// sorted, by deletion neighbourhoods ([`super::typo`]): the cost depends
    /// on the word's length and its few near neighbours, not on the
    /// dictionary's size.
    fn typo_neighbours(&self, word: &str) -> Vec<u32> {
        self.typo_table().neighbours(word, |id| self.words.term(id))
    }

    /// The documents matching one clause and their clause scores, in document
    /// order. With `within` (in document order), only those documents are
    /// considered and each posting list is read by seeking to them; without,
    /// the rarest word's postings give the candidates, which must pass `filter`.
    fn match_clause(
        &self,
        plan: &Plan,
        within: Option<&[(u32, f32)]>,
        filter: &dyn Fn(u32) -> bool,
        sc: &Scorer<'_>,
    ) -> Vec<(u32, f32)> {
        if let [word] = plan.words.as_slice() {
            if let [e] = word.expansions.as_slice() {
                return self.match_word(word, e, within, filter, sc);
            }
        }
        let positional = plan.words.len() > 1;
        let new_cand = |doc: u32| Cand {
            doc,
            score: 0.0,
            best: -1.0,
            alive: true,
            anchored: false,
        };
        let mut cands: Vec<Cand> = within.map_or_else(Vec::new, |w| w.iter().map(|&(d, _)| new_cand(d)).collect());
        // Phrase anchors, (candidate, position of the phrase's first word), sorted.
        let mut anchors: Vec<(u32, u32)> = Vec::new();
        let mut found: Vec<(u32, u32)> = Vec::new();
        let mut docs: Vec<u32> = Vec::new();
        let mut order: Vec<usize> = (0..plan.words.len()).collect();
        order.sort_by_key(|&j| plan.words.get(j).map_or(0, |w| w.cost));
        for (step, &j) in order.iter().enumerate() {
            let Some(word) = plan.words.get(j) else { continue };
            let offset = j as u32;
            let mut merged = false;
            found.clear();
            if within.is_none() && step == 0 {
                cands = self.enumerate(word, offset, positional, filter, sc, &mut found);
            } else if positional && step > 0 {
                // After the first word: check each candidate's anchors against its
                // positions as they are decoded, keeping only the anchors that hold.
                docs.clear();
                docs.extend(cands.iter().map(|c| c.doc));
                for c in cands.iter_mut() {
                    c.best = -1.0;
                }
                for e in &word.expansions {
                    let mut k = 0;
                    let mut cursor = self.words.cursor(e.term);
                    intersect(&mut cursor, &docs, |i, cursor| {
                        let Some(c) = cands.get_mut(i) else { return };
                        if !c.alive {
                            return;
                        }
                        let i = i as u32;
                        while anchors.get(k).is_some_and(|a| a.0 < i) {
                            k += 1;
                        }
                        let start = k;
                        while anchors.get(k).is_some_and(|a| a.0 == i) {
                            k += 1;
                        }
                        let mine = anchors.get(start..k).unwrap_or(&[]);
                        let before = found.len();
                        let mut a = 0;
                        cursor.positions(|p| {
                            let Some(q) = p.checked_sub(offset) else { return };
                            while mine.get(a).is_some_and(|x| x.1 < q) {
                                a += 1;
                            }
                            if mine.get(a).is_some_and(|x| x.1 == q) {
                                found.push((i, q));
                                a += 1;
                            }
                        });
                        if found.len() > before {
                            let v = e.weight * sc.score(cursor.doc(), cursor.tf(), e.idf);
                            if v > c.best {
                                c.best = v;
                            }
                        }
                    });
                }
                if word.expansions.len() > 1 {
                    found.sort_unstable();
                    found.dedup();
                }
                // `found` holds the surviving anchors themselves.
                std::mem::swap(&mut anchors, &mut found);
                merged = true;
            } else {
                docs.clear();
                docs.extend(cands.iter().map(|c| c.doc));
                for c in cands.iter_mut() {
                    c.best = -1.0;
                }
                for e in &word.expansions {
                    let mut cursor = self.words.cursor(e.term);
                    intersect(&mut cursor, &docs, |i, cursor| {
                        let Some(c) = cands.get_mut(i) else { return };
                        if !c.alive {
                            return;
                        }
                        let v = e.weight * sc.score(cursor.doc(), cursor.tf(), e.idf);
                        if v > c.best {
                            c.best = v;
                        }

                        if positional {
                            let i = i as u32;
                            cursor.positions(|p| {
                                if p >= offset {
                                    found.push((i, p - offset));
                                }
                            });
                        }
                    });
                }
                if positional && word.expansions.len() > 1 {
                    found.sort_unstable();
                    found.dedup();
                }
            }
            if positional {
                if step == 0 {
                    std::mem::swap(&mut anchors, &mut found);
                } else if !merged {
                    intersect_pairs(&mut anchors, &found);
                }
                for c in cands.iter_mut() {
                    c.anchored = false;
                }
                for &(i, _) in &anchors {
                    if let Some(c) = cands.get_mut(i as usize) {
                        c.anchored = true;
                    }
                }
            }
            for c in cands.iter_mut() {
                if c.alive {
                    if c.best < 0.0 || (positional && !c.anchored) {
                        c.alive = false;
                    } else {
                        c.score += c.best;
                    }
                }
            }
        }
        let boost = self.params.exact_boost;
        if boost > 0.0 {
            for word in &plan.words {
                let Some((term, idf)) = word.exact else { continue };
                let mut cursor = self.exact.cursor(term);
                docs.clear();
                docs.extend(cands.iter().map(|c| c.doc));
                intersect(&mut cursor, &docs, |i, cursor| {
                    if let Some(c) = cands.get_mut(i).filter(|c| c.alive) {
                        c.score += boost * sc.score(cursor.doc(), cursor.tf(), idf);
                    }
                });
            }
        }
        cands.iter().filter(|c| c.alive).map(|c| (c.doc, c.score)).collect()
    }

    /// [`match_clause`](Self::match_clause) for the commonest clause, one
    /// word with one expansion: its postings give (document, score) pairs
    /// directly, with the same arithmetic as the general path.
    fn match_word(
        &self,
        word: &PlannedWord,
        e: &Expansion,
        within: Option<&[(u32, f32)]>,
        filter: &dyn Fn(u32) -> bool,
        sc: &Scorer<'_>,
    ) -> Vec<(u32, f32)> {
        let n = self.len();
        let df = self.words.df(e.term) as usize;
        let mut cursor = self.words.cursor(e.term);
        let mut out: Vec<(u32, f32)>;
        let mut docs: Vec<u32> = Vec::new();
        match within {
            None => {
                out = Vec::with_capacity(df.min(n));
                while let Some(doc) = cursor.next() {
                    if doc as usize >= n {
                        break;
                    }
                    if filter(doc) {
                        out.push((doc, e.weight * sc.score(doc, cursor.tf(), e.idf)));
                    }
                }
            }
            Some(w) => {
                docs.extend(w.iter().map(|&(d, _)| d));
                out = Vec::with_capacity(df.min(w.len()));
                intersect(&mut cursor, &docs, |_, cursor| {
                    out.push((cursor.doc(), e.weight * sc.score(cursor.doc(), cursor.tf(), e.idf)));
                });
            }
        }
        let boost = self.params.exact_boost;
        if let (true, Some((term, idf))) = (boost > 0.0, word.exact) {
            let mut cursor = self.exact.cursor(term);
            docs.clear();
            docs.extend(out.iter().map(|&(d, _)| d));
            intersect(&mut cursor, &docs, |i, cursor| {
                if let Some((_, score)) = out.get_mut(i) {
                    *score += boost * sc.score(cursor.doc(), cursor.tf(), idf);
                }
            });
        }
        out
    }

    /// The documents of one word's postings (all its expansions) that pass
    /// `filter`, in document order, with the word's best score in `best`; with
    /// `positional`, their positions minus `offset` go to `found` (sorted).
    fn enumerate(
        &self,
        word: &PlannedWord,
        offset: u32,
        positional: bool,
        filter: &dyn Fn(u32) -> bool,
        sc: &Scorer<'_>,
        found: &mut Vec<(u32, u32)>,
    ) -> Vec<Cand> {
        match word.expansions.as_slice() {
            [e] => self.enumerate_one(e, offset, positional, filter, sc, found),
            _ if !positional => self.enumerate_dense(word, filter, sc),
            _ => self.enumerate_many(word, offset, filter, sc, found),
        }
    }

    /// [`enumerate`](Self::enumerate) for a word with one expansion: its
    /// postings are already in document order, each document once.
    fn enumerate_one(
        &self,
        e: &Expansion,
        offset: u32,
        positional: bool,
        filter: &dyn Fn(u32) -> bool,
        sc: &Scorer<'_>,
        found: &mut Vec<(u32, u32)>,
    ) -> Vec<Cand> {
        let n = self.len();
        let mut cands: Vec<Cand> = Vec::with_capacity((self.words.df(e.term) as usize).min(n));
        let mut cursor = self.words.cursor(e.term);
        while let Some(doc) = cursor.next() {
            if doc as usize >= n {
                break;
            }
            if !filter(doc) {
                continue;
            }
            if positional {
                let i = cands.len() as u32;
                cursor.positions(|p| {
                    if p >= offset {
                        found.push((i, p - offset));
                    }
                });
            }
            cands.push(Cand {
                doc,
                score: 0.0,
                best: e.weight * sc.score(doc, cursor.tf(), e.idf),
                alive: true,
                anchored: false,
            });
        }
        cands
    }

    /// [`enumerate`](Self::enumerate) for a word with several expansions and
    /// positions (the first word of a phrase, being typed): candidates in
    /// order of discovery, then sorted by document and renumbered.
    fn enumerate_many(
        &self,
        word: &PlannedWord,
        offset: u32,
        filter: &dyn Fn(u32) -> bool,
        sc: &Scorer<'_>,
        found: &mut Vec<(u32, u32)>,
    ) -> Vec<Cand> {
        let mut slot: Vec<u32> = vec![0; self.len()];
        let mut cands: Vec<Cand> = Vec::new();
        for e in &word.expansions {
            let mut cursor = self.words.cursor(e.term);
            while let Some(doc) = cursor.next() {
                let Some(s) = slot.get_mut(doc as usize) else {
                    break;
                };
                let idx = match *s {
                    0 => {
                        if !filter(doc) {
                            *s = REJECTED;
                            continue;
                        }
                        cands.push(Cand {
                            doc,
                            score: 0.0,
                            best: -1.0,
                            alive: true,
                            anchored: false,
                        });
                        *s = cands.len() as u32;
                        cands.len() - 1
                    }
                    REJECTED => continue,
                    k => (k - 1) as usize,
                };
                let Some(c) = cands.get_mut(idx) else { continue };
                let v = e.weight * sc.score(doc, cursor.tf(), e.idf);
                if v > c.best {
                    c.best = v;
                }
                let i = idx as u32;
                cursor.positions(|p| {
                    if p >= offset {
                        found.push((i, p - offset));
                    }
                });
            }
        }
        // Put candidates in document order and renumber the positions.
        let mut order: Vec<u32> = (0..cands.len() as u32).collect();
        order.sort_unstable_by_key(|&i| cands.get(i as usize).map_or(0, |c| c.doc));
        let mut renumber = vec![0u32; cands.len()];
        for (new, &old) in order.iter().enumerate() {
            if let Some(r) = renumber.get_mut(old as usize) {
                *r = new as u32;
            }
        }
        let cands = order.iter().filter_map(|&i| cands.get(i as usize).copied()).collect();
        for (i, _) in found.iter_mut() {
            *i = renumber.get(*i as usize).copied().unwrap_or(0);
        }
        found.sort_unstable();
        found.dedup();
        cands
    }

    /// [`enumerate`](Self::enumerate) for a word with several expansions and no
    /// positions: a dense array of best scores, read back in document order
    /// (no sorting); the filter is asked once per document found.
    fn enumerate_dense(&self, word: &PlannedWord, filter: &dyn Fn(u32) -> bool, sc: &Scorer<'_>) -> Vec<Cand> {
        let n = self.len();
        let mut best = vec![-1.0f32; n];
        for e in &word.expansions {
            let mut cursor = self.words.cursor(e.term);
            while let Some(doc) = cursor.next() {
                let Some(b) = best.get_mut(doc as usize) else {
                    break;
                };
                let v = e.weight * sc.score(doc, cursor.tf(), e.idf);
                if v > *b {
                    *b = v;
                }
            }
        }
        best.iter()
            .enumerate()
            .filter(|&(d, &b)| b >= 0.0 && filter(d as u32))
            .map(|(d, &b)| Cand {
                doc: d as u32,
                score: 0.0,
                best: b,
                alive: true,
                anchored: false,
            })
            .collect()
    }

    /// Adds the proximity bonus to the candidates that can still reach the
    /// best `limit`, and drops the rest: candidates are taken in batches, best
    /// base score first (positions are read for those alone), until the best
    /// score left plus the largest possible bonus is below the `limit`-th
    /// final score. So the result is what adding the bonus to every
    /// candidate would give, at the cost of reading positions for a few
    /// batches, unless [`PROXIMITY_MAX`] candidates were re-scored first:
    /// then the rest are kept with their scores as they are.
    fn rerank_by_proximity(
        &self,
        cands: Vec<(u32, f32)>,
        words: &[&PlannedWord],
        pairs: &[(usize, usize)],
        limit: usize,
    ) -> Vec<(u32, f32)> {
        let bonuses = self.pair_bonuses(words, pairs);
        let max_bonus: f32 = bonuses.iter().sum();
        // A margin for rounding: the bonus is added pair by pair.
        let slack = max_bonus * 1e-4 + 1e-4;
        let mut done: Vec<(u32, f32)> = Vec::with_capacity(limit.saturating_mul(2).min(cands.len()));
        // In document order throughout, as `add_proximity` reads them.
        let mut rest = cands;
        let mut batch = limit.max(PROXIMITY_BATCH);
        let cap = limit.saturating_mul(4).max(PROXIMITY_MAX);
        while !rest.is_empty() {
            if done.len() >= cap {
                done.append(&mut rest);
                break;
            }
            let mut head = take_best(&mut rest, batch);
            self.add_proximity(&mut head, words, pairs, &bonuses);
            done.append(&mut head);
            if done.len() >= limit && !rest.is_empty() {
                let kth = kth_best(&done, limit).map_or(f32::NEG_INFINITY, |(_, s)| s);
                let mut best_left = f32::NEG_INFINITY;
                for &(_, s) in rest.iter() {
                    if s > best_left {
                        best_left = s;
                    }
                }
                if best_left + max_bonus + slack < kth {
                    break;
                }
            }
            // Second batch: up to the cap at once (each batch reads the lists again).
            batch = cap.saturating_sub(done.len()).max(1);
        }
        done
    }

    /// The bonus of each pair of `words` (indices) typed side by side.
    fn pair_bonuses(&self, words: &[&PlannedWord], pairs: &[(usize, usize)]) -> Vec<f32> {
        let idf = |w: usize| words.get(w).and_then(|w| w.expansions.first()).map_or(0.0, |e| e.idf);
        pairs
            .iter()
            .map(|&(a, b)| self.params.proximity_boost * (idf(a) + idf(b)))
            .collect()
    }

    /// Adds `bonuses[k]` to each of `cands` (in document order) where the words
    /// of `pairs[k]` (indices into `words`), typed side by side, also stand
    /// side by side in the document. Each word's lists are read once, by
    /// seeking from one document to the next.
    fn add_proximity(
        &self,
        cands: &mut [(u32, f32)],
        words: &[&PlannedWord],
        pairs: &[(usize, usize)],
        bonuses: &[f32],
    ) {
        let mut cursors: Vec<Vec<Cursor<'_>>> = words
            .iter()
            .map(|w| w.expansions.iter().map(|e| self.words.cursor(e.term)).collect())
            .collect();
        let mut pos: Vec<Vec<u32>> = vec![Vec::new(); words.len()];
        let mut loaded: Vec<bool> = vec![false; words.len()];
        for (doc, score) in cands.iter_mut() {
            loaded.fill(false);
            for (&(a, b), &bonus) in pairs.iter().zip(bonuses) {
                for w in [a, b] {
                    if let (Some(false), Some(out), Some(cursors)) =
                        (loaded.get(w).copied(), pos.get_mut(w), cursors.get_mut(w))
                    {
                        out.clear();
                        for cursor in cursors.iter_mut() {
                            if cursor.seek(*doc) == Some(*doc) {
                                cursor.positions(|p| out.push(p));
                            }
                        }
                        if cursors.len() > 1 {
                            out.sort_unstable();
                            out.dedup();
                        }
                        if let Some(l) = loaded.get_mut(w) {
                            *l = true;
                        }
                    }
                }
                if let (Some(pa), Some(pb)) = (pos.get(a), pos.get(b)) {
                    if side_by_side(pa, pb) {
                        *score += bonus;
                    }
                }
            }
        }
    }

    /// The required words of `query` (folded) and the dictionary terms
    /// `matched` (ids), sorted and without repeats: what snippets highlight.
    fn terms_to_highlight(&self, query: &Query, matched: &[u32]) -> Vec<String> {
        let mut terms: Vec<String> = Vec::new();
        for clause in query.clauses().iter().filter(|c| !c.negated) {
            for w in &clause.words {
                terms.push(w.folded.clone());
            }
        }
        terms.extend(matched.iter().map(|&id| self.words.term(id).to_string()));
        terms.sort_unstable();
        terms.dedup();
        terms
    }
}

/// The dictionary terms (ids) the words of `plans` expanded to.
fn matched_terms<'p>(plans: impl Iterator<Item = &'p Plan>) -> Vec<u32> {
    plans
        .flat_map(|p| p.words.iter())
        .flat_map(|w| w.expansions.iter().map(|e| e.term))
        .collect()
}

/// Calls `f(i, cursor)` for every `i` whose document `docs[i]` (sorted) has
/// an entry under `cursor` (placed on that entry): a leapfrog intersection,
/// so its cost follows the shorter of the two lists (the cursor skips
/// blocks, the documents gallop).
#[inline]
fn intersect<'a>(cursor: &mut Cursor<'a>, docs: &[u32], mut f: impl FnMut(usize, &mut Cursor<'a>)) {
    let mut i = 0;
    while let Some(&d) = docs.get(i) {
        let Some(doc) = cursor.seek(d) else { break };
        if doc == d {
            f(i, cursor);
            i += 1;
        } else {
            i = gallop(docs, i + 1, doc);
        }
    }
}

/// The first index at or after `from` whose value is `>= target` (`docs`
/// sorted), found by doubling steps and then bisecting.
fn gallop(docs: &[u32], from: usize, target: u32) -> usize {
    let mut lo = from;
    let mut hi = from;
    let mut step = 1usize;
    while docs.get(hi).is_some_and(|&d| d < target) {
        lo = hi + 1;
        hi = hi.saturating_add(step);
        step = step.saturating_mul(2);
    }
    let hi = hi.min(docs.len());
    lo + docs.get(lo..hi).map_or(0, |s| s.partition_point(|&d| d < target))
}

/// True when some position `p` of `a` has `p + 1` in `b` (both sorted).
fn side_by_side(a: &[u32], b: &[u32]) -> bool {
    let mut j = 0;
    for &p in a {
        let Some(want) = p.checked_add(1) else { return false };
        while b.get(j).is_some_and(|&q| q < want) {
            j += 1;
        }
        match b.get(j) {
            Some(&q) if q == want => return true,
            Some(_) => {}
            None => return false,
        }
    }
    false
}

/// Keeps in `a` the pairs also in `b` (both sorted, without repeats).
fn intersect_pairs(a: &mut Vec<(u32, u32)>, b: &[(u32, u32)]) {
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
    use crate::search::typo::within_one_edit;

    /// Best score first; equal scores in document order: the order the
    /// integer keys must give.
    fn best_first(a: &(u32, f32), b: &(u32, f32)) -> std::cmp::Ordering {
        b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
    }

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
    fn intersects_pairs() {
        let mut a = vec![(0, 1), (0, 5), (1, 2), (2, 7), (3, 3)];
        intersect_pairs(&mut a, &[(0, 5), (1, 3), (2, 7), (4, 0)]);
        assert_eq!(a, [(0, 5), (2, 7)]);
        let mut e = vec![(1, 2)];
        intersect_pairs(&mut e, &[]);
        assert!(e.is_empty());
    }

    /// Vietnamese syllables one edit apart (`phong`, `chong`) are real words, not typos.
    #[test]
    fn well_known_words_are_not_fuzzed() {
        let doc = |body: &str| crate::search::IndexDoc {
            title: String::new(),
            body: body.to_string(),
            names: Vec::new(),
            lang: crate::lang::Lang::Vi,
        };
        let docs = [
            doc("phòng cháy"),
            doc("phòng khám"),
            doc("chống tham nhũng"),
            doc("phòng chống"),
        ];
        let index = SearchIndex::build(&docs);
        let rows: &[(&str, &[u32])] = &[("phong ", &[0, 1, 3]), ("phonq ", &[0, 1, 3]), ("chonq ", &[2, 3])];
        for (q, want) in rows {
            let q = crate::search::Query::parse(q).unwrap();
            let mut got: Vec<u32> = index.search(&q, &|_| true, 10).iter().map(|h| h.doc).collect();
            got.sort_unstable();
            assert_eq!(&got, want, "{q:?}");
        }
    }

    #[test]
    fn gallops_to_the_first_not_smaller() {
        let docs = [1, 3, 5, 7, 9, 11, 13, 15, 17];
        for target in 0..20 {
            for from in 0..=docs.len() {
                let want = (from..docs.len()).find(|&i| docs[i] >= target).unwrap_or(docs.len());
                assert_eq!(gallop(&docs, from, target), want, "from {from} target {target}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn best_to_front_agrees_with_a_sort(
            scores in proptest::collection::vec(-3i8..6, 0..80),
            k in 0usize..90,
            first_doc in proptest::prop_oneof![proptest::strategy::Just(0u32), proptest::strategy::Just(u32::MAX - 100)],
        ) {
            // Few distinct scores, so ties (ordered by document) are common;
            // negative and zero scores, and documents near both ends of u32.
            let v: Vec<(u32, f32)> = scores.iter().enumerate().map(|(d, &s)| (first_doc + d as u32 * 7 % 101, f32::from(s) / 2.0)).collect();
            let mut want = v.clone();
            want.sort_unstable_by(best_first);
            let mut got = v.clone();
            best_to_front(&mut got, k);
            let n = k.min(v.len());
            let mut head = got[..n].to_vec();
            head.sort_unstable_by(best_first);
            proptest::prop_assert_eq!(&head[..], &want[..n]);
            let mut all = got.clone();
            all.sort_unstable_by(best_first);
            proptest::prop_assert_eq!(all, want.clone());
            proptest::prop_assert_eq!(kth_best(&v, k), (k >= 1).then(|| want.get(k - 1).copied()).flatten());
            let mut rest = v.clone();
            let taken = take_best(&mut rest, k);
            let mut want_taken = want[..n].to_vec();
            let mut want_rest = want[n..].to_vec();
            want_taken.sort_unstable_by_key(|&(d, _)| d);
            want_rest.sort_unstable_by_key(|&(d, _)| d);
            // Both in document order: `v`'s documents are not, so sort them too.
            let by_doc = |mut x: Vec<(u32, f32)>| { x.sort_unstable_by_key(|&(d, _)| d); x };
            proptest::prop_assert_eq!(by_doc(taken.clone()), want_taken);
            proptest::prop_assert_eq!(by_doc(rest.clone()), want_rest);
            let order = |x: &[(u32, f32)]| v.iter().filter(|e| x.contains(e)).copied().collect::<Vec<_>>();
            proptest::prop_assert_eq!(&taken, &order(&taken));
            proptest::prop_assert_eq!(&rest, &order(&rest));
            let mut sorted = v.clone();
            sort_best_first(&mut sorted);
            proptest::prop_assert_eq!(sorted.iter().map(|&(d, s)| (d, s.to_bits())).collect::<Vec<_>>(), want.iter().map(|&(d, s)| (d, s.to_bits())).collect::<Vec<_>>());
        }
    }

    #[test]
    fn finds_words_side_by_side() {
        assert!(side_by_side(&[4, 9], &[5]));
        assert!(side_by_side(&[1, 4], &[3, 5, 8]));
        assert!(!side_by_side(&[5], &[4, 9]));
        assert!(!side_by_side(&[], &[1]));
        assert!(!side_by_side(&[u32::MAX], &[u32::MAX]));
    }

    proptest::proptest! {
        #[test]
        fn typo_neighbours_are_exactly_the_terms_one_edit_away(
            // Latin and Cyrillic letters: ASCII terms and others are checked by different paths.
            words in proptest::collection::vec("[a-cб-г]{3,7}", 1..60),
            q in "[a-cб-г]{5,7}",
        ) {
            let doc = crate::search::IndexDoc {
                title: String::new(),
                body: words.join(" "),
                names: Vec::new(),
                lang: crate::lang::Lang::En,
            };
            let index = SearchIndex::build([&doc]);
            let got: Vec<&str> = index.typo_neighbours(&q).iter().map(|&id| index.words.term(id)).collect();
            let qc: Vec<char> = q.chars().collect();
            let mut want: Vec<&str> = index.words.terms.iter().map(|t| &**t)
                .filter(|t| *t != q && within_one_edit(&qc, &t.chars().collect::<Vec<_>>()))
                .collect();
            want.sort_unstable();
            let mut got_sorted = got.clone();
            got_sorted.sort_unstable();
            proptest::prop_assert_eq!(got_sorted, want);
        }

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
