// The locked-down page: a strict CSP with no violations, no request to any other origin, and
// clear messages (never a blank page) when the bundle is damaged.
import { test, expect } from '@playwright/test';

test('the page carries a strict CSP, reports no violation and asks no other origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('./');
  await expect(page.getByTestId('article')).toHaveCount(5);
  // Visit every view so each one's code runs under the policy.
  await page.goto('./?view=entities');
  await expect(page.getByTestId('entity').first()).toBeVisible();
  await page.getByTestId('search').fill('To Lam');
  await expect(page.getByTestId('hit').first()).toBeVisible();
  await page.getByTestId('hit').first().getByRole('link').click();
  await expect(page.getByTestId('reader')).toBeVisible();

  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/'unsafe-eval'/);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  expect(foreign).toEqual([]);
});

test('a truncated bundle shows a clear message, not a blank page', async ({ page, baseURL }) => {
  const root = new URL(baseURL).origin;
  await page.goto(`${root}/damaged/`);
  const panel = page.getByTestId('load-error');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('truncated');
  await expect(page.locator('header')).toBeVisible();
});

test('an HTML page in place of the bundle says it is not a bundle', async ({ page, baseURL }) => {
  const root = new URL(baseURL).origin;
  await page.goto(`${root}/notbundle/`);
  await expect(page.getByTestId('load-error')).toContainText('not a Counterparts bundle');
});
