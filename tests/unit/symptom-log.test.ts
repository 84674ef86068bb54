import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  byMoment,
  checkNewLog,
  createLog,
  logDay,
  validateSymptomLog,
  type NewLog,
} from '../../domain/symptom-log';

const NOW = Date.parse('2026-11-26T13:00:00Z');
const input: NewLog = {
  symptomId: 'fatigue',
  severity: 2,
  moment: { epochMs: NOW - 60_000, offsetMin: 60 },
  note: ' after lunch ',
};

describe('a new log', () => {
  it('records symptom, severity, moment with offset, trimmed note and both times', () => {
    expect(checkNewLog(input, NOW)).toBeUndefined();
    expect(createLog(input, 'id-1', NOW)).toEqual({
      id: 'id-1',
      symptomId: 'fatigue',
      severity: 2,
      at: '2026-11-26T12:59:00.000Z',
      offsetMin: 60,
      note: 'after lunch',
      createdAt: '2026-11-26T13:00:00.000Z',
      updatedAt: '2026-11-26T13:00:00.000Z',
    });
  });

  it('names what is wrong with bad input', () => {
    expect(checkNewLog({ ...input, symptomId: 'headache' }, NOW)).toBe('symptom');
    expect(checkNewLog({ ...input, severity: 5 as never }, NOW)).toBe('severity');
    expect(checkNewLog({ ...input, moment: { epochMs: Number.NaN, offsetMin: 0 } }, NOW)).toBe('moment');
    expect(checkNewLog({ ...input, moment: { epochMs: NOW + 3_600_000, offsetMin: 0 } }, NOW)).toBe('future');
    expect(checkNewLog({ ...input, moment: { epochMs: NOW, offsetMin: 15 * 60 } }, NOW)).toBe('offset');
    expect(checkNewLog({ ...input, moment: { epochMs: NOW, offsetMin: 1.5 } }, NOW)).toBe('offset');
    expect(checkNewLog({ ...input, note: 'x'.repeat(281) }, NOW)).toBe('noteTooLong');
    expect(checkNewLog({ ...input, note: 3 as never }, NOW)).toBe('note');
  });
});

describe('stored logs', () => {
  const log = createLog(input, 'id-1', NOW);

  it('are accepted in the current shape, extra fields dropped', () => {
    expect(validateSymptomLog({ ...log, extra: true })).toEqual(log);
  });

  it('are refused when any field is damaged', () => {
    const damaged = [
      { ...log, id: '' },
      { ...log, symptomId: 'x' },
      { ...log, severity: '2' },
      { ...log, at: 'yesterday' },
      { ...log, at: '2026-11-26T12:59:00Z' /* not canonical */ },
      { ...log, offsetMin: 'CET' },
      { ...log, note: null },
      { ...log, createdAt: 5 },
      null,
      'log',
      [log],
    ];
    for (const value of damaged) expect(validateSymptomLog(value), JSON.stringify(value)).toBeUndefined();
  });

  it('belong to the local day of their own offset', () => {
    expect(logDay({ at: '2026-11-26T23:30:00.000Z', offsetMin: 60 })).toBe('2026-11-27');
    expect(logDay({ at: '2026-11-26T23:30:00.000Z', offsetMin: -300 })).toBe('2026-11-26');
  });

  it('keep their creation time and id when edited, and stamp the edit', () => {
    const edited = applyChanges(log, { severity: 4, note: 'worse' }, NOW + 1000);
    expect(edited).toMatchObject({
      id: 'id-1',
      severity: 4,
      note: 'worse',
      createdAt: log.createdAt,
      updatedAt: '2026-11-26T13:00:01.000Z',
    });
  });

  it('sort by moment, then creation', () => {
    const a = createLog({ ...input, moment: { epochMs: NOW - 120_000, offsetMin: 60 } }, 'a', NOW);
    const b = createLog(input, 'b', NOW);
    expect([b, a].sort(byMoment).map((l) => l.id)).toEqual(['a', 'b']);
  });
});
