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

/** Articles about talks with Laos: `perYear[y]` of them in year `y`, each on its own day. */
function laosTalks(perYear) {
  const files = [];
  for (const [year, n] of Object.entries(perYear)) {
    for (let i = 0; i < n; i++) {
      const month = ['March', 'June', 'September'][i % 3];
      const day = 1 + Math.floor(i / 3);
      const text = `Vietnam, Laos police hold talks in ${year}, session ${i + 1}\n\n`
        + `Vientiane (VNA) – Deputy Minister of Public Security Lieutenant General Nguyen Van Long held talks with Lao Deputy Minister of Public Security Major General Khamla Ravong in Vientiane on ${month} ${day}, ${year}.\n\n`
        + 'The two sides reviewed cooperation against drug trafficking along the border./.\n';
      files.push({ name: `laos-${year}-${String(i + 1).padStart(3, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) });
    }
  }
  return files;
}

test('a crowded lane shows a box per year with its count, linking to that partner and year', async ({ page }) => {
  test.setTimeout(60_000);
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused/.test(m.text())) violations.push(m.text()); });
  await page.goto('./');
  await expect(page.getByTestId('article')).toHaveCount(5);
  // 50 meetings with Laos: more than a lane draws one by one.
  await page.getByTestId('import').setInputFiles(laosTalks({ 2023: 12, 2024: 38 }));
  await expect(page.getByTestId('local-article')).toHaveCount(50, { timeout: 30_000 });
  const laos = page.locator('[data-testid=lane][data-country=LA]');
  const bins = laos.getByTestId('bin');
  await expect(bins).toHaveCount(2);
  await expect(laos.locator('.plot [data-testid=meeting]')).toHaveCount(0);
  expect(await bins.evaluateAll((bs) => bs.map((b) => `${b.dataset.years}:${b.dataset.count}`))).toEqual(['2023:12', '2024:38']);
  // Placed on the axis (the page's Content Security Policy allows no style attributes, so the
  // boxes must be positioned property by property): 2024 right after 2023, each a year wide.
  const [a, b] = [await bins.nth(0).boundingBox(), await bins.nth(1).boundingBox()];
  expect(a.width).toBeGreaterThan(20);
  expect(Math.abs(b.x - (a.x + a.width))).toBeLessThan(3);
  expect(Math.abs(a.width - b.width)).toBeLessThan(2);
  // Small lanes keep their markers.
  await expect(page.locator('[data-testid=lane][data-country=CN] .plot [data-testid=meeting]')).toHaveCount(4);
  // A box is a link to that partner and year: the lane then draws each meeting.
  const link = bins.nth(0).getByRole('link');
  await expect(link).toHaveAccessibleName(/^2023: 12 meetings/);
  await link.click();
  await expect(page).toHaveURL(/country=LA/);
  await expect(page).toHaveURL(/from=2023&to=2023/);
  await expect(laos.locator('.plot [data-testid=meeting]')).toHaveCount(12);
  await expect(laos.getByTestId('bin')).toHaveCount(0);
  expect(violations).toEqual([]);
  await page.goto('./');
  await page.getByTestId('remove-all').click();
  await expect(page.getByTestId('local-article')).toHaveCount(0);
});
