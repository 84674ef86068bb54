import type { Page, Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { compileGuide } from '../../build/guide-compiler';
import { compilePlan } from '../../build/plan-compiler';
import { expect, test } from './fixtures';
import { readSyncedValue, seedSyncedValue } from './storage-peek';
import { planCodec } from '../../domain/synced-fields';
import type { DayMark } from '../../domain/plan-state';
import { axeViolations } from './axe';

const plan = compilePlan(
  resolve(import.meta.dirname, '../../content/plan'),
  compileGuide(resolve(import.meta.dirname, '../../content/guide')),
);

/** The toolbar badge, read where it lives: in the extension's service worker. */
function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText(
      {},
    ),
  );
}

/** Stores a plan that started `daysAgo` local calendar days ago, as the extension itself would. */
async function seedPlanStartedDaysAgo(worker: Worker, daysAgo: number, marks: Record<string, string> = {}) {
  const start = await worker.evaluate((daysAgo) => {
    const d = new Date();
    d.setDate(d.getDate() - daysAgo);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, daysAgo);
  // The plan syncs (storage/synced-item.ts): stored the way the extension replaces it.
  await seedSyncedValue(
    worker,
    'plan',
    planCodec,
    {
      cycle: { number: 1, start, marks: marks as Record<string, DayMark>, pauses: [], reflection: '' },
      routine: null,
      cyclesStarted: 1,
    },
    2,
  );
}

async function openToday(open: (path: string) => Promise<Page>): Promise<Page> {
  const page = await open('sidepanel.html#/today');
  await expect(page.getByTestId('today-card')).toBeVisible();
  return page;
}

const card = (page: Page) => page.getByTestId('today-card');
const dayHeading = (page: Page) => card(page).getByRole('heading', { level: 2 });

test('start the plan, mark today done in the popup: the open side panel and the badge both show it', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  const panel = await openToday(openExtensionPage);
  await panel.getByRole('button', { name: 'Start today' }).click();
  await expect(dayHeading(panel)).toHaveText('Day 1 of 7');
  await expect(card(panel).getByTestId('plan-task')).toHaveText(plan.days[0]!.task);
  await expect(card(panel).getByRole('link', { name: 'Why this helps: Remove Gut Irritants' })).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');
  await expect
    .poll(() =>
      serviceWorker.evaluate(() =>
        (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }).chrome.action.getTitle({}),
      ),
    )
    .toContain('Guide: “Work with a healthcare professional…”');

  const popup = await openExtensionPage('popup.html');
  const line = popup.getByRole('checkbox', { name: `Day 1: ${plan.days[0]!.task}` });
  await line.check();

  // The panel opened before the popup updates by itself; the badge turns to a check mark.
  await expect(card(panel).getByTestId('plan-status')).toHaveText('Done. Nicely done.');
  await expect(card(panel).getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker)).toBe('✓');
  const fresh = await openToday(openExtensionPage);
  await expect(card(fresh).getByTestId('plan-status')).toHaveText('Done. Nicely done.');
  await expect(fresh.getByTestId('plan-strip').getByRole('button', { name: 'Day 1 of 7: done' })).toBeVisible();

  // Unticking in the popup undoes it everywhere.
  await line.uncheck();
  await expect(card(panel).getByRole('button', { name: 'Done', exact: true })).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');
});

test('pause keeps the place and quiets the badge; resume continues on the same day', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  await seedPlanStartedDaysAgo(serviceWorker, 2, { 1: 'done' });
  const panel = await openToday(openExtensionPage);
  await expect(dayHeading(panel)).toHaveText('Day 3 of 7');
  await expect.poll(() => badgeText(serviceWorker)).toBe('3');

  await card(panel).getByRole('button', { name: 'Pause the plan' }).click();
  await expect(card(panel).getByTestId('plan-status')).toContainText('Your place is kept.');
  await expect(card(panel).getByRole('button', { name: 'Done', exact: true })).toHaveCount(0);
  await expect.poll(() => badgeText(serviceWorker)).toBe('');
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('button', { name: 'Open the side panel' })).toBeVisible();
  await expect(popup.getByTestId('popup-plan')).toHaveCount(0);

  await card(panel).getByRole('button', { name: 'Resume the plan' }).click();
  await expect(dayHeading(panel)).toHaveText('Day 3 of 7');
  await expect(card(panel).getByRole('button', { name: 'Done', exact: true })).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker)).toBe('3');
  const stored = (await readSyncedValue(panel, 'plan', planCodec)) as { cycle: { pauses: unknown[] } } | undefined;
  expect(stored?.cycle.pauses).toEqual([]); // paused and resumed the same day: nothing was paused
});

test('a plan started seven days ago offers the reflection, then repeats with the note kept', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  await seedPlanStartedDaysAgo(serviceWorker, 7, { 1: 'done', 2: 'done', 4: 'skipped' });
  const panel = await openToday(openExtensionPage);
  await expect(dayHeading(panel)).toHaveText('Your 7 days are complete');
  await expect(card(panel)).toContainText('You did 2 of the 7 tasks.');
  expect(
    await panel
      .getByTestId('plan-strip')
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-status'))),
  ).toEqual(['done', 'done', 'missed', 'skipped', 'missed', 'missed', 'missed']);
  await expect.poll(() => badgeText(serviceWorker)).toBe('');

  await panel.getByLabel('What felt best? What would you like to continue?').fill('Fermented food at lunch felt best.');
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(panel.getByText('Note saved.')).toBeVisible();
  await panel.getByRole('button', { name: 'Repeat the plan' }).click();
  await expect(dayHeading(panel)).toHaveText('Day 1 of 7');
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');
  await panel.getByText('Past cycles').click();
  await expect(panel.getByTestId('plan-history')).toContainText('2 of 7 done');
  await expect(panel.getByTestId('plan-history')).toContainText('Your note: Fermented food at lunch felt best.');
});

test('works from the keyboard alone, and the why-link opens the guide at that heading', async ({ openExtensionPage }) => {
  const panel = await openToday(openExtensionPage);
  await panel.getByRole('button', { name: 'Start today' }).focus();
  await panel.keyboard.press('Enter');
  await expect(dayHeading(panel)).toHaveText('Day 1 of 7');
  await card(panel)
    .getByRole('link', { name: /^Why this helps/ })
    .focus();
  await panel.keyboard.press('Tab');
  await expect(card(panel).getByRole('button', { name: 'Done', exact: true })).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(card(panel).getByRole('button', { name: 'Undo' })).toBeVisible();
  await card(panel).getByRole('link', { name: 'Why this helps: Remove Gut Irritants' }).focus();
  await panel.keyboard.press('Enter');
  await expect(panel).toHaveURL(/#\/guide\/five-steps\/remove-gut-irritants$/);
  await expect(panel.locator('#five-steps--remove-gut-irritants')).toBeInViewport();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Today card has no axe violations in ${colorScheme} colours, in every state`, async ({
    page,
    extensionUrl,
    serviceWorker,
  }) => {
    // Nine axe scans over two pages: on a busy shared machine they outgrow the default 30 s.
    test.slow();
    await page.emulateMedia({ colorScheme });
    const scan = async (what: string) => {
      expect(await axeViolations(page, '[data-testid="today-card"]'), what).toEqual([]);
    };
    await page.goto(extensionUrl('sidepanel.html#/today'));
    await expect(page.getByRole('button', { name: 'Start today' })).toBeVisible();
    await page.getByText('Daily reminder').click();
    await scan('no plan, reminder open');
    await page.getByLabel('Or start on a date').fill('');
    await page.getByRole('button', { name: 'Start on this date' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await scan('bad date message');

    // Day 1 names NSAIDs: the guide's caution sits beside it, in the card and (short) in the popup.
    await seedPlanStartedDaysAgo(serviceWorker, 0, {});
    await expect(card(page).getByRole('note', { name: "The guide's caution" })).toContainText(
      'Work with a healthcare professional for personalized guidance.',
    );
    await scan("day 1 with the guide's caution");
    const firstDay = await page.context().newPage();
    await firstDay.emulateMedia({ colorScheme });
    await firstDay.goto(extensionUrl('popup.html'));
    await expect(firstDay.getByTestId('popup-plan')).toContainText('Guide: “Work with a healthcare professional…”');
    expect(await axeViolations(firstDay, '[data-testid="popup-plan"]'), 'popup task line with the caution').toEqual([]);
    await firstDay.close();

    await seedPlanStartedDaysAgo(serviceWorker, 2, { 1: 'done', 2: 'skipped' });
    await expect(dayHeading(page)).toHaveText('Day 3 of 7');
    await scan('a day of the plan');
    const popup = await page.context().newPage();
    await popup.emulateMedia({ colorScheme });
    await popup.goto(extensionUrl('popup.html'));
    await expect(popup.getByRole('checkbox', { name: /^Day 3: / })).toBeVisible();
    expect(await axeViolations(popup, '[data-testid="popup-plan"]'), 'popup task line').toEqual([]);
    await popup.close();
    await page.getByRole('button', { name: 'Pause the plan' }).click();
    await expect(page.getByRole('button', { name: 'Resume the plan' })).toBeVisible();
    await scan('paused');

    await seedPlanStartedDaysAgo(serviceWorker, 8, { 3: 'done' });
    await expect(dayHeading(page)).toHaveText('Your 7 days are complete');
    await page.getByRole('button', { name: 'Keep going with daily habits' }).click();
    await scan('reflection and habit choice');
    await page.getByRole('checkbox', { name: 'Get sunlight exposure (for natural vitamin D).' }).check();
    await page.getByRole('checkbox', { name: 'Eliminate or reduce processed foods, sugar, alcohol, and NSAIDs.' }).check();
    await page.getByRole('button', { name: 'Keep going with these' }).click();
    await expect(dayHeading(page)).toHaveText('Keep going');
    await expect(card(page).getByRole('note', { name: "The guide's caution" })).toBeVisible();
    await scan('keep going');
    // A flare: the habits pause too, and the badge and reminders stay quiet until they resume.
    await page.getByRole('button', { name: 'Pause the habits' }).click();
    await expect(page.getByRole('button', { name: 'Resume the habits' })).toBeVisible();
    await expect(card(page)).toContainText('please see a healthcare provider promptly');
    await scan('keep going, paused');
  });
}
