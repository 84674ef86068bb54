// Finds a Firefox binary: FIREFOX_PATH wins, then Debian's firefox-esr and a plain firefox on PATH.
import { findBrowser } from './find-browser.mjs';

/** Returns the path of a usable Firefox, or undefined. */
export const findFirefox = (env = process.env) => findBrowser('FIREFOX_PATH', ['firefox-esr', 'firefox'], env);
