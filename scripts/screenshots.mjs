// `npm run screenshots`: builds the Chrome extension and remakes store/screenshots/ (the store listings' and
// the README's pictures) from it, with a seeded history, in light and dark.
import { ensureChromium, ensureNodeModules, run } from './ensure.mjs';

ensureNodeModules();
const chromium = ensureChromium();
run('npx', ['wxt', 'build']);
run('npx', ['playwright', 'test', '--config', 'store/playwright.screenshots.config.ts'], {
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
console.log('gutwise: pictures written to store/screenshots/');
