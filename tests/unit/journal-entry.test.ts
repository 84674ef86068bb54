import { describe, expect, it } from 'vitest';
import {
  checkNewEntry,
  createEntry,
  entryDay,
  reviseEntry,
  validateJournalEntry,
  type EntryDetails,
  type NewEntry,
} from '../../domain/journal-entry';
import { entryAt, food } from '../support/journal-fixture';

const NOW = Date.parse('2026-11-26T13:00:00Z');
const at = (details: EntryDetails, note = '', epochMs = NOW - 60_000): NewEntry => ({
  details,
  note,
  moment: { epochMs, offsetMin: 60 },
});

describe('what makes an entry valid', () => {
  it('accepts every kind with its fields', () => {
    for (const details of [
      food('gluten', 'dairy'),
      { kind: 'stress', level: 0 },
      { kind: 'stress', level: 4 },
      { kind: 'sleep', hours: 7.5, quality: 3 },
      { kind: 'sleep', hours: 0, quality: 1 },
      { kind: 'movement', activity: 'walk', minutes: 30 },
      { kind: 'movement', activity: '', minutes: 20 },
      { kind: 'movement', activity: 'yoga', minutes: null },
      { kind: 'bowel', bristol: 1 },
      { kind: 'bowel', bristol: 7 },
    ] as EntryDetails[]) {
      expect(checkNewEntry(at(details), NOW), JSON.stringify(details)).toBeUndefined();
    }
    expect(checkNewEntry(at({ kind: 'note' }, 'felt calm today'), NOW)).toBeUndefined();
  });

  it('names the first problem of a bad input', () => {
    const cases: [NewEntry, string][] = [
      [at(food()), 'foodEmpty'],
      [at({ kind: 'note' }, '   '), 'noteEmpty'],
      [at({ kind: 'stress', level: 5 } as never), 'level'],
      [at({ kind: 'stress', level: 1.5 } as never), 'level'],
      [at({ kind: 'sleep', hours: 7.3, quality: 3 } as never), 'hours'],
      [at({ kind: 'sleep', hours: 25, quality: 3 } as never), 'hours'],
      [at({ kind: 'sleep', hours: 8, quality: 0 } as never), 'quality'],
      [at({ kind: 'movement', activity: ' ', minutes: null }), 'movementEmpty'],
      [at({ kind: 'movement', activity: 'x'.repeat(61), minutes: 5 }), 'activityTooLong'],
      [at({ kind: 'movement', activity: 'walk', minutes: 0 }), 'minutes'],
      [at({ kind: 'bowel', bristol: 8 } as never), 'bristol'],
      [at({ kind: 'meal' } as never), 'kind'],
      [at(food('a,b')), 'tagInvalid'],
      [at(food('gluten', 'Gluten')), 'tagInvalid'],
      [at(food('x'.repeat(41))), 'tagTooLong'],
      [at(food(...Array.from({ length: 21 }, (_, i) => `t${i}`))), 'tooManyTags'],
      [at(food('rice'), 'x'.repeat(1001)), 'noteTooLong'],
      [at(food('rice'), '', NOW + 120_000), 'future'],
      [at(food('rice'), '', Number.NaN), 'moment'],
      [{ ...at(food('rice')), moment: { epochMs: NOW, offsetMin: 15 * 60 } }, 'offset'],
    ];
    for (const [input, error] of cases) expect(checkNewEntry(input, NOW), error).toBe(error);
  });

  it('a food entry may be just a note ("lunch at my mother\'s")', () => {
    expect(checkNewEntry(at(food(), "lunch at my mother's"), NOW)).toBeUndefined();
  });
});

describe('stored entries', () => {
  it('are built clean: trimmed note and activity, only the fields of their kind', () => {
    const entry = createEntry(
      at({ kind: 'movement', activity: '  walk ', minutes: 30, tags: ['x'] } as never, '  nice  '),
      'id-1',
      NOW,
    );
    expect(entry).toEqual({
      id: 'id-1',
      kind: 'movement',
      activity: 'walk',
      minutes: 30,
      at: '2026-11-26T12:59:00.000Z',
      offsetMin: 60,
      note: 'nice',
      createdAt: '2026-11-26T13:00:00.000Z',
      updatedAt: '2026-11-26T13:00:00.000Z',
    });
  });

  it('keep their id and creation time when revised', () => {
    const entry = entryAt('2026-11-26T08:00', food('oats'));
    const revised = reviseEntry(entry, at({ kind: 'stress', level: 2 }, 'meeting'), NOW);
    expect(revised).toMatchObject({
      id: entry.id,
      createdAt: entry.createdAt,
      kind: 'stress',
      level: 2,
      note: 'meeting',
      updatedAt: new Date(NOW).toISOString(),
    });
    expect('tags' in revised).toBe(false);
  });

  it('validate on read: a good one comes back equal, extra fields are left out, a bad one is refused', () => {
    const entry = entryAt('2026-11-26T08:00', food('oats', 'honey'), 'breakfast');
    expect(validateJournalEntry(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
    expect(validateJournalEntry({ ...entry, extra: 1 })).toEqual(entry);
    for (const bad of [
      null,
      'x',
      { ...entry, id: '' },
      { ...entry, at: 'yesterday' },
      { ...entry, kind: 'meal' },
      { ...entry, tags: 'oats' },
      { ...entry, note: 5 },
      { ...entry, offsetMin: 1.5 },
    ]) {
      expect(validateJournalEntry(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('belong to the local day of the offset they were written in', () => {
    const lateNight = { at: '2026-11-26T23:30:00.000Z', offsetMin: 60 };
    expect(entryDay(lateNight)).toBe('2026-11-27');
    expect(entryDay({ ...lateNight, offsetMin: -300 })).toBe('2026-11-26');
  });
});
