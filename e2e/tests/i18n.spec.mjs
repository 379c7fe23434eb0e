// The interface in Vietnamese: switched with the EN|VI buttons, part of the link (ui=vi), kept
// across reloads and remembered for the next visit; every part of the page speaks the language,
// dates are written the Vietnamese way, counts agree with their number in English.
import { test, expect } from '@playwright/test';

/** Opens the app at `query` and waits for the corpus. */
async function open(page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.locator('main [role=status]').filter({ hasText: /Loading|Đang tải/ })).toHaveCount(0);
}

test('switching to Vietnamese translates the header, sidebar, timeline, card and reader', async ({ page }) => {
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('ui-vi').click();
  await expect(page).toHaveURL(/[?&]ui=vi\b/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByTestId('ui-vi')).toHaveAttribute('aria-pressed', 'true');

  // Header.
  const nav = page.getByRole('navigation', { name: 'Các trang' });
  await expect(nav.getByRole('link', { name: 'Dòng thời gian' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Thực thể' })).toBeVisible();
  await expect(page.getByTestId('search')).toHaveAttribute('placeholder', 'Tìm bài viết, nhân vật, địa danh…');
  await expect(page.getByTestId('copy-link')).toHaveText('Sao chép liên kết');
  await expect(page.getByRole('button', { name: 'Giao diện tối' })).toBeVisible();

  // Sidebar.
  const sidebar = page.getByRole('complementary', { name: 'Bộ lọc' });
  for (const legend of ['Đối tác', 'Cấp', 'Năm', 'Chủ đề', 'Ngôn ngữ bài viết']) {
    await expect(sidebar.locator('legend', { hasText: legend }).first()).toBeVisible();
  }
  await expect(sidebar.locator('[data-testid=facet-country][data-country=CN]').locator('..')).toContainText('Trung Quốc');
  await expect(sidebar.getByLabel('cấp thứ trưởng')).toBeVisible();
  await expect(sidebar).toContainText('Bài của bạn');

  // Summary, chart, lanes, key: Vietnamese nouns do not change with the number.
  await expect(page.getByTestId('summary')).toContainText('5 cuộc gặp · 3 quốc gia · 2 được nhắc đến');
  await expect(page.getByTestId('chart')).toContainText('Số cuộc gặp theo quốc gia đối tác');
  await expect(page.getByTestId('chart-countries')).toHaveAttribute('aria-label', /Trung Quốc 2, Singapore 2, Pháp 1/);
  await expect(page.getByRole('group', { name: 'Trung Quốc, 2 cuộc gặp, 2 được nhắc đến' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Pháp, 1 cuộc gặp' })).toBeVisible();
  await expect(page.getByTestId('timeline-legend')).toContainText('Chú giải');
  await expect(page.locator('.undated-head')).toHaveText('không rõ năm');

  // Markers: short dates day/month, full dates in words.
  const marker = page.locator('[data-testid=meeting][data-date="2024-04-19"]');
  await expect(marker).toContainText('19/4');
  await expect(marker).toHaveAttribute('aria-label', /^ngày 19 tháng 4 năm 2024, cấp bộ trưởng/);
  await expect(page.locator('[data-testid=meeting][data-country=FR]')).toHaveAttribute('aria-label', /ngày 4 tháng 11, không rõ năm/);

  // The card.
  await marker.click();
  const card = page.getByTestId('meeting-card');
  await expect(card.getByTestId('card-date')).toContainText('ngày 19 tháng 4 năm 2024');
  await expect(card.getByTestId('card-date')).toContainText('ngày chính xác');
  await expect(card.locator('dt', { hasText: 'Trưởng đoàn' })).toBeVisible();
  await expect(card.locator('h3')).toContainText('Trung Quốc');
  await expect(card.getByRole('button', { name: 'Đóng' })).toBeVisible();

  // The reader, opened from the card, keeps the language.
  await card.getByRole('link', { name: 'Mở bài viết tại câu này' }).click();
  await expect(page).toHaveURL(/view=article.*ui=vi/);
  const reader = page.getByTestId('reader');
  await expect(reader.locator('.legend legend')).toHaveText('Tô sáng');
  await expect(reader.locator('.legend')).toContainText('Nhân vật');
  await expect(reader.locator('.meta')).toContainText('Ngôn ngữ');
  await expect(reader.locator('.meta')).toContainText('Tiếng Anh');
  await expect(reader.locator('.removed summary')).toContainText('Phần đã lược khỏi trang');
  await expect(reader.locator('mark[data-entity="person:he-rong"]').first()).toHaveAttribute('title', /^nhân vật: He Rong/);
  await expect(page).toHaveTitle('Bài viết — Counterparts');
  await expect(page.getByRole('contentinfo')).toContainText('Mỗi dữ kiện đều dẫn về câu gốc');
});

test('ui=vi is part of the link, survives a reload and is remembered for the next visit', async ({ page, context }) => {
  await open(page, '?country=CN');
  await page.getByTestId('ui-vi').click();
  await expect(page).toHaveURL(/\?country=CN&ui=vi$/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByTestId('chip')).toHaveText(['Trung Quốc×']);
  await expect(page).toHaveTitle('Trung Quốc — Counterparts');

  // A fresh page without ui in its link gets the remembered language, written into the link.
  const fresh = await context.newPage();
  await open(fresh, '?view=entities');
  await expect(fresh).toHaveURL(/view=entities&ui=vi/);
  await expect(fresh.locator('h1')).toHaveText('Thực thể');
  await expect(fresh.getByRole('heading', { name: 'Nhân vật' })).toBeVisible();
  await expect(fresh.locator('[data-testid=entity][data-entity="person:to-lam"] .count')).toContainText(/\d+ lần nhắc đến/);

  // Back to English: the link drops ui (English is the default) and the labels follow.
  await fresh.getByTestId('ui-en').click();
  await expect(fresh).not.toHaveURL(/ui=/);
  await expect(fresh.locator('h1')).toHaveText('Entities');
  await expect(fresh.getByRole('heading', { name: 'People' })).toBeVisible();
});

test('chips, page titles and link notices in Vietnamese', async ({ page }) => {
  await open(page, '?country=CN&level=minister&from=2019&ui=vi');
  await expect(page.getByTestId('chip')).toHaveText(['Trung Quốc×', 'cấp bộ trưởng×', 'từ năm 2019×']);
  await expect(page.getByRole('list', { name: 'Bộ lọc đang áp dụng' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bỏ bộ lọc: Trung Quốc' })).toBeVisible();
  await expect(page).toHaveTitle('Trung Quốc · cấp bộ trưởng · từ năm 2019 — Counterparts');
  await page.getByRole('link', { name: 'Bỏ bộ lọc: từ năm 2019' }).click();
  await expect(page).toHaveURL(/\?country=CN&level=minister&ui=vi$/);

  await open(page, '?to=2024-04-19&lang=vi&ui=vi');
  await expect(page.getByTestId('chip')).toHaveText(['đến ngày 19 tháng 4 năm 2024×', 'Bài tiếng Việt×']);

  await open(page, '?from=banana&country=ZZ&contry=CN&ui=vi');
  const notice = page.getByTestId('url-notice');
  await expect(notice.getByRole('heading')).toHaveText('Một phần của liên kết đã bị bỏ qua');
  await expect(notice).toContainText('bỏ qua from=banana: không phải ngày tháng (dùng YYYY, YYYY-MM hoặc YYYY-MM-DD)');
  await expect(notice).toContainText('bỏ qua quốc gia ZZ: không phải mã quốc gia');
  await expect(notice).toContainText('bỏ qua contry=CN: khóa không dùng ở đây');
  await expect(notice.getByRole('button', { name: 'Đóng' })).toBeVisible();
  // The same notices follow a switch of language.
  await page.getByTestId('ui-en').click();
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
  await open(page, '?from=banana');
  await expect(page.getByTestId('url-notice')).toContainText('ignored from=banana: not a date');
});

test('English counts agree with their number', async ({ page }) => {
  await open(page, '?country=FR');
  await expect(page.getByTestId('summary')).toHaveText('1 meeting · 1 country');
  await expect(page.getByRole('group', { name: 'France, 1 meeting' })).toBeVisible();
  await open(page, '?country=SG&from=2024');
  await expect(page.getByTestId('uncertain-hidden')).toContainText('1 meeting with a date that may fall outside the range is hidden');
  await open(page, '?q=darmanin');
  await expect(page.getByTestId('hit-count')).toHaveText('2 articles match');
  await open(page, '?q=lương tam quang');
  await expect(page.getByTestId('hit-count')).toHaveText('1 article matches');
  await open(page, '?view=entity&entity=person:he-rong');
  await expect(page.getByTestId('entity-page').locator('h1 + p')).toHaveText('2 mentions · China');
  // Every count in the Entities view agrees with its number, and some entity is mentioned once.
  await open(page, '?view=entities');
  await expect(page.getByTestId('entity').first()).toBeVisible();
  const counts = await page.locator('[data-testid=entity] .count').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
  expect(counts.length).toBeGreaterThan(10);
  for (const c of counts) expect(c.trim()).toMatch(/^(1 mention|(0|[2-9]|\d{2,}) mentions)$/);
  expect(counts.map((c) => c.trim())).toContain('1 mention');
});

test('search results write their dates and badges in the interface language', async ({ page }) => {
  await open(page, '?q=to%20lam&ui=vi');
  await expect(page.getByTestId('hit-count')).toContainText('bài viết phù hợp');
  await expect(page.getByRole('list', { name: 'Kết quả tìm kiếm' })).toBeVisible();
  await expect(page.getByTestId('article').first().locator('abbr.lang')).toHaveAttribute('title', /Tiếng (Anh|Việt)/);
});
