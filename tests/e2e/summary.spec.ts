import type { Page, Worker } from '@playwright/test';
import { entryDay } from '../../domain/journal-entry';
import { addDays } from '../../domain/local-date';
import { logDay, type SymptomLog } from '../../domain/symptom-log';
import { journalDayKey, journalDayValue } from '../../storage/journal-days';
import { logDayKey, logDayValue } from '../../storage/symptom-log-days';
import { syntheticPerson } from '../support/synthetic-people';
import { logAt } from '../support/summary-records';
import { expect, test } from './fixtures';
import { localToday, seedStorage } from './journal-helpers';
import { pdfPages, squash } from './pdf-text';
import { axeViolations } from './axe';

/** Node 20 has no Map.groupBy. */
function group<T>(list: readonly T[], dayOf: (item: T) => string): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of list) days.set(dayOf(item), [...(days.get(dayOf(item)) ?? []), item]);
  return days;
}

const RED_FLAG_TIMES = ['07:05', '22:40', '13:15', '18:00'];

/**
 * Ninety days up to yesterday of a synthetic person (nothing severe), and four red-flag logs with their
 * notes at known times. Returns the logs as stored.
 */
async function seedNinetyDays(worker: Worker): Promise<{ logs: SymptomLog[]; redFlags: SymptomLog[]; yesterday: string }> {
  const yesterday = await localToday(worker, 1);
  const offset = await worker.evaluate(() => 0 - new Date().getTimezoneOffset());
  const person = syntheticPerson({
    seed: 5,
    today: yesterday,
    days: 90,
    effect: { food: 'dairy', symptomId: 'bloating', lag: 1, size: 1 },
  });
  const redFlags = [
    logAt(addDays(yesterday, -80), RED_FLAG_TIMES[0]!, 'blood-in-stool', 1, 'Small amount, bright red', offset),
    logAt(addDays(yesterday, -41), RED_FLAG_TIMES[1]!, 'joint-pain', 4, 'Could not sleep for the pain', offset),
    logAt(addDays(yesterday, -12), RED_FLAG_TIMES[2]!, 'unexplained-weight-loss', 2, 'Down 3 kg since last month', offset),
    logAt(addDays(yesterday, -3), RED_FLAG_TIMES[3]!, 'fatigue', 3, '', offset),
  ];
  const logs = [...person.logs.filter((log) => log.severity < 3), ...redFlags];
  const items: Record<string, unknown> = {};
  for (const [day, dayLogs] of group(logs, logDay)) items[logDayKey(day)] = logDayValue(dayLogs);
  for (const [day, dayEntries] of group(person.entries, entryDay)) items[journalDayKey(day)] = journalDayValue(dayEntries);
  await seedStorage(worker, items);
  return { logs, redFlags, yesterday };
}

/** Each symptom's days logged, average and highest daily severity over the period, worked out here from the raw logs. */
function expectedFigures(
  logs: readonly SymptomLog[],
  first: string,
  last: string,
): Map<string, { days: number; average: string; highest: number }> {
  const byDay = new Map<string, Map<string, number>>();
  for (const log of logs) {
    const day = logDay(log);
    if (day < first || day > last) continue;
    const maxes = byDay.get(log.symptomId) ?? new Map<string, number>();
    maxes.set(day, Math.max(maxes.get(day) ?? 0, log.severity));
    byDay.set(log.symptomId, maxes);
  }
  return new Map(
    [...byDay].map(([id, maxes]) => {
      const values = [...maxes.values()];
      return [
        id,
        {
          days: values.length,
          average: (values.reduce((a, b) => a + b, 0) / values.length).toFixed(1),
          highest: Math.max(...values),
        },
      ];
    }),
  );
}

const NAMES: Record<string, string> = {
  bloating: 'Bloating',
  fatigue: 'Fatigue',
  'joint-pain': 'Joint pain or aches',
  'blood-in-stool': 'Blood in stool',
  'unexplained-weight-loss': 'Unexplained weight loss',
};

/** Dates as the page writes them, by the browser's own Intl. */
function formatIn(page: Page, days: string[], month: 'long' | 'short'): Promise<string[]> {
  return page.evaluate(
    ([list, m]) =>
      list.map((day) =>
        new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: m, year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${day}T00:00:00Z`),
        ),
      ),
    [days, month] as const,
  );
}

async function openSummary(openExtensionPage: (path: string) => Promise<Page>): Promise<Page> {
  const page = await openExtensionPage('summary.html');
  await expect(page.getByRole('article')).toBeVisible();
  return page;
}

test('Insights and Your data each open the summary in a new tab', async ({ context, openExtensionPage }) => {
  for (const view of ['insights', 'data']) {
    const panel = await openExtensionPage(`sidepanel.html#/${view}`);
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      panel.getByRole('link', { name: 'Summary for your doctor' }).click(),
    ]);
    await expect(tab).toHaveURL(/\/summary\.html$/);
    await expect(tab.getByRole('heading', { name: 'Summary for your doctor', level: 1 })).toBeVisible();
    await tab.close();
    await panel.close();
  }
});

test('a seeded 90 days: the page shows them, and its PDF (A4 and Letter) holds every figure and red-flag log, the period and page numbers on every page', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  test.setTimeout(90_000);
  const { logs, redFlags, yesterday } = await seedNinetyDays(serviceWorker);
  const page = await openSummary(openExtensionPage);
  const today = addDays(yesterday, 1);
  const first = addDays(today, -89);
  const [firstLong, todayLong] = await formatIn(page, [first, today], 'long');
  await expect(page.getByText(`Period: ${firstLong} to ${todayLong} (90 days)`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Bloating' })).toBeVisible();

  const figures = expectedFigures(logs, first, today);
  expect([...figures.keys()].sort()).toEqual(['bloating', 'blood-in-stool', 'fatigue', 'joint-pain', 'unexplained-weight-loss']);
  const flagDates = await formatIn(page, redFlags.map(logDay), 'short');

  for (const format of ['A4', 'Letter'] as const) {
    const pages = await pdfPages(await page.pdf({ format }));
    const all = squash(pages.join(' '));
    expect(pages.length, format).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(squash(text), `${format} page ${i + 1}`).toContain(squash(`Gutwise summary · ${firstLong} to ${todayLong}`));
      expect(squash(text), `${format} page ${i + 1}`).toContain(squash(`Page ${i + 1} of ${pages.length}`));
    });
    expect(all).toContain(squash(`Period: ${firstLong} to ${todayLong} (90 days)`));
    for (const [id, { days, average, highest }] of figures) {
      expect(all, `${format}: ${id}`).toContain(
        squash(
          `${NAMES[id]} Logged on ${days} of the 90 days. Average daily highest severity ${average}; the highest was ${highest}.`,
        ),
      );
    }
    redFlags.forEach((log, i) => {
      expect(all, `${format}: red flag ${i + 1}`).toContain(
        squash(`${flagDates[i]} ${RED_FLAG_TIMES[i]} ${NAMES[log.symptomId]}`),
      );
      if (log.note) expect(all, `${format}: red flag ${i + 1}`).toContain(squash(log.note));
    });
    // The options and the Print button stay on screen.
    expect(all).not.toContain(squash('Print or save as PDF'));
  }
});

test('a period with no records says so on paper', async ({ openExtensionPage, serviceWorker }) => {
  const old = addDays(await localToday(serviceWorker), -200);
  await seedStorage(serviceWorker, { [logDayKey(old)]: logDayValue([logAt(old, '09:00', 'fatigue', 2)]) });
  const page = await openSummary(openExtensionPage);
  const text = squash((await pdfPages(await page.pdf({ format: 'A4' }))).join(' '));
  expect(text).toContain(squash('Nothing was recorded in this period: no symptom, journal entry or plan day.'));
  expect(text).not.toContain(squash('Red-flag logs'));
});

test('the summary works by keyboard alone: the period, then Print', async ({ openExtensionPage, serviceWorker }) => {
  await seedNinetyDays(serviceWorker);
  const page = await openSummary(openExtensionPage);
  await page.evaluate(() => (window.print = () => document.body.setAttribute('data-printed', 'yes')));
  const ninety = page.getByRole('radio', { name: 'Last 90 days' });
  await expect(ninety).toBeChecked();
  await ninety.focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Last 30 days' })).toBeChecked();
  await expect(page.getByText(/\(30 days\)$/)).toBeVisible();
  // The notes, folded away: opened and one ticked from the keyboard, it is printed.
  const notes = page.getByText(/^Notes to include: \d+ written in this period, 0 ticked$/);
  for (let i = 0; i < 40 && !(await notes.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(notes).toBeFocused();
  await page.keyboard.press('Enter');
  // The list is drawn when the fold opens (a later task): Tab only once its first box is there to take focus.
  const firstNote = page.getByRole('group', { name: 'Notes to include' }).getByRole('checkbox').first();
  await expect(firstNote).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(firstNote).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Notes' }).getByRole('row')).toHaveCount(2);
  const print = page.getByRole('button', { name: 'Print or save as PDF' });
  for (let i = 0; i < 80 && !(await print.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(print).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the summary has no axe violations, empty and with 90 days (${colorScheme})`, async ({
    openExtensionPage,
    serviceWorker,
  }) => {
    test.setTimeout(90_000);
    const check = async (page: Page) => {
      await page.emulateMedia({ colorScheme });
      return axeViolations(page);
    };
    const empty = await openSummary(openExtensionPage);
    expect(await check(empty)).toEqual([]);
    await seedNinetyDays(serviceWorker);
    const full = await openSummary(openExtensionPage);
    await full.getByRole('radio', { name: 'Between two dates' }).check();
    await expect(full.getByLabel('From')).toBeVisible();
    await full.getByText(/^Notes to include: /).click();
    await expect(full.getByRole('group', { name: 'Notes to include' })).toBeVisible();
    expect(await check(full)).toEqual([]);
  });
}
