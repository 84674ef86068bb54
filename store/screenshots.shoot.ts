/**
 * Makes the store's screenshots (1280×800, the size both the Chrome Web Store and addons.mozilla.org show)
 * and the README's pictures, in light and dark, from the built extension in Chromium with a seeded history
 * (store/seed-history.ts). Run through `npm run screenshots`, which builds first.
 */
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import { CHROMIUM_FLAGS, EXTENSION_DIR } from '../tests/e2e/fixtures';
import { seedHistory } from './seed-history';

const OUT = resolve(import.meta.dirname, 'screenshots');
const STORE = { width: 1280, height: 800 };
const PANEL = { width: 400, height: 720 };
type Theme = 'light' | 'dark';

/** One picture of an extension page, as the user sees it at the size the browser gives it. */
async function shoot(
  page: Page,
  url: string,
  size: { width: number; height: number },
  ready: (page: Page) => Promise<void>,
  theme: Theme,
) {
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await page.goto(url);
  await ready(page);
  // Focus rings and the caret belong to the moment, not to the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // A popup is as wide as its content (the browser sizes it so); a panel is as wide as the browser gives it.
  const width = await page.evaluate(() =>
    Math.ceil(
      Math.max(
        ...[document.body, ...document.body.querySelectorAll('*')].map((element) => element.getBoundingClientRect().right),
      ),
    ),
  );
  return page.screenshot({
    clip: { x: 0, y: 0, width: Math.min(width, size.width), height: size.height },
    animations: 'disabled',
    caret: 'hide',
  });
}

/** A 1280×800 store picture: a caption and one or two real pages side by side, in the theme's colours. */
async function compose(page: Page, caption: string, detail: string, shots: Buffer[], theme: Theme) {
  const dark = theme === 'dark';
  const images = shots.map((shot) => `<img src="data:image/png;base64,${shot.toString('base64')}">`).join('');
  await page.setViewportSize(STORE);
  await page.setContent(`<!doctype html><html><head><style>
    html, body { margin: 0; height: 100%; }
    body { display: flex; align-items: center; gap: 48px; padding: 0 56px; box-sizing: border-box;
      font: 18px/1.5 system-ui, sans-serif; color: ${dark ? '#e8ece9' : '#1d2a24'};
      background: ${dark ? 'linear-gradient(160deg, #16201b, #0f1512)' : 'linear-gradient(160deg, #eef5f0, #dfeae3)'}; }
    .text { flex: 1; } h1 { font-size: 40px; line-height: 1.2; margin: 0 0 16px; } p { margin: 0; opacity: .85; }
    .brand { font-weight: 700; letter-spacing: .02em; margin-bottom: 24px; color: ${dark ? '#8fd1a8' : '#2f6b49'}; }
    .shots { display: flex; gap: 24px; align-items: flex-start; }
    img { display: block; border-radius: 12px; box-shadow: 0 12px 40px rgba(0,0,0,${dark ? '.55' : '.18'});
      border: 1px solid ${dark ? '#2c3a33' : '#c9d8ce'}; }
  </style></head><body><div class="text"><div class="brand">Gutwise</div><h1>${caption}</h1><p>${detail}</p></div>
  <div class="shots">${images}</div></body></html>`);
  await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  return page.screenshot();
}

let context: BrowserContext;
let profile: string;
let origin: string;

test.beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'gutwise-screenshots-'));
  context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: findChromium(),
    deviceScaleFactor: 1,
    args: [
      ...CHROMIUM_FLAGS,
      '--hide-scrollbars',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  origin = `chrome-extension://${new URL(worker.url()).host}`;
  await seedHistory(worker);
});

test.afterAll(async () => {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

const popupReady = async (page: Page) => {
  await expect(page.getByRole('button', { name: 'Fatigue', exact: true })).toBeVisible();
  await expect(page.locator('.log-items li').first()).toBeVisible();
};
const todayReady = async (page: Page) => {
  await expect(page.getByTestId('today-card').getByRole('heading', { level: 2 })).toHaveText('Day 5 of 7');
  await expect(page.locator('.log-items li').first()).toBeVisible();
};
const journalReady = async (page: Page) => {
  await expect(page.getByTestId('journal-day').first()).toHaveAttribute('data-loaded', 'true');
  await expect(page.getByTestId('journal-day').first()).toContainText('Less bloated');
  // The timeline, not the empty form above it, is what tells a visitor what the journal is.
  await page.getByRole('searchbox', { name: 'Search your journal' }).evaluate((box) => box.scrollIntoView({ block: 'start' }));
};
const guideReady = async (page: Page) => {
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('The Gut-Immune Connection');
};

for (const theme of ['light', 'dark'] as const) {
  test(`store and README pictures, ${theme}`, async () => {
    const page = await context.newPage();
    const popup = await shoot(page, `${origin}/popup.html`, { width: 360, height: 640 }, popupReady, theme);
    const today = await shoot(page, `${origin}/sidepanel.html#/today`, PANEL, todayReady, theme);
    const journal = await shoot(page, `${origin}/sidepanel.html#/journal`, PANEL, journalReady, theme);
    const guide = await shoot(page, `${origin}/sidepanel.html#/guide/gut-immune-connection`, PANEL, guideReady, theme);
    writeFileSync(join(OUT, `readme-popup-${theme}.png`), popup);
    writeFileSync(join(OUT, `readme-side-panel-${theme}.png`), today);
    const scenes: [string, string, string, Buffer[]][] = [
      [
        'log',
        'Log how you feel in two clicks',
        'A symptom, then how strong it is, from the toolbar. Today’s step of the 7-day plan sits beside your logs.',
        [popup, today],
      ],
      [
        'journal',
        'Your journal and the guide, side by side',
        'Food, sleep, stress, movement and notes on one timeline with your logs; the whole guide with its sources.',
        [journal, guide],
      ],
    ];
    for (const [name, caption, detail, shots] of scenes)
      writeFileSync(join(OUT, `${name}-${theme}.png`), await compose(page, caption, detail, shots, theme));
    await page.close();
  });
}
