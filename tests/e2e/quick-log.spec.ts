import { expect, test } from './fixtures';
import { storedLogsToday } from './log-helpers';

const SAVED = /Saved: Fatigue \(moderate\) at \d\d:\d\d\./;

test('a symptom logged in two clicks appears in the open side panel without reloading', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html#/today');
  await expect(panel.getByRole('heading', { name: "Today's logs" })).toBeVisible();
  await expect(panel.getByText('Nothing logged today yet.')).toBeVisible();

  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Fatigue', exact: true }).click();
  await popup.getByRole('button', { name: '2 moderate' }).click();

  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(SAVED);
  await expect(popup.getByRole('list').getByRole('listitem')).toHaveCount(1);
  const panelLogs = panel.getByRole('region', { name: "Today's logs" }).getByRole('listitem');
  await expect(panelLogs).toHaveCount(1);
  await expect(panelLogs.first()).toContainText('Fatigue');
  await expect(panelLogs.first()).toContainText('2, moderate');

  const [stored] = await storedLogsToday(popup);
  expect(stored).toMatchObject({ symptomId: 'fatigue', severity: 2, note: '' });
  expect(stored!.offsetMin).toBe(await popup.evaluate(() => 0 - new Date().getTimezoneOffset()));
});

// The panel makes Today's models only when Today is shown or the page is idle (app/panel.tsx): a log made
// while it shows the guide is there, live, the moment Today is chosen, and one made after appears too.
test('a panel opened on the guide has every log on Today when it is chosen, and follows new ones', async ({
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html#/guide');
  await expect(panel.getByTestId('section-view')).toBeVisible();

  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Fatigue', exact: true }).click();
  await popup.getByRole('button', { name: '2 moderate' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(SAVED);

  await panel.getByRole('navigation', { name: 'Gutwise sections' }).getByRole('link', { name: 'Today' }).click();
  const panelLogs = panel.getByRole('region', { name: "Today's logs" }).getByRole('listitem');
  await expect(panelLogs).toHaveCount(1);
  await expect(panelLogs.first()).toContainText('Fatigue');

  await popup.getByRole('button', { name: 'Bloating', exact: true }).click();
  await popup.getByRole('button', { name: '1 mild' }).click();
  await expect(panelLogs).toHaveCount(2);
  await expect(panel.getByTestId('today-card')).toBeVisible();
});

test('Undo takes the log back everywhere', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html#/today');
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Fatigue', exact: true }).click();
  await popup.getByRole('button', { name: '2 moderate' }).click();
  await expect(panel.getByRole('region', { name: "Today's logs" }).getByRole('listitem')).toHaveCount(1);

  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Undone' })).toContainText('Undone: Fatigue (moderate)');
  await expect(panel.getByText('Nothing logged today yet.')).toBeVisible();
  await expect(popup.getByText('Nothing logged today yet.')).toBeVisible();
  expect(await storedLogsToday(popup)).toEqual([]);
});

test('a log can be edited and deleted, and the side panel follows', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html#/today');
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Bloating', exact: true }).click();
  await popup.getByRole('button', { name: '1 mild' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await popup.getByRole('button', { name: /^Edit Bloating at / }).click();
  await popup.getByLabel('Strength').selectOption({ label: '3 severe' });
  await popup.getByLabel('Time').fill('00:00');
  await popup.getByLabel('Note', { exact: true }).fill('after lunch <img src=x onerror=alert(1)>');
  await popup.getByRole('button', { name: 'Save changes' }).click();

  const item = popup.getByRole('region', { name: "Today's logs" }).getByRole('listitem');
  await expect(item).toContainText('00:00');
  await expect(item).toContainText('3, severe');
  await expect(item).toContainText('after lunch <img src=x onerror=alert(1)>');
  const panelItem = panel.getByRole('region', { name: "Today's logs" }).getByRole('listitem');
  await expect(panelItem).toContainText('3, severe');
  await expect(panelItem).toContainText('after lunch <img src=x onerror=alert(1)>');
  const [stored] = await storedLogsToday(popup);
  expect(stored).toMatchObject({ severity: 3, note: 'after lunch <img src=x onerror=alert(1)>' });
  expect(stored!.updatedAt > stored!.createdAt).toBe(true);

  await panel.getByRole('button', { name: 'Delete Bloating at 00:00' }).click();
  await expect(popup.getByText('Nothing logged today yet.')).toBeVisible();
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByRole('region', { name: "Today's logs" }).getByRole('listitem')).toContainText('3, severe');
  expect(await storedLogsToday(popup)).toEqual([stored]);
});

test("a red-flag log is saved and shows the guide's advice, calmly, at severe too, once per symptom a day", async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Fatigue', exact: true }).click();
  await popup.getByRole('button', { name: '2 moderate' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(popup.getByRole('note')).toHaveCount(0);

  await popup.getByRole('button', { name: 'Blood in stool', exact: true }).click();
  await popup.getByRole('button', { name: '1 mild' }).click();
  const advice = popup.getByRole('note', { name: 'Please take care of yourself' });
  await expect(advice).toContainText(
    'If you have severe or sudden symptoms, unexplained weight loss, or blood in stool, please see a healthcare provider promptly.',
  );
  await expect(advice).toContainText('Your log is saved.');
  await expect(advice).not.toContainText(/diagnos|you have (a|an) /i);
  expect((await storedLogsToday(popup)).map((l) => l.symptomId)).toEqual(['fatigue', 'blood-in-stool']);

  await advice.getByRole('button', { name: 'Got it' }).click();
  await expect(advice).toHaveCount(0);
  // "Severe" is the guide's own word: the advice comes at 3 as well as at 4.
  await popup.getByRole('button', { name: 'Brain fog', exact: true }).click();
  await popup.getByRole('button', { name: '3 severe' }).click();
  await expect(popup.getByRole('note', { name: 'Please take care of yourself' })).toBeVisible();
  await popup.getByRole('button', { name: 'Got it' }).click();

  // The popup closes and opens again during a flare: the same symptom does not bring the advice again today.
  await popup.close();
  const again = await openExtensionPage('popup.html');
  await again.getByRole('button', { name: 'Brain fog', exact: true }).click();
  await again.getByRole('button', { name: '4 very severe' }).click();
  await expect(again.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Brain fog (very severe)');
  await expect(again.getByRole('note', { name: 'Please take care of yourself' })).toHaveCount(0);

  // The advice stays one click away from every red-flag log, marked in words, not only by a border.
  const logs = again.getByRole('region', { name: "Today's logs" });
  await expect(logs.getByRole('button', { name: /^Red flag/ })).toHaveCount(3);
  const blood = logs.getByRole('listitem').filter({ hasText: 'Blood in stool' });
  await expect(blood.getByRole('button', { name: /^Red flag/ })).toHaveText('Red flag');
  await blood.getByRole('button', { name: /^Red flag/ }).click();
  await expect(blood.getByRole('note', { name: 'Please take care of yourself' })).toContainText(
    'please see a healthcare provider promptly',
  );
  await expect(
    logs
      .getByRole('listitem')
      .filter({ hasText: 'Fatigue' })
      .getByRole('button', { name: /^Red flag/ }),
  ).toHaveCount(0);
});

test('several symptoms, back-dated with one click, with a note, save together', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Bloating', exact: true }).click();
  await popup.getByRole('button', { name: 'Low mood', exact: true }).click();
  await popup.getByText('1 h ago').click();
  await popup.getByLabel('Note (optional)').fill('after the wedding');
  await popup.getByRole('group', { name: 'How strong is Bloating?' }).getByRole('button', { name: '2 moderate' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);
  await popup.getByRole('group', { name: 'How strong is Low mood?' }).getByRole('button', { name: '1 mild' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Bloating (moderate)');
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Low mood (mild)');

  const stored = await storedLogsToday(popup);
  expect(stored.map((l) => [l.symptomId, l.severity, l.note])).toEqual([
    ['bloating', 2, 'after the wedding'],
    ['low-mood', 1, 'after the wedding'],
  ]);
  // One hour before the moment of saving (the store stamps creation a few ms after the time was chosen).
  for (const log of stored) expect(Date.parse(log.createdAt) - Date.parse(log.at) - 3_600_000).toBeGreaterThanOrEqual(0);
  for (const log of stored) expect(Date.parse(log.createdAt) - Date.parse(log.at) - 3_600_000).toBeLessThan(5_000);
  // Ready for the next log: back to now, note cleared.
  await expect(popup.getByLabel('Now')).toBeChecked();
  await expect(popup.getByLabel('Note (optional)')).toHaveValue('');
});

test('a time later than now is refused with a message, and nothing is saved', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByText('Earlier today').click();
  await popup.getByLabel('Time earlier today').fill('23:59');
  await popup.getByRole('button', { name: 'Itching', exact: true }).click();
  await popup.getByRole('button', { name: '1 mild' }).click();
  const isLate = await popup.evaluate(() => new Date().getHours() === 23 && new Date().getMinutes() >= 58);
  test.skip(isLate, 'it is 23:58 or later: 23:59 is not in the future');
  await expect(popup.getByRole('alert')).toHaveText(/That time is later than now/);
  expect(await storedLogsToday(popup)).toEqual([]);
  await popup.getByLabel('Time earlier today').fill('00:00');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Itching (mild) at 00:00');
});

test('renaming a symptom keeps its history; hidden symptoms leave the buttons', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html#/today');
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Joint pain or aches', exact: true }).click();
  await popup.getByRole('button', { name: '2 moderate' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await popup.getByRole('button', { name: 'Edit symptoms' }).click();
  await popup.getByRole('button', { name: 'Rename Joint pain or aches' }).click();
  await popup.getByLabel('New name for Joint pain or aches').fill('Knee pain');
  await popup.getByRole('button', { name: 'Save name' }).click();
  await popup.getByRole('button', { name: 'Hide Itching' }).click();
  await popup.getByLabel('Add your own symptom').fill('Headache');
  await popup.getByRole('button', { name: 'Add', exact: true }).click();
  await popup.getByLabel('Add your own symptom').fill('headache');
  await popup.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(popup.getByRole('alert')).toHaveText('You already have a symptom with that name.');
  await popup.getByRole('button', { name: 'Done' }).click();

  await expect(popup.getByRole('button', { name: 'Itching', exact: true })).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Headache', exact: true })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'More symptoms' })).toHaveCount(0);
  await expect(popup.getByRole('region', { name: "Today's logs" }).getByRole('listitem')).toContainText('Knee pain');
  await expect(panel.getByRole('region', { name: "Today's logs" }).getByRole('listitem')).toContainText('Knee pain');
  expect((await storedLogsToday(popup))[0]!.symptomId).toBe('joint-pain');
});

test('the two red-flag symptoms stay reachable under "More symptoms" when hidden', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Edit symptoms' }).click();
  await popup.getByRole('button', { name: 'Hide Blood in stool' }).click();
  await popup.getByRole('button', { name: 'Hide Unexplained weight loss' }).click();
  await popup.getByRole('button', { name: 'Done' }).click();
  await expect(popup.getByRole('group', { name: 'Symptoms' }).getByRole('button', { name: 'Blood in stool' })).toHaveCount(0);

  await popup.getByRole('button', { name: 'More symptoms' }).click();
  await popup.getByRole('group', { name: 'More symptoms' }).getByRole('button', { name: 'Blood in stool' }).click();
  await popup.getByRole('button', { name: '1 mild' }).click();
  await expect(popup.getByRole('note', { name: 'Please take care of yourself' })).toBeVisible();
  expect((await storedLogsToday(popup)).map((l) => l.symptomId)).toEqual(['blood-in-stool']);
});

// Clocks step back (a time sync, a manual correction): a log just made then lies "ahead" of the clock. Editing
// only its note must still be saved: the future is judged against the log's own time, not a clock that moved.
test('after the clock moves back five minutes, the note of a log just made can still be edited', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Fatigue', exact: true }).click();
  await popup.getByRole('button', { name: '2 moderate' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(SAVED);
  await popup.clock.setSystemTime(Date.now() - 5 * 60_000);
  const [made] = await storedLogsToday(popup);
  expect(await popup.evaluate(() => Date.now())).toBeLessThan(Date.parse(made!.at) - 4 * 60_000);
  await popup.getByRole('button', { name: /^Edit Fatigue at / }).click();
  await popup.locator('form.log-edit').getByLabel('Note', { exact: true }).fill('after the walk');
  await popup.getByRole('button', { name: 'Save changes' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Updated' })).toBeVisible();
  await expect.poll(async () => (await storedLogsToday(popup)).map((log) => log.note)).toEqual(['after the walk']);
});
