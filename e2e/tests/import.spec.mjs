// Bring your own articles: import through the file input, see them in search, keep them across
// reloads, remove them; bad files get a message and the corpus stays intact.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
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
