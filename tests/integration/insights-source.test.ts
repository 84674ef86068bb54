/** Insights on the extension's own storage (WXT's fake browser): what the stores wrote is what Insights reads. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCycle } from '../../domain/plan-actions';
import { EMPTY_PLAN } from '../../domain/plan-state';
import { browserInsightsSource } from '../../app/insights-wiring';
import { browserJournalStore } from '../../storage/browser-journal-store';
import { browserSymptomLogStore } from '../../storage/browser-log-store';
import { planItem } from '../../storage/items';
import { zoneClock } from '../support/zone-clock';

beforeEach(() => fakeBrowser.reset());

describe('Insights source on browser storage', () => {
  it('reads the days the log and journal stores wrote, and the plan’s cycle', async () => {
    const clock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
    const source = browserInsightsSource({ clock });
    // Read once while empty (months start), then written through the stores, which keep the summaries.
    expect(await source.readDays('2026-10-01', '2026-11-26')).toEqual([]);
    const at = Date.parse('2026-11-25T09:00:00Z');
    await browserSymptomLogStore(clock).add([
      { symptomId: 'bloating', severity: 3, moment: { epochMs: at, offsetMin: 60 }, note: '' },
    ]);
    await browserJournalStore(clock).add({
      details: { kind: 'food', tags: ['Dairy'] },
      moment: { epochMs: at, offsetMin: 60 },
      note: '',
    });
    const days = await source.readDays('2026-10-01', '2026-11-26');
    expect(days).toEqual([
      expect.objectContaining({
        day: '2026-11-25',
        symptoms: { bloating: { max: 3, sum: 3, count: 1 } },
        foods: { dairy: 'Dairy' },
        journal: true,
      }),
    ]);

    await planItem.set(startCycle(EMPTY_PLAN, '2026-11-20'));
    expect((await source.readPlan('2026-11-26')).cycles).toEqual([
      { number: 1, start: '2026-11-20', ended: null, reflection: '' },
    ]);
  });
});
