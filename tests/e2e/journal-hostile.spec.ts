import { createEntry } from '../../domain/journal-entry';
import { createLog } from '../../domain/symptom-log';
import { journalDayKey, journalDayValue } from '../../storage/journal-days';
import { logDayKey, logDayValue } from '../../storage/symptom-log-days';
import { expect, test } from './fixtures';
import { browserOffset, failOnDialog, localToday, openJournal, seedStorage, todayItems } from './journal-helpers';

const HOSTILE = '<img src=x onerror=alert(1)>';

test('a hostile note or food shows as literal text and runs nothing, in every journal view', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  // History written by "someone else": a symptom log, a food entry and a note, all hostile, two hours ago.
  const day = await localToday(serviceWorker);
  const offsetMin = await browserOffset(serviceWorker);
  const at = Date.now() - 2 * 3_600_000;
  const sameDay =
    (await serviceWorker.evaluate((ms) => new Date(ms).getDate(), at)) ===
    (await serviceWorker.evaluate(() => new Date().getDate()));
  const when = sameDay ? at : Date.now() - 60_000;
  const log = createLog(
    { symptomId: 'bloating', severity: 2, moment: { epochMs: when, offsetMin }, note: HOSTILE },
    'hostile-log',
    when,
  );
  const food = createEntry(
    { details: { kind: 'food', tags: [HOSTILE, 'rice'] }, moment: { epochMs: when, offsetMin }, note: `lunch ${HOSTILE}` },
    'hostile-food',
    when,
  );
  await seedStorage(serviceWorker, { [logDayKey(day)]: logDayValue([log]), [journalDayKey(day)]: journalDayValue([food]) });

  const page = await openJournal(openExtensionPage);
  const dialogs = failOnDialog(page);
  const noMarkup = async (where: string) => {
    expect(await page.locator('img').count(), `${where}: no <img> element`).toBe(0);
    expect(dialogs, `${where}: no dialog`).toEqual([]);
  };

  // Timeline: the log's note, the food tag and the food note, each literal.
  await expect(todayItems(page)).toHaveCount(2);
  await expect(todayItems(page).filter({ hasText: 'Bloating' })).toContainText(HOSTILE);
  const foodItem = todayItems(page).filter({ hasText: 'lunch' });
  await expect(foodItem.getByRole('list', { name: 'Foods and drinks' }).getByRole('listitem').first()).toHaveText(HOSTILE);
  await expect(foodItem).toContainText(`lunch ${HOSTILE}`);
  await noMarkup('timeline');

  // Writing one: the composer, the chips, the suggestion list, the saved entry.
  await page.getByRole('radio', { name: 'Note' }).check();
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill(HOSTILE);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(todayItems(page)).toHaveCount(3);
  await expect(todayItems(page).filter({ hasText: /^\d\d:\d\d Note/ })).toContainText(HOSTILE);
  await page.getByRole('radio', { name: 'Food or drink' }).check();
  const foods = page.getByRole('combobox', { name: 'Foods and drinks' });
  await foods.fill('<im');
  await expect(page.getByRole('listbox', { name: 'Suggested foods' }).getByRole('option')).toHaveText([HOSTILE]);
  await foods.press('ArrowDown');
  await foods.press('Enter');
  await expect(page.getByRole('list', { name: 'Foods in this entry' }).getByRole('listitem')).toHaveText([`${HOSTILE}×`]);
  await noMarkup('composer');

  // Search results, and the food filter's choices.
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('onerror');
  const results = page.getByTestId('journal-results');
  await expect(results.getByRole('status')).toHaveText('3 matches');
  await expect(results.locator('ol.journal-items > li').first()).toContainText(HOSTILE);
  await expect(page.getByRole('combobox', { name: 'Food', exact: true }).getByRole('option', { name: HOSTILE })).toHaveCount(1);
  await noMarkup('search results');

  // The edit form shows it as a value, the draft comes back as a value, the notice never echoes it.
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('');
  await foodItem.getByRole('button', { name: /^Edit Food or drink at / }).click();
  await expect(page.getByRole('form', { name: /^Edit Food or drink at / }).getByLabel('Note (optional)')).toHaveValue(
    `lunch ${HOSTILE}`,
  );
  await page.keyboard.press('Escape');
  await page.getByLabel('Note (optional)').fill(HOSTILE);
  await page.reload();
  await expect(page.getByLabel('Note (optional)')).toHaveValue(HOSTILE);
  await expect(page.getByRole('list', { name: 'Foods in this entry' }).getByRole('listitem')).toHaveText([`${HOSTILE}×`]);
  await todayItems(page)
    .filter({ hasText: 'Bloating' })
    .getByRole('button', { name: /^Delete / })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' }).locator('p')).toHaveText(
    /^Deleted: Bloating \(moderate\) at \d\d:\d\d\.$/,
  );
  await noMarkup('edit form, draft and notice');
  const dialogsAfterReload = failOnDialog(page);
  // Until the page has nothing left to do (a dialog from injected markup would have opened by then), however long that takes.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  expect(dialogsAfterReload).toEqual([]);
  expect(await page.locator('img').count()).toBe(0);
});
