// After a first visit the site works with the network off (service worker), and it is installable.
import { test, expect } from '@playwright/test';

test('after one visit, the app reloads and works offline', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByTestId('article')).toHaveCount(5);
  // Wait until the service worker controls the page and has precached the site.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('article')).toHaveCount(5);
  await page.getByTestId('search').fill('Darmanin');
  // The French talks and the Vietnamese report that names him among the guests.
  await expect(page.getByTestId('hit')).toHaveCount(2);
  // A link opened cold while offline works too.
  await page.goto('./?view=entities');
  await expect(page.getByTestId('entity').first()).toBeVisible();
  await context.setOffline(false);
});

test('the web app manifest is linked and valid', async ({ page, request, baseURL }) => {
  await page.goto('./');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const res = await request.get(new URL(href, baseURL).toString());
  expect(res.ok()).toBe(true);
  const manifest = await res.json();
  expect(manifest.start_url).toBe('./');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.length).toBeGreaterThan(0);
});
