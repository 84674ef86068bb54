import { defineConfig } from '@playwright/test';

// `npm run bench`: one worker so runs never compete with each other for the 2 cores.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 600_000,
  workers: 1,
  reporter: [['list']],
});
