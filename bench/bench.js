// The benchmark page's script: our wasm (search index, entity tagger; src/ui/bench.rs) beside the
// npm libraries minisearch, flexsearch and compromise, on the same documents, queries and text,
// in the same page, timed with performance.now(). bench/run.mjs drives it step by step through
// window.bench (so it can read the JS heap between steps); nothing here talks to the network
// beyond 127.0.0.1.
import MiniSearch from '/node_modules/minisearch/dist/es/index.js';
import { Document, Encoder } from '/node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs';
import nlp from '/node_modules/compromise/builds/three/compromise-three.mjs';

// Trunk's loader sets window.wasmBindings once the wasm runs (and fires TrunkApplicationStarted);
// calling the bindings' init again then returns the same instance, whose exports hold the memory.
const started = new Promise((resolve) => {
  const poll = () => (window.wasmBindings ? resolve(window.wasmBindings) : setTimeout(poll, 5));
  poll();
}).then(async (api) => ({ api, wasm: await api.default() }));

const now = () => performance.now();
const enc = new TextEncoder();
const utf8 = (s) => enc.encode(s).length;

// The peers get our fold (lower case, marks stripped, đ → d), so all three engines match
// `to lam`, `Tô Lâm` and `TÔ LÂM` alike.
const MARKS = /[\u0300-\u036f]/g;
const fold = (s) => s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/đ/g, 'd');
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/// Our query syntax, read for the peers: required words (phrase words count as words: neither
/// peer has phrases), excluded words, and whether the last word is still being typed (the query
/// does not end in a space or a quote), which is when we match it as a prefix.
export function peerQuery(q) {
  const pos = [];
  const neg = [];
  const re = /(-?)"([^"]*)"?|(\S+)/g;
  let m;
  while ((m = re.exec(q)) !== null) {
    if (m[2] !== undefined) {
      const words = m[2].split(WORD_SPLIT).filter(Boolean);
      (m[1] ? neg : pos).push(...words);
    } else {
      const t = m[3];
      const negated = t.startsWith('-') && t.length > 1;
      const words = (negated ? t.slice(1) : t).split(WORD_SPLIT).filter(Boolean);
      (negated ? neg : pos).push(...words);
    }
  }
  return { pos, neg, open: !/[\s"]$/.test(q) };
}

const state = {
  api: null,
  memory: null,
  queries: [],
  docs: [],
  ours: null,
  mini: null,
  flex: null,
};

const LIMIT = 20;

async function init() {
  const { api, wasm } = await started;
  state.api = api;
  state.memory = wasm && wasm.memory;
  state.queries = JSON.parse(api.bench_queries());
  document.getElementById('status').textContent = 'ready';
  return { queries: state.queries, crossOriginIsolated: self.crossOriginIsolated };
}

function wasmMemoryBytes() {
  return state.memory ? state.memory.buffer.byteLength : null;
}

async function loadDocs(url) {
  const t = now();
  const resp = await fetch(url);
  if (!resp.ok) throw new Error(`${url}: HTTP ${resp.status}`);
  // Parsed in the page (not resp.json()) so the strings live on the JS heap the driver measures.
  state.docs = JSON.parse(await resp.text());
  let raw = 0;
  for (const d of state.docs) raw += utf8(d.title) + utf8(d.body);
  return { count: state.docs.length, raw_text_bytes: raw, load_ms: now() - t };
}

function buildOurs() {
  const { BenchIndex } = state.api;
  const t = now();
  const idx = new BenchIndex();
  for (const d of state.docs) idx.push(d.title, d.body, d.lang);
  idx.finish();
  const ms = now() - t;
  state.ours = idx;
  return { ms, docs: idx.len() };
}

function oursSize() {
  const [withTexts, withoutTexts] = state.ours.serialized_bytes();
  return { bytes: withTexts, bytes_without_texts: withoutTexts, stats: JSON.parse(state.ours.stats_json()) };
}

function miniOptions() {
  return {
    idField: 'i',
    fields: ['title', 'body'],
    storeFields: [],
    processTerm: (term) => fold(term),
    searchOptions: {
      combineWith: 'AND',
      boost: { title: 3 },
    },
  };
}

function buildMini() {
  const t = now();
  const ms = new MiniSearch(miniOptions());
  ms.addAll(state.docs.map((d, i) => ({ i, title: d.title, body: d.body })));
  const elapsed = now() - t;
  state.mini = ms;
  return { ms: elapsed, docs: ms.documentCount };
}

function miniSize() {
  return { chars: JSON.stringify(state.mini).length };
}

function buildFlex() {
  const t = now();
  const encoder = new Encoder({ normalize: fold });
  const fx = new Document({
    document: {
      id: 'i',
      index: [
        { field: 'title', tokenize: 'forward', encoder },
        { field: 'body', tokenize: 'forward', encoder },
      ],
    },
  });
  state.docs.forEach((d, i) => fx.add({ i, title: d.title, body: d.body }));
  const elapsed = now() - t;
  state.flex = fx;
  return { ms: elapsed };
}

async function flexSize() {
  let chars = 0;
  await state.flex.export((key, data) => {
    chars += key.length + (data ? data.length : 0);
  });
  return { chars };
}

function dropDocs() {
  state.docs = [];
}

// One query per engine; each returns the ids of its best LIMIT hits.
const engines = {
  ours: (q) => state.ours.search(q, LIMIT, false),
  ours_snippets: (q) => state.ours.search(q, LIMIT, true),
  minisearch: (q) => {
    const { pos, neg, open } = peerQuery(q);
    if (!pos.length) return [];
    const last = pos.length - 1;
    const opts = {
      prefix: (_term, i) => open && i === last,
      fuzzy: (term) => (term.length >= 5 ? 1 : 0),
    };
    const positive = { queries: [pos.join(' ')], combineWith: 'AND', ...opts };
    const query = neg.length
      ? { combineWith: 'AND_NOT', queries: [positive, { queries: [neg.join(' ')], combineWith: 'OR' }] }
      : positive;
    return state.mini.search(query).slice(0, LIMIT).map((r) => r.id);
  },
  flexsearch: (q) => {
    const { pos } = peerQuery(q);
    if (!pos.length) return [];
    // `limit` applies per field; the merged list can be longer.
    return state.flex.search(pos.join(' '), { limit: LIMIT, merge: true }).slice(0, LIMIT).map((r) => r.id);
  },
};

// How long one timed batch runs at least: performance.now() ticks every 5 µs (cross-origin
// isolated), and most queries take a few µs, so each sample times a batch of calls and divides.
const BATCH_MS = 0.5;

// Every query on every engine, `rounds` times after one warm-up round; engines take turns
// first so that a slow moment of the machine does not always fall on the same one. The warm-up
// round also counts how many calls of each (engine, query) fill BATCH_MS; every timed sample
// is then that many calls back to back, divided by their number.
function runSearch(rounds) {
  const names = Object.keys(engines);
  const samples = {};
  const hits = {};
  const reps = {};
  for (const n of names) {
    samples[n] = state.queries.map(() => []);
    hits[n] = state.queries.map(() => 0);
    reps[n] = state.queries.map(() => 1);
  }
  for (let r = 0; r <= rounds; r++) {
    state.queries.forEach((q, qi) => {
      for (let k = 0; k < names.length; k++) {
        const n = names[(qi + r + k) % names.length];
        if (r === 0) {
          hits[n][qi] = engines[n](q).length;
          let calls = 0;
          const t = now();
          while (now() - t < BATCH_MS) {
            engines[n](q);
            calls++;
          }
          reps[n][qi] = calls;
          continue;
        }
        const m = reps[n][qi];
        const t = now();
        for (let i = 0; i < m; i++) engines[n](q);
        samples[n][qi].push((now() - t) / m);
      }
    });
  }
  return { samples, hits, reps };
}

// Tagging throughput on `text` (repeated runs, at least `minMs` each side) and counts on `once`.
async function tagging(textUrl, onceUrl, minMs) {
  const get = async (u) => {
    const r = await fetch(u);
    if (!r.ok) throw new Error(`${u}: HTTP ${r.status}`);
    return r.text();
  };
  const text = await get(textUrl);
  const once = await get(onceUrl);
  const bytes = utf8(text);

  const { BenchText } = state.api;
  const ours = new BenchText(text, 'en');
  ours.tag(); // warm
  const oursMs = [];
  let t0 = now();
  while (oursMs.length < 5 || now() - t0 < minMs) {
    const t = now();
    ours.tag();
    oursMs.push(now() - t);
  }
  ours.free();

  const compromiseRun = (s) => {
    const doc = nlp(s);
    return {
      people: doc.people().out('array'),
      places: doc.places().out('array'),
      organizations: doc.organizations().out('array'),
    };
  };
  compromiseRun(once); // warm
  const compMs = [];
  t0 = now();
  while (compMs.length < 3 || now() - t0 < minMs) {
    const t = now();
    compromiseRun(text);
    compMs.push(now() - t);
  }

  const onceOurs = new BenchText(once, 'en');
  const oursCounts = JSON.parse(onceOurs.counts_json());
  onceOurs.free();
  const found = compromiseRun(once);
  const norm = (s) => s.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}\p{N} ]+/gu, ' ').trim().replace(/\s+/g, ' ');
  const compCounts = {};
  for (const [k, list] of Object.entries(found)) {
    const distinct = [...new Set(list.map(norm).filter(Boolean))];
    compCounts[k] = { distinct: distinct.length, mentions: list.length, names: distinct };
  }
  return {
    text_bytes: bytes,
    once_bytes: utf8(once),
    ours_ms: oursMs,
    compromise_ms: compMs,
    counts: { ours: oursCounts, compromise: compCounts },
  };
}

window.bench = {
  init,
  wasmMemoryBytes,
  loadDocs,
  buildOurs,
  oursSize,
  buildMini,
  miniSize,
  buildFlex,
  flexSize,
  dropDocs,
  runSearch,
  tagging,
  peerQuery,
};
