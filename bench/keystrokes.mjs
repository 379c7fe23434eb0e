// Time per keystroke on a built site, as a reader types: for each query, the search box gets one
// more letter at a time, and each keystroke is timed from the input event to the second animation
// frame after it (the page has handled it and painted). Not part of scripts/bench.sh: it needs a
// site built with many articles, which the README's "Typing on a large library" shows how to make.
//
//   node bench/keystrokes.mjs URL ['query|query|...']
//
// Uses Playwright from e2e/node_modules and Debian's Chromium, like the end-to-end tests.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [url, list = 'minist|human trafficking|to lam'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node bench/keystrokes.mjs URL [\'query|query|...\']');
  process.exit(2);
}
const { chromium } = createRequire(path.join(ROOT, 'e2e', 'package.json'))('@playwright/test');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.getByTestId('meeting-count').waitFor({ timeout: 120000 });
  console.log(`first view: ${Date.now() - t0} ms`);
  const all = [];
  for (const q of list.split('|')) {
    await page.getByTestId('search').fill('');
    await page.waitForTimeout(500);
    const row = [];
    for (let i = 1; i <= q.length; i++) {
      const ms = await page.evaluate(async (s) => {
        const box = document.querySelector('[data-testid="search"]');
        const t = performance.now();
        box.value = s;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t;
      }, q.slice(0, i));
      all.push(ms);
      row.push(`${JSON.stringify(q.slice(0, i))} ${ms.toFixed(0)}`);
    }
    console.log(row.join(' · '));
  }
  all.sort((a, b) => a - b);
  const at = (p) => all[Math.min(all.length - 1, Math.ceil(p * all.length) - 1)];
  console.log(`keystrokes: ${all.length}, ms p50 ${at(0.5).toFixed(0)}, p95 ${at(0.95).toFixed(0)}, max ${all[all.length - 1].toFixed(0)}`);
} finally {
  await browser.close();
}
