import { defineConfig } from '@playwright/test';
import { chromiumPath } from './src/server/chromium-path.ts';

// TEST_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.TEST_PORT ?? 4400);
/** The site is tested under a deep sub-path, as an LMS would serve it. */
const basePath = '/a/b/c/';

export default defineConfig({
  testDir: 'tests/browser',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not reachable here.
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node scripts/serve.ts --port ${port} --base ${basePath}`,
    url: `http://127.0.0.1:${port}${basePath}index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
