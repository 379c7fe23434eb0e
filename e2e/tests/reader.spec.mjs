// The article reader, the Entities view and search, as a user sees them in the release build.
import { test, expect } from '@playwright/test';

/** Opens the app and waits for the corpus. */
async function open(page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.locator('main')).not.toContainText('Loading');
}

test('the reader shows the clean story, captions apart, and what was cut', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: 'Vietnamese, Chinese ministers discuss security cooperation' }).click();
  const reader = page.getByTestId('reader');
  await expect(reader.getByTestId('article-title')).toHaveText('Vietnamese, Chinese ministers discuss security cooperation');
  await expect(page).toHaveURL(/view=article&article=[0-9a-f]{16}/);
  // The glued words are repaired, the caption is apart, the teasers are not in the story.
  await expect(reader.locator('.story')).toContainText('Gen. To Lam held talks with Chinese Minister of Justice He Rong');
  await expect(reader.locator('.story')).not.toContainText('Kim Il Sung');
  await expect(reader.getByTestId('caption')).toHaveText(['At the MoU signing ceremony (Photo: VNA)']);
  const removed = reader.getByTestId('removed');
  await expect(removed.locator('li').first()).toBeHidden();
  await removed.locator('summary').click();
  await expect(removed).toContainText('Kim Il Sung');
  await expect(removed.locator('li[data-reason="see-more"]').first()).toBeVisible();
  // Entities are highlighted by kind, with the canonical entity on hover, and the kinds can be switched off.
  const he = reader.locator('.story mark[data-entity="person:he-rong"]').first();
  await expect(he).toHaveAttribute('title', /He Rong — Minister of Justice \(CN\)/);
  await expect(he).not.toHaveClass(/off/);
  await reader.getByTestId('toggle-person').uncheck();
  await expect(he).toHaveClass(/off/);
});

test('a Vietnamese article keeps its diacritics and links Tô Lâm to the same person as To Lam', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: 'Việt Nam – Singapore tăng cường hợp tác phòng, chống tội phạm' }).click();
  const story = page.getByTestId('reader').locator('.story');
  await expect(story).toContainText('Thượng tướng Lương Tam Quang');
  await story.locator('mark[data-entity="person:to-lam"]').first().click();
  await expect(page.getByTestId('entity-page')).toHaveAttribute('data-entity', 'person:to-lam');
  await expect(page.getByTestId('entity-page').locator('h1')).toHaveText('Tô Lâm');
  // Four of the five articles mention him, in both languages.
  await expect(page.getByTestId('entity-page').locator('ul').last().locator('li')).toHaveCount(4);
});

test('the Entities view lists people with counts and opens a person page', async ({ page }) => {
  await open(page, '?view=entities');
  const darmanin = page.locator('[data-testid=entity][data-entity="person:gerald-darmanin"]');
  await expect(darmanin).toContainText('Gérald Darmanin');
  await expect(page.locator('[data-testid=entity][data-entity="person:kim-il-sung"]')).toHaveCount(0);
  await expect(page.locator('[data-testid=entity][data-entity="country:SG"]')).toBeVisible();
  await darmanin.getByRole('link').click();
  await expect(page).toHaveURL(/view=entity&entity=person:gerald-darmanin/);
  await expect(page.getByTestId('entity-page')).toContainText('Minister of the Interior');
});

test('typing a query shows ranked hits with highlighted snippets, diacritics folded', async ({ page }) => {
  await open(page);
  await page.getByTestId('search').fill('luong tam quang');
  const hits = page.getByTestId('hit');
  await expect(hits).toHaveCount(1);
  await expect(hits.first().getByTestId('snippet').locator('mark').first()).toContainText('Lương Tam Quang');
  await expect(page).toHaveURL(/q=luong%20tam%20quang/);
  // A phrase and an exclusion.
  await page.getByTestId('search').fill('"human trafficking" -France');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('Vietnamese, Chinese public security ministries bolster anti-crime collaboration');
  // Text that looks like markup is shown as text.
  await page.getByTestId('search').fill('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img')).toHaveCount(0);
});

test('a hostile link opens the app with the valid part applied and a notice', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await open(page, '?from=banana&country=ZZ,<script>alert(1)</script>&lang=vi');
  const notice = page.getByTestId('url-notice');
  await expect(notice).toContainText('banana');
  await expect(notice).toContainText('ZZ');
  await expect(notice).toContainText('<script>');
  await expect(page.getByTestId('article')).toHaveCount(1);
  expect(dialogs).toEqual([]);
});
