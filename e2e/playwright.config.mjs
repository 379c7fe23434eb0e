// Playwright end-to-end tests: Debian Chromium (no browser download) against the release
// build in ../dist served by a plain static file server on 127.0.0.1, mounted under a
// sub-path (/sub/path/) exactly as a static host would serve it.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 8765);

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['./summary-reporter.mjs']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/sub/path/`,
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `python3 static_server.py ${PORT}`,
    url: `http://127.0.0.1:${PORT}/sub/path/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
