import { expect, test } from './fixtures';
import { tabTo } from './log-helpers';
import { localToday, openJournal, storedJournalDay, todayItems } from './journal-helpers';

test('the journal works from the keyboard alone: write, edit, delete and undo, calendar, search', async ({
  openExtensionPage,
}) => {
  const page = await openJournal(openExtensionPage);
  const day = await localToday(page);

  // Write: Tab to the kinds, arrow to Stress, Tab into its scale, arrow to "2 moderate", a note, Enter to save.
  await tabTo(page, "el.type === 'radio' && el.name === 'journal-kind'");
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Stress' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: '0 none' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '2 moderate' })).toBeChecked();
  await tabTo(page, "el.tagName === 'TEXTAREA'");
  await page.keyboard.type('team meeting');
  await tabTo(page, "el.textContent === 'Save entry'");
  await page.keyboard.press('Enter');
  await expect(todayItems(page)).toHaveCount(1);
  await expect(todayItems(page)).toContainText('Stress 2 of 4, moderate');
  await expect(page.getByRole('radio', { name: 'Food or drink' })).toBeFocused();

  // Food by keyboard: tags with Enter, then Enter in the empty field does not send the entry by surprise.
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Food or drink' })).toBeChecked();
  await tabTo(page, "el.getAttribute('role') === 'combobox'");
  await page.keyboard.type('oats');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Foods in this entry' }).getByRole('listitem')).toHaveText(['oats×']);
  await tabTo(page, "el.textContent === 'Save entry'");
  await page.keyboard.press('Enter');
  await expect(todayItems(page)).toHaveCount(2);

  // Edit: Enter on Edit focuses the form; Escape cancels and returns to Edit; a saved edit returns there too.
  await tabTo(page, "(el.getAttribute('aria-label') || '').startsWith('Edit Stress')");
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: /^Edit Stress/ }).getByRole('radio', { name: '2 moderate' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /^Edit Stress at / })).toBeFocused();
  await page.keyboard.press('Enter');
  // The form takes focus once it has opened; a key pressed before that would go nowhere, as for a person.
  await expect(page.getByRole('form', { name: /^Edit Stress/ }).getByRole('radio', { name: '2 moderate' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await tabTo(page, "el.textContent === 'Save changes'");
  await page.keyboard.press('Enter');
  await expect(todayItems(page).filter({ hasText: 'team meeting' })).toContainText('Stress 3 of 4, high');
  await expect(page.getByRole('button', { name: /^Edit Stress at / })).toBeFocused();

  // Delete puts the focus on Undo; Enter brings the entry back.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Delete Stress at / })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(todayItems(page)).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(todayItems(page)).toHaveCount(2);
  expect((await storedJournalDay(page, day))!.entries).toHaveLength(2);

  // Calendar: open it, arrow back a day, Enter shows that day.
  await tabTo(page, "el.textContent === 'Calendar'");
  await page.keyboard.press('Enter');
  await tabTo(page, 'el.dataset.day !== undefined');
  await expect(page.locator(`[data-day="${day}"]`).first()).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  const yesterday = await localToday(page, 1);
  await expect(page.locator(`button[data-day="${yesterday}"]`)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('journal-day').first()).toHaveAttribute('data-day', yesterday);
  await expect(page.getByTestId('journal-day').first()).toContainText('Nothing written on this day.');

  // Search: type, Tab into the results, open the day from a result: focus lands on its heading.
  await tabTo(page, "el.type === 'search'");
  await page.keyboard.type('oats');
  await expect(page.getByTestId('journal-results').getByRole('status')).toHaveText('1 match');
  await tabTo(page, "(el.getAttribute('aria-label') || '').startsWith('Open ')");
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('journal-day').first()).toHaveAttribute('data-day', day);
  await expect(page.getByTestId('journal-day').first().getByRole('heading', { level: 3 })).toBeFocused();
});
