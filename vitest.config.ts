import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { guideContent } from './build/content-plugin';

// WxtVitest() does not load wxt.config's Vite plugins, so Preact and the guide content are added again here.
export default defineConfig({
  plugins: [WxtVitest(), preact(), guideContent()],
  test: {
    include: ['tests/{unit,integration,components,data,lint}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/i18n-from-locales.ts'],
    restoreMocks: true,
    // The statistics tests take a few seconds on a quiet machine and several times that while other builds share
    // its cores; a limit that only fires on a hung test keeps the suite honest on a busy machine.
    testTimeout: 60_000,
  },
});
