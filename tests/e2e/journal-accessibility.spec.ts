import type { Page, Worker } from '@playwright/test';
import { createEntry, type EntryDetails } from '../../domain/journal-entry';
import { createLog } from '../../domain/symptom-log';
import { journalDayKey, journalDayValue } from '../../storage/journal-days';
import { logDayKey, logDayValue } from '../../storage/symptom-log-days';
import { expect, test } from './fixtures';
import { browserOffset, localToday, openJournal, seedStorage, todayItems } from './journal-helpers';
import { axeViolations } from './axe';

const KINDS: [EntryDetails, string][] = [
  [{ kind: 'food', tags: ['gluten', 'dairy'] }, 'toast'],
  [{ kind: 'stress', level: 3 }, 'deadline'],
  [{ kind: 'sleep', hours: 6.5, quality: 2 }, ''],
  [{ kind: 'movement', activity: 'walk', minutes: 30 }, ''],
  [{ kind: 'bowel', bristol: 5 }, ''],
  [{ kind: 'note' }, 'felt calmer'],
];

/** Today and two earlier days, each with one entry of every kind and a symptom log; the journal open in `colorScheme`. */
async function seededJournal(
  openExtensionPage: (path: string) => Promise<Page>,
  serviceWorker: Worker,
  colorScheme: 'light' | 'dark',
) {
  const offsetMin = await browserOffset(serviceWorker);
  const items: Record<string, unknown> = {};
  for (const daysAgo of [0, 1, 3]) {
    const day = await localToday(serviceWorker, daysAgo);
    const noon = Date.parse(`${day}T12:00:00Z`) - offsetMin * 60_000;
    const base = Math.min(noon, Date.now() - 10 * 60_000);
    const stamp = (i: number) => base - (KINDS.length - i) * 60_000;
    items[journalDayKey(day)] = journalDayValue(
      KINDS.map(([details, note], i) =>
        createEntry({ details, note, moment: { epochMs: stamp(i), offsetMin } }, `e-${daysAgo}-${i}`, stamp(i)),
      ),
    );
    items[logDayKey(day)] = logDayValue([
      createLog(
        { symptomId: 'fatigue', severity: 2, moment: { epochMs: base, offsetMin }, note: 'after lunch' },
        `l-${daysAgo}`,
        base,
      ),
    ]);
  }
  await seedStorage(serviceWorker, items);
  const page = await openJournal(openExtensionPage);
  await page.emulateMedia({ colorScheme });
  await expect(todayItems(page)).toHaveCount(KINDS.length + 1);
  return page;
}

// A few full scans per test: each takes seconds on a busy 2-core machine, and a test's time is its own.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the journal's timeline and its food and Bristol forms have no axe violations (${colorScheme})`, async ({
    openExtensionPage,
    serviceWorker,
  }) => {
    const page = await seededJournal(openExtensionPage, serviceWorker, colorScheme);
    expect(await axeViolations(page), 'timeline with every kind').toEqual([]);

    await page.getByRole('radio', { name: 'Food or drink' }).check();
    await page.getByRole('combobox', { name: 'Foods and drinks' }).fill('g');
    await expect(page.getByRole('listbox', { name: 'Suggested foods' }).getByRole('option')).toHaveText([
      'gluten',
      'green tea (from the guide)',
      'greens (from the guide)',
    ]);
    expect(await axeViolations(page), 'food form with suggestions').toEqual([]);
    await page.getByRole('combobox', { name: 'Foods and drinks' }).press('Enter');

    await page.getByRole('radio', { name: 'Bowel movement' }).check();
    await page.getByRole('radio', { name: 'Another day or time' }).check();
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.getByRole('alert')).toHaveText('Please choose the type that looks most like it.');
    expect(await axeViolations(page), 'Bristol scale, another time, a problem shown').toEqual([]);
  });

  test(`the journal's other forms, an edit and an Undo have no axe violations (${colorScheme})`, async ({
    openExtensionPage,
    serviceWorker,
  }) => {
    const page = await seededJournal(openExtensionPage, serviceWorker, colorScheme);
    for (const kind of ['Stress', 'Sleep', 'Movement', 'Note']) {
      await page.getByRole('radio', { name: kind, exact: true }).check();
      expect(await axeViolations(page), `${kind} form`).toEqual([]);
    }
    await page.getByRole('button', { name: 'Discard this unsaved entry' }).click();

    await todayItems(page)
      .filter({ hasText: 'Sleep' })
      .getByRole('button', { name: /^Edit Sleep at / })
      .click();
    expect(await axeViolations(page), 'editing an entry').toEqual([]);
    await page.keyboard.press('Escape');
    await todayItems(page)
      .filter({ hasText: 'walk' })
      .getByRole('button', { name: /^Delete / })
      .click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    expect(await axeViolations(page), 'deleted, Undo offered').toEqual([]);
  });

  test(`the journal's calendar and search have no axe violations (${colorScheme})`, async ({
    openExtensionPage,
    serviceWorker,
  }) => {
    const page = await seededJournal(openExtensionPage, serviceWorker, colorScheme);
    await page.getByRole('button', { name: 'Calendar' }).click();
    await expect(page.locator('#journal-calendar')).toBeVisible();
    expect(await axeViolations(page), 'month calendar').toEqual([]);

    await page.getByRole('searchbox', { name: 'Search your journal' }).fill('a');
    await expect(page.getByTestId('journal-results').getByRole('status')).toHaveText(/\d+ match/);
    expect(await axeViolations(page), 'search results').toEqual([]);
    await page.getByRole('searchbox', { name: 'Search your journal' }).fill('zzzz');
    await expect(page.getByTestId('journal-results').getByRole('status')).toHaveText(
      'Nothing matches. Try fewer or different words.',
    );
    expect(await axeViolations(page), 'no results').toEqual([]);
  });
}
