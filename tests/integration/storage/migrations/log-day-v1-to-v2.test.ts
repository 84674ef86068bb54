import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { logDayV1ToV2 } from '../../../../storage/migrations/log-day-v1-to-v2';
import { LOG_DAY_VERSION, readLogDay } from '../../../../storage/symptom-log-days';
import { input, makeStore } from '../../../support/log-store-fixture';
import { zoneClock, zoneOffset } from '../../../support/zone-clock';

const fixture = JSON.parse(readFileSync(resolve(__dirname, 'fixtures/log-day-v1.json'), 'utf8')) as {
  key: string;
  value: unknown[];
};
const berlin = { offsetAt: (ms: number) => zoneOffset('Europe/Berlin', ms) };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('log day v1 → v2', () => {
  it('turns each v1 log into the current shape, recovering the offset from the time zone', () => {
    const read = readLogDay(fixture.value, berlin);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.day.v).toBe(LOG_DAY_VERSION);
    expect(read.day.logs[0]).toEqual({
      id: 'v1-a',
      symptomId: 'fatigue',
      severity: 2,
      at: '2026-03-07T08:00:00.000Z',
      offsetMin: 60,
      note: 'after lunch',
      createdAt: '2026-03-07T08:00:00.000Z',
      updatedAt: '2026-03-07T08:00:00.000Z',
    });
    expect(read.day.logs[1]).toMatchObject({ id: 'v1-b', symptomId: 'bloating', note: '' });
  });

  it('is the step a read of a v1 day runs, and leaves the fixture as it was', () => {
    const before = structuredClone(fixture.value);
    const read = readLogDay(fixture.value, berlin);
    expect(read.ok && read.day).toEqual(logDayV1ToV2(fixture.value, berlin));
    expect(fixture.value).toEqual(before);
  });

  it('shows the valid v1 logs of a stored day, and keeps the one it cannot read', async () => {
    await fakeBrowser.storage.local.set({ [fixture.key]: fixture.value });
    const { store, clock } = makeStore({ clock: zoneClock('Europe/Berlin', '2026-03-07T18:00:00Z') });
    expect((await store.listDay('2026-03-07')).map((l) => l.id)).toEqual(['v1-a', 'v1-b']);
    // Nothing is rewritten by reading.
    expect((await fakeBrowser.storage.local.get(fixture.key))[fixture.key]).toEqual(fixture.value);

    await store.add([input(clock, 'itching', 1)]);
    const stored = (await fakeBrowser.storage.local.get(fixture.key))[fixture.key] as { v: number; logs: { id: string }[] };
    expect(stored.v).toBe(2);
    expect(stored.logs.map((l) => l.id)).toEqual(['v1-a', 'v1-b', 'v1-c', expect.stringMatching(/^log-/)]);
    // The unreadable v1 entry (severity 9) is carried over untouched, not dropped.
    expect(stored.logs[2]).toMatchObject({ id: 'v1-c', severity: 9, note: 'typed 9 by mistake' });
    expect((await store.listDay('2026-03-07')).map((l) => l.symptomId)).toEqual(['fatigue', 'bloating', 'itching']);
  });
});
