#!/usr/bin/env node
// The benchmark driver (scripts/bench.sh runs it after building dist/ and target/bench-site/):
// prepares the data under target/bench/ (seed documents, the English tagging text, synthetic
// corpora cached by generator version), serves dist/, the bench page, the data and the peer
// libraries on 127.0.0.1, drives Debian's headless Chromium through Playwright, prints one
// table and writes target/bench/results.json after checking it has every key the issue lists.
//
//   node bench/run.mjs                 the whole benchmark
//   node bench/run.mjs --check FILE    exit 1 unless FILE has every required key
//   node bench/run.mjs --self-test     the check itself rejects results missing any key
//   node bench/run.mjs --readme        render target/bench/results.json as results.md and put it
//                                      into README.md's Benchmarks section
//
// Environment: BENCH_SIZES (default 1000,10000,50000; the 5 seeds always run first),
// BENCH_COLD_RUNS (default 9), BENCH_TAG_MS (minimum timing per tagger, default 3000).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'target', 'bench');
const DIST = path.join(ROOT, 'dist');
const SITE = path.join(ROOT, 'target', 'bench-site');
const MODULES = path.join(ROOT, 'e2e', 'node_modules');
const CLI = path.join(ROOT, 'target', 'release', 'counterparts');
// The same CLI at opt-level 3 (scripts/bench.sh builds it; the release profile is opt-level "z").
const CLI_O3 = path.join(ROOT, 'target', 'bench-native', 'release', 'counterparts');
const SEED = 42;
const GOALS = { first_load_gzip_bytes: 300_000, cold_start_ms: 300, p95_at_50k_ms: 16 };
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// ---------------------------------------------------------------- results check

const SEARCH_KEYS = ['articles', 'ours_p50_ms', 'ours_p95_ms', 'minisearch_p50_ms', 'minisearch_p95_ms',
  'flexsearch_p50_ms', 'flexsearch_p95_ms'];
const TAGGING_KEYS = ['wasm_mb_s', 'native_mb_s', 'compromise_mb_s'];

/// The keys issue 10 lists, each with a value of the right type; returns the problems found.
export function checkResults(r) {
  const problems = [];
  const num = (v) => typeof v === 'number' && Number.isFinite(v);
  if (!r || typeof r !== 'object') return ['results are not an object'];
  if (!num(r.first_load_gzip_bytes)) problems.push('first_load_gzip_bytes: not a number');
  if (!num(r.cold_start_ms_median)) problems.push('cold_start_ms_median: not a number');
  if (!Array.isArray(r.search) || r.search.length === 0) problems.push('search: not a non-empty list');
  else r.search.forEach((row, i) => SEARCH_KEYS.forEach((k) => {
    if (!row || !num(row[k])) problems.push(`search[${i}].${k}: not a number`);
  }));
  if (!r.tagging || typeof r.tagging !== 'object') problems.push('tagging: missing');
  else TAGGING_KEYS.forEach((k) => { if (!num(r.tagging[k])) problems.push(`tagging.${k}: not a number`); });
  if (!Array.isArray(r.memory) || r.memory.length === 0) problems.push('memory: not a non-empty list');
  if (!num(r.cores) || r.cores < 1) problems.push('cores: not a positive number');
  if (typeof r.date !== 'string' || Number.isNaN(Date.parse(r.date))) problems.push('date: not a date');
  return problems;
}

function selfTest() {
  const good = {
    first_load_gzip_bytes: 1, cold_start_ms_median: 1, cores: 2, date: new Date().toISOString(),
    search: [Object.fromEntries(SEARCH_KEYS.map((k) => [k, 1]))],
    tagging: Object.fromEntries(TAGGING_KEYS.map((k) => [k, 1])),
    memory: [{ articles: 5 }],
  };
  let failed = 0;
  const expect = (name, r, ok) => {
    const problems = checkResults(r);
    if ((problems.length === 0) !== ok) {
      failed++;
      console.error(`self-test ${name}: expected ${ok ? 'no problems' : 'a problem'}, got ${JSON.stringify(problems)}`);
    }
  };
  expect('complete results', good, true);
  for (const k of Object.keys(good)) {
    const r = structuredClone(good);
    delete r[k];
    expect(`without ${k}`, r, false);
  }
  for (const k of SEARCH_KEYS) {
    const r = structuredClone(good);
    delete r.search[0][k];
    expect(`without search[0].${k}`, r, false);
  }
  for (const k of TAGGING_KEYS) {
    const r = structuredClone(good);
    r.tagging[k] = null;
    expect(`null tagging.${k}`, r, false);
  }
  // The as-shipped check: this checkout passes; a differing wasm-opt level or an
  // opt-level override fails.
  const page = (opt) => (f) => (f === 'index.html'
    ? '<link data-trunk rel="rust" data-bin="counterparts-app" data-wasm-opt="z" />'
    : `<link data-trunk rel="rust" data-bin="counterparts-bench" data-wasm-opt="${opt}" />`);
  const shipped = [
    ['this checkout', shippedLikeProblems({}), true],
    ['same level', shippedLikeProblems({}, page('z')), true],
    ['other wasm-opt level', shippedLikeProblems({}, page('3')), false],
    ['opt-level override', shippedLikeProblems({ CARGO_PROFILE_RELEASE_OPT_LEVEL: 's' }, page('z')), false],
  ];
  for (const [name, problems, ok] of shipped) {
    if ((problems.length === 0) !== ok) {
      failed++;
      console.error(`self-test as shipped, ${name}: expected ${ok ? 'no problems' : 'a problem'}, got ${JSON.stringify(problems)}`);
    }
  }
  const total = 1 + Object.keys(good).length + SEARCH_KEYS.length + TAGGING_KEYS.length + shipped.length;
  console.log(`${total - failed} passed, ${failed} failed`);
  return failed === 0;
}

// ---------------------------------------------------------------- small helpers

const say = (msg) => process.stderr.write(`\x1b[1m[bench]\x1b[0m ${msg}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
/// Nearest-rank percentile (p in 0..1) of a list.
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] : NaN;
};
const round = (x, d = 2) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);
const kb = (b) => (b / 1000).toFixed(1);
const mb = (b) => (b / 1e6).toFixed(1);
/// Bytes as KB below a megabyte, MB above.
const size = (b) => (b === null || b === undefined ? 'n/a' : b < 1e6 ? `${kb(b)} KB` : `${mb(b)} MB`);
const gzipSize = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.error}`);
  return r.stdout;
}

// ---------------------------------------------------------------- data

/// Seed documents (as `generate --json` prints them), the English stories once, and repeated to ~1 MB.
function prepareSeeds() {
  const files = fs.readdirSync(path.join(ROOT, 'corpus')).filter((f) => /\.(txt|html?)$/.test(f)).sort()
    .map((f) => path.join('corpus', f));
  const articles = JSON.parse(run(CLI, ['extract', ...files])).filter((a) => !a.error);
  const docs = articles.map((a) => ({ id: a.id, title: a.title, body: a.paragraphs.join('\n\n'), lang: a.language }));
  fs.writeFileSync(path.join(OUT, 'seeds.json'), JSON.stringify(docs));
  const english = docs.filter((d) => d.lang === 'en').map((d) => d.body).join('\n\n');
  const copies = [];
  let bytes = 0;
  while (bytes < 1_000_000) {
    copies.push(english);
    bytes += Buffer.byteLength(english) + 2;
  }
  fs.writeFileSync(path.join(OUT, 'english.txt'), english);
  fs.writeFileSync(path.join(OUT, 'english-1mb.txt'), copies.join('\n\n'));
  return { seeds: docs.length, english_stories: docs.filter((d) => d.lang === 'en').length };
}

/// Synthetic corpora, generated once per generator version (a hash of the sources that shape
/// them) and kept in target/bench/.
function prepareSynthetic(sizes) {
  const h = crypto.createHash('sha256');
  const sources = ['src/synth.rs', 'src/pipeline.rs', 'src/corpus', 'src/lang'];
  const walk = (p) => (fs.statSync(p).isDirectory()
    ? fs.readdirSync(p).sort().flatMap((f) => walk(path.join(p, f))) : [p]);
  for (const s of sources) for (const f of walk(path.join(ROOT, s))) h.update(f).update(fs.readFileSync(f));
  const key = h.digest('hex').slice(0, 16);
  const stamp = path.join(OUT, 'synth.key');
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8').trim() !== key) {
    for (const f of fs.readdirSync(OUT).filter((f) => /^synth-\d+\.json$/.test(f))) fs.unlinkSync(path.join(OUT, f));
    fs.writeFileSync(stamp, key);
  }
  for (const n of sizes) {
    const file = path.join(OUT, `synth-${n}.json`);
    if (fs.existsSync(file)) continue;
    say(`generating ${n} synthetic articles (seed ${SEED}; cached in target/bench/)`);
    const t = Date.now();
    const fd = fs.openSync(`${file}.tmp`, 'w');
    const r = spawnSync(CLI, ['generate', '--seed', String(SEED), '--count', String(n), '--json'],
      { cwd: ROOT, stdio: ['ignore', fd, 'inherit'] });
    fs.closeSync(fd);
    if (r.status !== 0) throw new Error(`counterparts generate failed (${r.status})`);
    fs.renameSync(`${file}.tmp`, file);
    say(`  ${((Date.now() - t) / 1000).toFixed(0)} s, ${mb(fs.statSync(file).size)} MB`);
  }
}

// ---------------------------------------------------------------- static server

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.bin': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.ico': 'image/x-icon',
};
const MOUNTS = [
  ['/site/', DIST, false],
  ['/bench/', SITE, true],
  ['/data/', OUT, true],
  ['/node_modules/', MODULES, true],
];

/// Serves the mounts on 127.0.0.1 (a free port). The bench mounts are cross-origin isolated
/// (COOP/COEP), which gives performance.now() 5 µs resolution instead of 100 µs.
function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const mount = MOUNTS.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!mount) { res.writeHead(404).end(); return; }
    const [prefix, dir, isolated] = mount;
    let rel = decodeURIComponent(url.pathname.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(dir, rel);
    if (!file.startsWith(dir + path.sep)) { res.writeHead(403).end(); return; }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) { res.writeHead(404).end(); return; }
      const headers = {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
      };
      if (isolated) {
        headers['Cross-Origin-Opener-Policy'] = 'same-origin';
        headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
      }
      res.writeHead(200, headers);
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------- measurements

/// Why the benchmark page's wasm would not be optimised like the shipped app's (none: it is):
/// the same wasm-opt level in bench/index.html as in index.html, and no opt-level override
/// in the environment (the release profile's opt-level is what ships).
export function shippedLikeProblems(env = process.env, read = (f) => fs.readFileSync(path.join(ROOT, f), 'utf8')) {
  const problems = [];
  const level = (html, bin) => {
    const link = html.match(new RegExp(`<link[^>]*data-bin="${bin}"[^>]*>`));
    const opt = link && link[0].match(/data-wasm-opt="([^"]*)"/);
    return opt ? opt[1] : null;
  };
  const app = level(read('index.html'), 'counterparts-app');
  const bench = level(read('bench/index.html'), 'counterparts-bench');
  if (app === null || bench === null) problems.push('data-wasm-opt not found on the app or benchmark link');
  else if (app !== bench) problems.push(`wasm-opt level: site ${app}, benchmark page ${bench}`);
  if (env.CARGO_PROFILE_RELEASE_OPT_LEVEL) problems.push(`CARGO_PROFILE_RELEASE_OPT_LEVEL=${env.CARGO_PROFILE_RELEASE_OPT_LEVEL} overrides the release profile`);
  return problems;
}

function transferSizes() {
  const files = fs.readdirSync(DIST).filter((f) => fs.statSync(path.join(DIST, f)).isFile()).sort();
  const kindOf = (f) => (f.endsWith('.wasm') ? 'wasm' : f.endsWith('.js') ? 'js' : f.endsWith('.css') ? 'css'
    : f === 'corpus.bin' ? 'bundle' : f.endsWith('.html') ? 'html' : 'other');
  const rows = files.map((f) => {
    const buf = fs.readFileSync(path.join(DIST, f));
    return { file: f, kind: kindOf(f), raw: buf.length, gzip: gzipSize(buf) };
  });
  const byKind = {};
  for (const r of rows) {
    const k = (byKind[r.kind] ||= { raw: 0, gzip: 0 });
    k.raw += r.raw;
    k.gzip += r.gzip;
  }
  return { files: rows, by_kind: byKind };
}

/// The biggest items of the release wasm before wasm-opt (the optimised file has no names).
function wasmTop() {
  const twiggy = [path.join(os.homedir(), '.cargo', 'bin', 'twiggy'), 'twiggy'].find((t) =>
    spawnSync(t, ['--version']).status === 0);
  const wasm = path.join(ROOT, 'target', 'wasm32-unknown-unknown', 'release', 'counterparts-app.wasm');
  if (!twiggy || !fs.existsSync(wasm)) return null;
  const r = spawnSync(twiggy, ['top', '-n', '16', '--format', 'json', wasm], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) return null;
  try {
    // Custom sections and names are dropped by wasm-bindgen and wasm-opt: not in the shipped file.
    return JSON.parse(r.stdout).filter((i) => !/^custom section|subsection/.test(i.name))
      .map((i) => ({ item: i.name, bytes: i.shallow_size, percent: round(i.shallow_size_percent, 1) }));
  } catch {
    return null;
  }
}

async function coldStarts(browser, base, runs) {
  const times = [];
  let requested = null;
  let testid = null;
  for (let i = 0; i <= runs; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      const sel = '[data-testid=meeting],[data-testid=article]';
      const obs = new MutationObserver(() => {
        const el = !window.__first && document.querySelector(sel);
        if (el) {
          window.__first = { ms: performance.now(), testid: el.getAttribute('data-testid') };
          obs.disconnect();
        }
      });
      obs.observe(document, { childList: true, subtree: true });
    });
    const urls = [];
    page.on('response', (r) => { if (r.status() === 200) urls.push(new URL(r.url()).pathname); });
    await page.goto(`${base}/site/`);
    await page.waitForFunction(() => window.__first, null, { timeout: 30_000 });
    const first = await page.evaluate(() => window.__first);
    await ctx.close();
    if (i === 0) continue; // the first load warms the server and the OS file cache only
    times.push(first.ms);
    testid = first.testid;
    requested ||= urls.filter((u) => u.startsWith('/site/')).map((u) => u.slice('/site/'.length) || 'index.html');
  }
  return { runs: times.map((t) => round(t, 1)), median_ms: median(times), first_element: testid, requested };
}

async function searchAt(browser, base, label, file, rounds) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  page.on('pageerror', (e) => say(`page error: ${e.message}`));
  const cdp = await ctx.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const ev = (fn, arg) => page.evaluate(fn, arg);
  await page.goto(`${base}/bench/`);
  const info = await ev(() => window.bench.init());
  if (!info.crossOriginIsolated) say('warning: the bench page is not cross-origin isolated (coarse timer)');
  const loaded = await ev((u) => window.bench.loadDocs(u), `${base}/data/${file}`);
  say(`${label}: ${loaded.count} articles, ${mb(loaded.raw_text_bytes)} MB of text`);
  const h1 = await heap();
  const w1 = await ev(() => window.bench.wasmMemoryBytes());
  const ours = await ev(() => window.bench.buildOurs());
  const h2 = await heap();
  const w2 = await ev(() => window.bench.wasmMemoryBytes());
  const oursSize = await ev(() => window.bench.oursSize());
  say(`  ours built in ${ours.ms.toFixed(0)} ms`);
  const mini = await ev(() => window.bench.buildMini());
  const h3 = await heap();
  say(`  minisearch built in ${mini.ms.toFixed(0)} ms`);
  const miniSize = await ev(() => { try { return window.bench.miniSize(); } catch (e) { return { error: String(e) }; } });
  const flex = await ev(() => window.bench.buildFlex());
  const h4 = await heap();
  say(`  flexsearch built in ${flex.ms.toFixed(0)} ms`);
  const flexSize = await ev(async () => { try { return await window.bench.flexSize(); } catch (e) { return { error: String(e) }; } });
  await ev(() => window.bench.dropDocs());
  const hEnd = await heap();
  const wEnd = await ev(() => window.bench.wasmMemoryBytes());
  const t = Date.now();
  const { samples, hits, reps } = await ev((r) => window.bench.runSearch(r), rounds);
  say(`  ${info.queries.length} queries × ${rounds} rounds × 4 in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  await ctx.close();

  const stat = (name) => {
    const perQuery = samples[name].map(median);
    return {
      p50: percentile(perQuery, 0.5),
      p95: percentile(perQuery, 0.95),
      pooled_p95: percentile(samples[name].flat(), 0.95),
      per_query: perQuery,
    };
  };
  const s = Object.fromEntries(Object.keys(samples).map((n) => [n, stat(n)]));
  const row = {
    articles: loaded.count,
    ours_p50_ms: round(s.ours.p50, 4),
    ours_p95_ms: round(s.ours.p95, 4),
    minisearch_p50_ms: round(s.minisearch.p50, 4),
    minisearch_p95_ms: round(s.minisearch.p95, 4),
    flexsearch_p50_ms: round(s.flexsearch.p50, 4),
    flexsearch_p95_ms: round(s.flexsearch.p95, 4),
    ours_with_snippets_p50_ms: round(s.ours_snippets.p50, 4),
    ours_with_snippets_p95_ms: round(s.ours_snippets.p95, 4),
    minisearch_over_ours_p50: round(s.minisearch.p50 / s.ours.p50, 1),
    flexsearch_over_ours_p50: round(s.flexsearch.p50 / s.ours.p50, 1),
    pooled_p95_ms: Object.fromEntries(Object.entries(s).map(([n, v]) => [n, round(v.pooled_p95, 4)])),
    ours_faster_than: {
      minisearch: s.ours.per_query.filter((t, i) => t < s.minisearch.per_query[i]).length,
      flexsearch: s.ours.per_query.filter((t, i) => t < s.flexsearch.per_query[i]).length,
    },
    queries_without_hits: Object.fromEntries(Object.entries(hits).map(([n, h]) => [n, h.filter((x) => x === 0).length])),
    rounds,
    raw_text_bytes: loaded.raw_text_bytes,
    build_ms: { ours: round(ours.ms, 0), minisearch: round(mini.ms, 0), flexsearch: round(flex.ms, 0) },
    index_bytes: {
      ours: oursSize.bytes,
      ours_without_texts: oursSize.bytes_without_texts,
      minisearch_json_chars: miniSize.chars ?? null,
      flexsearch_export_chars: flexSize.chars ?? null,
    },
    ours_stats: oursSize.stats,
    per_query: info.queries.map((q, i) => ({
      query: q,
      ...Object.fromEntries(Object.keys(s).map((n) => [`${n}_ms`, round(s[n].per_query[i], 4)])),
      ...Object.fromEntries(Object.keys(hits).map((n) => [`${n}_hits`, hits[n][i]])),
      ...Object.fromEntries(Object.keys(reps).map((n) => [`${n}_calls_per_sample`, reps[n][i]])),
    })),
  };
  const memory = {
    articles: loaded.count,
    wasm_memory_bytes: w2,
    wasm_memory_growth_bytes: w2 - w1,
    wasm_memory_at_end_bytes: wEnd,
    ours_index_heap_bytes: oursSize.stats.heap_bytes,
    ours_js_heap_bytes: h2 - h1,
    minisearch_js_heap_bytes: h3 - h2,
    flexsearch_js_heap_bytes: h4 - h3,
    js_heap_at_end_bytes: hEnd,
  };
  return { row, memory };
}

async function tagging(browser, base, minMs, native) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${base}/bench/`);
  await page.evaluate(() => window.bench.init());
  const t = await page.evaluate(([a, b, m]) => window.bench.tagging(a, b, m),
    [`${base}/data/english-1mb.txt`, `${base}/data/english.txt`, minMs]);
  await ctx.close();
  const mbs = (ms) => t.text_bytes / 1e6 / (median(ms) / 1000);
  return {
    wasm_mb_s: round(mbs(t.ours_ms), 2),
    native_mb_s: round(native.mb_per_s, 2),
    native_opt_level_3_mb_s: native.opt3 ? round(native.opt3.mb_per_s, 2) : null,
    compromise_mb_s: round(mbs(t.compromise_ms), 3),
    text_bytes: t.text_bytes,
    runs: { wasm: t.ours_ms.length, compromise: t.compromise_ms.length, native: native.runs },
    counts_on_english_stories_once: { bytes: t.once_bytes, ...t.counts },
  };
}

// ---------------------------------------------------------------- report

function tables(r) {
  const L = [];
  const yes = (ok) => (ok ? 'met' : 'not met');
  L.push(`Taken ${r.date.slice(0, 10)} on ${r.cores} cores (${r.cpu}), ${r.browser}, headless; load average ${r.load_average.start} at the start, ${r.load_average.end} at the end (the machine is shared).`);
  L.push('');
  L.push('**Transfer size** (release `dist/`, gzip -9):');
  L.push('');
  L.push('| part | raw | gzip |');
  L.push('|---|---:|---:|');
  for (const k of ['wasm', 'js', 'css', 'bundle', 'html', 'other']) {
    const v = r.transfer.by_kind[k];
    if (v) L.push(`| ${k === 'bundle' ? 'bundle (corpus.bin)' : k} | ${kb(v.raw)} KB | ${kb(v.gzip)} KB |`);
  }
  L.push(`| **first load** (${r.transfer.requested.length} files a cold visit fetches) | ${kb(r.first_load_raw_bytes)} KB | **${kb(r.first_load_gzip_bytes)} KB** |`);
  L.push('');
  L.push(`Goal: first load under 300 KB gzip: ${yes(r.goals.first_load)}.`);
  if (r.wasm_top_items?.length) {
    L.push(`Biggest items of the app's wasm (twiggy, before wasm-opt): ${r.wasm_top_items.slice(0, 5).map((t) => `${t.item.replace(/::h[0-9a-f]{16}$/, '').slice(0, 70)} ${kb(t.bytes)} KB`).join('; ')}.`);
  }
  L.push('');
  L.push(`**Cold start** (navigation to the first \`[data-testid=${r.cold_start.first_element}]\` in the DOM, ${r.cold_start.runs.length} cold loads, each in a new browser context): median **${r.cold_start_ms_median.toFixed(0)} ms** (runs ${r.cold_start.runs.map((x) => x.toFixed(0)).join(', ')}); goal under 300 ms: ${yes(r.goals.cold_start)}.`);
  L.push('');
  L.push(`**Search**, µs per query over the ${r.queries} fixed queries (\`synth::QUERIES\`), top 20 hits, same documents (title + body), same queries, same page. Each sample times a batch of calls of one query on one engine, as many as fill 0.5 ms (counted in the warm-up round), divided by their number; each query's time is the median of its samples; p50/p95 are over the queries. Every engine returns the ids of its 20 best hits: "ours" is parsing the query and ranking (BM25F, phrases, exclusions, typos); "ours + snippets" adds the 20 highlighted snippets the app shows (the peers make none):`);
  L.push('');
  L.push('| articles | ours p50 | ours p95 | ours + snippets p50 | p95 | minisearch p50 | p95 | flexsearch p50 | p95 | minisearch ÷ ours (p50) | flexsearch ÷ ours (p50) |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  // µs: one decimal below 100, whole numbers (with thousands separators) above.
  const us = (ms) => (ms * 1000 < 100 ? (ms * 1000).toFixed(1) : Math.round(ms * 1000).toLocaleString('en'));
  for (const s of r.search) {
    L.push(`| ${s.articles.toLocaleString('en')} | ${us(s.ours_p50_ms)} | ${us(s.ours_p95_ms)} | ${us(s.ours_with_snippets_p50_ms)} | ${us(s.ours_with_snippets_p95_ms)} | ${us(s.minisearch_p50_ms)} | ${us(s.minisearch_p95_ms)} | ${us(s.flexsearch_p50_ms)} | ${us(s.flexsearch_p95_ms)} | ${s.minisearch_over_ours_p50}× | ${s.flexsearch_over_ours_p50}× |`);
  }
  L.push('');
  L.push(`- Queries where ours is faster (of ${r.queries}): ${r.search.map((s) => `${s.articles.toLocaleString('en')} articles: than minisearch ${s.ours_faster_than.minisearch}, than flexsearch ${s.ours_faster_than.flexsearch}`).join('; ')}.`);
  L.push(`- Queries answered with no hit (of ${r.queries}): ${r.search.map((s) => `${s.articles.toLocaleString('en')} articles: ours ${s.queries_without_hits.ours}, minisearch ${s.queries_without_hits.minisearch}, flexsearch ${s.queries_without_hits.flexsearch}`).join('; ')}.`);
  L.push('');
  const below = (peer) => r.search.filter((s) => s.ours_p50_ms < s[`${peer}_p50_ms`]).length;
  L.push(`Goals: our p50 below both peers' at every size: ${yes(r.goals.p50_below_peers)} (below minisearch's at ${below('minisearch')} of ${r.search.length} sizes, below flexsearch's at ${below('flexsearch')} of ${r.search.length}); p95 under 16 ms at 50,000 articles: ${r.goals.p95_at_50k === null ? 'not measured' : yes(r.goals.p95_at_50k)}.`);
  L.push('');
  L.push('**Index build and size** (ours: postcard bytes with the stored texts snippets need, and without them as the bundle ships it; peers: characters of `JSON.stringify(minisearch)` and of flexsearch\'s `export()`):');
  L.push('');
  L.push('| articles | raw text | build ours | build minisearch | build flexsearch | ours | ours without texts | minisearch | flexsearch |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const sz = size;
  for (const s of r.search) {
    L.push(`| ${s.articles.toLocaleString('en')} | ${size(s.raw_text_bytes)} | ${s.build_ms.ours} ms | ${s.build_ms.minisearch} ms | ${s.build_ms.flexsearch} ms | ${sz(s.index_bytes.ours)} | ${sz(s.index_bytes.ours_without_texts)} | ${sz(s.index_bytes.minisearch_json_chars)} | ${sz(s.index_bytes.flexsearch_export_chars)} |`);
  }
  L.push('');
  L.push('**Memory** after building each size (a fresh page per size; each peer: growth of the JS heap across its build, after a forced GC, via the DevTools protocol; ours: the whole wasm memory, which holds the index with the stored texts snippets need and never shrinks, so it includes the peak of the build, and the index\'s own estimate of its heap bytes):');
  L.push('');
  L.push('| articles | ours: wasm memory | ours: index estimate | minisearch (JS heap) | flexsearch (JS heap) |');
  L.push('|---:|---:|---:|---:|---:|');
  for (const m of r.memory) {
    L.push(`| ${m.articles.toLocaleString('en')} | ${size(m.wasm_memory_bytes)} | ${size(m.ours_index_heap_bytes)} | ${size(m.minisearch_js_heap_bytes)} | ${size(m.flexsearch_js_heap_bytes)} |`);
  }
  L.push('');
  const tg = r.tagging;
  const c = tg.counts_on_english_stories_once;
  const cnt = (x) => (x ? `${x.distinct} (${x.mentions})` : 'n/a');
  L.push(`**Tagging** the seeds' English stories repeated to ${mb(tg.text_bytes)} MB (median of repeated runs); entities found in one copy (${(c.bytes / 1000).toFixed(1)} KB), distinct (mentions):`);
  L.push('');
  L.push('| tagger | MB/s | people | places | organizations |');
  L.push('|---|---:|---:|---:|---:|');
  L.push(`| ours, wasm in Chromium (as shipped: opt-level "z", wasm-opt -Oz) | ${tg.wasm_mb_s.toFixed(2)} | ${cnt(c.ours.people)} | ${cnt(c.ours.places)} + ${cnt(c.ours.countries)} countries | ${cnt(c.ours.organizations)} |`);
  L.push(`| ours, native (release profile, opt-level "z") | ${tg.native_mb_s.toFixed(2)} | (same) | (same) | (same) |`);
  if (tg.native_opt_level_3_mb_s) L.push(`| ours, native, opt-level 3 | ${tg.native_opt_level_3_mb_s.toFixed(2)} | (same) | (same) | (same) |`);
  L.push(`| compromise (people/places/organizations) | ${tg.compromise_mb_s.toFixed(3)} | ${cnt(c.compromise.people)} | ${cnt(c.compromise.places)} | ${cnt(c.compromise.organizations)} |`);
  L.push('');
  L.push(`People found by ours: ${c.ours.people.names.join('; ')}.`);
  L.push(`People found by compromise: ${c.compromise.people.names.join('; ')}.`);
  L.push('');
  return L.join('\n');
}

// ---------------------------------------------------------------- main

function cpuModel() {
  try {
    const m = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m);
    return m ? m[1].trim() : os.cpus()[0]?.model || 'unknown CPU';
  } catch {
    return os.cpus()[0]?.model || 'unknown CPU';
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--self-test') process.exit(selfTest() ? 0 : 1);
  if (args[0] === '--check') {
    const file = args[1] || path.join(OUT, 'results.json');
    const problems = checkResults(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (problems.length) {
      console.error(`${file} is incomplete:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`${file}: every required key present`);
    return;
  }
  if (args[0] === '--readme') {
    const md = tables(JSON.parse(fs.readFileSync(path.join(OUT, 'results.json'), 'utf8')));
    fs.writeFileSync(path.join(OUT, 'results.md'), `${md}\n`);
    const readme = path.join(ROOT, 'README.md');
    const text = fs.readFileSync(readme, 'utf8');
    const re = /(<!-- bench:begin -->\n)[\s\S]*?(\n<!-- bench:end -->)/;
    if (!re.test(text)) throw new Error('README.md has no <!-- bench:begin --> / <!-- bench:end --> markers');
    fs.writeFileSync(readme, text.replace(re, (_, a, b) => `${a}${md}${b}`));
    say('README.md Benchmarks section updated');
    return;
  }

  const sizes = (process.env.BENCH_SIZES || '1000,10000,50000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
  const coldRuns = Number(process.env.BENCH_COLD_RUNS || 9);
  const tagMs = Number(process.env.BENCH_TAG_MS || 3000);
  for (const [what, p] of [['dist/ (trunk build --release)', path.join(DIST, 'index.html')],
    ['target/bench-site/ (the bench page)', path.join(SITE, 'index.html')], ['the release CLI', CLI]]) {
    if (!fs.existsSync(p)) throw new Error(`${what} is missing: run scripts/bench.sh`);
  }
  fs.mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  const loadStart = round(os.loadavg()[0], 2);

  say('preparing data');
  const seeds = prepareSeeds();
  prepareSynthetic(sizes);
  say('native tagging (counterparts bench-tag --text)');
  const native = JSON.parse(run(CLI, ['bench-tag', '--text', path.join(OUT, 'english-1mb.txt')]));
  if (fs.existsSync(CLI_O3)) {
    native.opt3 = JSON.parse(run(CLI_O3, ['bench-tag', '--text', path.join(OUT, 'english-1mb.txt')]));
  }

  const transfer = transferSizes();
  // Our figures stand for the shipped wasm: the benchmark page must be optimised as the site is.
  const asShipped = shippedLikeProblems();
  if (asShipped.length) throw new Error(`the benchmark page is not built as the site ships:\n  ${asShipped.join('\n  ')}`);
  // The shipped site must not carry any of the benchmark's exports.
  const leaked = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'))
    .filter((f) => /BenchIndex|BenchText|bench_queries/.test(fs.readFileSync(path.join(DIST, f), 'utf8')));
  if (leaked.length) throw new Error(`benchmark code found in dist/: ${leaked.join(', ')}`);
  const top = wasmTop();
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = createRequire(path.join(ROOT, 'e2e', 'package.json'))('@playwright/test');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    say(`cold start: ${coldRuns} loads`);
    const cold = await coldStarts(browser, base, coldRuns);
    const fileSizes = Object.fromEntries(transfer.files.map((f) => [f.file, f]));
    const requested = cold.requested.filter((f) => fileSizes[f]);
    transfer.requested = requested;
    const firstGzip = requested.reduce((a, f) => a + fileSizes[f].gzip, 0);
    const firstRaw = requested.reduce((a, f) => a + fileSizes[f].raw, 0);

    const search = [];
    const memory = [];
    const plan = [[`${seeds.seeds} seeds`, 'seeds.json', 15], ...sizes.map((n) => [`${n}`, `synth-${n}.json`,
      n <= 1000 ? 11 : n <= 10000 ? 9 : 7])];
    for (const [label, file, rounds] of plan) {
      const { row, memory: m } = await searchAt(browser, base, label, file, rounds);
      search.push(row);
      memory.push(m);
    }
    say('tagging in the browser: ours (wasm) and compromise');
    const tag = await tagging(browser, base, tagMs, native);

    const big = search.find((s) => s.articles >= 50000);
    const results = {
      date: new Date().toISOString(),
      cores: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
      cpu: cpuModel(),
      load_average: { start: loadStart, end: round(os.loadavg()[0], 2) },
      browser: `Chromium ${browser.version()}`,
      first_load_gzip_bytes: firstGzip,
      first_load_raw_bytes: firstRaw,
      cold_start_ms_median: round(cold.median_ms, 1),
      search,
      tagging: tag,
      memory,
      transfer,
      wasm_top_items: top,
      cold_start: cold,
      queries: search[0]?.per_query.length ?? 0,
      goals: {
        first_load: firstGzip < GOALS.first_load_gzip_bytes,
        cold_start: cold.median_ms < GOALS.cold_start_ms,
        p50_below_peers: search.every((s) => s.ours_p50_ms < s.minisearch_p50_ms && s.ours_p50_ms < s.flexsearch_p50_ms),
        p95_at_50k: big ? big.ours_p95_ms < GOALS.p95_at_50k_ms : null,
      },
      notes: {
        search: 'ours_*: query parsing and ranking to the ids of the top 20 hits, as the peers return; '
          + 'ours_with_snippets_*: the same plus the 20 highlighted snippets the app shows. '
          + 'Peers get the same queries read as words (phrase words as plain required words: neither has phrases); '
          + 'minisearch: AND, prefix on the last word while typing, one typo for words of 5+ letters, title boost 3, '
          + 'exclusions via AND_NOT; flexsearch: Document on title and body, tokenize forward (every word a prefix), '
          + 'no typo tolerance, exclusions ignored. All fold case and diacritics alike (đ → d).',
        percentiles: 'per query: median of its rounds; each round times a batch of calls filling at least 0.5 ms (calls_per_sample) and divides; p50/p95: nearest rank over the queries; pooled_p95_ms: over every timed sample',
        units: 'KB = 1,000 bytes, MB = 1,000,000 bytes',
      },
      elapsed_s: Math.round((Date.now() - started) / 1000),
    };
    const problems = checkResults(results);
    if (problems.length) throw new Error(`results incomplete, not written:\n  ${problems.join('\n  ')}`);
    fs.writeFileSync(path.join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const md = tables(results);
    fs.writeFileSync(path.join(OUT, 'results.md'), `${md}\n`);
    console.log(`\n${md}`);
    if (top) {
      console.log('Biggest items of the app wasm before wasm-opt (twiggy):');
      for (const t of top.slice(0, 8)) console.log(`  ${String(t.bytes).padStart(8)} B  ${t.percent}%  ${t.item.slice(0, 90)}`);
    }
    console.log(`\nwrote target/bench/results.json and results.md (${results.elapsed_s} s)`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(`bench: ${e.stack || e}`);
  process.exit(1);
});
