import { describe, expect, it } from 'vitest';
import { pageRecords, pageCopy } from '../../storage/page-copy';
import { memoryStorage } from '../support/memory-storage';

interface Place {
  view: string;
  progress: { sectionId: string; scrollTop: number; read: string[] };
}
const validatePlace = (value: unknown): Place | undefined => {
  const v = value as Partial<Place> | null;
  return v && typeof v.view === 'string' && v.view !== 'settings' && typeof v.progress?.sectionId === 'string'
    ? (v as Place)
    : undefined;
};
const readingCopy = (store?: Pick<Storage, 'getItem' | 'setItem'>) => pageCopy('gutwise.reading', validatePlace, store);

const place = { view: 'guide' as const, progress: { sectionId: 'myths', scrollTop: 120, read: ['introduction'] } };

describe('page copies', () => {
  it('give back what was written', () => {
    const store = memoryStorage();
    readingCopy(store).write(place);
    expect(readingCopy(store).read()).toEqual(place);
  });

  it('ignore a damaged, foreign or older copy', () => {
    for (const raw of ['not json', '{"v":2,"value":{}}', '{"v":1,"value":{"view":"settings","progress":{}}}', '{"v":1}']) {
      expect(readingCopy(memoryStorage({ 'gutwise.reading': raw })).read(), raw).toBeUndefined();
    }
  });

  it('never throw when localStorage is full or missing', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => readingCopy(full).write(place)).not.toThrow();
    expect(readingCopy(undefined as never).read()).toBeUndefined();
  });
});

describe('pageRecords', () => {
  const validateNote = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

  it('keeps one key per id, reads them all back, and removes one without touching the others', () => {
    const store = memoryStorage({ 'gutwise.other': '{"v":1,"value":"kept"}' });
    const notes = pageRecords('gutwise.note.', validateNote, store);
    notes.write('a', 'first');
    notes.write('b', 'second');
    expect(notes.readAll()).toEqual(
      new Map([
        ['a', 'first'],
        ['b', 'second'],
      ]),
    );
    notes.remove('a');
    expect(notes.readAll()).toEqual(new Map([['b', 'second']]));
    expect([...store.data.keys()].sort()).toEqual(['gutwise.note.b', 'gutwise.other']);
  });

  it('drops damaged, foreign-versioned and invalid records when reading', () => {
    const store = memoryStorage({
      'gutwise.note.ok': '{"v":1,"value":"fine"}',
      'gutwise.note.cut': '{"v":1,"val',
      'gutwise.note.v2': '{"v":2,"value":"later"}',
      'gutwise.note.empty': '{"v":1,"value":""}',
    });
    expect(pageRecords('gutwise.note.', validateNote, store).readAll()).toEqual(new Map([['ok', 'fine']]));
    expect([...store.data.keys()]).toEqual(['gutwise.note.ok']);
  });
});
