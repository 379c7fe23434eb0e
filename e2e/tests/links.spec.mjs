// Shareable links: the URL is the state. Back/Forward restore filters, typing does not flood
// history, a copied link reopens the same view in a new page, and the title names the filters.
import { test, expect } from '@playwright/test';

test('Back and Forward restore filters; typing adds one history entry', async ({ page }) => {
  await page.goto('./?lang=vi');
  await expect(page.getByTestId('article')).toHaveCount(1);
  await expect(page).toHaveTitle(/Vietnamese/);
  // Remove the chip: a new history entry.
  await page.getByTestId('chip').filter({ hasText: 'Vietnamese' }).getByRole('link').click();
  await expect(page.getByTestId('article')).toHaveCount(5);
  await expect(page).toHaveURL(/\/sub\/path\/$/);
  await page.goBack();
  await expect(page.getByTestId('article')).toHaveCount(1);
  await expect(page.getByTestId('chip')).toHaveCount(1);
  await page.goForward();
  await expect(page.getByTestId('article')).toHaveCount(5);

  // Typing a query replaces the entry after the first keystroke.
  await page.getByTestId('search').pressSequentially('to lam', { delay: 20 });
  await expect(page).toHaveURL(/q=to%20lam/);
  await expect(page.getByTestId('hit').first()).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByTestId('search')).toHaveValue('');
});

test('a link copied with the button reopens the same view in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.getByTestId('search').fill('Bộ Công an');
  await page.getByTestId('ui-vi').click();
  await expect(page.getByTestId('hit').first()).toBeVisible();
  const hits = await page.getByTestId('hit').evaluateAll((els) => els.map((e) => e.dataset.article));
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-status')).not.toBeEmpty();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('/sub/path/?');
  expect(link).toContain('ui=vi');

  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('hit').first()).toBeVisible();
  expect(await fresh.getByTestId('hit').evaluateAll((els) => els.map((e) => e.dataset.article))).toEqual(hits);
  await expect(fresh.getByTestId('search')).toHaveValue('Bộ Công an');
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'vi');
});
