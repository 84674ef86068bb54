// `npm test`: installs what is missing, then the formatting check, ESLint, knip, type check, vitest, Firefox build + web-ext lint + journeys in Firefox,
// Chrome build, the Playwright suite against that build, `npm start` under a virtual display, and the store
// packages (`npm run zip`), unpacked and checked. Stops at the first failing step.
import { ensureChromium, ensureFirefox, ensureNodeModules, ensureXvfb, run } from './ensure.mjs';

ensureNodeModules();
const chromium = ensureChromium();
ensureXvfb();
const firefox = ensureFirefox();
const env = { ...process.env, CHROMIUM_PATH: chromium, FIREFOX_PATH: firefox };

const steps = [
  ['formatting (Prettier)', 'npx', ['prettier', '--check', '.']],
  ['lint (ESLint, with type information)', 'npx', ['eslint', '.']],
  ['unused files, exports and dependencies (knip)', 'npx', ['knip']],
  ['type check', 'npx', ['tsc', '--noEmit']],
  ['unit, integration, component and data tests', 'npx', ['vitest', 'run']],
  ['Firefox build', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['web-ext lint', 'node', ['scripts/lint-firefox.mjs']],
  ['end-to-end journeys in Firefox', 'npx', ['vitest', 'run', '--config', 'vitest.browsers.config.ts', 'tests/firefox']],
  ['Chrome build', 'npx', ['wxt', 'build']],
  ['end-to-end tests in Chromium', 'npx', ['playwright', 'test']],
  ['npm start under a virtual display', 'npx', ['vitest', 'run', '--config', 'vitest.browsers.config.ts', 'tests/start']],
  ['store packages (npm run zip)', 'npm', ['run', 'zip']],
  ['checks of the unpacked store packages', 'npx', ['vitest', 'run', '--config', 'vitest.browsers.config.ts', 'tests/packages']],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  run(command, args, { env });
}
console.log('\ngutwise: every step passed.');
