import { describe, expect, it } from 'vitest';
import { nextLocalMidnight } from '../../domain/local-date';
import { today } from '../../domain/log-time';
import { markDay, pausePlan, resumePlan, startCycle } from '../../domain/plan-actions';
import { planDayOn, planSnapshot } from '../../domain/plan-progress';
import { EMPTY_PLAN, type PlanCycle, type PlanState } from '../../domain/plan-state';
import type { Clock } from '../../domain/clock';
import { zoneClock } from '../support/zone-clock';

/** A clock fixed at an instant, in a zone; `travel` models the computer's zone changing. */
function clockAt(iso: string, timeZone: string): Clock {
  return zoneClock(timeZone, iso);
}

const cycle = (start: string, extra: Partial<PlanCycle> = {}): PlanCycle => ({
  number: 1,
  start,
  marks: {},
  pauses: [],
  reflection: '',
  ...extra,
});
const dayAt = (c: PlanCycle, clock: Clock) => planDayOn(c, today(clock));

describe('plan day counts local calendar days, not 24-hour blocks', () => {
  it('America/New_York 2026-03-08: started the evening before, day 2 all of the 23-hour day, day 3 at local midnight', () => {
    const c = cycle('2026-03-07');
    expect(dayAt(c, clockAt('2026-03-07T23:30:00-05:00', 'America/New_York'))).toBe(1);
    expect(dayAt(c, clockAt('2026-03-08T00:00:00-05:00', 'America/New_York'))).toBe(2);
    // 22.5 hours after the 23:30 start: a 24-hour count would still say day 1.
    expect(dayAt(c, clockAt('2026-03-08T23:00:00-04:00', 'America/New_York'))).toBe(2);
    expect(dayAt(c, clockAt('2026-03-08T23:59:59-04:00', 'America/New_York'))).toBe(2);
    expect(dayAt(c, clockAt('2026-03-09T00:00:00-04:00', 'America/New_York'))).toBe(3);
  });

  it('America/New_York 2026-11-01: the 25-hour day is one plan day', () => {
    const c = cycle('2026-10-31');
    expect(dayAt(c, clockAt('2026-11-01T00:00:00-04:00', 'America/New_York'))).toBe(2);
    expect(dayAt(c, clockAt('2026-11-01T01:30:00-04:00', 'America/New_York'))).toBe(2);
    expect(dayAt(c, clockAt('2026-11-01T01:30:00-05:00', 'America/New_York'))).toBe(2);
    expect(dayAt(c, clockAt('2026-11-01T23:59:00-05:00', 'America/New_York'))).toBe(2);
    expect(dayAt(c, clockAt('2026-11-02T00:00:00-05:00', 'America/New_York'))).toBe(3);
  });

  it('Europe/Berlin 2026-03-29: day turns at local midnight either side of the short day', () => {
    const c = cycle('2026-03-27');
    expect(dayAt(c, clockAt('2026-03-28T23:59:00+01:00', 'Europe/Berlin'))).toBe(2);
    expect(dayAt(c, clockAt('2026-03-29T00:00:00+01:00', 'Europe/Berlin'))).toBe(3);
    expect(dayAt(c, clockAt('2026-03-29T03:00:00+02:00', 'Europe/Berlin'))).toBe(3);
    expect(dayAt(c, clockAt('2026-03-30T00:00:00+02:00', 'Europe/Berlin'))).toBe(4);
  });

  it('Europe/Berlin 2026-10-25: the long day is one plan day, and the midnight alarm lands on the next one', () => {
    const c = cycle('2026-10-19');
    const evening = clockAt('2026-10-24T21:00:00+02:00', 'Europe/Berlin');
    expect(dayAt(c, evening)).toBe(6);
    const midnight = nextLocalMidnight(evening.now(), 'Europe/Berlin');
    expect(dayAt(c, zoneClock('Europe/Berlin', midnight))).toBe(7);
    const after25h = midnight + 25 * 3_600_000;
    expect(dayAt(c, zoneClock('Europe/Berlin', after25h - 1))).toBe(7);
    expect(dayAt(c, zoneClock('Europe/Berlin', after25h))).toBe(8);
  });
});

describe('a time-zone change mid-plan (travel)', () => {
  // Started 2026-06-01 in Berlin. At 2026-06-04T22:30Z it is 00:30 on the 5th in Berlin but 18:30 on the 4th in New York.
  const c = cycle('2026-06-01');
  const instant = '2026-06-04T22:30:00Z';

  it('follows the wall calendar of the zone the computer is in now', () => {
    expect(dayAt(c, clockAt(instant, 'Europe/Berlin'))).toBe(5);
    expect(dayAt(c, clockAt(instant, 'America/New_York'))).toBe(4);
  });

  it('after flying west the day turns at New York midnight, not Berlin midnight', () => {
    const turn = nextLocalMidnight(Date.parse(instant), 'America/New_York');
    expect(new Date(turn).toISOString()).toBe('2026-06-05T04:00:00.000Z');
    expect(dayAt(c, zoneClock('America/New_York', turn - 1))).toBe(4);
    expect(dayAt(c, zoneClock('America/New_York', turn))).toBe(5);
  });

  it('marks stay with their plan day, wherever the user is', () => {
    const berlin = clockAt('2026-06-03T20:00:00+02:00', 'Europe/Berlin');
    const state: PlanState = markDay({ ...EMPTY_PLAN, cycle: c, cyclesStarted: 1 }, 3, 'done', today(berlin));
    const tokyo = clockAt('2026-06-04T08:00:00+09:00', 'Asia/Tokyo');
    const snap = planSnapshot(state, today(tokyo));
    expect(snap.kind === 'active' && snap.day).toBe(4);
    expect(snap.kind === 'active' && snap.strip.map((d) => d.status)).toEqual([
      'missed',
      'missed',
      'done',
      'today',
      'ahead',
      'ahead',
      'ahead',
    ]);
  });
});

describe('pause', () => {
  it('days do not advance while paused; resuming continues on the day the user paused on', () => {
    let state = startCycle(EMPTY_PLAN, '2026-03-06');
    state = markDay(state, 1, 'done', '2026-03-06');
    state = pausePlan(state, '2026-03-08'); // on day 3, during a flare
    for (const date of ['2026-03-08', '2026-03-09', '2026-03-12']) {
      const snap = planSnapshot(state, date);
      expect(snap.kind === 'active' && [snap.day, snap.paused]).toEqual([3, true]);
    }
    state = resumePlan(state, '2026-03-12');
    const resumed = planSnapshot(state, '2026-03-12');
    expect(resumed.kind === 'active' && [resumed.day, resumed.paused]).toEqual([3, false]);
    const next = planSnapshot(state, '2026-03-13');
    expect(next.kind === 'active' && next.day).toBe(4);
    // The four paused dates add no misses: day 2 and day 3 are missed because each passed unmarked once.
    expect(next.kind === 'active' && next.strip.map((d) => d.status)).toEqual([
      'done',
      'missed',
      'missed',
      'today',
      'ahead',
      'ahead',
      'ahead',
    ]);
  });

  it('pausing and resuming on the same day changes nothing', () => {
    const started = startCycle(EMPTY_PLAN, '2026-03-06');
    const state = resumePlan(pausePlan(started, '2026-03-07'), '2026-03-07');
    expect(state.cycle?.pauses).toEqual([]);
    expect(planSnapshot(state, '2026-03-08')).toEqual(planSnapshot(started, '2026-03-08'));
  });

  it('pausing again on the day of resuming reopens the same pause', () => {
    let state = startCycle(EMPTY_PLAN, '2026-03-01');
    state = pausePlan(state, '2026-03-02');
    state = resumePlan(state, '2026-03-05');
    state = pausePlan(state, '2026-03-05');
    expect(state.cycle?.pauses).toEqual([{ from: '2026-03-02' }]);
  });
});

describe('snapshot phases', () => {
  it('no plan, a plan starting later, and the reflection once day 7 is over', () => {
    expect(planSnapshot(EMPTY_PLAN, '2026-03-01')).toEqual({ kind: 'none' });
    const state = startCycle(EMPTY_PLAN, '2026-03-05');
    expect(planSnapshot(state, '2026-03-03')).toEqual({ kind: 'upcoming', start: '2026-03-05', daysUntil: 2 });
    const day7 = planSnapshot(state, '2026-03-11');
    expect(day7.kind === 'active' && day7.day).toBe(7);
    const after = planSnapshot(state, '2026-03-12');
    expect(after.kind).toBe('complete');
    expect(after.kind === 'complete' && after.strip.every((d) => d.status === 'missed')).toBe(true);
  });

  it('marking day 7 completes the cycle on day 7 itself', () => {
    const state = markDay(startCycle(EMPTY_PLAN, '2026-03-05'), 7, 'done', '2026-03-11');
    const snap = planSnapshot(state, '2026-03-11');
    expect(snap.kind === 'complete' && [snap.doneCount, snap.strip[6]]).toEqual([1, { day: 7, status: 'done', isToday: true }]);
  });
});
