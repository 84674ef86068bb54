import { defineConfig } from '@playwright/test';

// `npm run screenshots`: the store's and the README's pictures, made from the built extension in Chromium.
export default defineConfig({
  testDir: '.',
  testMatch: 'screenshots.shoot.ts',
  timeout: 180_000,
  workers: 1,
  reporter: [['list']],
});
