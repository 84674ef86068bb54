/**
 * The built Firefox add-on in a real Firefox, the way a user goes through it: log in the real popup and see it
 * live in the side panel page and the real sidebar; the plan and its badge; a journal note; a reload keeps
 * both; guide search; export and a bad import; the shortcuts. One browser for the file, journeys in order (the reload
 * checks what the first ones wrote). Any console or uncaught error of the add-on fails the journey it
 * happened in; no request may leave the add-on.
 */
import type { Page } from 'puppeteer-core';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { byName, clickButton, launchFirefox, shownTexts, until, untilText, type FirefoxSession } from './firefox-session';

let firefox: FirefoxSession;
let panel: Page;

beforeAll(async () => {
  firefox = await launchFirefox();
  panel = await firefox.open('sidepanel.html#/today');
});

afterEach(() => {
  expect(firefox.takeErrors(), 'console errors of the add-on').toEqual([]);
});

afterAll(async () => {
  await firefox?.close();
});

type Views = 'popup' | 'sidebar' | 'background';

/** Text of a view other than a tab (the real popup, the real sidebar, the background page), read from `page`. */
function viewText(page: Page, type: Views, selector = 'body'): Promise<string> {
  return page.evaluate(
    (type, selector) => {
      const api = (
        globalThis as unknown as { browser: { extension: { getViews(o: object): Window[]; getBackgroundPage(): Window } } }
      ).browser;
      const view = type === 'background' ? api.extension.getBackgroundPage() : api.extension.getViews({ type })[0];
      return (view?.document.querySelector(selector) as HTMLElement | null)?.innerText ?? '';
    },
    type,
    selector,
  );
}

/** Clicks the button named `name` in the real popup (a click event, as the popup is no tab BiDi can reach). */
function clickInPopup(page: Page, name: string): Promise<boolean> {
  return page.evaluate((name) => {
    const api = (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } }).browser;
    const popup = api.extension.getViews({ type: 'popup' })[0];
    const button = [...(popup?.document.querySelectorAll('button') ?? [])].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim() === name,
    );
    button?.click();
    return Boolean(button);
  }, name);
}

const badge = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }
    ).browser.browserAction.getBadgeText({}),
  );

const LOGS = 'section.log-list';

test('a symptom logged in the real popup appears live in the side panel page and in the real sidebar', async () => {
  await untilText(panel, LOGS, (text) => text.includes('Nothing logged today yet.'), 'the empty log list in the side panel page');
  await until(
    () => viewText(panel, 'sidebar', LOGS),
    (text) => text.includes('Nothing logged today yet.'),
    'the empty log list in the real sidebar',
  );

  await panel.evaluate(() =>
    (globalThis as unknown as { browser: { browserAction: { openPopup(): Promise<void> } } }).browser.browserAction.openPopup(),
  );
  await until(
    () => viewText(panel, 'popup'),
    (text) => text.includes('How are you feeling?'),
    'the real popup',
  );
  await until(() => clickInPopup(panel, 'Fatigue'), Boolean, 'the Fatigue button in the popup');
  await until(() => clickInPopup(panel, '2 moderate'), Boolean, 'the severity buttons in the popup');
  await until(
    () => viewText(panel, 'popup'),
    (text) => /Saved: Fatigue \(moderate\) at \d\d:\d\d\./.test(text),
    'the popup to say it saved',
  );

  const logged = (text: string) => text.includes('Fatigue') && text.includes('2, moderate');
  await untilText(panel, LOGS, logged, 'the log in the side panel page');
  await until(() => viewText(panel, 'sidebar', LOGS), logged, 'the log in the real sidebar');
});

test('starting the plan and marking today done: the card and the toolbar badge follow', async () => {
  await clickButton(panel, 'Start today');
  await untilText(panel, '[data-testid="today-card"] h2', (text) => text === 'Day 1 of 7', 'day 1 of the plan');
  await until(
    () => badge(panel),
    (text) => text === '1',
    'the badge to show day 1',
  );
  await clickButton(panel, 'Done', '[data-testid="today-card"]');
  await untilText(panel, '[data-testid="plan-status"]', (text) => text === 'Done. Nicely done.', 'today marked done');
  await until(
    () => badge(panel),
    (text) => text === '✓',
    'the badge to show a check mark',
  );
});

test('a journal note is saved and shown on today', async () => {
  await clickButton(panel, 'Journal', 'nav');
  await untilText(panel, '[data-testid="journal-day"][data-loaded="true"]', (text) => text.length > 0, "today's journal");
  await (await byName(panel, 'input[type="radio"]', 'Note')).click();
  await (await byName(panel, 'textarea', 'Note')).type('Felt calmer after a walk');
  await clickButton(panel, 'Save entry');
  await untilText(panel, '[data-testid="journal-day"]', (text) => text.includes('Felt calmer after a walk'), 'the note on today');
});

test('after a reload, the log and the journal note are both kept, in the page and in the real sidebar', async () => {
  // Page.reload waits for a load event a moz-extension tab never reports; the page reloads itself instead.
  await panel.evaluate(() => location.reload());
  await untilText(
    panel,
    '[data-testid="journal-day"][data-loaded="true"]',
    (text) => text.includes('Felt calmer after a walk'),
    'the note after reload',
  );
  await untilText(
    panel,
    '[data-testid="journal-day"]',
    (text) => text.includes('Fatigue'),
    "the log in today's timeline after reload",
  );
  await panel.evaluate(() =>
    (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } }).browser.extension
      .getViews({ type: 'sidebar' })[0]
      ?.location.reload(),
  );
  // The sidebar opens on the view last shown (the journal here), where today's log is in the timeline.
  await until(
    () => viewText(panel, 'sidebar'),
    (text) => text.includes('Felt calmer after a walk') && text.includes('Fatigue'),
    'the note and the log in the reloaded sidebar',
  );
  await until(
    () => badge(panel),
    (text) => text === '✓',
    'the badge after reload',
  );
});

test('guide search finds a section and opens it', async () => {
  const guide = await firefox.open('sidepanel.html#/guide');
  await (await byName(guide, 'input[type="search"]', 'Search the guide')).type('zonulin');
  await until(
    () => guide.evaluate(() => document.body.innerText),
    (text) => text.includes('1 section matches'),
    'one match',
  );
  await clickButton(guide, 'Tips from Experts and Scientific Research');
  await until(
    () => shownTexts(guide, 'h2'),
    (titles) => titles.join() === 'Tips from Experts and Scientific Research',
    'the section to open',
  );
  await guide.close();
});

test('export downloads everything; a cut-off file is refused with a message and changes nothing; the export imports', async () => {
  const data = await firefox.open('sidepanel.html#/data');
  const stored = () =>
    data.evaluate(async () =>
      JSON.stringify(
        await (
          globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<object> } } } }
        ).browser.storage.local.get(null),
      ),
    );
  await clickButton(data, 'Download everything (JSON)');
  const name = await until(
    async () => readdirSync(firefox.downloads).find((file) => /^gutwise-export-\d{4}-\d{2}-\d{2}\.json$/.test(file)),
    (file) => file !== undefined,
    'the export in the downloads folder',
  );
  const path = join(firefox.downloads, name!);
  const text = await until(
    async () => readFileSync(path, 'utf8'),
    (content) => content.trim().endsWith('}'),
    'the export to be written',
  );
  const exported = JSON.parse(text) as { format: string; data: { logs: { symptomId: string }[]; journal: { note: string }[] } };
  expect(exported.format).toBe('gutwise-export');
  expect(exported.data.logs.map((log) => log.symptomId)).toEqual(['fatigue']);
  expect(exported.data.journal.map((entry) => entry.note)).toEqual(['Felt calmer after a walk']);

  const before = await stored();
  const cutOff = join(firefox.downloads, 'cut-off.json');
  writeFileSync(cutOff, text.slice(0, Math.floor(text.length / 2)));
  const input = await byName(data, 'input[type="file"]', 'Choose an export file…');
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(cutOff);
  await untilText(
    data,
    '[data-testid="import-problem"]',
    (problem) => problem.includes('“cut-off.json” was not imported. Nothing changed.'),
    'the import problem',
  );
  expect(await stored()).toBe(before);

  // The file it exported, it imports: Replace with the export leaves the same records.
  const again = await byName(data, 'input[type="file"]', 'Choose another file');
  await (again as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
  await clickButton(data, 'Replace my data with the file…', '[data-testid="import-preview"]');
  await clickButton(data, 'Yes, replace my data', '[data-testid="import-preview"]');
  await untilText(
    data,
    '[data-testid="import-done"]',
    (done) => done.startsWith("Your data now is the file's"),
    'the import to finish',
  );
  const records = (json: string) =>
    Object.entries(JSON.parse(json) as Record<string, unknown>).filter(([key]) => /^(logs|journal):/.test(key));
  expect(records(await stored())).toEqual(records(before));
  await data.close();
});

test('the keyboard shortcuts are registered: Alt+Shift+L opens the popup, Alt+Shift+G the sidebar', async () => {
  const commands = await panel.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } })
      .browser;
    return Object.fromEntries((await api.commands.getAll()).map((command) => [command.name, command.shortcut]));
  });
  expect(commands).toEqual({ _execute_browser_action: 'Alt+Shift+L', _execute_sidebar_action: 'Alt+Shift+G' });
});

test('no request left the add-on, from its tabs, popup, sidebar or background', async () => {
  const resources = await panel.evaluate(() => {
    const api = (globalThis as unknown as { browser: { extension: { getViews(): Window[]; getBackgroundPage(): Window } } })
      .browser;
    const views = [...api.extension.getViews(), api.extension.getBackgroundPage()];
    return views.flatMap((view) => view.performance.getEntriesByType('resource').map((entry) => entry.name));
  });
  const outside = (url: string) => !/^(moz-extension|data|blob|about):/.test(url);
  // Firefox keeps no resource entries for the add-on's own files; any fetch, image or script from elsewhere has one.
  expect([...resources, ...firefox.requested].filter(outside)).toEqual([]);
});

// The check above every journey must be able to fail: an error in the add-on's page is seen.
test('an error in an add-on page would fail a journey', async () => {
  await panel.evaluate(() => console.error('a deliberate error from the test'));
  const seen = await until(
    async () => firefox.takeErrors(),
    (errors) => errors.length > 0,
    'the deliberate error to be seen',
  );
  expect(seen.join('\n')).toContain('a deliberate error from the test');
});
