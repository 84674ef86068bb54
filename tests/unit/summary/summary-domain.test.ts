import { describe, expect, it } from 'vitest';
import { computeRangeTrends, computeTrends } from '../../../domain/insights/trends';
import { summarizeDays } from '../../../domain/insights/day-summary';
import { addDays } from '../../../domain/local-date';
import { EMPTY_PLAN, type PastCycle, type PlanState } from '../../../domain/plan-state';
import { notesIn } from '../../../domain/summary/notes';
import { periodOf } from '../../../domain/summary/period';
import { cyclesIn } from '../../../domain/summary/plan-cycles';
import { redFlagLogsIn } from '../../../domain/summary/red-flag-logs';
import { buildSummary } from '../../../domain/summary/summary';
import { weeklyRows } from '../../../domain/summary/weekly-rows';
import { entryAt, logAt } from '../../support/summary-records';

const TODAY = '2026-06-30';

describe('summary period', () => {
  it('is the last 30 or 90 days up to today, or two dates the right way round and not after today', () => {
    expect(periodOf({ kind: 'last', days: 30 }, TODAY)).toEqual({
      ok: true,
      period: { first: '2026-06-01', last: TODAY, length: 30 },
    });
    expect(periodOf({ kind: 'last', days: 90 }, TODAY)).toMatchObject({ period: { first: '2026-04-02', length: 90 } });
    expect(periodOf({ kind: 'between', from: '2026-03-01', to: '2026-03-31' }, TODAY)).toEqual({
      ok: true,
      period: { first: '2026-03-01', last: '2026-03-31', length: 31 },
    });
    expect(periodOf({ kind: 'between', from: '2026-03-31', to: '2026-03-01' }, TODAY)).toEqual({ ok: false, problem: 'order' });
    expect(periodOf({ kind: 'between', from: '2026-02-30', to: '2026-03-01' }, TODAY)).toEqual({ ok: false, problem: 'date' });
    expect(periodOf({ kind: 'between', from: '', to: '2026-03-01' }, TODAY)).toEqual({ ok: false, problem: 'date' });
    expect(periodOf({ kind: 'between', from: '2026-06-01', to: '2026-07-01' }, TODAY)).toEqual({ ok: false, problem: 'future' });
    expect(periodOf({ kind: 'between', from: '2020-01-01', to: TODAY }, TODAY)).toEqual({ ok: false, problem: 'tooLong' });
  });
});

describe('trends over two dates', () => {
  it('give the same figures as Insights for a period ending today', () => {
    const logs = Array.from({ length: 60 }, (_, i) =>
      logAt(addDays(TODAY, -i), '09:00', 'bloating', ((i * 7) % 5) as 0 | 1 | 2 | 3 | 4),
    );
    const days = summarizeDays(logs, []);
    const { period: _p, ...insights } = computeTrends(days, 30, TODAY);
    const { length, ...range } = computeRangeTrends(days, '2026-06-01', TODAY);
    expect(length).toBe(30);
    expect(range).toEqual(insights);
  });

  it('cover a past run of days and compare it with as many days before', () => {
    const logs = [
      logAt('2026-03-05', '09:00', 'fatigue', 3),
      logAt('2026-03-06', '09:00', 'fatigue', 1),
      logAt('2026-03-20', '09:00', 'fatigue', 4),
    ];
    const { symptoms, length, step } = computeRangeTrends(summarizeDays(logs, []), '2026-03-01', '2026-03-10');
    expect(length).toBe(10);
    expect(step).toBe('day');
    expect(symptoms[0]).toMatchObject({ id: 'fatigue', days: 2, average: 2, highest: 3, previous: { days: 0 } });
    expect(symptoms[0]?.points).toHaveLength(10);
  });
});

describe('red-flag logs', () => {
  it('are every log of the period that is a red flag (the two symptoms, or severe and up), oldest first', () => {
    const logs = [
      logAt('2026-06-20', '18:30', 'bloating', 3, 'after dinner'),
      logAt('2026-06-10', '07:05', 'blood-in-stool', 1, 'small amount'),
      logAt('2026-06-11', '08:00', 'fatigue', 2),
      logAt('2026-06-12', '08:00', 'blood-in-stool', 0),
      logAt('2026-05-01', '08:00', 'joint-pain', 4, 'before the period'),
      logAt('2026-06-30', '23:50', 'unexplained-weight-loss', 1, '', 120),
    ];
    const found = redFlagLogsIn(logs, { first: '2026-06-01', last: TODAY });
    expect(found.map((log) => [log.symptomId, log.note])).toEqual([
      ['blood-in-stool', 'small amount'],
      ['bloating', 'after dinner'],
      ['unexplained-weight-loss', ''],
    ]);
  });
});

describe('notes', () => {
  it('list every note of the period from logs and entries, oldest first, with the wall-clock time', () => {
    const notes = notesIn(
      [
        logAt('2026-06-02', '21:15', 'fatigue', 2, 'long day'),
        logAt('2026-06-03', '10:00', 'fatigue', 1),
        logAt('2026-05-02', '10:00', 'fatigue', 1, 'too early'),
      ],
      [
        entryAt('2026-06-01', '12:30', { kind: 'note' }, 'Started new job'),
        entryAt('2026-06-04', '08:00', { kind: 'food', tags: ['oats'] }, '  '),
      ],
      { first: '2026-06-01', last: TODAY },
    );
    expect(notes.map((n) => [n.day, n.time, n.text, n.on.kind])).toEqual([
      ['2026-06-01', '12:30', 'Started new job', 'entry'],
      ['2026-06-02', '21:15', 'long day', 'log'],
    ]);
  });
});

describe('plan cycles', () => {
  const past: PastCycle = {
    number: 1,
    start: '2026-06-01',
    marks: { 1: 'done', 2: 'done', 3: 'skipped', 5: 'done' },
    pauses: [{ from: '2026-06-04', until: '2026-06-06' }],
    reflection: 'More water helped me remember. ',
    ended: '2026-06-09',
    next: 'stopped',
  };
  it('count days done, skipped, missed and paused, with the reflection, for cycles overlapping the period', () => {
    const plan: PlanState = {
      ...EMPTY_PLAN,
      cycle: { number: 2, start: '2026-06-27', marks: { 1: 'done' }, pauses: [], reflection: '' },
      cyclesStarted: 2,
    };
    const cycles = cyclesIn(plan, [past], { first: '2026-06-01', last: TODAY }, TODAY);
    expect(cycles).toEqual([
      {
        number: 1,
        start: '2026-06-01',
        ended: '2026-06-09',
        done: 3,
        skipped: 1,
        missed: 3,
        paused: 2,
        reflection: 'More water helped me remember.',
      },
      { number: 2, start: '2026-06-27', ended: null, done: 1, skipped: 0, missed: 2, paused: 0, reflection: '' },
    ]);
    expect(cyclesIn(plan, [past], { first: '2026-03-01', last: '2026-03-31' }, TODAY)).toEqual([]);
  });

  it('do not count the days a stopped cycle never reached as missed', () => {
    const stopped: PastCycle = { ...past, marks: { 1: 'done' }, pauses: [], ended: '2026-06-02' };
    expect(cyclesIn(EMPTY_PLAN, [stopped], { first: '2026-06-01', last: TODAY }, TODAY)[0]).toMatchObject({
      done: 1,
      missed: 1,
      skipped: 0,
    });
  });
});

describe('weekly rows', () => {
  it('give each week of daily points its days with a value, average and highest', () => {
    const points = Array.from({ length: 10 }, (_, i) => ({ day: addDays('2026-06-01', i), value: i === 1 ? null : i % 4 }));
    expect(weeklyRows(points)).toEqual([
      { from: '2026-06-01', to: '2026-06-07', days: 6, average: (0 + 2 + 3 + 0 + 1 + 2) / 6, highest: 3 },
      { from: '2026-06-08', to: '2026-06-10', days: 3, average: (3 + 0 + 1) / 3, highest: 3 },
    ]);
  });
});

describe('buildSummary', () => {
  const records = {
    logs: [] as ReturnType<typeof logAt>[],
    entries: [] as ReturnType<typeof entryAt>[],
    plan: EMPTY_PLAN,
    history: [],
    habits: null,
  };
  it('says a period without records has none', () => {
    const summary = buildSummary(
      { ...records, logs: [logAt('2026-01-05', '09:00', 'fatigue', 2)] },
      { first: '2026-06-01', last: TODAY, length: 30 },
      TODAY,
    );
    expect(summary.hasRecords).toBe(false);
    expect(summary.redFlags).toEqual([]);
    expect(summary.links.links).toEqual([]);
  });

  it('gathers the period’s trends, red flags and notes', () => {
    const logs = [
      logAt('2026-06-10', '07:05', 'blood-in-stool', 1, 'small amount'),
      logAt('2026-06-11', '09:00', 'fatigue', 2, 'tired'),
    ];
    const summary = buildSummary({ ...records, logs }, { first: '2026-06-01', last: TODAY, length: 30 }, TODAY);
    expect(summary.hasRecords).toBe(true);
    expect(summary.trends.symptoms.map((t) => t.id).sort()).toEqual(['blood-in-stool', 'fatigue']);
    expect(summary.redFlags).toHaveLength(1);
    expect(summary.notes.map((n) => n.text)).toEqual(['small amount', 'tired']);
  });
});
