import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeDays } from '../../../domain/insights/day-summary';
import { createEntry, type EntryDetails, type JournalEntry } from '../../../domain/journal-entry';
import { createLog, type SymptomLog } from '../../../domain/symptom-log';
import type { Severity } from '../../../domain/symptoms';

const at = (wall: string) => Date.parse(`${wall}:00.000Z`);
let n = 0;
const log = (wall: string, symptomId: string, severity: number, offsetMin = 0): SymptomLog =>
  createLog(
    { symptomId, severity: severity as Severity, moment: { epochMs: at(wall), offsetMin }, note: '' },
    `l${++n}`,
    at(wall),
  );
const entry = (wall: string, details: EntryDetails, offsetMin = 0): JournalEntry =>
  createEntry(
    { details, moment: { epochMs: at(wall), offsetMin }, note: details.kind === 'note' ? 'x' : '' },
    `e${++n}`,
    at(wall),
  );

describe('day summaries', () => {
  it('keeps each symptom’s highest and average severity and the day’s journal, by local day', () => {
    const [day] = summarizeDays(
      [log('2026-03-02T08:00', 'bloating', 1), log('2026-03-02T20:00', 'bloating', 3), log('2026-03-02T21:00', 'fatigue', 2)],
      [
        entry('2026-03-02T12:00', { kind: 'food', tags: ['Dairy', 'bread'] }),
        entry('2026-03-02T18:00', { kind: 'food', tags: ['dairy'] }),
        entry('2026-03-02T07:00', { kind: 'sleep', hours: 5.5, quality: 2 }),
        entry('2026-03-02T10:00', { kind: 'stress', level: 1 }),
        entry('2026-03-02T16:00', { kind: 'stress', level: 3 }),
        entry('2026-03-02T09:00', { kind: 'bowel', bristol: 6 }),
      ],
    );
    expect(day).toEqual({
      day: '2026-03-02',
      symptoms: { bloating: { max: 3, sum: 4, count: 2 }, fatigue: { max: 2, sum: 2, count: 1 } },
      foods: { dairy: 'Dairy', bread: 'bread' },
      stress: 3,
      sleep: { hours: 5.5, quality: 2 },
      movement: false,
      journal: true,
      bristol: [6],
    });
  });

  it('puts a late-evening log on the day of the wall calendar it was made on', () => {
    // 23:30 UTC is 00:30 the next day at UTC+1.
    const days = summarizeDays([log('2026-03-02T23:30', 'bloating', 2, 60)], []);
    expect(days.map((d) => d.day)).toEqual(['2026-03-03']);
  });

  it('gives the same summaries whatever order the records come in', () => {
    const logArb = fc.record({
      day: fc.integer({ min: 1, max: 9 }),
      symptom: fc.constantFrom('bloating', 'fatigue'),
      severity: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(logArb, { maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 10 }),
        (items, foods) => {
          const logs = items.map((i) => log(`2026-03-0${i.day}T10:00`, i.symptom, i.severity));
          const entries = foods.map((d, i) => entry(`2026-03-0${d}T12:00`, { kind: 'food', tags: [i % 2 ? 'dairy' : 'rice'] }));
          const forward = summarizeDays(logs, entries);
          expect(summarizeDays([...logs].reverse(), [...entries].reverse())).toEqual(forward);
          for (const day of forward) {
            for (const s of Object.values(day.symptoms)) expect(s.max).toBeGreaterThanOrEqual(s.sum / s.count);
          }
          expect(forward.map((d) => d.day)).toEqual([...new Set(forward.map((d) => d.day))].sort());
        },
      ),
    );
  });
});
