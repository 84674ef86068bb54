import { describe, expect, it } from 'vitest';
import { localDay, localTime, msUntilNextDay, parseTime, resolveMoment, today, wallTimeToEpoch } from '../../domain/log-time';
import { zoneClock } from '../support/zone-clock';

describe('local day and time of a moment', () => {
  it('uses the offset the log was made in', () => {
    const instant = Date.parse('2026-11-26T23:30:00Z');
    expect(localDay(instant, 0)).toBe('2026-11-26');
    expect(localDay(instant, 60)).toBe('2026-11-27');
    expect(localDay(instant, -300)).toBe('2026-11-26');
    expect(localTime(instant, 60)).toBe('00:30');
  });

  it("knows today in the clock's zone", () => {
    expect(today(zoneClock('Asia/Tokyo', '2026-11-26T16:00:00Z'))).toBe('2026-11-27');
    expect(today(zoneClock('America/New_York', '2026-11-26T03:00:00Z'))).toBe('2026-11-25');
  });
});

describe('back-dating', () => {
  const clock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z'); // 14:00 in Berlin

  it('defaults to now with the current offset', () => {
    expect(resolveMoment({ kind: 'now' }, clock)).toEqual({
      ok: true,
      moment: { epochMs: Date.parse('2026-11-26T13:00:00Z'), offsetMin: 60 },
    });
  });

  it('goes back 30 min, 1 h and 2 h', () => {
    for (const minutes of [30, 60, 120]) {
      const result = resolveMoment({ kind: 'ago', minutes }, clock);
      expect(result.ok && result.moment.epochMs).toBe(clock.now() - minutes * 60_000);
    }
  });

  it('takes a chosen time earlier today, and refuses a time later than now', () => {
    const morning = resolveMoment({ kind: 'at', time: '07:45' }, clock);
    expect(morning.ok && new Date(morning.moment.epochMs).toISOString()).toBe('2026-11-26T06:45:00.000Z');
    expect(resolveMoment({ kind: 'at', time: '15:00' }, clock)).toEqual({ ok: false, error: 'future' });
    expect(resolveMoment({ kind: 'at', time: '25:00' }, clock)).toEqual({ ok: false, error: 'badTime' });
    expect(resolveMoment({ kind: 'at', time: '7:45' }, clock)).toEqual({ ok: false, error: 'badTime' });
  });

  it('gives a back-dated moment the offset it had, across the autumn clock change', () => {
    // 2026-10-25 in Berlin: clocks go from 03:00 CEST back to 02:00 CET (01:00 UTC).
    const afterChange = zoneClock('Europe/Berlin', '2026-10-25T02:00:00Z'); // 03:00 CET
    const result = resolveMoment({ kind: 'ago', minutes: 120 }, afterChange);
    expect(result.ok && result.moment.offsetMin).toBe(120);
    const chosen = resolveMoment({ kind: 'at', time: '01:30' }, afterChange);
    expect(chosen.ok && new Date(chosen.moment.epochMs).toISOString()).toBe('2026-10-24T23:30:00.000Z');
  });

  it('lands a time skipped by the spring change just after it', () => {
    // 2026-03-08 in New York: 02:00 EST jumps to 03:00 EDT. 02:30 does not exist.
    const clockNy = zoneClock('America/New_York', '2026-03-08T16:00:00Z');
    const epoch = wallTimeToEpoch('2026-03-08', 150, clockNy);
    expect(localTime(epoch, clockNy.offsetAt(epoch))).toBe('03:30');
  });

  it('parses 24-hour times only', () => {
    expect(parseTime('00:00')).toBe(0);
    expect(parseTime('23:59')).toBe(1439);
    expect(parseTime('24:00')).toBeUndefined();
    expect(parseTime('noon')).toBeUndefined();
  });
});

describe('next local midnight', () => {
  it('is the time left in the local day', () => {
    const clock = zoneClock('Europe/Berlin', '2026-11-26T22:30:00Z'); // 23:30 local
    expect(msUntilNextDay(clock)).toBe(30 * 60_000);
  });

  it('counts a 25-hour day on the autumn change', () => {
    const clock = zoneClock('Europe/Berlin', '2026-10-24T22:00:00Z'); // midnight starting the 25th
    expect(msUntilNextDay(clock)).toBe(25 * 3_600_000);
  });
});
