import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storedLogsToday } from './log-helpers';

const PER_WRITER = 100;

/**
 * Logs `symptom` at "1 mild" `count` times through the page's quick logger: the first by two clicks, the rest
 * by pressing 1 on the focused symptom button, as fast as the keyboard goes, so saves overlap within the page too.
 */
async function logRepeatedly(page: Page, symptom: string, count: number) {
  const symptomButton = page.getByRole('button', { name: symptom, exact: true });
  await symptomButton.click();
  await page.getByRole('group', { name: `How strong is ${symptom}?` }).getByRole('button', { name: '1 mild' }).click();
  await symptomButton.focus();
  for (let i = 1; i < count; i++) await page.keyboard.press('1');
}

test('three writers (two popups and the side panel) logging 100 entries each at once leave exactly 300', async ({ openExtensionPage }) => {
  test.setTimeout(150_000);
  const panel = await openExtensionPage('sidepanel.html#/today');
  await panel.getByRole('button', { name: 'Log a symptom' }).click();
  const popupA = await openExtensionPage('popup.html');
  const popupB = await openExtensionPage('popup.html');

  await Promise.all([
    logRepeatedly(popupA, 'Fatigue', PER_WRITER),
    logRepeatedly(popupB, 'Brain fog', PER_WRITER),
    logRepeatedly(panel, 'Bloating', PER_WRITER),
  ]);

  // The key presses are all sent by now; the saves they started finish one after another under the day's lock.
  await expect.poll(async () => (await storedLogsToday(panel)).length, { timeout: 90_000 }).toBe(3 * PER_WRITER);
  const stored = await storedLogsToday(panel);
  expect(new Set(stored.map((log) => log.id)).size).toBe(3 * PER_WRITER);
  for (const symptom of ['fatigue', 'brain-fog', 'bloating']) {
    expect(stored.filter((log) => log.symptomId === symptom), symptom).toHaveLength(PER_WRITER);
  }
  // Every open page shows all of them, live.
  for (const page of [panel, popupA, popupB]) await expect(page.getByText('300 logs today')).toBeVisible();
});
