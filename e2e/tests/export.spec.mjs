// Export what you see: the meetings shown (after filters) as CSV, JSON and iCalendar, and the search
// results as CSV, downloaded from the sidebar and checked for content: rows, Vietnamese intact,
// fuzzy dates never turned into made-up days, the calendar holding only meetings known to the day.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';

/** Clicks an export button and returns the download's file name and text. */
async function save(page, testId) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records; the BOM must come first. */
function parseCsv(text) {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r') {
      expect(text[i + 1]).toBe('\n');
      i++;
      row.push(field); field = '';
      rows.push(row); row = [];
    } else field += c;
  }
  expect(row).toEqual([]);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** Unfolds iCalendar lines, checking each physical line (at most 75 octets, CRLF only). */
function unfold(text) {
  const physical = text.replace(/\r\n$/, '').split('\r\n');
  for (const line of physical) {
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
  }
  const lines = [];
  for (const line of physical) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  return lines;
}

const unescape = (s) => s.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));

test('the meetings shown download as CSV, JSON and iCalendar', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused/.test(m.text())) violations.push(m.text()); });
  await page.goto('./');
  await expect(page.getByTestId('meeting-count')).toHaveText('5');
  // No query: no search results to export.
  await expect(page.getByTestId('export-hits-csv')).toHaveCount(0);

  const csv = await save(page, 'export-csv');
  expect(csv.name).toBe('counterparts-meetings.csv');
  const rows = parseCsv(csv.text);
  expect(rows).toHaveLength(7);
  expect(rows.filter((r) => r.mentioned === 'false')).toHaveLength(5);
  // No invented dates: 8 October and 4 November, year not stated, keep only their month and day.
  const byMonthDay = (md) => rows.find((r) => r.month_day === md);
  for (const [md, partner] of [['10-08', 'SG'], ['11-04', 'FR']]) {
    const r = byMonthDay(md);
    expect(r.partners).toBe(partner);
    expect([r.date_start, r.date_end, r.year_min, r.year_max]).toEqual(['', '', '', '']);
    expect(r.precision).toBe('unknown-year');
  }
  const feb = byMonthDay('02-19');
  expect([feb.date_start, feb.year_min, feb.year_max, feb.precision]).toEqual(['', '2019', '2022', 'year-range']);
  // The Vietnamese article's facts come through with their diacritics.
  const vi = rows.find((r) => r.date_start === '2024-04-03');
  expect(vi.article_title).toBe('Việt Nam – Singapore tăng cường hợp tác phòng, chống tội phạm');
  expect(vi.vietnam_lead).toBe('Lương Tam Quang');
  expect(vi.vietnam_title).toBe('Thứ trưởng Bộ Công an');
  expect(vi.link).toMatch(/^\?view=article&article=[0-9a-f]{16}#ev=\d+-\d+$/);

  const json = await save(page, 'export-json');
  expect(json.name).toBe('counterparts-meetings.json');
  const meetings = JSON.parse(json.text);
  expect(meetings).toHaveLength(7);
  const oct = meetings.find((m) => m.date.month_day === '10-08');
  expect(oct.date.start).toBeNull();
  expect(oct.date.precision).toBe('unknown-year');
  expect(oct.partners).toEqual(['SG']);
  expect(meetings.map((m) => m.article_title)).toContain('Việt Nam – Singapore tăng cường hợp tác phòng, chống tội phạm');
  expect(meetings.filter((m) => m.mentioned)).toHaveLength(2);

  const ics = await save(page, 'export-ics');
  expect(ics.name).toBe('counterparts-meetings.ics');
  const lines = unfold(ics.text);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  // Exactly the two meetings known to the day: 3–5 April 2024 and 19 April 2024.
  expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
  expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual(['DTSTART;VALUE=DATE:20240403', 'DTSTART;VALUE=DATE:20240419']);
  expect(lines.filter((l) => l.startsWith('DTEND'))).toEqual(['DTEND;VALUE=DATE:20240406', 'DTEND;VALUE=DATE:20240420']);
  const summaries = lines.filter((l) => l.startsWith('SUMMARY:')).map((l) => unescape(l.slice(8)));
  expect(summaries).toEqual([
    'Vietnam–Singapore deputy-ministerial meeting: Lương Tam Quang – K. Shanmugam',
    'Vietnam–China ministerial meeting: To Lam – He Rong',
  ]);
  // The links in the calendar point back at this site.
  const description = unescape(lines.find((l) => l.startsWith('DESCRIPTION:')));
  expect(description).toContain(`Link: ${new URL('./', page.url()).href}?view=article&article=`);
  // The five others (two without any year) are counted, not dated.
  const notice = page.getByTestId('ics-notice');
  await expect(notice).toHaveText('5 meetings without a known day are not in the calendar (2 without a year)');
  await expect(notice).toHaveAttribute('data-left-out', '5');
  expect(violations).toEqual([]);
});

test('a filtered link exports only its meetings', async ({ page }) => {
  await page.goto('./?country=CN');
  await expect(page.getByTestId('meeting-count')).toHaveText('2');

  const csv = await save(page, 'export-csv');
  expect(csv.name).toBe('counterparts-meetings-country-CN.csv');
  const rows = parseCsv(csv.text);
  expect(rows.map((r) => r.partners)).toEqual(['CN', 'CN', 'CN', 'CN']);
  expect(rows.map((r) => `${r.precision} ${r.date_start || r.month_day}`)).toEqual([
    'year-range 02-19', 'month 2018-10', 'year 2022', 'day 2024-04-19',
  ]);

  const json = await save(page, 'export-json');
  expect(json.name).toBe('counterparts-meetings-country-CN.json');
  expect(JSON.parse(json.text).map((m) => m.partners.join())).toEqual(['CN', 'CN', 'CN', 'CN']);

  const ics = await save(page, 'export-ics');
  expect(ics.name).toBe('counterparts-meetings-country-CN.ics');
  const lines = unfold(ics.text);
  expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual(['DTSTART;VALUE=DATE:20240419']);
  await expect(page.getByTestId('ics-notice')).toHaveText('3 meetings without a known day are not in the calendar');

  // Another filter clears the notice, which spoke of other meetings.
  await page.getByRole('checkbox', { name: /France/ }).check();
  await expect(page.getByTestId('ics-notice')).toHaveCount(0);
});

test('the search results download as CSV', async ({ page }) => {
  await page.goto('./?q=Darmanin');
  await expect(page.getByTestId('hit')).toHaveCount(2);
  const csv = await save(page, 'export-hits-csv');
  expect(csv.name).toBe('counterparts-search-q-darmanin.csv');
  const rows = parseCsv(csv.text);
  expect(rows.map((r) => r.rank)).toEqual(['1', '2']);
  expect(rows.map((r) => r.language).sort()).toEqual(['en', 'vi']);
  for (const r of rows) {
    expect(r.article_id).toMatch(/^[0-9a-f]{16}$/);
    expect(r.snippet).toContain('Darmanin');
    expect(Number(r.score)).toBeGreaterThan(0);
  }
  // The meetings of the search results export too, from the same link.
  const meetings = parseCsv((await save(page, 'export-csv')).text);
  expect(meetings.map((r) => r.partners).sort()).toEqual(['FR', 'SG']);

  // In Vietnamese, the calendar notice is in Vietnamese.
  await page.goto('./?q=Darmanin&ui=vi');
  await save(page, 'export-ics');
  await expect(page.getByTestId('ics-notice')).toHaveText('1 cuộc gặp không rõ ngày không có trong lịch (1 không rõ năm)');
});
