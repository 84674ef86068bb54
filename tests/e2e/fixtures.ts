/**
 * Every E2E test runs against the freshly built extension in a fresh Chromium profile, and fails
 * if anything — page, popup or service worker — requests a URL outside the extension.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath } from './chromium-path';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Flags that keep headless Chromium quiet on a machine without network (see toolchain notes). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--remote-debugging-port=0',
];

const ALLOWED_SCHEMES = ['chrome-extension:', 'data:'];

interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Absolute URL of an extension page, e.g. `extensionUrl('sidepanel.html')`. */
  extensionUrl: (path: string) => string;
  /** Opens an extension page in a new tab and waits for it to load. */
  openExtensionPage: (path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'gutwise-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use, testInfo) => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error('No build at .output/chrome-mv3: run `npm run build` (npm test does it).');
    }
    const context = await chromium.launchPersistentContext(userDataDir, {
      headless: true,
      executablePath: chromiumPath(),
      args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    });
    const leaks: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!ALLOWED_SCHEMES.some((scheme) => url.startsWith(scheme))) leaks.push(url);
    });
    await use(context);
    await context.close();
    // The privacy promise: nothing leaves the extension, in any test.
    expect(leaks, `requests left the extension in "${testInfo.title}"`).toEqual([]);
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  extensionUrl: async ({ extensionId }, use) => {
    await use((path) => `chrome-extension://${extensionId}/${path}`);
  },
  openExtensionPage: async ({ context, extensionUrl }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      return page;
    });
  },
});

/** The DevTools port Chromium chose, for reaching targets Playwright does not list (the real side panel). */
export function devToolsPort(userDataDir: string): number {
  const [port] = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
  return Number(port);
}

export { expect };
