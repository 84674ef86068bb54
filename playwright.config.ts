import { defineConfig } from '@playwright/test';

// The suite drives the built extension (.output/chrome-mv3) in Debian's Chromium; see tests/e2e/fixtures.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 2,
  // One retry in CI only: a test that fails twice fails the run; one that passes on retry is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: { trace: 'retain-on-failure' },
});
