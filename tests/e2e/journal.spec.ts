import { expect, test } from './fixtures';
import { seedSyncedValue } from './storage-peek';
import { planCodec } from '../../domain/synced-fields';
import { openJournal, storedJournalDay, localToday, todayItems, todaySection } from './journal-helpers';

test('a food entry with tags and a note survives a reload and is found in the timeline and by search', async ({
  openExtensionPage,
}) => {
  const page = await openJournal(openExtensionPage);
  await expect(todaySection(page)).toContainText('Nothing written on this day.');

  await page.getByRole('radio', { name: 'Food or drink' }).check();
  const foods = page.getByRole('combobox', { name: 'Foods and drinks' });
  await foods.fill('gluten');
  await foods.press('Enter');
  await foods.pressSequentially('Dairy,');
  await expect(page.getByRole('list', { name: 'Foods in this entry' }).getByRole('listitem')).toHaveText(['gluten×', 'Dairy×']);
  await page.getByLabel('Note (optional)').fill("Pizza at Anna's, bloated after");
  await page.getByRole('button', { name: 'Save entry' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(/Saved: Food or drink at \d\d:\d\d\./);
  const entry = todayItems(page).filter({ hasText: 'Pizza' });
  await expect(entry).toContainText('Food or drink');
  await expect(entry).toContainText("Pizza at Anna's, bloated after");
  await expect(entry.getByRole('list', { name: 'Foods and drinks' }).getByRole('listitem')).toHaveText(['gluten', 'Dairy']);
  const day = await localToday(page);
  const stored = await storedJournalDay(page, day);
  expect(stored).toMatchObject({
    v: 1,
    entries: [{ kind: 'food', tags: ['gluten', 'Dairy'], note: "Pizza at Anna's, bloated after" }],
  });

  await page.reload();
  await expect(todaySection(page)).toHaveAttribute('data-loaded', 'true');
  await expect(todayItems(page).filter({ hasText: 'Pizza' })).toContainText('gluten');

  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('anna pizza');
  const results = page.getByTestId('journal-results');
  await expect(results.getByRole('status')).toHaveText('1 match');
  await expect(results.getByRole('listitem').filter({ hasText: 'Pizza' })).toContainText('Dairy');
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('');
  await page.getByRole('combobox', { name: 'Food', exact: true }).selectOption({ label: 'Dairy' });
  await expect(results.getByRole('status')).toHaveText('1 match');
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(todaySection(page)).toBeVisible();
});

test('foods are suggested from the journal as they are typed, and picked by keyboard', async ({ openExtensionPage }) => {
  const page = await openJournal(openExtensionPage);
  for (const tags of [
    ['sauerkraut', 'rye bread'],
    ['sauerkraut', 'salmon'],
  ]) {
    await page.getByRole('radio', { name: 'Food or drink' }).check();
    const foods = page.getByRole('combobox', { name: 'Foods and drinks' });
    await foods.fill(tags.join(', ') + ',');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(todayItems(page).filter({ hasText: tags[1]! })).toHaveCount(1);
  }
  await page.getByRole('radio', { name: 'Food or drink' }).check();
  const foods = page.getByRole('combobox', { name: 'Foods and drinks' });
  await foods.fill('sa');
  const suggestions = page.getByRole('listbox', { name: 'Suggested foods' }).getByRole('option');
  await expect(suggestions).toHaveText(['sauerkraut', 'salmon']);
  await foods.fill('bre');
  await expect(suggestions).toHaveText(['rye bread']);
  await foods.press('ArrowDown');
  await expect(foods).toHaveAttribute('aria-activedescendant', /suggestion-0$/);
  await foods.press('Enter');
  await expect(page.getByRole('list', { name: 'Foods in this entry' }).getByRole('listitem')).toHaveText(['rye bread×']);
  await expect(foods).toHaveValue('');
});

test('a symptom logged in the popup appears in the open journal without a reload', async ({ openExtensionPage }) => {
  const page = await openJournal(openExtensionPage);
  await page.getByRole('radio', { name: 'Food or drink' }).check();
  await page.getByRole('combobox', { name: 'Foods and drinks' }).fill('milk,');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(todayItems(page)).toHaveCount(1);

  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Bloating', exact: true }).click();
  await popup.getByRole('button', { name: '3 severe' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const items = todayItems(page);
  await expect(items).toHaveCount(2);
  await expect(items.nth(1)).toContainText('Bloating');
  await expect(items.nth(1)).toContainText('3, severe');
  await expect(items.nth(0)).toContainText('milk');
});

test('an entry can be edited, deleted, and the delete undone', async ({ openExtensionPage }) => {
  const page = await openJournal(openExtensionPage);
  await page.getByRole('radio', { name: 'Stress' }).check();
  await page.getByRole('radio', { name: '2 moderate' }).check();
  await page.getByLabel('Note (optional)').fill('deadline');
  await page.getByRole('button', { name: 'Save entry' }).click();
  const entry = todayItems(page).filter({ hasText: 'deadline' });
  await expect(entry).toContainText('Stress 2 of 4, moderate');

  await entry.getByRole('button', { name: /^Edit Stress at / }).click();
  const form = page.getByRole('form', { name: /^Edit Stress at / });
  await form.getByRole('radio', { name: '4 very high' }).check();
  await form.getByLabel('Note (optional)').fill('deadline moved up');
  await form.getByRole('button', { name: 'Save changes' }).click();
  const edited = todayItems(page).filter({ hasText: 'deadline moved up' });
  await expect(edited).toContainText('Stress 4 of 4, very high');
  await expect(page.getByRole('status').filter({ hasText: 'Updated' })).toBeVisible();

  const day = await localToday(page);
  const before = (await storedJournalDay(page, day))!.entries[0]!;
  await edited.getByRole('button', { name: /^Delete Stress at / }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toHaveText(/Deleted: Stress at \d\d:\d\d\./);
  await expect(todaySection(page)).toContainText('Nothing written on this day.');
  expect(await storedJournalDay(page, day)).toBeUndefined();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Put back' })).toBeVisible();
  await expect(todayItems(page).filter({ hasText: 'deadline moved up' })).toContainText('very high');
  expect((await storedJournalDay(page, day))!.entries).toEqual([before]);
});

test('a half-written entry survives closing the panel', async ({ openExtensionPage }) => {
  const page = await openJournal(openExtensionPage);
  await page.getByRole('radio', { name: 'Bowel movement' }).check();
  await page.getByRole('radio', { name: /^Type 4/ }).check();
  await page.getByLabel('Note (optional)').fill('half written');
  await page.close();

  const again = await openJournal(openExtensionPage);
  await expect(again.getByText('Your unsaved entry is back, just as you left it.')).toBeVisible();
  await expect(again.getByRole('radio', { name: 'Bowel movement' })).toBeChecked();
  await expect(again.getByRole('radio', { name: /^Type 4/ })).toBeChecked();
  await expect(again.getByLabel('Note (optional)')).toHaveValue('half written');
  await again.getByRole('button', { name: 'Save entry' }).click();
  await expect(todayItems(again)).toContainText('Type 4: like a sausage or snake, smooth and soft');
  await again.reload();
  await expect(again.getByRole('radio', { name: 'Bowel movement' })).not.toBeChecked();
});

test('an edit left unsaved when the panel closes opens again with the changes, until it is saved', async ({
  openExtensionPage,
}) => {
  const page = await openJournal(openExtensionPage);
  await page.getByRole('radio', { name: 'Stress' }).check();
  await page.getByRole('radio', { name: '1 low' }).check();
  await page.getByLabel('Note (optional)').fill('woke at 4');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await todayItems(page)
    .filter({ hasText: 'woke at 4' })
    .getByRole('button', { name: /^Edit Stress at / })
    .click();
  await page
    .getByRole('form', { name: /^Edit Stress at / })
    .getByLabel('Note (optional)')
    .fill('woke at 4, back asleep by 5');
  await page.close(); // straight after typing: nothing waits for a pause

  const again = await openJournal(openExtensionPage);
  const form = again.getByRole('form', { name: /^Edit Stress at / });
  await expect(form.getByText('Your unsaved changes to this entry are back.')).toBeVisible();
  await expect(form.getByLabel('Note (optional)')).toHaveValue('woke at 4, back asleep by 5');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(todayItems(again).filter({ hasText: 'back asleep by 5' })).toHaveCount(1);
  await again.reload();
  await expect(todayItems(again).filter({ hasText: 'back asleep by 5' })).toHaveCount(1);
  await expect(again.getByRole('form', { name: /^Edit Stress at / })).toHaveCount(0);
});

test("the plan's day 4 link opens the journal ready to write", async ({ openExtensionPage }) => {
  const page = await openJournal(openExtensionPage, '#/journal/new');
  await expect(page.getByRole('radio', { name: 'Food or drink' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Foods and drinks' })).toBeFocused();
  await expect(page).toHaveURL(/#\/journal$/);
});

test('on day 4 of the plan, the Today card opens the journal ready to write', async ({ openExtensionPage, serviceWorker }) => {
  const start = await localToday(serviceWorker, 3);
  await seedSyncedValue(
    serviceWorker,
    'plan',
    planCodec,
    { cycle: { number: 1, start, marks: {}, pauses: [], reflection: '' }, routine: null, cyclesStarted: 1 },
    2,
  );
  const page = await openExtensionPage('sidepanel.html#/today');
  await expect(page.getByTestId('today-card').getByRole('heading', { level: 2 })).toHaveText('Day 4 of 7');
  await page.getByRole('link', { name: "Open the journal and write today's entry" }).click();
  await expect(page.getByRole('combobox', { name: 'Foods and drinks' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Food or drink' })).toBeChecked();
  await expect(page.getByRole('navigation', { name: 'Gutwise sections' }).getByRole('link', { name: 'Journal' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page).toHaveURL(/#\/journal$/);
});
