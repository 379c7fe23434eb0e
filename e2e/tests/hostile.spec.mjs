// Hostile articles (tests/fixtures/hostile, described in its README) fed to the built site both
// ways a user can: as the site's own bundle (served under /hostile/) and through the in-browser
// import. Whatever the file: no dialog opens, no script runs, nothing is asked of another
// origin, no CSP violation, and markup written as text is shown literally.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const hostile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'hostile');
const articles = fs.readdirSync(hostile).filter((f) => /\.(txt|html)$/.test(f)).sort();

/** Titles that hold markup characters: the page must show them as these exact texts. */
const LITERAL_TITLES = ['Hackers hide <script> tags in fake invoices', 'Thai <b>police</b> chief visits Vietnam'];

/** Story texts that quote markup: shown literally in the reader. */
const LITERAL_STORY = [
  { title: 'Hackers hide <script> tags in fake invoices', text: '<script>alert(1)</script>' },
  { title: 'Ministry warns of fake police websites', text: '<img src=x onerror=alert(2)>' },
];

/** The sentence of the generated one-line article (see the fixtures' README). */
const LINE = 'Hanoi (VNA) – Police officers from Vietnam and Laos met in Hanoi <script>alert(1)</script> on drug trafficking. ';
const STORY = '<p>Hanoi (VNA) – Police officers from Vietnam and Laos met in Hanoi on drug trafficking.</p>'
  + '<p>The two sides agreed to share information on smuggling rings and to hold joint patrols.</p>';

/** Generated files too large to commit: a 1 MiB single line, and HTML nested 10,000 deep. */
function giants() {
  const line = LINE.repeat(Math.ceil((1 << 20) / Buffer.byteLength(LINE))).slice(0, 1 << 20);
  const nested = '<!DOCTYPE html><html><body><h1>Deeply nested page</h1>'
    + '<div>'.repeat(10_000) + STORY + '</div>'.repeat(10_000) + '</body></html>';
  return [
    { name: 'one-megabyte-line.txt', mimeType: 'text/plain', buffer: Buffer.from(line) },
    { name: 'deeply-nested.html', mimeType: 'text/html', buffer: Buffer.from(nested) },
  ];
}

/** Watches a page for every sign of a script that should not run. */
function watch(page, baseURL) {
  const seen = { dialogs: [], foreign: [], errors: [] };
  const origin = new URL(baseURL).origin;
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) seen.foreign.push(r.url()); });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

async function trapScripts(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** Nothing executable reached the page: no handler attributes, no foreign elements in the story. */
async function expectInert(page, seen) {
  const handlers = await page.evaluate(() => [...document.querySelectorAll('*')]
    .flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name) || /^\s*(javascript|vbscript|data):/i.test(a.value))
      .map((a) => `${el.tagName.toLowerCase()} ${a.name}=${a.value}`)));
  expect(handlers).toEqual([]);
  await expect(page.locator('main script, main iframe, main object, main embed, main img, main video, main form')).toHaveCount(0);
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect(seen.dialogs).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
}

test('the hostile corpus as the site\'s bundle: every article opens inert, markup shown as text', async ({ page, baseURL }) => {
  const seen = watch(page, baseURL);
  await trapScripts(page);
  const root = new URL(baseURL).origin;
  await page.goto(`${root}/hostile/`);
  await expect(page.getByTestId('article')).toHaveCount(articles.length);
  for (const title of LITERAL_TITLES) {
    await expect(page.getByTestId('article').getByText(title, { exact: true })).toHaveCount(1);
  }
  // Open every article in the reader.
  for (let i = 0; i < articles.length; i++) {
    await page.goto(`${root}/hostile/`);
    const link = page.getByTestId('article').nth(i).getByRole('link');
    const title = (await link.innerText()).trim();
    await link.click();
    await expect(page.getByTestId('reader')).toBeVisible();
    await expect(page.getByTestId('reader').locator('h1')).toHaveText(title);
    await expectInert(page, seen);
  }
  for (const { title, text } of LITERAL_STORY) {
    await page.goto(`${root}/hostile/`);
    await page.getByTestId('article').getByText(title, { exact: true }).click();
    await expect(page.getByTestId('reader').getByText(text, { exact: false }).first()).toBeVisible();
  }
  // Search and the Entities view render the same texts.
  await page.goto(`${root}/hostile/?q=script`);
  await expect(page.getByTestId('hit').first()).toBeVisible();
  await page.goto(`${root}/hostile/?view=entities`);
  await expect(page.getByTestId('entity').first()).toBeVisible();
  await expectInert(page, seen);
});

test('the hostile corpus and generated giants through the import: per-file results, inert pages', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const seen = watch(page, baseURL);
  await trapScripts(page);
  await page.goto('./');
  await expect(page.getByTestId('article')).toHaveCount(5);
  const files = [
    ...articles.map((name) => ({ name, mimeType: name.endsWith('.html') ? 'text/html' : 'text/plain', buffer: fs.readFileSync(path.join(hostile, name)) })),
    ...giants(),
  ];
  await page.getByTestId('import').setInputFiles(files);
  await expect(page.getByTestId('import-message')).toHaveCount(files.length, { timeout: 60_000 });
  await expect(page.getByTestId('import-message').and(page.locator('[data-ok=true]'))).toHaveCount(files.length);
  await expect(page.getByTestId('local-article')).toHaveCount(files.length);
  await expect(page.getByTestId('article')).toHaveCount(5 + files.length);
  for (const title of LITERAL_TITLES) {
    await expect(page.getByTestId('article').getByText(title, { exact: true })).toHaveCount(1);
  }
  for (const { title, text } of LITERAL_STORY) {
    await page.getByTestId('article').getByText(title, { exact: true }).click();
    await expect(page.getByTestId('reader').getByText(text, { exact: false }).first()).toBeVisible();
    await expectInert(page, seen);
    await page.goBack();
  }
  // The deeply nested page keeps its story; the one-line giant shows its quoted script as text.
  await page.getByTestId('article').getByText('Deeply nested page', { exact: true }).click();
  await expect(page.getByTestId('reader')).toContainText('hold joint patrols');
  await page.goBack();
  await page.getByTestId('search').fill('drug trafficking laos');
  await expect(page.getByTestId('hit').first()).toBeVisible();
  await expectInert(page, seen);
  await page.getByTestId('remove-all').click();
  await expect(page.getByTestId('local-article')).toHaveCount(0);
});
