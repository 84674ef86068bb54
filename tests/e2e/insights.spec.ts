import type { Worker } from '@playwright/test';
import { entryDay } from '../../domain/journal-entry';
import { logDay } from '../../domain/symptom-log';
import { journalDayKey, journalDayValue } from '../../storage/journal-days';
import { logDayKey, logDayValue } from '../../storage/symptom-log-days';
import { syntheticPerson } from '../support/synthetic-people';
import { expect, test } from './fixtures';
import { localToday, seedStorage } from './journal-helpers';
import { axeViolations } from './axe';

/** Sixty days up to yesterday (today left empty, so no record is ahead of the clock) of a synthetic person whose bloating rises by 1.0 the day after dairy. */
async function seedPlantedPerson(worker: Worker): Promise<void> {
  const { logs, entries } = syntheticPerson({
    seed: 3,
    today: await localToday(worker, 1),
    effect: { food: 'dairy', symptomId: 'bloating', lag: 1, size: 1 },
  });
  const items: Record<string, unknown> = {};
  // Node 20 has no Map.groupBy.
  const group = <T>(list: T[], dayOf: (item: T) => string) => {
    const days = new Map<string, T[]>();
    for (const item of list) days.set(dayOf(item), [...(days.get(dayOf(item)) ?? []), item]);
    return days;
  };
  for (const [day, dayLogs] of group(logs, logDay)) items[logDayKey(day)] = logDayValue(dayLogs);
  for (const [day, dayEntries] of group(entries, entryDay)) items[journalDayKey(day)] = journalDayValue(dayEntries);
  await seedStorage(worker, items);
}

const linkSentence = /^On the \d+ days after you had dairy, bloating averaged \d\.\d; on the other \d+ days, \d\.\d\.$/;

test('Insights loads only when opened, then shows the planted link with its sentence and the guide beside it', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  await seedPlantedPerson(serviceWorker);
  const page = await openExtensionPage('sidepanel.html#/today');
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await expect(page.getByRole('heading', { name: 'The 7-day plan' })).toBeVisible();
  expect(fetched.filter((path) => /Insights|insights-wiring/.test(path))).toEqual([]);

  await page.getByRole('navigation', { name: 'Gutwise sections' }).getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { name: 'Insights', level: 2 })).toBeVisible();
  expect(fetched.some((path) => /InsightsView/.test(path))).toBe(true);

  const links = page.getByRole('region', { name: 'Possible links' });
  const sentence = links.getByText(linkSentence);
  await expect(sentence).toBeVisible();
  const item = links.getByRole('listitem').filter({ hasText: /after you had dairy, bloating averaged/ });
  await expect(item).toContainText(
    /The difference, \+\d\.\d, is likely between \+\d\.\d and \+\d\.\d\. A possible link worth noting/,
  );
  await expect(page.getByRole('region', { name: 'Bloating' })).toContainText(/Logged on 29 of these 30 days/);

  await item.getByRole('link', { name: /^In the guide: / }).click();
  await expect(page).toHaveURL(/#\/guide\/five-steps\/remove-gut-irritants$/);
});

test('Insights works by keyboard alone: the period control, then the guide link', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  await seedPlantedPerson(serviceWorker);
  const page = await openExtensionPage('sidepanel.html#/insights');
  const thirty = page.getByRole('radio', { name: '30 days' });
  await expect(thirty).toBeChecked();
  await thirty.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '90 days' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Bloating' })).toContainText(/Logged on 60 of these 90 days/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: '7 days' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Bloating' })).toContainText(/Logged on 6 of these 7 days/);

  const guideLink = page
    .getByRole('region', { name: 'Possible links' })
    .getByRole('link', { name: /^In the guide: / })
    .first();
  for (let i = 0; i < 60 && !(await guideLink.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(guideLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/guide\/five-steps\/remove-gut-irritants$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Insights has no axe violations, empty and with a history (${colorScheme})`, async ({
    openExtensionPage,
    serviceWorker,
  }) => {
    test.setTimeout(90_000);
    const empty = await openExtensionPage('sidepanel.html#/insights');
    await empty.emulateMedia({ colorScheme });
    await expect(empty.getByText(/Nothing recorded yet/)).toBeVisible();
    expect(await axeViolations(empty), 'empty store').toEqual([]);
    await empty.close();

    await seedPlantedPerson(serviceWorker);
    const page = await openExtensionPage('sidepanel.html#/insights');
    await page.emulateMedia({ colorScheme });
    await expect(page.getByRole('region', { name: 'Possible links' }).getByText(linkSentence)).toBeVisible();
    expect(await axeViolations(page), 'sixty days of history').toEqual([]);
    await page.getByRole('radio', { name: 'A year' }).check();
    await expect(page.getByRole('region', { name: 'Bloating' })).toContainText(/of these 365 days/);
    expect(await axeViolations(page), 'a year, weekly').toEqual([]);
  });
}
