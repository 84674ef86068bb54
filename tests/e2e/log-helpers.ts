import type { Page } from '@playwright/test';
import { logDayKey } from '../../storage/keys';

export interface StoredLog {
  id: string;
  symptomId: string;
  severity: number;
  at: string;
  offsetMin: number;
  note: string;
  createdAt: string;
  updatedAt: string;
}

/** Today's logs as stored (the `logs:YYYY-MM-DD` key of the browser's local day), read inside an extension page. */
export async function storedLogsToday(page: Page): Promise<StoredLog[]> {
  const today = await page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
  return page.evaluate(async (key) => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, { logs?: unknown[] } | undefined>> } } };
      }
    ).chrome;
    return ((await api.storage.local.get(key))[key]?.logs ?? []) as StoredLog[];
  }, logDayKey(today));
}

/** Presses Tab (at most `max` times) until `selector`'s element has focus; keyboard only, no clicks. */
export async function tabTo(page: Page, predicate: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate<boolean>(`((el) => ${predicate})(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached: ${predicate}`);
}
