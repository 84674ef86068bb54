/**
 * The popup's first frame comes from the copy its app left on the last open (storage/first-frame-copy.ts),
 * drawn by a first script of a few hundred bytes before Preact loads; the app then takes over the same DOM.
 * What is seen here before the app takes over is read when the page's DOM is complete (DOMContentLoaded); each
 * test checks that Preact had not yet rendered into the page then (it keeps its tree on the container).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { symptomSettingsCodec } from '../../domain/synced-fields';
import { FIRST_FRAME_COPY_KEY, PENDING_LOG_PREFIX, SYMPTOM_LIST_COPY_KEY } from '../../storage/keys';
import { expect, test } from './fixtures';
import { generateHistory } from '../../bench/generate-history';
import { storedLogsToday } from './log-helpers';
import { seedSyncedValue } from './storage-peek';

interface BeforeApp {
  /** Whether the app had taken over at that moment (it must not have). */
  appTookOver: boolean;
  names: string[];
  pressed: string[];
  /** The header and the logger, inputs' state written into attributes, as in the copy. */
  markup: string;
}

declare global {
  interface Window {
    beforeApp?: BeforeApp;
  }
}

/** Runs in the page: the header and the logger as markup, with inputs' checked state and value as attributes. */
function popupMarkup(): string {
  const parts = ['.popup-header', '.quick-logger'].map(
    (selector) => document.querySelector(selector)!.cloneNode(true) as HTMLElement,
  );
  const live = [...document.querySelectorAll<HTMLInputElement>('.popup-header input, .quick-logger input')];
  parts
    .flatMap((part) => [...part.querySelectorAll('input')])
    .forEach((input, i) => {
      if (live[i]!.checked) input.setAttribute('checked', '');
      if (live[i]!.value) input.setAttribute('value', live[i]!.value);
    });
  return parts.map((part) => part.outerHTML).join('\n');
}

/**
 * Opens the popup and records, when its DOM is complete and before the app has loaded, what it shows; `act` then
 * runs on that frame (a click, a key) before the app takes over.
 */
async function openBeforeApp(context: BrowserContext, url: string, act = ''): Promise<Page> {
  const page = await context.newPage();
  // Written out as source, not passed as functions: extension pages' CSP forbids evaluating strings.
  // Preact keeps the tree it rendered or hydrated into a container under `__k` (its stable mangled name).
  const tookOver = "'__k' in document.getElementById('app')";
  await page.addInitScript({
    content: `document.addEventListener('DOMContentLoaded', () => {
      const buttons = [...document.querySelectorAll('.symptom-grid [data-symptom]')];
      window.beforeApp = { appTookOver: ${tookOver}, names: buttons.map((b) => b.textContent ?? ''), pressed: [],
        markup: buttons.length ? (${popupMarkup.toString()})() : '' };
      ${act};
      window.beforeApp.pressed = buttons.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.symptom);
      window.beforeApp.appTookOver ||= ${tookOver};
    });`,
  });
  await page.goto(url);
  return page;
}

const beforeApp = (page: Page) => page.evaluate(() => window.beforeApp!);

/** Opens the popup, lets its app show the stored list and leave its copy for the next open, and closes it. */
async function openOnceAndLeaveCopy(context: BrowserContext, url: string, shows: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('button', { name: shows, exact: true })).toBeVisible();
  await expect(page.getByText(/logs? today|Nothing logged today yet/)).toBeVisible();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', FIRST_FRAME_COPY_KEY)).toContain(shows);
  const markup = await page.evaluate(popupMarkup);
  await page.close();
  return markup;
}

test('the first frame is drawn before the app loads, from markup equal to what the app renders itself', async ({
  context,
  extensionUrl,
}) => {
  const rendered = await openOnceAndLeaveCopy(context, extensionUrl('popup.html'), 'Fatigue');

  const popup = await openBeforeApp(context, extensionUrl('popup.html'));
  const early = await beforeApp(popup);
  expect(early.appTookOver).toBe(false);
  expect(early.names).toContain('Fatigue');
  expect(early.markup).toBe(rendered);

  // The app takes over the same elements: the button drawn first is the one that works now.
  await popup.evaluate(() =>
    document.querySelector<HTMLElement>('[data-symptom="fatigue"]')!.setAttribute('data-drawn-first', ''),
  );
  await expect(popup.getByText(/logs? today|Nothing logged today yet/)).toBeVisible();
  await popup.getByRole('button', { name: 'Fatigue', exact: true }).click();
  await popup.getByRole('button', { name: '1 mild' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Saved: Fatigue (mild)');
  await expect(popup.locator('[data-drawn-first]')).toHaveText('Fatigue');
  // What the tests read as "taken over" is there once it has.
  expect(await popup.evaluate(() => '__k' in document.getElementById('app')!)).toBe(true);
});

test('with months of history, every open after the first draws the first frame early, in the order the app shows', async ({
  context,
  extensionUrl,
  serviceWorker,
}) => {
  // A history orders the buttons by recent use: the copy must stay valid from one open to the next, not only
  // on an empty store.
  const { items } = generateHistory(Date.now(), 2_000, 1);
  await serviceWorker.evaluate(async (values) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await chrome.storage.local.set(values);
  }, items);
  const first = await context.newPage();
  await first.goto(extensionUrl('popup.html'));
  await expect(first.getByText(/logs? today|Nothing logged today yet/)).toBeVisible();
  // The copy made for the list as it stands now (its key ends with the list copy).
  await expect
    .poll(() =>
      first.evaluate(
        ({ frame, list }) =>
          (JSON.parse(localStorage.getItem(frame) ?? '{"key":""}') as { key: string }).key.endsWith(
            `\n${localStorage.getItem(list)}`,
          ),
        { frame: FIRST_FRAME_COPY_KEY, list: SYMPTOM_LIST_COPY_KEY },
      ),
    )
    .toBe(true);
  await first.close();

  for (let open = 2; open <= 4; open++) {
    const popup = await openBeforeApp(context, extensionUrl('popup.html'));
    const early = await beforeApp(popup);
    expect(early.appTookOver, `open ${open}`).toBe(false);
    expect(early.names.length, `open ${open}`).toBeGreaterThan(0);
    await expect(popup.getByText(/logs? today|Nothing logged today yet/)).toBeVisible();
    expect(await popup.locator('.symptom-grid [data-symptom]').allTextContents(), `open ${open}`).toEqual(early.names);
    // Closed as soon as the list is seen, as a quick glance does: what the next open draws must already be there.
    await popup.close();
  }
});

test("a renamed, added and hidden list is the user's own in the first frame, in the app's order", async ({
  context,
  extensionUrl,
  serviceWorker,
}) => {
  await seedSyncedValue(
    serviceWorker,
    'symptoms',
    symptomSettingsCodec,
    {
      custom: [{ id: 'custom-headache', name: 'Headache' }],
      renamed: { fatigue: 'Tired' },
      hidden: ['bloating'],
      order: null,
    },
    4,
  );
  await openOnceAndLeaveCopy(context, extensionUrl('popup.html'), 'Tired');

  const popup = await openBeforeApp(context, extensionUrl('popup.html'));
  const early = await beforeApp(popup);
  expect(early.appTookOver).toBe(false);
  expect(early.names).toContain('Tired');
  expect(early.names).toContain('Headache');
  expect(early.names).not.toContain('Fatigue');
  expect(early.names).not.toContain('Bloating');
  await expect(popup.getByText(/logs? today|Nothing logged today yet/)).toBeVisible();
  expect(await popup.locator('.symptom-grid [data-symptom]').allTextContents()).toEqual(early.names);
});

test('a rename made in the popup is in the next first frame; a list copy changed elsewhere draws no stale frame', async ({
  context,
  extensionUrl,
}) => {
  await openOnceAndLeaveCopy(context, extensionUrl('popup.html'), 'Fatigue');
  const popup = await context.newPage();
  await popup.goto(extensionUrl('popup.html'));
  await popup.getByRole('button', { name: 'Edit symptoms' }).click();
  await popup.getByRole('button', { name: 'Rename Fatigue' }).click();
  await popup.getByLabel('New name for Fatigue').fill('Worn out');
  await popup.getByRole('button', { name: 'Save name' }).click();
  await popup.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => popup.evaluate((key) => localStorage.getItem(key) ?? '', FIRST_FRAME_COPY_KEY)).toContain('Worn out');
  await popup.close();

  const next = await openBeforeApp(context, extensionUrl('popup.html'));
  const early = await beforeApp(next);
  expect(early.appTookOver).toBe(false);
  expect(early.names).toContain('Worn out');
  expect(early.names).not.toContain('Fatigue');
  await next.close();

  // A rename in the side panel rewrites the list copy there: the frame made for the old list is not drawn.
  const panel = await context.newPage();
  await panel.goto(extensionUrl('sidepanel.html#/today'));
  await panel.getByRole('button', { name: 'Log a symptom' }).click();
  await panel.getByRole('button', { name: 'Edit symptoms' }).click();
  await panel.getByRole('button', { name: 'Rename Worn out' }).click();
  await panel.getByLabel('New name for Worn out').fill('Exhausted');
  await panel.getByRole('button', { name: 'Save name' }).click();
  await expect.poll(() => panel.evaluate((key) => localStorage.getItem(key) ?? '', SYMPTOM_LIST_COPY_KEY)).toContain('Exhausted');
  await panel.close();
  const after = await openBeforeApp(context, extensionUrl('popup.html'));
  expect((await beforeApp(after)).names).not.toContain('Worn out');
  await expect(after.getByRole('button', { name: 'Exhausted', exact: true })).toBeVisible();
});

test('a click on a symptom before the app has taken over is honoured once, with its confirmation and Undo', async ({
  context,
  extensionUrl,
}) => {
  await openOnceAndLeaveCopy(context, extensionUrl('popup.html'), 'Fatigue');

  const popup = await openBeforeApp(
    context,
    extensionUrl('popup.html'),
    'document.querySelector(\'[data-symptom="fatigue"]\').click()',
  );
  const early = await beforeApp(popup);
  expect(early.appTookOver).toBe(false);
  expect(early.pressed).toEqual(['fatigue']);

  await expect(popup.getByRole('button', { name: 'Fatigue', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await popup.getByRole('button', { name: '2 moderate' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Saved: Fatigue (moderate)');
  await expect(popup.getByRole('button', { name: 'Undo' })).toBeVisible();
  // Once: stored once, and nothing left pending for another page to save again.
  await expect
    .poll(() =>
      popup.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)).length, PENDING_LOG_PREFIX),
    )
    .toBe(0);
  const stored = await storedLogsToday(popup);
  expect(stored.map((log) => [log.symptomId, log.severity])).toEqual([['fatigue', 2]]);
  await expect(popup.getByRole('region', { name: "Today's logs" }).getByRole('listitem')).toHaveCount(1);
});

test('a digit key on a symptom before the app has taken over logs it once at that severity, with Undo', async ({
  context,
  extensionUrl,
}) => {
  await openOnceAndLeaveCopy(context, extensionUrl('popup.html'), 'Bloating');

  const popup = await openBeforeApp(
    context,
    extensionUrl('popup.html'),
    "const b = document.querySelector('[data-symptom=\"bloating\"]'); b.focus(); b.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true, cancelable: true }));",
  );
  expect((await beforeApp(popup)).appTookOver).toBe(false);

  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Saved: Bloating (severe)');
  expect((await storedLogsToday(popup)).map((log) => [log.symptomId, log.severity])).toEqual([['bloating', 3]]);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Undone' })).toContainText('Undone: Bloating (severe)');
  await expect
    .poll(() =>
      popup.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)).length, PENDING_LOG_PREFIX),
    )
    .toBe(0);
  expect(await storedLogsToday(popup)).toEqual([]);
});
