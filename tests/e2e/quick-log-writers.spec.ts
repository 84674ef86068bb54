import type { Page } from '@playwright/test';
import { PENDING_LOG_PREFIX } from '../../storage/keys';
import { expect, test } from './fixtures';
import { storedLogsToday } from './log-helpers';

const PER_WRITER = 100;

/**
 * Watches, inside `page`, what reaches it and what it sends on: key presses of "1" the page received, and the
 * ids of logs it started saving (each is put in localStorage before its save starts: storage/pending-logs.ts).
 * So a shortfall tells apart logs lost on their way to storage from key presses that never became a log.
 */
async function watchWriter(page: Page) {
  await page.evaluate((prefix) => {
    const w = window as unknown as { __keys: number; __sent: Set<string> };
    w.__keys = 0;
    w.__sent = new Set();
    document.addEventListener('keydown', (event) => void (event.key === '1' && w.__keys++), true);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with the page's own `this` below
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith(prefix)) w.__sent.add(key.slice(prefix.length));
      return setItem.call(this, key, value);
    };
  }, PENDING_LOG_PREFIX);
}
const sentBy = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __keys: number; __sent: Set<string> };
    return { keys: w.__keys, sent: [...w.__sent] };
  });

/**
 * Logs `symptom` at "1 mild" `count` times through the page's quick logger: the first by two clicks, the rest
 * by pressing 1 on the focused symptom button, as fast as the keyboard goes, so saves overlap within the page too.
 */
async function logRepeatedly(page: Page, symptom: string, count: number) {
  const symptomButton = page.getByRole('button', { name: symptom, exact: true });
  await symptomButton.click();
  await page
    .getByRole('group', { name: `How strong is ${symptom}?` })
    .getByRole('button', { name: '1 mild' })
    .click();
  await symptomButton.focus();
  for (let i = 1; i < count; i++) await page.keyboard.press('1');
}

test('three writers (two popups and the side panel) logging 100 entries each at once lose none of them', async ({
  openExtensionPage,
}) => {
  test.setTimeout(300_000);
  const panel = await openExtensionPage('sidepanel.html#/today');
  await panel.getByRole('button', { name: 'Log a symptom' }).click();
  const popupA = await openExtensionPage('popup.html');
  const popupB = await openExtensionPage('popup.html');
  const writers = [popupA, popupB, panel];
  for (const page of writers) await watchWriter(page);

  await Promise.all([
    logRepeatedly(popupA, 'Fatigue', PER_WRITER),
    logRepeatedly(popupB, 'Brain fog', PER_WRITER),
    logRepeatedly(panel, 'Bloating', PER_WRITER),
  ]);

  // First what each page received and sent: a key press the page never turned into a log is not a lost log.
  const reports = await Promise.all(writers.map(sentBy));
  const sent = reports.flatMap((report) => report.sent);
  // Then storage: every log a page sent is stored, once. The saves finish one after another under the day's
  // lock, so on a busy machine this takes a while; the wait ends as soon as they are all there.
  await expect
    .poll(async () => (await storedLogsToday(panel)).length, { timeout: 240_000, intervals: [250, 500, 1000] })
    .toBeGreaterThanOrEqual(sent.length);
  const stored = await storedLogsToday(panel);
  const storedIds = new Set(stored.map((log) => log.id));
  expect(
    sent.filter((id) => !storedIds.has(id)),
    'logs sent by a page but not stored',
  ).toEqual([]);
  expect(storedIds.size, 'one stored copy per log').toBe(stored.length);
  // And the keyboard: every press reached its page and became one log.
  expect(
    reports.map((report) => report.keys),
    'key presses each page received',
  ).toEqual([PER_WRITER - 1, PER_WRITER - 1, PER_WRITER - 1]);
  expect(
    reports.map((report) => report.sent.length),
    'logs each page sent',
  ).toEqual([PER_WRITER, PER_WRITER, PER_WRITER]);
  for (const symptom of ['fatigue', 'brain-fog', 'bloating']) {
    expect(
      stored.filter((log) => log.symptomId === symptom),
      symptom,
    ).toHaveLength(PER_WRITER);
  }
  // Every open page shows all of them, live.
  for (const page of writers) await expect(page.getByText('300 logs today')).toBeVisible({ timeout: 30_000 });
});
