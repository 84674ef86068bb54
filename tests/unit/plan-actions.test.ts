import { describe, expect, it } from 'vitest';
import {
  checkStartDate,
  chooseHabits,
  clearMark,
  endCycle,
  fileCycle,
  markDay,
  pausePlan,
  resumePlan,
  saveReflection,
  setHabitDone,
  startCycle,
} from '../../domain/plan-actions';
import { planSnapshot } from '../../domain/plan-progress';
import { badgeFace, reminderDue } from '../../domain/plan-badge-and-reminder';
import { EMPTY_PLAN, validatePlanHistory, validatePlanState, type PlanState } from '../../domain/plan-state';

const started = (start = '2026-03-01'): PlanState => startCycle(EMPTY_PLAN, start);

describe('choosing a start date', () => {
  it('accepts today, a past or a future date within a year', () => {
    expect(checkStartDate('2026-03-01', '2026-03-01')).toEqual({ date: '2026-03-01' });
    expect(checkStartDate('2026-02-22', '2026-03-01')).toEqual({ date: '2026-02-22' });
    expect(checkStartDate('2026-03-15', '2026-03-01')).toEqual({ date: '2026-03-15' });
  });

  it('names the problem with an impossible or far-off date', () => {
    expect(checkStartDate('2026-02-30', '2026-03-01')).toEqual({ problem: 'not-a-date' });
    expect(checkStartDate('', '2026-03-01')).toEqual({ problem: 'not-a-date' });
    expect(checkStartDate('2030-01-01', '2026-03-01')).toEqual({ problem: 'too-far' });
  });

  it('starting while a cycle is under way changes nothing', () => {
    const state = started();
    expect(startCycle(state, '2026-03-03')).toBe(state);
  });
});

describe('marking days', () => {
  it('done, skip and undo on today; a past day can still be marked later', () => {
    let state = markDay(started(), 3, 'done', '2026-03-03');
    expect(state.cycle?.marks).toEqual({ 3: 'done' });
    state = markDay(state, 3, 'skipped', '2026-03-03');
    expect(state.cycle?.marks).toEqual({ 3: 'skipped' });
    state = markDay(state, 1, 'done', '2026-03-03');
    state = clearMark(state, 3);
    expect(state.cycle?.marks).toEqual({ 1: 'done' });
  });

  it('a day that has not begun cannot be marked', () => {
    const state = started();
    expect(markDay(state, 4, 'done', '2026-03-03')).toBe(state);
    expect(markDay(state, 0, 'done', '2026-03-03')).toBe(state);
    expect(markDay(started('2026-03-05'), 1, 'done', '2026-03-03').cycle?.marks).toEqual({});
  });

  it('undoing a day without a mark changes nothing', () => {
    const state = started();
    expect(clearMark(state, 2)).toBe(state);
  });
});

describe('after day 7', () => {
  const finished = saveReflection(markDay(started(), 2, 'done', '2026-03-08'), '  Fermented food felt best.  ');

  it('keeps the reflection, trimmed', () => {
    expect(finished.cycle?.reflection).toBe('Fermented food felt best.');
  });

  it('repeat files the cycle in history and starts cycle 2 today', () => {
    const { state, archived } = endCycle(finished, 'repeat', '2026-03-08');
    expect(archived).toMatchObject({
      number: 1,
      start: '2026-03-01',
      ended: '2026-03-08',
      next: 'repeat',
      reflection: 'Fermented food felt best.',
    });
    expect(state.cycle).toEqual({ number: 2, start: '2026-03-08', marks: {}, pauses: [], reflection: '' });
    expect(planSnapshot(state, '2026-03-08')).toMatchObject({ kind: 'active', day: 1 });
  });

  it('keep going turns the chosen habits into daily tasks', () => {
    const { state } = endCycle(finished, 'keep-going', '2026-03-08', ['fermented-food', 'earlier-bedtime']);
    expect(state.cycle).toBeNull();
    let habits = setHabitDone(state, 'fermented-food', true, '2026-03-09');
    expect(planSnapshot(habits, '2026-03-09')).toEqual({
      kind: 'habits',
      habits: ['fermented-food', 'earlier-bedtime'],
      doneToday: ['fermented-food'],
      since: '2026-03-08',
      paused: false,
    });
    expect(badgeFace(planSnapshot(habits, '2026-03-09')).text).toBe('');
    habits = setHabitDone(habits, 'earlier-bedtime', true, '2026-03-09');
    expect(badgeFace(planSnapshot(habits, '2026-03-09')).text).toBe('✓');
    // A new day starts with nothing ticked.
    expect(planSnapshot(habits, '2026-03-10')).toMatchObject({ doneToday: [] });
    expect(chooseHabits(habits, [], '2026-03-10').routine).toBeNull();
  });

  it('repeat and keep going do nothing before the cycle is over; stop works any time', () => {
    const running = started();
    expect(endCycle(running, 'repeat', '2026-03-04').state).toBe(running);
    const { state, archived } = endCycle(pausePlan(running, '2026-03-04'), 'stopped', '2026-03-06');
    expect(state.cycle).toBeNull();
    expect(archived?.pauses).toEqual([{ from: '2026-03-04', until: '2026-03-06' }]);
    expect(endCycle(started('2026-04-01'), 'stopped', '2026-03-06').archived).toBeUndefined();
  });

  it('filing the same cycle twice keeps one copy', () => {
    const { archived } = endCycle(finished, 'repeat', '2026-03-08');
    const history = fileCycle(fileCycle([], archived!), { ...archived!, reflection: 'edited' });
    expect(history).toHaveLength(1);
    expect(history[0]?.reflection).toBe('edited');
  });
});

describe('badge and reminder', () => {
  it('shows the plan day, a check once done, nothing when paused, finished or absent', () => {
    const state = started();
    expect(badgeFace(planSnapshot(state, '2026-03-03'))).toEqual({ text: '3', kind: 'day' });
    expect(badgeFace(planSnapshot(markDay(state, 3, 'skipped', '2026-03-03'), '2026-03-03')).text).toBe('3');
    expect(badgeFace(planSnapshot(markDay(state, 3, 'done', '2026-03-03'), '2026-03-03'))).toEqual({ text: '✓', kind: 'done' });
    expect(badgeFace(planSnapshot(pausePlan(state, '2026-03-03'), '2026-03-03')).text).toBe('');
    expect(badgeFace(planSnapshot(state, '2026-03-09')).text).toBe('');
    expect(badgeFace(planSnapshot(EMPTY_PLAN, '2026-03-09')).text).toBe('');
  });

  it("reminds only while today's task is open", () => {
    const state = started();
    expect(reminderDue(planSnapshot(state, '2026-03-03'))).toBe(true);
    expect(reminderDue(planSnapshot(markDay(state, 3, 'skipped', '2026-03-03'), '2026-03-03'))).toBe(false);
    expect(reminderDue(planSnapshot(pausePlan(state, '2026-03-03'), '2026-03-03'))).toBe(false);
    expect(reminderDue(planSnapshot(EMPTY_PLAN, '2026-03-03'))).toBe(false);
  });
});

describe('pausing "keep going" during a flare', () => {
  const habits = chooseHabits(EMPTY_PLAN, ['hydrate', 'sunlight'], '2026-03-01');

  it('quiets the reminder and the badge until resumed, and keeps the habits', () => {
    expect(reminderDue(planSnapshot(habits, '2026-03-03'))).toBe(true);
    const paused = pausePlan(habits, '2026-03-03');
    expect(planSnapshot(paused, '2026-03-05')).toMatchObject({
      kind: 'habits',
      habits: ['hydrate', 'sunlight'],
      paused: true,
      pausedSince: '2026-03-03',
    });
    expect(reminderDue(planSnapshot(paused, '2026-03-05'))).toBe(false);
    expect(
      badgeFace(
        planSnapshot(
          setHabitDone(setHabitDone(paused, 'hydrate', true, '2026-03-05'), 'sunlight', true, '2026-03-05'),
          '2026-03-05',
        ),
      ).text,
    ).toBe('');
    const resumed = resumePlan(paused, '2026-03-06');
    expect(planSnapshot(resumed, '2026-03-06')).toMatchObject({ kind: 'habits', paused: false });
    expect(reminderDue(planSnapshot(resumed, '2026-03-06'))).toBe(true);
  });

  it('keeps a paused routine through storage, and drops a pause date that is not a date', () => {
    const paused = pausePlan(habits, '2026-03-03');
    expect(validatePlanState(JSON.parse(JSON.stringify(paused)))).toEqual(paused);
    const damaged = { ...paused, routine: { ...paused.routine, pausedSince: 'soon' } };
    expect(validatePlanState(damaged)?.routine).toEqual(habits.routine);
  });
});

describe('stored shapes', () => {
  it('reads back what it writes', () => {
    const state = markDay(pausePlan(started(), '2026-03-02'), 1, 'done', '2026-03-02');
    expect(validatePlanState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('refuses a wrong shape and drops only the broken parts it can', () => {
    expect(validatePlanState('nonsense')).toBeUndefined();
    expect(
      validatePlanState({ cycle: { number: 1, start: '2026-02-30', marks: {}, pauses: [] }, routine: null }),
    ).toBeUndefined();
    const repaired = validatePlanState({
      cycle: { number: 1, start: '2026-03-01', marks: { 1: 'done', 9: 'done', 2: 'maybe' }, pauses: [] },
      routine: null,
      cyclesStarted: 1,
    });
    expect(repaired?.cycle?.marks).toEqual({ 1: 'done' });
    expect(
      validatePlanHistory([
        { number: 1, start: '2026-03-01', marks: {}, pauses: [], reflection: 'ok', ended: '2026-03-08', next: 'repeat' },
        { junk: true },
      ]),
    ).toHaveLength(1);
  });
});
