import { defineConfig } from 'vitest/config';

// Tests that drive whole programs rather than modules: `npm start` under a virtual display, the Firefox
// journeys over WebDriver BiDi, and the store packages. Each launches a browser or a build, so files run one
// at a time and every wait is on a condition, with timeouts that leave room for a busy 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/{start,firefox,packages}/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
