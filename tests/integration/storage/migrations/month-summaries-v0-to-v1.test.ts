/**
 * Migration step "month summaries for existing records": days written by a Gutwise that kept no summaries
 * (fixture of that shape beside this file) get their months' summaries built once, in the background after
 * install or update, each month in one write under its lock, equal to a recomputation from the records.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { registerSummaryMigration } from '../../../../storage/browser-summary-migration';
import { readDaySummaries, summarizingArea } from '../../../../storage/day-summaries';
import { buildMissingSummaries } from '../../../../storage/migrations/month-summaries-v0-to-v1';
import { inProcessLock } from '../../../../storage/locks';
import { createSymptomLogStore } from '../../../../storage/symptom-log-store';
import { memoryArea, type MemoryArea } from '../../../support/memory-area';
import { recomputed } from '../../../support/summary-records';
import { zoneClock } from '../../../support/zone-clock';

const fixture = JSON.parse(readFileSync(resolve(__dirname, 'fixtures', 'days-without-summaries.json'), 'utf8')) as {
  local: Record<string, unknown>;
};
const clock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
const WHOLE = ['2000-01-01', '2030-12-31'] as const;
const MONTHS = ['2026-03', '2026-09', '2026-10', '2026-11'];

function oldStore(): MemoryArea {
  const area = memoryArea();
  for (const [key, value] of Object.entries(fixture.local)) area.data.set(key, structuredClone(value));
  return area;
}

const summaryKeys = (area: MemoryArea) => [...area.data.keys()].filter((key) => key.startsWith('insights:')).sort();

describe('month summaries built for records that have none', () => {
  it('builds every month that holds records, equal to a recomputation, without touching the records', async () => {
    const area = oldStore();
    expect(summaryKeys(area)).toEqual([]);
    expect(await buildMissingSummaries(area, inProcessLock, clock)).toEqual(MONTHS);
    expect(summaryKeys(area)).toEqual(MONTHS.map((month) => `insights:${month}`));
    for (const [key, value] of Object.entries(fixture.local)) expect(area.data.get(key)).toEqual(value);

    const read = await readDaySummaries(area, inProcessLock, clock, ...WHOLE);
    expect(read.rebuilt).toEqual([]);
    expect(read.days).toEqual(recomputed(area, clock));
    // The v1 day (no offsets stored) is summarized from its upgraded logs, as the log list reads it.
    expect(read.days.find((day) => day.day === '2026-03-07')?.symptoms.fatigue).toBeDefined();
    expect(read.days.map((day) => day.day)).toEqual([
      '2026-03-07',
      '2026-09-02',
      '2026-09-30',
      '2026-10-15',
      '2026-11-01',
      '2026-11-20',
    ]);
  });

  it('runs once: a second run writes nothing', async () => {
    const area = oldStore();
    await buildMissingSummaries(area, inProcessLock, clock);
    area.takeDirty();
    expect(await buildMissingSummaries(area, inProcessLock, clock)).toEqual([]);
    expect(area.takeDirty()).toEqual([]);
  });

  it('rebuilds only the months that are missing or stale', async () => {
    const area = oldStore();
    await buildMissingSummaries(area, inProcessLock, clock);
    // A month written by an older build with a day it no longer holds, and one month lost.
    area.data.set('insights:2026-10', { v: 1, days: { '2026-10-01': { s: { bloating: { max: 4, sum: 4, count: 1 } } } } });
    area.data.delete('insights:2026-03');
    expect(await buildMissingSummaries(area, inProcessLock, clock)).toEqual(['2026-03', '2026-10']);
    expect((await readDaySummaries(area, inProcessLock, clock, ...WHOLE)).days).toEqual(recomputed(area, clock));
  });

  it('writes each month all or nothing: a failed write leaves that month unbuilt, and the next run finishes', async () => {
    const area = oldStore();
    area.failWrites((items) => 'insights:2026-10' in items, new Error('QUOTA_BYTES quota exceeded'), 1);
    await expect(buildMissingSummaries(area, inProcessLock, clock)).rejects.toThrow('QUOTA_BYTES');
    expect(summaryKeys(area)).toEqual(['insights:2026-03', 'insights:2026-09']);
    expect(await buildMissingSummaries(area, inProcessLock, clock)).toEqual(['2026-10', '2026-11']);
    const read = await readDaySummaries(area, inProcessLock, clock, ...WHOLE);
    expect(read.rebuilt).toEqual([]);
    expect(read.days).toEqual(recomputed(area, clock));
  });

  it('loses no log written while it runs', async () => {
    const area = oldStore();
    const logs = createSymptomLogStore({
      area: summarizingArea(area, inProcessLock, clock),
      lock: inProcessLock,
      clock,
      newId: () => 'new',
    });
    const moment = (iso: string) => ({ epochMs: Date.parse(iso), offsetMin: clock.offsetAt(Date.parse(iso)) });
    await Promise.all([
      buildMissingSummaries(area, inProcessLock, clock),
      logs.add([{ symptomId: 'bloating', severity: 2, moment: moment('2026-10-20T10:00:00Z'), note: '' }]),
      logs.add([{ symptomId: 'fatigue', severity: 1, moment: moment('2026-11-02T10:00:00Z'), note: '' }]),
    ]);
    const read = await readDaySummaries(area, inProcessLock, clock, ...WHOLE);
    expect(read.rebuilt).toEqual([]);
    expect(read.days).toEqual(recomputed(area, clock));
    expect(read.days.map((day) => day.day)).toContain('2026-10-20');
  });

  it('runs in the background when Gutwise is installed or updated', async () => {
    const area = oldStore();
    let installed: ((details: unknown) => void) | undefined;
    registerSummaryMigration({ onInstalled: { addListener: (listener) => (installed = listener) } }, area, inProcessLock, clock);
    expect(summaryKeys(area)).toEqual([]);
    installed!({ reason: 'update', previousVersion: '0.1.0' });
    await vi.waitFor(() => expect(summaryKeys(area)).toHaveLength(MONTHS.length));
    expect((await readDaySummaries(area, inProcessLock, clock, ...WHOLE)).rebuilt).toEqual([]);
  });
});
