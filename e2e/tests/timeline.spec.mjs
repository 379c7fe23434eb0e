// The timeline of meetings by partner country, as a user sees it: lanes, markers with their
// test hooks, cards traceable to the source sentence, and filtered links.
import { test, expect } from '@playwright/test';

const reported = (page) => page.locator('[data-testid=meeting][data-mentioned=false]');

test('lanes by partner country, each meeting a marker with its date, level and country', async ({ page }) => {
  await page.goto('./');
  const lanes = page.getByTestId('lane');
  await expect(lanes).toHaveCount(3);
  expect(await lanes.evaluateAll((ls) => ls.map((l) => l.dataset.country))).toEqual(['CN', 'SG', 'FR']);
  await expect(reported(page)).toHaveCount(5);
  const hooks = await reported(page).evaluateAll((ms) =>
    ms.map((m) => `${m.dataset.country} ${m.dataset.date || '-'} ${m.dataset.level}`).sort());
  expect(hooks).toEqual([
    'CN 2019 minister', // 19 February, the year bounded by the text to 2019–2022
    'CN 2024-04-19 minister', // derived from a December 2023 visit cited as past
    'FR - minister', // 4 November, year not stated
    'SG - deputy-minister', // 8 October, year not stated
    'SG 2024-04-03 deputy-minister', // 3–5 April 2024
  ]);
  // The two meetings the Chinese article only mentions are drawn too, marked as such.
  const mentioned = page.locator('[data-testid=meeting][data-mentioned=true]');
  expect(await mentioned.evaluateAll((ms) => ms.map((m) => m.dataset.date).sort())).toEqual(['2018-10', '2022']);
  // Meetings without a stated year sit in the "year not stated" slot, not on the axis.
  await expect(page.locator('.undated [data-testid=meeting]')).toHaveCount(2);
  await expect(page.getByTestId('summary')).toContainText('5 meetings · 3 countries');
});

test('a meeting card gives the facts and opens the article at the source sentence', async ({ page }) => {
  await page.goto('./');
  await page.locator('[data-testid=meeting][data-date="2024-04-19"]').click();
  const card = page.getByTestId('meeting-card');
  await expect(card.getByTestId('card-leads')).toContainText('To Lam');
  await expect(card.getByTestId('card-leads')).toContainText('He Rong (Minister of Justice, CN)');
  await expect(card.getByTestId('card-date')).toContainText('19 April 2024');
  await expect(card.getByTestId('card-date')).toContainText('December 12-13, 2023 as past');
  await expect(card.getByTestId('card-agreements')).toContainText('Memorandum of Understanding');
  await card.getByRole('link', { name: 'Open the article at this sentence' }).click();
  await expect(page).toHaveURL(/view=article&article=[0-9a-f]{16}#ev=\d+-\d+/);
  const highlighted = page.locator('.story p[data-highlight=true]');
  await expect(highlighted.first()).toBeInViewport();
  await expect(highlighted.first()).toContainText('held talks with Chinese Minister of Justice He Rong');
  await page.goBack();
  await expect(page.getByTestId('lane')).toHaveCount(3);
});

test('the keyboard reaches every marker, and focus shows its card', async ({ page }) => {
  await page.goto('./');
  const first = page.getByTestId('meeting').first();
  await first.focus();
  await expect(page.getByTestId('meeting-card')).toBeVisible();
  const label = await first.getAttribute('aria-label');
  expect(label).toMatch(/minister/);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('meeting').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('meeting').nth(1)).toHaveAttribute('aria-pressed', 'true');
  // Pressing another marker moves the pressed state: one marker pressed at a time.
  await page.getByTestId('meeting').first().click();
  await expect(page.getByTestId('meeting').first()).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('meeting').nth(1)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('[data-testid="meeting"][aria-pressed="true"]')).toHaveCount(1);
});

test('?country=CN shows only Chinese meetings', async ({ page }) => {
  await page.goto('./?country=CN');
  await expect(page.getByTestId('lane')).toHaveCount(1);
  await expect(reported(page)).toHaveCount(2);
  expect(new Set(await page.getByTestId('meeting').evaluateAll((ms) => ms.map((m) => m.dataset.country)))).toEqual(new Set(['CN']));
  await expect(page.getByTestId('chip')).toHaveText(['China×']);
  await expect(page).toHaveTitle('China — Counterparts');
});

test('?country=SG&from=2024 shows only the 2024 Singapore visit', async ({ page }) => {
  await page.goto('./?country=SG&from=2024');
  await expect(reported(page)).toHaveCount(1);
  await expect(reported(page)).toHaveAttribute('data-date', '2024-04-03');
  await expect(reported(page)).toHaveAttribute('data-level', 'deputy-minister');
  // The 8 October meeting, year not stated, is neither shown nor dropped silently.
  await expect(page.getByTestId('uncertain-hidden')).toContainText('1 meeting with a date');
});

test('filters from the sidebar land in the link; Back restores them', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('facet-level-deputy-minister').check();
  await expect(page).toHaveURL(/level=deputy-minister/);
  await expect(reported(page)).toHaveCount(2);
  await page.locator('[data-testid=facet-country][data-country=SG]').check();
  await expect(page).toHaveURL(/country=SG&level=deputy-minister/);
  await page.getByTestId('year-from').selectOption('2024');
  await expect(page).toHaveURL(/country=SG&level=deputy-minister&from=2024/);
  await expect(reported(page)).toHaveCount(1);
  await page.goBack();
  await expect(reported(page)).toHaveCount(2);
  await page.goBack();
  await page.goBack();
  await expect(reported(page)).toHaveCount(5);
});

test('a query narrows the timeline to the meetings of matching articles', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('search').fill('Darmanin');
  await expect(page.getByTestId('hit-count')).toContainText('2');
  await expect(page.getByTestId('lane')).toHaveCount(2);
  expect(await page.getByTestId('lane').evaluateAll((ls) => ls.map((l) => l.dataset.country))).toEqual(['FR', 'SG']);
});

test('the malformed link shows the notice and the full timeline', async ({ page }) => {
  await page.goto('./?from=banana&country=ZZ,<script>');
  await expect(page.getByTestId('url-notice')).toContainText('from=banana');
  await expect(page.getByTestId('url-notice')).toContainText('ZZ');
  await expect(page.getByTestId('lane')).toHaveCount(3);
  await expect(reported(page)).toHaveCount(5);
});
