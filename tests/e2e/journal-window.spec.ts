import { createEntry } from '../../domain/journal-entry';
import { journalDayKey, journalDayValue } from '../../storage/journal-days';
import { expect, test } from './fixtures';
import { browserOffset, localToday, openJournal, seedStorage } from './journal-helpers';

test('older days load as the timeline scrolls, and the panel never renders all of history', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  const offsetMin = await browserOffset(serviceWorker);
  const items: Record<string, unknown> = {};
  const days: string[] = [];
  for (let daysAgo = 1; daysAgo <= 200; daysAgo++) {
    const day = await localToday(serviceWorker, daysAgo);
    days.push(day);
    const at = Date.parse(`${day}T09:00:00Z`) - offsetMin * 60_000;
    items[journalDayKey(day)] = journalDayValue([
      createEntry({ details: { kind: 'note' }, note: `entry of ${day}`, moment: { epochMs: at, offsetMin } }, `d${daysAgo}`, at),
    ]);
  }
  await seedStorage(serviceWorker, items);

  const page = await openJournal(openExtensionPage);
  const sections = page.getByTestId('journal-day');
  await expect(sections).toHaveCount(8); // today, then a week's worth of days that have entries
  await expect(sections.nth(1)).toContainText(`entry of ${days[0]}`);

  let most = 0;
  for (let i = 0; i < 12; i++) {
    const oldest = await sections.last().getAttribute('data-day');
    await page.getByRole('button', { name: 'Show older days' }).scrollIntoViewIfNeeded();
    // Older days come in as the button scrolls into view: wait for them, however slow the machine.
    await expect.poll(() => sections.last().getAttribute('data-day')).not.toBe(oldest);
    most = Math.max(most, await sections.count());
  }
  expect(most).toBeGreaterThan(8);
  expect(most).toBeLessThanOrEqual(35);
  await expect(page.getByRole('button', { name: 'Show newer days' })).toBeVisible();
  const oldestShown = await sections.last().getAttribute('data-day');
  expect(oldestShown! < days[20]!).toBe(true);

  const newestShown = (await sections.first().getAttribute('data-day'))!;
  await page.getByRole('button', { name: 'Show newer days' }).click();
  await expect.poll(async () => (await sections.first().getAttribute('data-day'))! > newestShown).toBe(true);
  expect(await sections.count()).toBeLessThanOrEqual(35);
});
