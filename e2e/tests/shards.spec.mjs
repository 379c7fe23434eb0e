// A corpus whose search index is split into shards (the seeds ingested with a tiny
// --shard-bytes, served under /sharded/ by static_server.py; scripts/test.sh builds it):
// the first view loads no shard, a query fetches only the shards it needs and then shows
// the same results as the whole index, a query needing nothing new fetches nothing, and a
// shard that cannot be downloaded gives a clear message.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const sharded = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'e2e', 'sharded');
const SHARD = /\/corpus\.(\d+)\.bin$/;
const shardCount = fs.existsSync(sharded) ? fs.readdirSync(sharded).filter((f) => /^corpus\.\d+\.bin$/.test(f)).length : 0;

// Requests are watched on the page itself, so no service worker may answer them.
test.use({ serviceWorkers: 'block' });

/** Records the shard numbers the page requests, in order. */
function watchShards(page) {
  const seen = [];
  page.on('request', (req) => {
    const m = new URL(req.url()).pathname.match(SHARD);
    if (m) seen.push(Number(m[1]));
  });
  return seen;
}

/** The hits shown: article id, title and snippet, in order. */
async function hits(page) {
  return page.getByTestId('hit').evaluateAll((els) => els.map((el) => ({
    article: el.getAttribute('data-article'),
    text: el.innerText,
  })));
}

test('searching a sharded corpus fetches only the shards a query needs, with the same results', async ({ page, baseURL }) => {
  expect(shardCount, 'scripts/test.sh builds target/e2e/sharded with several shards').toBeGreaterThan(2);
  const root = new URL(baseURL).origin;

  // The normal site's answers, for comparison.
  await page.goto('./');
  await expect(page.getByTestId('article')).toHaveCount(5);
  await page.getByTestId('search').fill('Darmanin police');
  await expect(page.getByTestId('hit').first()).toBeVisible();
  const want = await hits(page);
  await page.getByTestId('search').fill('police');
  await expect(page.getByTestId('hit').first()).toBeVisible();
  const wantPolice = await hits(page);

  const seen = watchShards(page);
  await page.goto(`${root}/sharded/`);
  await expect(page.getByTestId('article')).toHaveCount(5);
  await expect(page.getByTestId('meeting-count')).not.toHaveText('0');
  expect(seen, 'the first view loads no shard').toEqual([]);

  await page.getByTestId('search').fill('Darmanin police');
  await expect(page.getByTestId('hit')).toHaveCount(want.length);
  expect(await hits(page)).toEqual(want);
  const first = [...new Set(seen)];
  expect(first.length).toBeGreaterThan(0);
  expect(first.length, `only some of ${shardCount} shards: ${first}`).toBeLessThan(shardCount);
  expect(seen.length, 'each shard once').toBe(first.length);

  // Every shard "police" reads came with the first query: nothing new is fetched.
  await page.getByTestId('search').fill('police');
  await expect(page.getByTestId('hit')).toHaveCount(wantPolice.length);
  expect(await hits(page)).toEqual(wantPolice);
  expect(seen.length).toBe(first.length);
});

test('a shard that cannot be downloaded gives a clear message, not a blank page', async ({ page, baseURL }) => {
  const root = new URL(baseURL).origin;
  await page.route(SHARD, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(`${root}/sharded/`);
  await expect(page.getByTestId('article')).toHaveCount(5);
  await page.getByTestId('search').fill('Darmanin');
  await expect(page.getByTestId('shard-failed')).toBeVisible();
  await expect(page.getByTestId('shard-failed')).toContainText('503');
  await expect(page.getByTestId('article')).toHaveCount(5);

  // Back online: a new query tries again and finds the articles.
  await page.unroute(SHARD);
  await page.getByTestId('search').fill('Darmanin -zzzz');
  await expect(page.getByTestId('hit')).toHaveCount(2);
  await expect(page.getByTestId('shard-failed')).toHaveCount(0);
});

test('a link with a query opens on a sharded corpus, in Vietnamese too', async ({ page, baseURL }) => {
  const root = new URL(baseURL).origin;
  await page.goto('./?q=luong%20tam%20quang');
  await expect(page.getByTestId('hit').first()).toBeVisible();
  const want = await hits(page);
  await page.goto(`${root}/sharded/?q=luong%20tam%20quang&ui=vi`);
  await expect(page.getByTestId('hit')).toHaveCount(want.length);
  expect((await hits(page)).map((h) => h.article)).toEqual(want.map((h) => h.article));
});

test('articles imported on a sharded site are found with the shards\' articles, before and after a reload', async ({ page, baseURL }) => {
  const root = new URL(baseURL).origin;
  const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'laos-talks.txt');
  // The same import and query on the normal site give the expected hits.
  await page.goto('./');
  await expect(page.getByTestId('article')).toHaveCount(5);
  await page.getByTestId('import').setInputFiles(fixture);
  await expect(page.getByTestId('local-article')).toHaveCount(1);
  await page.getByTestId('search').fill('minister public security');
  await expect(page.getByTestId('hit').first()).toBeVisible();
  const want = await hits(page);
  expect(want.some((h) => h.text.includes('Laos'))).toBe(true);
  // Both sites share the origin's storage: start the sharded one without it.
  await page.getByTestId('remove-all').click();
  await expect(page.getByTestId('local-article')).toHaveCount(0);

  // On the sharded site: imported before any shard is loaded.
  await page.goto(`${root}/sharded/`);
  await expect(page.getByTestId('article')).toHaveCount(5);
  await page.getByTestId('import').setInputFiles(fixture);
  await expect(page.getByTestId('local-article')).toHaveCount(1);
  await page.getByTestId('search').fill('minister public security');
  await expect(page.getByTestId('hit')).toHaveCount(want.length);
  expect(await hits(page)).toEqual(want);
  // A word only the imported article has.
  await page.getByTestId('search').fill('Vilay Lakhamfong');
  await expect(page.getByTestId('hit')).toHaveCount(1);
  await expect(page.getByTestId('hit').first()).toContainText('Laos');
  // After a reload the saved article joins an index whose shards are fetched again.
  await page.reload();
  await expect(page.getByTestId('local-article')).toHaveCount(1);
  await page.getByTestId('search').fill('minister public security');
  await expect(page.getByTestId('hit')).toHaveCount(want.length);
  expect(await hits(page)).toEqual(want);
  await page.getByTestId('remove-all').click();
  await expect(page.getByTestId('local-article')).toHaveCount(0);
});

/** Clicks an export button and returns the downloaded file's name and text. */
async function save(page, testId) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
}

test('an export on a sharded corpus waits for the shards its query needs, then matches the whole index', async ({ page, baseURL }) => {
  const root = new URL(baseURL).origin;
  await page.goto('./?q=police%20cooperation');
  await expect(page.getByTestId('hit').first()).toBeVisible();
  const wantMeetings = await save(page, 'export-csv');
  const wantHits = await save(page, 'export-hits-csv');
  expect(wantMeetings.text.split('\r\n').length).toBeGreaterThan(2);

  // The shards are held back until the export was asked for.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const seen = watchShards(page);
  await page.route(SHARD, async (route) => { await held; await route.continue(); });
  await page.goto(`${root}/sharded/?q=police%20cooperation`);
  await expect.poll(() => seen.length, 'the query asks for its shards').toBeGreaterThan(0);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  await expect(page.getByTestId('export-searching')).toBeVisible();
  release();
  const got = await download;
  expect(got.suggestedFilename()).toBe(wantMeetings.name);
  expect(fs.readFileSync(await got.path(), 'utf8')).toBe(wantMeetings.text);
  await expect(page.getByTestId('export-searching')).toHaveCount(0);
  const hitsCsv = await save(page, 'export-hits-csv');
  expect(hitsCsv).toEqual(wantHits);
  await page.unroute(SHARD);
});
