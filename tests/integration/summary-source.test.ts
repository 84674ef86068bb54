/** The summary page on the extension's own storage (WXT's fake browser): the period's records, the plan, the name. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCycle } from '../../domain/plan-actions';
import { EMPTY_PLAN } from '../../domain/plan-state';
import { browserSummarySource } from '../../app/summary';
import { browserJournalStore } from '../../storage/browser-journal-store';
import { browserSymptomLogStore } from '../../storage/browser-log-store';
import { planItem } from '../../storage/items';
import { zoneClock } from '../support/zone-clock';

beforeEach(() => fakeBrowser.reset());

describe('Summary source on browser storage', () => {
  const clock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');

  it('reads the logs and entries the stores wrote on the days asked for, and no others', async () => {
    const source = browserSummarySource(clock);
    const moment = (iso: string) => ({ epochMs: Date.parse(iso), offsetMin: 60 });
    await browserSymptomLogStore(clock).add([
      { symptomId: 'blood-in-stool', severity: 1, moment: moment('2026-11-25T06:05:00Z'), note: 'small amount' },
      { symptomId: 'fatigue', severity: 2, moment: moment('2026-09-01T09:00:00Z'), note: '' },
    ]);
    await browserJournalStore(clock).add({
      details: { kind: 'note' },
      moment: moment('2026-11-24T20:00:00Z'),
      note: 'Started a new job',
    });
    const { logs, entries } = await source.readRecords('2026-10-28', '2026-11-26');
    expect(logs.map((log) => [log.symptomId, log.note])).toEqual([['blood-in-stool', 'small amount']]);
    expect(entries.map((entry) => entry.note)).toEqual(['Started a new job']);
  });

  it('reads the plan, and keeps a name only while asked to', async () => {
    const source = browserSummarySource(clock);
    await planItem.set(startCycle(EMPTY_PLAN, '2026-11-20'));
    expect((await source.readPlan('2026-11-26')).plan.cycle).toMatchObject({ number: 1, start: '2026-11-20' });
    expect(await source.readName()).toBe('');
    await source.saveName('Alex Doe');
    expect(await source.readName()).toBe('Alex Doe');
    await source.saveName('');
    expect(await source.readName()).toBe('');
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith('summaryName'))).toEqual([]);
  });
});
