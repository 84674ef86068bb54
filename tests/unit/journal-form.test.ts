import { describe, expect, it } from 'vitest';
import { emptyForm, formFromEntry, formToEntry, isBlankForm, parseHours, validateEntryForm } from '../../domain/journal-form';
import { entryAt, food } from '../support/journal-fixture';
import { zoneClock } from '../support/zone-clock';

const clock = () => zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');

describe('the entry form', () => {
  it('turns a food form into an entry now, adding the tag still being typed', () => {
    const form = { ...emptyForm('food'), tags: ['gluten'], tagText: 'dairy, Gluten', note: ' pizza ' };
    expect(formToEntry(form, clock())).toEqual({
      ok: true,
      input: {
        details: { kind: 'food', tags: ['gluten', 'dairy'] },
        note: ' pizza ',
        moment: { epochMs: Date.parse('2026-11-26T13:00:00Z'), offsetMin: 60 },
      },
    });
  });

  it('reads scales and numbers as typed, and names what is wrong', () => {
    const c = clock();
    expect(formToEntry({ ...emptyForm('stress'), level: '3' }, c)).toMatchObject({
      ok: true,
      input: { details: { kind: 'stress', level: 3 } },
    });
    expect(formToEntry(emptyForm('stress'), c)).toEqual({ ok: false, error: 'level' });
    expect(formToEntry({ ...emptyForm('sleep'), hours: '7,5', quality: '4' }, c)).toMatchObject({
      ok: true,
      input: { details: { hours: 7.5, quality: 4 } },
    });
    expect(formToEntry({ ...emptyForm('sleep'), hours: 'lots', quality: '4' }, c)).toEqual({ ok: false, error: 'hours' });
    expect(formToEntry({ ...emptyForm('movement'), activity: 'swim', minutes: '45' }, c)).toMatchObject({
      ok: true,
      input: { details: { activity: 'swim', minutes: 45 } },
    });
    expect(formToEntry({ ...emptyForm('movement'), activity: 'swim', minutes: 'an hour' }, c)).toEqual({
      ok: false,
      error: 'minutes',
    });
    expect(formToEntry({ ...emptyForm('bowel'), bristol: '4' }, c)).toMatchObject({
      ok: true,
      input: { details: { kind: 'bowel', bristol: 4 } },
    });
    expect(formToEntry(emptyForm('bowel'), c)).toEqual({ ok: false, error: 'bristol' });
    expect(formToEntry(emptyForm('note'), c)).toEqual({ ok: false, error: 'noteEmpty' });
  });

  it('accepts hours as 7, 7.5, 7,5 or 7:30', () => {
    expect([parseHours('7'), parseHours('7.5'), parseHours('7,5'), parseHours('7:30'), parseHours('7:7')]).toEqual([
      7,
      7.5,
      7.5,
      7.5,
      Number.NaN,
    ]);
  });

  it('dates an entry at a typed day and time in the current zone, and refuses bad or future ones', () => {
    const c = clock();
    const form = { ...emptyForm('note'), note: 'x', when: { mode: 'at' as const, date: '2026-07-01', time: '08:15' } };
    expect(formToEntry(form, c)).toMatchObject({
      ok: true,
      input: { moment: { epochMs: Date.parse('2026-07-01T06:15:00Z'), offsetMin: 120 } },
    });
    expect(formToEntry({ ...form, when: { mode: 'at', date: '2026-02-30', time: '08:15' } }, c)).toEqual({
      ok: false,
      error: 'badDate',
    });
    expect(formToEntry({ ...form, when: { mode: 'at', date: '2026-07-01', time: '8h' } }, c)).toEqual({
      ok: false,
      error: 'badTime',
    });
    expect(formToEntry({ ...form, when: { mode: 'at', date: '2026-11-26', time: '18:00' } }, c)).toEqual({
      ok: false,
      error: 'future',
    });
  });

  it('fills from an entry for editing and gives the same entry back untouched, in its own offset', () => {
    const entry = {
      ...entryAt('2026-11-20T19:45', food('rice', 'kimchi'), 'dinner'),
      offsetMin: -300,
      at: '2026-11-21T00:45:00.000Z',
    };
    const form = formFromEntry(entry);
    expect(form).toMatchObject({
      kind: 'food',
      tags: ['rice', 'kimchi'],
      note: 'dinner',
      when: { mode: 'at', date: '2026-11-20', time: '19:45' },
    });
    expect(formToEntry(form, clock(), entry)).toMatchObject({
      ok: true,
      input: { moment: { epochMs: Date.parse(entry.at), offsetMin: -300 } },
    });
    const moved = formToEntry({ ...form, when: { mode: 'at', date: '2026-11-20', time: '20:00' } }, clock(), entry);
    expect(moved).toMatchObject({
      ok: true,
      input: { moment: { epochMs: Date.parse('2026-11-21T01:00:00Z'), offsetMin: -300 } },
    });
  });

  it('knows a blank form, and validates a stored draft', () => {
    expect(isBlankForm(emptyForm('food'))).toBe(true);
    expect(isBlankForm({ ...emptyForm('food'), tagText: 'g' })).toBe(false);
    const draft = { ...emptyForm('food'), tags: ['gluten'], note: 'half' };
    expect(validateEntryForm(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
    expect(validateEntryForm({ ...draft, kind: 'meal' })).toBeUndefined();
    expect(validateEntryForm({ ...draft, note: 1 })).toBeUndefined();
    expect(validateEntryForm({ ...draft, when: { mode: 'at', date: 3 } })).toBeUndefined();
    expect(validateEntryForm(null)).toBeUndefined();
  });
});
