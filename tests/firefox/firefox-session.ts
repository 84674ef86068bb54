/**
 * One real Firefox (Debian's firefox-esr, or FIREFOX_PATH) driven over WebDriver BiDi by puppeteer-core, with
 * the built add-on (.output/firefox-mv2) installed as a temporary add-on. Collects every console error and
 * uncaught error of the add-on's pages and background from Firefox's own output.
 */
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFirefox } from '../../scripts/find-firefox.mjs';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const GECKO_ID = 'gutwise@gutwise.invalid';
// A fixed host for the add-on's pages (Firefox picks a random one per profile otherwise).
const UUID = '6f1c2a53-0d4e-4b7a-9c1e-2b8d5f3a7e90';
export const ORIGIN = `moz-extension://${UUID}`;

/** Resolves once `read()` returns a value `accept` takes; rejects after `ms` naming `what` and the last value. */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      // a page between two documents (a reload, the first load of a moz-extension page) cannot evaluate yet
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last seen: ${describe(last) ?? String(lastError)}`);
    await new Promise((done) => setTimeout(done, 150));
  }
}

function describe(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export interface FirefoxSession {
  browser: Browser;
  downloads: string;
  /** Opens an add-on page (`sidepanel.html#/today`) in a new tab, once it has loaded. */
  open(path: string): Promise<Page>;
  /** The add-on's console errors and uncaught errors seen since the last call, which clears them. */
  takeErrors(): string[];
  /** Every URL the add-on's tabs opened by `open` asked for (BiDi network events). */
  requested: string[];
  close(): Promise<void>;
}

/** Launches Firefox with the add-on installed. */
export async function launchFirefox(): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error("No Firefox found: run `npm test` (it installs Debian's firefox-esr) or set FIREFOX_PATH.");
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error('No build at .output/firefox-mv2: run `npm run build:firefox` (npm test does it).');
  const downloads = mkdtempSync(join(tmpdir(), 'gutwise-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Room for a first start of Firefox on a busy 2-core machine (it took ~4 s quiet).
    timeout: 120_000,
    // Lets a tab navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Content console messages (add-on pages and background) go to stdout; Firefox's own do not.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': false,
      // Firefox's experiments loader calls Mozilla's servers and logs its failure here, where there is no network.
      'messaging-system.rsexperimentloader.enabled': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'extensions.openPopupWithoutUserGesture.enabled': true,
      // An export lands in a folder the test reads, without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  const lines: string[] = [];
  let buffered = '';
  const collect = (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts);
  };
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  await browser.installExtension(FIREFOX_BUILD);

  const requested: string[] = [];
  // Add-on pages print their arguments as source ("text", (new Error(…))); Firefox's own modules print
  // "console.error: ModuleName: …", and their script errors name a resource:// or chrome:// file.
  const isOurs = (line: string) =>
    (line.startsWith('console.error:') && !/^console\.error: [A-Za-z][\w.]*: /.test(line)) ||
    (line.startsWith('JavaScript error:') && line.includes(ORIGIN));
  return {
    browser,
    downloads,
    requested,
    async open(path) {
      const page = await browser.newPage();
      const url = `${ORIGIN}/${path}`;
      // The tab changes process on its way to a moz-extension page and the navigation never reports done.
      await page.goto(url, { timeout: 2_000 }).catch(() => undefined);
      // The app may rewrite the hash (#/guide becomes #/guide/introduction).
      const document = url.split('#')[0];
      await until(
        () => page.evaluate(() => `${location.href.split('#')[0]}|${window.document.readyState}`),
        (seen) => seen === `${document}|complete`,
        `${url} to load`,
      );
      page.on('request', (request) => void requested.push(request.url()));
      return page;
    },
    takeErrors() {
      const errors = lines.filter(isOurs);
      lines.length = 0;
      return errors;
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * The first element under `scope` matching `selector` whose accessible name (aria-label, its label's text, or
 * its own text, spaces collapsed) is `name` and that is shown; waits for it to appear.
 */
export async function byName(page: Page, selector: string, name: string, scope = 'body'): Promise<ElementHandle<Element>> {
  const handle = await until(
    () =>
      page.evaluateHandle(
        (selector, name, scope) => {
          const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
          const nameOf = (element: Element) => {
            const labelled = element.getAttribute('aria-labelledby');
            if (labelled)
              return clean(
                labelled
                  .split(' ')
                  .map((id) => document.getElementById(id)?.textContent)
                  .join(' '),
              );
            if (element.getAttribute('aria-label')) return clean(element.getAttribute('aria-label'));
            const labels = (element as HTMLInputElement).labels;
            if (labels?.length) return clean([...labels].map((label) => label.textContent).join(' '));
            return clean(element.textContent);
          };
          const root = document.querySelector(scope);
          // Only what a user can see (a closed contents list keeps its links in the page).
          const shown = (element: Element) =>
            element.getClientRects().length > 0 || (element as HTMLInputElement).labels?.[0]?.getClientRects().length;
          return (
            [...(root?.querySelectorAll(selector) ?? [])].find((element) => nameOf(element) === name && shown(element)) ?? null
          );
        },
        selector,
        name,
        scope,
      ),
    (found) => found.asElement() !== null,
    `${selector} named "${name}"`,
  );
  return handle.asElement() as ElementHandle<Element>;
}

/** Clicks the button named `name` with a real mouse click. */
export async function clickButton(page: Page, name: string, scope?: string): Promise<void> {
  await (await byName(page, 'button, [role="button"], a', name, scope)).click();
}

/** The visible text of the first element matching `selector` ('' when there is none). */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate((selector) => document.querySelector<HTMLElement>(selector)?.innerText ?? '', selector);
}

/** Waits until the text of `selector` satisfies `accept`. */
export function untilText(page: Page, selector: string, accept: (text: string) => boolean, what: string): Promise<string> {
  return until(() => textOf(page, selector), accept, what);
}

/** The texts of the shown elements matching `selector`, in page order. */
export function shownTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => element.innerText.trim()),
    selector,
  );
}
