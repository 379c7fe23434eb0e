// Bring your own articles: import through the file input, see them in search, keep them across
// reloads, remove them; bad files get a message and the corpus stays intact.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

test('imported articles are searchable, survive a reload, and can be removed', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto('./');
  await expect(page.getByTestId('article')).toHaveCount(5);
  await page.getByTestId('import').setInputFiles([
    path.join(fixtures, 'laos-talks.txt'),
    path.join(fixtures, 'japan-visit.html'),
  ]);
  const messages = page.getByTestId('import-message');
  await expect(messages).toHaveCount(2);
  await expect(messages.filter({ hasText: 'Vietnam, Laos boost cooperation' })).toHaveAttribute('data-ok', 'true');
  await expect(messages.filter({ hasText: 'Japanese National Police Agency' })).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('local-article')).toHaveCount(2);
  await expect(page.getByTestId('article')).toHaveCount(7);

  // Their meetings join the timeline: new lanes for Laos and Japan, each marker on its stated day.
  await expect(page.locator('[data-testid=lane][data-country=LA] [data-testid=meeting][data-date="2025-03-12"]')).toHaveCount(1);
  await expect(page.locator('[data-testid=lane][data-country=JP] [data-testid=meeting][data-date="2025-06-05"]')).toHaveCount(1);
  await expect(page.locator('[data-testid=meeting][data-date="2025-06-05"]')).toHaveAttribute('data-level', 'deputy-minister');

  // Searchable at once, marked as local; the HTML's script never ran.
  await page.getByTestId('search').fill('Vilay Lakhamfong');
  await expect(page.getByTestId('hit')).toHaveCount(1);
  await expect(page.getByTestId('hit').first()).toContainText('local');
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  expect(dialogs).toEqual([]);

  // Still there after a reload.
  await page.reload();
  await expect(page.getByTestId('hit')).toHaveCount(1);
  await expect(page.getByTestId('local-article')).toHaveCount(2);

  // A copied link says imported articles are not part of it.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('link-local-note')).toBeVisible();

  // Remove one, then all.
  await page.getByTestId('local-article').filter({ hasText: 'Laos' }).getByRole('button').click();
  await expect(page.getByTestId('local-article')).toHaveCount(1);
  await expect(page.getByTestId('hit')).toHaveCount(0);
  await page.getByTestId('remove-all').click();
  await expect(page.getByTestId('local-article')).toHaveCount(0);
  await page.reload();
  await page.getByTestId('search').fill('');
  await expect(page.getByTestId('article')).toHaveCount(5);
});

test('a binary file gets a message and the corpus stays intact', async ({ page }) => {
  await page.goto('./');
  const file = (name, mimeType) => ({ name, mimeType, buffer: fs.readFileSync(path.join(fixtures, name)) });
  await page.getByTestId('import').setInputFiles([
    file('not-an-article.png', 'image/png'),
    file('laos-talks.txt', 'text/plain'),
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
  ]);
  const messages = page.getByTestId('import-message');
  await expect(messages).toHaveCount(3);
  await expect(messages.filter({ hasText: 'not-an-article.png' })).toContainText('not text');
  await expect(messages.filter({ hasText: 'not-an-article.png' })).toHaveAttribute('data-ok', 'false');
  await expect(messages.filter({ hasText: 'empty.txt' })).toContainText('empty');
  // The rest of the batch went on, and the bundled corpus is untouched.
  await expect(page.getByTestId('local-article')).toHaveCount(1);
  await expect(page.getByTestId('article')).toHaveCount(6);
  // Importing the same file again is refused as a duplicate.
  await page.getByTestId('import').setInputFiles(path.join(fixtures, 'laos-talks.txt'));
  await expect(messages.first()).toContainText('already in the corpus');
  await page.getByTestId('remove-all').click();
  await expect(page.getByTestId('article')).toHaveCount(5);
});

/** `n` distinct small articles (about 1 KB each), each a meeting with Laos on its own day. */
function manyArticles(n) {
  return Array.from({ length: n }, (_, i) => {
    const day = 1 + (i % 28);
    const text = `Vietnam, Laos police hold talks, round ${i + 1}\n\n`
      + `Vientiane (VNA) – Deputy Minister of Public Security Lieutenant General Nguyen Van Long held talks with Lao Deputy Minister of Public Security Major General Khamla Ravong in Vientiane on February ${day}, 2025, round ${i + 1}.\n\n`
      + 'The two sides reviewed cooperation in preventing drug trafficking and human trafficking along the shared border, and agreed to exchange information regularly.\n\n'
      + `The officers signed a plan for joint patrols in the ${i + 1}th border sector./.\n`;
    return { name: `round-${String(i + 1).padStart(4, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) };
  });
}

test('a file over the size limit is refused by name; 1,000 files at once import with progress and stay usable', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(page.getByTestId('article')).toHaveCount(5);
  // 50 MB: refused before it is read, with the limit in the message.
  const big = path.join(os.tmpdir(), 'counterparts-e2e-50mb.txt');
  fs.writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
  await page.getByTestId('import').setInputFiles(big);
  const messages = page.getByTestId('import-message');
  await expect(messages).toHaveCount(1);
  await expect(messages.first()).toHaveAttribute('data-ok', 'false');
  await expect(messages.first()).toContainText('counterparts-e2e-50mb.txt');
  await expect(messages.first()).toContainText('32 MB');
  fs.rmSync(big);

  const started = Date.now();
  await page.getByTestId('import').setInputFiles(manyArticles(1000));
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByTestId('local-list')).toHaveAttribute('data-total', '1000', { timeout: 90_000 });
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  console.log(`1,000 files imported in ${Date.now() - started} ms`);
  await expect(messages.and(page.locator('[data-ok=false]'))).toHaveCount(0);
  // Both lists draw a page at a time, counting the rest.
  const list = page.locator('details.articles');
  await expect(page.getByTestId('article')).toHaveCount(100);
  await expect(list.getByTestId('not-shown')).toHaveAttribute('data-count', '905');
  await list.getByTestId('more-rows').click();
  await expect(page.getByTestId('article')).toHaveCount(200);
  await expect(list.getByTestId('not-shown')).toHaveAttribute('data-count', '805');
  await expect(page.getByTestId('local-article')).toHaveCount(100);
  await expect(page.locator('.import').getByTestId('not-shown')).toHaveAttribute('data-count', '900');
  // The timeline and search take them in.
  await expect(page.locator('[data-testid=lane][data-country=LA]')).toHaveCount(1);
  await page.getByTestId('search').fill('round 777');
  await expect(page.getByTestId('hit').first()).toContainText('round 777');
  await page.getByTestId('remove-all').click();
  await expect(page.getByTestId('local-article')).toHaveCount(0);
});

test('a reload in the middle of an import keeps every article stored so far, uncorrupted', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(page.getByTestId('article')).toHaveCount(5);
  await page.getByTestId('import').setInputFiles(manyArticles(1000));
  // Reload once some files are done.
  await expect(page.getByTestId('local-article').first()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('article').first()).toBeVisible();
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  const kept = Number(await page.getByTestId('local-list').getAttribute('data-total'));
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThanOrEqual(1000);
  // The list draws a page at a time; it counts them all.
  await expect(page.getByTestId('article-list')).toHaveAttribute('data-total', String(5 + kept));
  // Each kept article is whole: the last one listed opens with its story.
  await page.getByTestId('local-article').last().getByRole('link').click();
  await expect(page.getByTestId('reader')).toContainText('joint patrols');
  await page.goBack();
  await page.getByTestId('remove-all').click();
  await expect(page.getByTestId('local-article')).toHaveCount(0);
});

test('a damaged saved article is reported and left in place; the rest load', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('article')).toHaveCount(5);
  await page.getByTestId('import').setInputFiles(path.join(fixtures, 'laos-talks.txt'));
  await expect(page.getByTestId('local-article')).toHaveCount(1);
  // Damage storage: a current-version key with garbage, and an entry of an older version.
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('counterparts.local.v')));
  expect(key).toBeTruthy();
  const damagedKey = key.replace(/\.[^.]+$/, '.damaged-entry');
  await page.evaluate(([k]) => {
    localStorage.setItem(k, '%%% not base64 %%%');
    localStorage.setItem('counterparts.local.v0.old-entry', 'old');
  }, [damagedKey]);
  await page.reload();
  await expect(page.getByTestId('storage-notice')).toContainText('Saved articles that could not be read, left untouched: 1');
  await expect(page.getByTestId('storage-notice')).toContainText('another version of the app, left untouched: 1');
  await expect(page.getByTestId('local-article')).toHaveCount(1);
  await expect(page.getByTestId('article')).toHaveCount(6);
  expect(await page.evaluate(([k]) => localStorage.getItem(k), [damagedKey])).toBe('%%% not base64 %%%');
  await page.getByTestId('remove-all').click();
  await page.evaluate(([k]) => { localStorage.removeItem(k); localStorage.removeItem('counterparts.local.v0.old-entry'); }, [damagedKey]);
});

test('articles saved by an earlier version are processed again from their saved files', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('article')).toHaveCount(5);
  await page.getByTestId('import').setInputFiles(path.join(fixtures, 'laos-talks.txt'));
  await expect(page.getByTestId('local-article')).toHaveCount(1);
  // Make the saved article look like an earlier version's (a format this build cannot read), and add
  // one from an earlier version that has no saved file.
  const keys = await page.evaluate(() => {
    const current = Object.keys(localStorage).find((k) => /^counterparts\.local\.v\d+\./.test(k));
    const old = current.replace(/^counterparts\.local\.v\d+\./, 'counterparts.local.v1.');
    localStorage.setItem(old, 'an earlier format');
    localStorage.removeItem(current);
    localStorage.setItem('counterparts.local.v1.no-file', 'an earlier format');
    return { current, old, sources: Object.keys(localStorage).filter((k) => k.startsWith('counterparts.source.')).length };
  });
  expect(keys.sources).toBe(1);
  await page.reload();
  // The article comes back, processed again, in this version's format; the one without a file is counted.
  await expect(page.getByTestId('local-article')).toHaveCount(1);
  await expect(page.getByTestId('local-article')).toContainText('Vietnam, Laos boost cooperation');
  await expect(page.getByTestId('storage-notice')).toHaveText('Articles saved by another version of the app, left untouched: 1');
  const after = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(after).toContain(keys.current);
  expect(after).not.toContain(keys.old);
  expect(after).toContain('counterparts.local.v1.no-file');
  await page.getByTestId('search').fill('Vilay Lakhamfong');
  await expect(page.getByTestId('hit')).toHaveCount(1);
  // Removing the article removes its file too.
  await page.getByTestId('remove-all').click();
  await expect(page.getByTestId('local-article')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('counterparts.source.')))).toEqual([]);
  await page.evaluate(() => localStorage.removeItem('counterparts.local.v1.no-file'));
});
