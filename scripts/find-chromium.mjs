// Finds a Chromium or Chrome binary: CHROMIUM_PATH wins, then the usual Debian/Ubuntu names.
import { findBrowser } from './find-browser.mjs';

/** Returns the path of a usable Chromium, or undefined. */
export const findChromium = (env = process.env) =>
  findBrowser('CHROMIUM_PATH', ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'], env);
