import { defineConfig } from '@playwright/test';

// The suite drives the built extension (.output/chrome-mv3) in Debian's Chromium; see tests/e2e/fixtures.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  // Generous: with another build or test run sharing the 2 cores, a page's first frame or a full axe scan
  // takes several times as long as on a quiet machine. Tests wait on conditions, so a fast run never waits.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  // One retry in CI only: a test that fails twice fails the run; one that passes on retry is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: { trace: 'retain-on-failure' },
});
