import { findChromium } from '../../scripts/find-chromium.mjs';

/** The Chromium the suite drives; `npm test` installs Debian's where none is found. */
export function chromiumPath(): string {
  const path = findChromium();
  if (!path) throw new Error("No Chromium found: run `npm test` (it installs Debian's chromium) or set CHROMIUM_PATH.");
  return path;
}
