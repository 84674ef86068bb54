// Renders design/icon.svg into the PNG sizes the manifest uses (public/icon/*.png: 16, 32, 48 and 128 for the
// Chrome Web Store, 48 and 96 for addons.mozilla.org), with the same
// Chromium the tests drive. Run by hand after changing the SVG: `node scripts/render-icons.mjs`.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const svg = readFileSync('design/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
