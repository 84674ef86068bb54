import { expect, test } from './fixtures';
import { storedLogsToday, tabTo } from './log-helpers';
import { axeViolations } from './axe';

test('logging works from the keyboard alone', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('button', { name: 'Fatigue', exact: true })).toBeVisible();

  // Tab to a symptom and press its strength: one key logs it.
  await tabTo(popup, "el.dataset.symptom === 'fatigue'");
  await popup.keyboard.press('2');
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Fatigue (moderate)');
  await expect(popup.getByRole('button', { name: 'Fatigue', exact: true })).toBeFocused();

  // Pick two with Enter, back-date with the arrow keys, then strengths by digit: both saved together.
  await tabTo(popup, "el.dataset.symptom === 'brain-fog'");
  await popup.keyboard.press('Enter');
  await tabTo(popup, "el.dataset.symptom === 'itching'");
  await popup.keyboard.press('Space');
  await tabTo(popup, "el.type === 'radio' && el.checked");
  await popup.keyboard.press('ArrowRight');
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByLabel('1 h ago')).toBeChecked();
  await popup.keyboard.press('3'); // the latest pick still waiting: Itching
  await expect(
    popup.getByRole('group', { name: 'How strong is Itching?' }).getByRole('button', { name: '3 severe' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await popup.keyboard.press('1'); // then Brain fog, which completes the save
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Itching (severe)');
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Brain fog (mild)');

  // Undo from the keyboard.
  await tabTo(popup, "el.textContent === 'Undo'");
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();

  // Digits typed into the note are text, not strengths.
  await tabTo(popup, "el.dataset.symptom === 'bloating'");
  await popup.keyboard.press('Enter');
  await tabTo(popup, "el.placeholder === 'e.g. after lunch'");
  await popup.keyboard.type('ate at 12');
  await popup.keyboard.press('Shift+Tab');
  await popup.keyboard.press('Shift+Tab'); // back on the When radios: digits count again
  await popup.keyboard.press('4');
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Bloating (very severe)');

  const stored = await storedLogsToday(popup);
  expect(stored.map((l) => [l.symptomId, l.severity, l.note])).toEqual([
    ['fatigue', 2, ''],
    ['bloating', 4, 'ate at 12'],
  ]);
  // A very severe log brings the red-flag advice, reachable by keyboard too.
  await tabTo(popup, "el.textContent === 'Got it'");
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('note')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the quick logger in every state has no axe violations (${colorScheme})`, async ({ openExtensionPage }) => {
    test.setTimeout(180_000); // seven full axe scans along one flow, on a machine that may be busy
    const popup = await openExtensionPage('popup.html');
    await popup.emulateMedia({ colorScheme });
    await expect(popup.getByRole('button', { name: 'Fatigue', exact: true })).toBeVisible();
    expect(await axeViolations(popup), 'empty').toEqual([]);
    await popup.getByRole('button', { name: 'Not medical advice' }).click();
    await expect(popup.getByRole('dialog', { name: 'About this guide' })).toBeVisible();
    expect(await axeViolations(popup), 'the disclaimer open').toEqual([]);
    await popup.keyboard.press('Escape');

    await popup.getByRole('button', { name: 'Fatigue', exact: true }).click();
    await popup.getByText('Earlier today').click();
    expect(await axeViolations(popup), 'a symptom picked, time field open').toEqual([]);

    await popup.getByLabel('Time earlier today').fill('23:59');
    await popup.getByRole('button', { name: '4 very severe' }).click();
    if (await popup.getByRole('alert').count()) {
      expect(await axeViolations(popup), 'time refused').toEqual([]);
      await popup.getByLabel('Time earlier today').fill('00:00');
      await popup.getByRole('button', { name: 'Save', exact: true }).click();
    }
    await expect(popup.getByRole('note', { name: 'Please take care of yourself' })).toBeVisible();
    expect(await axeViolations(popup), 'saved, Undo and red-flag advice showing').toEqual([]);

    await popup
      .getByRole('region', { name: "Today's logs" })
      .getByRole('button', { name: /^Red flag/ })
      .click();
    await expect(popup.getByRole('region', { name: "Today's logs" }).getByRole('note')).toBeVisible();
    expect(await axeViolations(popup), 'a red-flag log with its mark and the advice open').toEqual([]);

    await popup.getByRole('button', { name: /^Edit Fatigue at / }).click();
    await expect(popup.getByRole('button', { name: 'Save changes' })).toBeVisible();
    expect(await axeViolations(popup), 'editing a log').toEqual([]);
    await popup.getByRole('button', { name: 'Cancel' }).click();

    await popup.getByRole('button', { name: 'Edit symptoms' }).click();
    await popup.getByRole('button', { name: 'Rename Fatigue' }).click();
    await popup.getByLabel('New name for Fatigue').fill('');
    await popup.getByRole('button', { name: 'Save name' }).click();
    await expect(popup.getByRole('alert')).toHaveText('Please type a name.');
    expect(await axeViolations(popup), 'managing symptoms').toEqual([]);

    const panel = await openExtensionPage('sidepanel.html#/today');
    await panel.emulateMedia({ colorScheme });
    await expect(panel.getByRole('region', { name: "Today's logs" }).getByRole('listitem')).toHaveCount(1);
    await panel.getByRole('button', { name: 'Log a symptom' }).click();
    await expect(panel.getByRole('button', { name: 'Fatigue', exact: true })).toBeVisible();
    expect(await axeViolations(panel), 'side panel Today view with logs and the logger').toEqual([]);
  });
}

test('the keyboard shortcuts for the popup and the side panel are registered with the browser', async ({ serviceWorker }) => {
  // Chromium takes no synthetic key presses for extension commands; what it can show is that both shortcuts were
  // granted (a clash would leave them empty). The side panel handler itself: tests/integration/side-panel-command.test.ts.
  const commands = await serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } }
    ).chrome.commands.getAll(),
  );
  expect(commands.map(({ name, shortcut }) => ({ name, shortcut }))).toEqual(
    expect.arrayContaining([
      { name: '_execute_action', shortcut: 'Alt+Shift+L' },
      { name: 'open-side-panel', shortcut: 'Alt+Shift+G' },
    ]),
  );
});
