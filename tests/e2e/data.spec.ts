/**
 * "Your data" in real Chromium: export through the UI (the download arrives and parses), delete all (the
 * badge clears), import the downloaded file, and everything is back; a bad file shows its message and
 * nothing changes. Like every spec here, it fails if any request leaves the extension (fixtures.ts).
 */
import type { Page, Worker } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { createEntry } from '../../domain/journal-entry';
import { emptyForm } from '../../domain/journal-form';
import { createLog } from '../../domain/symptom-log';
import { planCodec, symptomSettingsCodec } from '../../domain/synced-fields';
import {
  dayOfJournalKey,
  dayOfLogKey,
  EDIT_DRAFT_PREFIX,
  editDraftKey,
  journalDayKey,
  logDayKey,
  PAGE_STORAGE_PREFIX,
  PENDING_LOG_PREFIX,
  pendingLogKey,
  type LocalItemName,
} from '../../storage/keys';
import { journalDayValue } from '../../storage/journal-days';
import { logDayValue } from '../../storage/symptom-log-days';
import { expect, test } from './fixtures';
import { storedLogsToday } from './log-helpers';
import { seedSyncedValue } from './storage-peek';
import { axeViolations } from './axe';

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** A store a user could have after a few days: logs with awkward notes, journal entries, a plan under way, settings. */
async function seed(worker: Worker) {
  const records: Record<string, unknown> = {};
  const now = Date.now();
  for (let daysAgo = 3; daysAgo >= 1; daysAgo--) {
    const at = new Date(now - daysAgo * 86_400_000);
    at.setHours(9, 30, 0, 0);
    const moment = { epochMs: at.getTime(), offsetMin: -at.getTimezoneOffset() };
    const day = localDate(at);
    records[logDayKey(day)] = logDayValue([
      createLog(
        { symptomId: 'fatigue', severity: 2, moment, note: `day ${daysAgo}, after "lunch"\nsecond line` },
        `log-${daysAgo}-a`,
        at.getTime(),
      ),
      createLog({ symptomId: 'custom-e2e', severity: 3, moment, note: '=1+1' }, `log-${daysAgo}-b`, at.getTime()),
    ]);
    records[journalDayKey(day)] = journalDayValue([
      createEntry(
        { details: { kind: 'food', tags: ['oats', 'café au lait'] }, moment, note: 'breakfast' },
        `entry-${daysAgo}`,
        at.getTime(),
      ),
    ]);
  }
  records['planHistory' satisfies LocalItemName] = [
    {
      number: 1,
      start: '2026-01-05',
      marks: { 1: 'done' },
      pauses: [],
      reflection: 'Walks helped.',
      ended: '2026-01-12',
      next: 'repeat',
    },
  ];
  records['readingProgress' satisfies LocalItemName] = { sectionId: 'myths', scrollTop: 0, read: ['introduction'] };
  await worker.evaluate(async (json) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(JSON.parse(json) as object);
  }, JSON.stringify(records));
  const start = localDate(new Date(now - 2 * 86_400_000));
  await seedSyncedValue(
    worker,
    'plan',
    planCodec,
    { cycle: { number: 2, start, marks: { 1: 'done' }, pauses: [], reflection: '' }, routine: null, cyclesStarted: 2 },
    2,
  );
  await seedSyncedValue(
    worker,
    'symptoms',
    symptomSettingsCodec,
    { custom: [{ id: 'custom-e2e', name: 'Headache, "bad"' }], renamed: { fatigue: 'Tired' }, hidden: [], order: null },
    4,
  );
}

const RECORD_ITEMS: readonly string[] = ['planHistory', 'readingProgress'] satisfies LocalItemName[];
const isRecordKey = (key: string) =>
  dayOfLogKey(key) !== undefined || dayOfJournalKey(key) !== undefined || RECORD_ITEMS.includes(key);

/** The user's records as stored: every log and journal day, past cycles, reading place. */
async function storedRecords(page: Page): Promise<Record<string, unknown>> {
  const all = await page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } })
      .chrome;
    return api.storage.local.get(null);
  });
  return Object.fromEntries(
    Object.entries(all)
      .filter(([key]) => isRecordKey(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Both storage areas, whole. */
function everything(page: Page) {
  return page.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: Record<'local' | 'sync', { get(k: null): Promise<Record<string, unknown>> }> };
      }
    ).chrome;
    return { local: await api.storage.local.get(null), sync: await api.storage.sync.get(null) };
  });
}

const badge = (worker: Worker) =>
  worker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText(
      {},
    ),
  );

/** Clicks `name` and returns the downloaded file's name and text. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  return { name: file.suggestedFilename(), path: await file.path(), text: readFileSync(await file.path(), 'utf8') };
}

async function openData(openExtensionPage: (path: string) => Promise<Page>) {
  const page = await openExtensionPage('sidepanel.html#/data');
  await expect(page.getByTestId('data-view')).toBeVisible();
  return page;
}

/** The data view of a seeded store, and its JSON export downloaded through the UI. */
async function seededExport(openExtensionPage: (path: string) => Promise<Page>, serviceWorker: Worker) {
  await seed(serviceWorker);
  const page = await openData(openExtensionPage);
  return { page, json: await download(page, 'Download everything (JSON)') };
}

test('export through the UI, delete all, import the file: everything is back', async ({ openExtensionPage, serviceWorker }) => {
  await seed(serviceWorker);
  const page = await openData(openExtensionPage);
  await expect.poll(() => badge(serviceWorker)).toBe('3');
  const before = await storedRecords(page);

  const json = await download(page, 'Download everything (JSON)');
  expect(json.name).toMatch(/^gutwise-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(json.text) as {
    format: string;
    data: { logs: unknown[]; journal: unknown[]; symptoms: { custom: unknown[] } };
  };
  expect(exported.format).toBe('gutwise-export');
  expect([exported.data.logs.length, exported.data.journal.length, exported.data.symptoms.custom.length]).toEqual([6, 3, 1]);
  await expect(page.getByRole('status').filter({ hasText: 'to your downloads' })).toHaveText(
    `Saved “${json.name}” to your downloads.`,
  );
  await expect(page.getByTestId('last-export')).toContainText('Last export from this browser');

  const csv = await download(page, 'Symptom logs (CSV)');
  const rows: string[][] = parse(csv.text, { bom: true });
  expect(rows[0]).toEqual(['date', 'time', 'utc_offset', 'symptom', 'severity', 'note', 'symptom_id', 'recorded_at_utc', 'id']);
  expect(rows.slice(1).map((row) => [row[3], row[5]])).toContainEqual(['Headache, "bad"', "'=1+1"]);
  expect(rows.slice(1).map((row) => row[5])).toContain('day 3, after "lunch"\nsecond line');

  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  const confirm = page.getByTestId('delete-confirm');
  await expect(confirm.getByRole('listitem')).toHaveText([
    '6 symptom logs',
    '3 journal entries',
    '2 plan cycles, with their marks and reflections',
    '1 symptom of your own',
    'Your place in the guide and 1 section marked read',
    'Your settings: symptom names, hidden symptoms and order, reminder times, the backup reminder',
  ]);
  await expect(confirm.getByRole('button', { name: 'Keep my data' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByTestId('delete-done')).toHaveText('All your data is deleted. Gutwise is as new.');
  expect(await storedRecords(page)).toEqual({});
  await expect.poll(() => badge(serviceWorker)).toBe('');
  expect(
    await page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)), PAGE_STORAGE_PREFIX),
  ).toEqual([]);

  await page.getByLabel('Choose an export file…').setInputFiles(json.path);
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('row', { name: /Symptom logs/ }).getByRole('cell')).toHaveText(['6', '0', '6']);
  await preview.getByRole('button', { name: 'Replace my data with the file…' }).click();
  await expect(preview.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await preview.getByRole('button', { name: 'Yes, replace my data' }).click();
  await expect(page.getByTestId('import-done')).toHaveText("Your data now is the file's: 6 symptom logs and 3 journal entries.");

  expect(await storedRecords(page)).toEqual(before);
  await expect.poll(() => badge(serviceWorker)).toBe('3');
  const again = JSON.parse((await download(page, 'Download everything (JSON)')).text) as { data: unknown };
  expect(again.data).toEqual(exported.data);
  await page.getByRole('navigation', { name: 'Gutwise sections' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByTestId('today-card').getByRole('heading', { level: 2 })).toHaveText('Day 3 of 7');
});

test('a bad file shows its message and nothing changes', async ({ openExtensionPage, serviceWorker }) => {
  const { page, json } = await seededExport(openExtensionPage, serviceWorker);
  const before = await everything(page);

  const input = page.getByLabel('Choose an export file…');
  await input.setInputFiles({ name: 'cut-off.json', mimeType: 'application/json', buffer: Buffer.from(json.text.slice(0, 900)) });
  const alert = page.getByTestId('import-problem');
  await expect(alert).toContainText('“cut-off.json” was not imported. Nothing changed.');
  await expect(alert).toContainText('This file stops partway');

  const wrong = json.text.replace('"severity": 2', '"severity": 9');
  await page
    .getByLabel('Choose another file')
    .setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(wrong) });
  await expect(alert).toContainText('Symptom logs, entry 1, “severity”: the strength should be a whole number from 0 to 4.');
  await page
    .getByLabel('Choose another file')
    .setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('date,note\n2026-01-01,hi\n') });
  await expect(alert).toContainText("This file isn't a Gutwise export: it isn't JSON text.");
  expect(await everything(page)).toEqual(before);
});

test('a file with a log before the year 1000 is refused with where, and nothing changes', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  const { page, json } = await seededExport(openExtensionPage, serviceWorker);
  const before = await everything(page);
  const file = JSON.parse(json.text) as { data: { logs: { at: string }[] } };
  file.data.logs[0]!.at = '0999-06-01T09:30:00.000Z';
  await page
    .getByLabel('Choose an export file…')
    .setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('import-problem')).toContainText(
    'Symptom logs, entry 1, “at”: this time is before 2 January 1970',
  );
  await expect(page.getByRole('button', { name: 'Merge into my data' })).toHaveCount(0);
  expect(await everything(page)).toEqual(before);
});

test('a Merge just after a popup closed mid-save stores its log, and keeps an unsaved journal edit', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  const { page, json } = await seededExport(openExtensionPage, serviceWorker);
  await page.getByLabel('Choose an export file…').setInputFiles(json.path);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  // What a popup closed mid-save leaves (storage/pending-logs.ts), and an edit typed and not saved, a moment before Merge.
  const log = createLog(
    {
      symptomId: 'bloating',
      severity: 3,
      moment: { epochMs: Date.now(), offsetMin: -new Date().getTimezoneOffset() },
      note: 'clicked, then closed',
    },
    'closed-popup-log',
    Date.now(),
  );
  await page.evaluate(
    ({ pending, pendingKey, draft, draftKey }) => {
      localStorage.setItem(pendingKey, JSON.stringify({ v: 1, value: { since: Date.now(), log: pending } }));
      localStorage.setItem(draftKey, JSON.stringify({ v: 1, value: draft }));
    },
    {
      pending: log,
      pendingKey: pendingLogKey(log.id),
      draft: { ...emptyForm('note'), note: 'half-typed' },
      draftKey: editDraftKey('entry-1'),
    },
  );
  await preview.getByRole('button', { name: 'Merge into my data' }).click();
  await expect(page.getByTestId('import-done')).toBeVisible();
  await expect.poll(async () => (await storedLogsToday(page)).map((stored) => stored.id)).toContain('closed-popup-log');
  expect(
    await page.evaluate(
      (prefixes) => Object.keys(localStorage).filter((key) => prefixes.some((prefix) => key.startsWith(prefix))),
      [PENDING_LOG_PREFIX, EDIT_DRAFT_PREFIX],
    ),
  ).toEqual([editDraftKey('entry-1')]);
});

test('a large file shows its progress while it is checked, and Cancel then leaves everything as it was', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  const { page, json } = await seededExport(openExtensionPage, serviceWorker);
  const file = JSON.parse(json.text) as {
    data: { logs: Record<string, unknown>[] };
  };
  const before = await everything(page);
  // Years of logs: checking them takes seconds, long enough to see the progress and press Cancel.
  const template = file.data.logs[0]!;
  const start = Date.parse('2022-01-01T08:00:00.000Z');
  file.data.logs = Array.from({ length: 120_000 }, (_, i) => {
    const at = new Date(start + i * 15 * 60_000).toISOString();
    return { ...template, id: `large-${i}`, at, createdAt: at, updatedAt: at };
  });
  await page
    .getByLabel('Choose an export file…')
    .setInputFiles({ name: 'years.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('status').filter({ hasText: 'Reading “years.json”' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Reading “years.json”…' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  expect(await everything(page)).toEqual(before);
});

for (const colorScheme of ['light', 'dark'] as const) {
  /** The data view of a seeded store in `colorScheme`, and a full axe scan of it as it is. */
  async function dataView(openExtensionPage: (path: string) => Promise<Page>, serviceWorker: Worker) {
    await seed(serviceWorker);
    const page = await openData(openExtensionPage);
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    const scan = async (state: string) => {
      expect(await axeViolations(page), state).toEqual([]);
    };
    return { page, scan };
  }

  // A few full scans per test: each takes seconds on a busy 2-core machine.
  test(`the data view, its import preview and the replace question have no axe violations in ${colorScheme} colours`, async ({
    openExtensionPage,
    serviceWorker,
  }) => {
    const { page, scan } = await dataView(openExtensionPage, serviceWorker);
    await scan('start');
    const json = await download(page, 'Download everything (JSON)');
    await page.getByLabel('Choose an export file…').setInputFiles(json.path);
    await expect(page.getByTestId('import-preview')).toBeVisible();
    await scan('preview');
    await page.getByRole('button', { name: 'Replace my data with the file…' }).click();
    await scan('replace confirmation');
  });

  test(`a bad file's message and the delete question have no axe violations in ${colorScheme} colours`, async ({
    openExtensionPage,
    serviceWorker,
  }) => {
    const { page, scan } = await dataView(openExtensionPage, serviceWorker);
    await page
      .getByLabel('Choose an export file…')
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') });
    await expect(page.getByTestId('import-problem')).toBeVisible();
    await scan('bad file');
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await expect(page.getByTestId('delete-confirm')).toBeVisible();
    await scan('delete confirmation');
  });
}

test('the export reminder on Today downloads a backup in one click', async ({ openExtensionPage, serviceWorker }) => {
  await seed(serviceWorker);
  await serviceWorker.evaluate(async (key) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ [key]: { lastExportAt: null, since: '2026-01-01T00:00:00.000Z', snoozedUntil: null } });
  }, 'backupState' satisfies LocalItemName);
  const page = await openExtensionPage('sidepanel.html#/today');
  const reminder = page.getByTestId('backup-reminder');
  await expect(reminder).toContainText("You haven't exported yet");
  const [file] = await Promise.all([page.waitForEvent('download'), reminder.getByRole('button', { name: 'Export now' }).click()]);
  expect(JSON.parse(readFileSync(await file.path(), 'utf8'))).toMatchObject({ format: 'gutwise-export' });
  await expect(reminder).toBeHidden();
});
