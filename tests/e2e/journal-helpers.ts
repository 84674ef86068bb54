import type { Page, Worker } from '@playwright/test';
import { journalDayKey } from '../../storage/keys';
import { expect } from './fixtures';

/** The browser's local date, "YYYY-MM-DD" (the extension files entries under it). */
export function localToday(page: Page | Worker, daysAgo = 0): Promise<string> {
  return (page as Page).evaluate((daysAgo) => {
    const d = new Date();
    d.setDate(d.getDate() - daysAgo);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, daysAgo);
}

/** The stored journal day value of `day`, read inside an extension page. */
export function storedJournalDay(
  page: Page,
  day: string,
): Promise<{ v: number; entries: Record<string, unknown>[] } | undefined> {
  return page.evaluate(async (key) => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome;
    return (await api.storage.local.get(key))[key];
  }, journalDayKey(day)) as Promise<{ v: number; entries: Record<string, unknown>[] } | undefined>;
}

/** Opens the side panel on the journal and waits until today's day is read. */
export async function openJournal(open: (path: string) => Promise<Page>, hash = '#/journal'): Promise<Page> {
  const page = await open(`sidepanel.html${hash}`);
  await expect(page.getByTestId('journal-day').first()).toHaveAttribute('data-loaded', 'true');
  return page;
}

/** Today's section of the timeline. */
export const todaySection = (page: Page) => page.locator('[data-testid="journal-day"]').first();

/** The entries and logs of today's section (not the food chips inside them). */
export const todayItems = (page: Page) => todaySection(page).locator('ol.journal-items > li');

/** Fails the test if the page ever shows a dialog (an injected alert() would). */
export function failOnDialog(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

/** Writes raw storage.local items from inside an extension page (seeding history in its stored shape). */
export function seedStorage(page: Page | Worker, items: Record<string, unknown>): Promise<void> {
  return (page as Page).evaluate(async (values) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(values);
  }, items);
}

/** The browser's UTC offset (minutes east) now, as the extension records it. */
export function browserOffset(page: Page | Worker): Promise<number> {
  return (page as Page).evaluate(() => 0 - new Date().getTimezoneOffset());
}
