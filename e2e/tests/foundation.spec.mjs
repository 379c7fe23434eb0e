// The release build, served from a sub-path, renders the five seed titles.
import { test, expect } from '@playwright/test';

test('the five seed titles render, the Vietnamese one with its diacritics', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  const articles = page.getByTestId('article');
  await expect(articles).toHaveCount(5);
  await expect(page.getByText('Việt Nam – Singapore tăng cường hợp tác phòng, chống tội phạm')).toBeVisible();
  await expect(page.getByText('Vietnam, France beef up security, anti-crime cooperation')).toBeVisible();
  await expect(articles.locator('.lang', { hasText: 'vi' })).toHaveCount(1);
  expect(errors).toEqual([]);
});
