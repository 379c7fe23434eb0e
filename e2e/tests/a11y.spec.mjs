// Accessibility and layout on every view, in both interface languages and both themes:
// axe-core finds no serious or critical violation; the page never scrolls sideways at 360 px or
// 1280 px; the timeline announces its lanes and can be used with the keyboard alone.
import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Opens `query` (with `ui=vi` added for Vietnamese) and waits for the corpus. */
async function open(page, query, ui) {
  const params = new URLSearchParams(query);
  if (ui === 'vi') params.set('ui', 'vi');
  const q = params.toString().replace(/\+/g, '%20');
  await page.goto(q ? `./?${q}` : './');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.locator('main [role=status]').filter({ hasText: /Loading|Đang tải/ })).toHaveCount(0);
}

/** Every view a user reaches, each with the way to get there and what shows it is ready. */
const VIEWS = [
  { name: 'timeline', go: (page, ui) => open(page, '', ui), ready: (page) => page.getByTestId('lane').first() },
  { name: 'search results', go: (page, ui) => open(page, 'q=to lam', ui), ready: (page) => page.getByTestId('hit').first() },
  {
    name: 'article reader',
    go: async (page, ui) => {
      await open(page, '', ui);
      await page.getByTestId('article').first().getByRole('link').click();
    },
    ready: (page) => page.getByTestId('reader'),
  },
  { name: 'entities', go: (page, ui) => open(page, 'view=entities', ui), ready: (page) => page.getByTestId('entity').first() },
  {
    name: 'entity page',
    go: (page, ui) => open(page, 'view=entity&entity=person:to-lam', ui),
    ready: (page) => page.getByTestId('entity-page'),
  },
  {
    name: 'meeting card',
    go: async (page, ui) => {
      await open(page, '', ui);
      await page.locator('[data-testid=meeting][data-date="2024-04-19"]').click();
    },
    ready: (page) => page.getByTestId('meeting-card'),
  },
  {
    name: 'import panel with messages',
    go: async (page, ui) => {
      await open(page, '', ui);
      await page.getByTestId('import').setInputFiles([
        path.join(fixtures, 'laos-talks.txt'),
        path.join(fixtures, 'not-an-article.png'),
      ]);
      await expect(page.getByTestId('import-message')).toHaveCount(2);
    },
    ready: (page) => page.getByTestId('local-article').first(),
  },
  {
    name: 'link notices',
    go: (page, ui) => open(page, 'from=banana&country=ZZ', ui),
    ready: (page) => page.getByTestId('url-notice'),
  },
];

/** A readable list of the serious and critical violations. */
function serious(results) {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1, 3).join(' ')}`).join('\n')}`);
}

for (const theme of ['light', 'dark']) {
  for (const ui of ['en', 'vi']) {
    test.describe(`${theme} theme, ${ui} interface`, () => {
      test.use({ colorScheme: theme });
      for (const view of VIEWS) {
        test(`axe finds no serious violation: ${view.name}`, async ({ page }) => {
          await view.go(page, ui);
          await expect(view.ready(page)).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('lang', ui);
          const results = await new AxeBuilder({ page }).analyze();
          expect(serious(results)).toEqual([]);
        });
      }
    });
  }
}

test('the theme toggle overrides the system setting and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, '', 'en');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.getByTestId('theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toEqual(light);
  const results = await new AxeBuilder({ page }).analyze();
  expect(serious(results)).toEqual([]);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('theme')).toHaveAttribute('aria-pressed', 'true');
});

for (const width of [360, 1280]) {
  test(`no sideways scrolling at ${width} px on any view`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const ui of ['en', 'vi']) {
      for (const view of VIEWS) {
        await view.go(page, ui);
        await expect(view.ready(page)).toBeVisible();
        const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        expect(scroll, `${view.name} (${ui}) is ${scroll} px wide in a ${inner} px window`).toBeLessThanOrEqual(inner);
      }
    }
  });
}

test('landmarks: one banner, navigation, main, complementary sidebar and footer', async ({ page }) => {
  await open(page, '', 'en');
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  // The skip link is the first stop of the keyboard and lands in main.
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip')).toBeFocused();
  await expect(page.locator('.skip')).toBeVisible();
});

test('the timeline announces each lane with its country and count, and markers by date and level', async ({ page }) => {
  await open(page, '', 'en');
  await expect(page.getByRole('group', { name: 'China, 2 meetings' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'France, 1 meeting' })).toBeVisible();
  const china = page.getByRole('group', { name: 'China, 2 meetings' });
  await expect(china.getByRole('button', { name: /19 April 2024, minister/ })).toBeVisible();
  // Every marker is a focusable button with a text label; shapes are explained in words.
  const labels = await page.getByTestId('meeting').evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label') || ''));
  expect(labels.every((l) => /minister/.test(l))).toBe(true);
  await expect(page.getByTestId('timeline-legend')).toContainText('deputy minister');
  // The keyboard alone opens a card and closes it again.
  const marker = page.locator('[data-testid=meeting][data-date="2024-04-03"]');
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('meeting-card')).toContainText('Singapore');
  await page.getByTestId('meeting-card').getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('meeting-card')).toHaveCount(0);
  await open(page, '', 'vi');
  await expect(page.getByRole('group', { name: 'Trung Quốc, 2 cuộc gặp' })).toBeVisible();
});

test('the chart gives meetings per partner and per year as text, not colour alone', async ({ page }) => {
  await open(page, '', 'en');
  const chart = page.getByTestId('chart');
  // Each chart is an image whose text alternative lists every bar with its number.
  await expect(page.getByTestId('chart-countries')).toHaveAttribute('role', 'img');
  await expect(page.getByTestId('chart-countries')).toHaveAttribute('aria-label', /China 2, Singapore 2, France 1/);
  await expect(page.getByTestId('chart-years')).toHaveAttribute('aria-label', /\b2024 2\b/);
  // The labels and numbers are drawn as text in the SVG too.
  await expect(chart.locator('svg text').filter({ hasText: 'China' })).toHaveCount(1);
  await expect(chart.locator('svg text').filter({ hasText: /^2$/ }).first()).toBeVisible();
  // A filtered link draws only what it shows.
  await open(page, 'country=SG', 'en');
  await expect(page.getByTestId('chart-countries')).toHaveAttribute('aria-label', /Singapore 2/);
  await expect(page.getByTestId('chart-countries')).not.toHaveAttribute('aria-label', /China/);
  await expect(page.getByTestId('chart').locator('svg text').filter({ hasText: 'China' })).toHaveCount(0);
});
