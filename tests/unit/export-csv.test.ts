/** The CSV files, read back by a real CSV parser (csv-parse), match what was exported, cell for cell. */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from '../../domain/csv';
import { formatOffset, journalCsv, JOURNAL_COLUMNS, LOG_COLUMNS, logsCsv } from '../../domain/export-csv';
import type { JournalEntry } from '../../domain/journal-entry';
import { localDay, localTime } from '../../domain/log-time';
import { byMoment, type SymptomLog } from '../../domain/symptom-log';
import type { Severity } from '../../domain/symptoms';

/** Text a user might type, weighted towards what breaks CSV: commas, quotes, line breaks, formulas, emoji. */
const typed = (max: number) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(',', '"', '\n', '\r\n', '\r', '=', '+', '-', '@', '\t', ';', "'", ' ', 'é', '🙂', '—', '\u202e'),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('').slice(0, max));
const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const offset = fc.integer({ min: -720, max: 840 });
const meta = { id: fc.uuid(), at: instant, offsetMin: offset, createdAt: instant, updatedAt: instant };

const logArb: fc.Arbitrary<SymptomLog> = fc.record({
  ...meta,
  symptomId: fc.constantFrom('fatigue', 'bloating', 'custom-1', 'custom-2'),
  severity: fc.integer({ min: 0, max: 4 }).map((n) => n as Severity),
  note: typed(280),
});
const journalArb: fc.Arbitrary<JournalEntry> = fc.oneof(
  fc.record({
    ...meta,
    note: typed(200),
    kind: fc.constant('food' as const),
    tags: fc.array(
      typed(40).filter((t) => t.trim().length > 0),
      { maxLength: 5 },
    ),
  }),
  fc.record({ ...meta, note: typed(200), kind: fc.constant('stress' as const), level: fc.constantFrom(0, 1, 2, 3, 4 as const) }),
  fc.record({
    ...meta,
    note: typed(200),
    kind: fc.constant('sleep' as const),
    hours: fc.integer({ min: 0, max: 96 }).map((q) => q / 4),
    quality: fc.constantFrom(1, 2, 3, 4, 5 as const),
  }),
  fc.record({
    ...meta,
    note: typed(200),
    kind: fc.constant('movement' as const),
    activity: typed(60),
    minutes: fc.option(fc.integer({ min: 1, max: 1440 }), { nil: null }),
  }),
  fc.record({
    ...meta,
    note: typed(200),
    kind: fc.constant('bowel' as const),
    bristol: fc.constantFrom(1, 2, 3, 4, 5, 6, 7 as const),
  }),
  fc.record({ ...meta, note: typed(200), kind: fc.constant('note' as const) }),
);

const names: Record<string, string> = {
  fatigue: 'Fatigue',
  bloating: 'Bloating',
  'custom-1': 'Headache, "bad"',
  'custom-2': '=1+1',
};
const read = (text: string): string[][] => parse(text, { bom: true, relax_quotes: false });
const when = (item: { at: string; offsetMin: number }) => [
  localDay(Date.parse(item.at), item.offsetMin),
  localTime(Date.parse(item.at), item.offsetMin),
  formatOffset(item.offsetMin),
];

describe('symptom logs CSV', () => {
  it('reads back as exactly the logs, oldest first', () => {
    fc.assert(
      fc.property(fc.array(logArb, { maxLength: 20 }), (logs) => {
        const rows = read(logsCsv(logs, (id) => names[id]!));
        expect(rows[0]).toEqual([...LOG_COLUMNS]);
        const expected = [...logs]
          .sort(byMoment)
          .map((log) => [...when(log), names[log.symptomId]!, String(log.severity), log.note, log.symptomId, log.at, log.id]);
        expect(rows.slice(1).map((row) => row.map(unguardCell))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('starts with a UTF-8 byte order mark and ends rows with CRLF', () => {
    const text = logsCsv([], () => '');
    expect(text.startsWith('\uFEFFdate,time,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it("guards every text cell, the id and the symptom's name included, not only the note", () => {
    const hostile = '=HYPERLINK("http://x.invalid","click")';
    const log: SymptomLog = {
      id: hostile,
      symptomId: 'custom-1',
      severity: 2,
      at: '2026-11-26T08:00:00.000Z',
      offsetMin: 60,
      note: '',
      createdAt: '2026-11-26T08:00:00.000Z',
      updatedAt: '2026-11-26T08:00:00.000Z',
    };
    const [, row] = read(logsCsv([log], () => '@SUM(A1)'));
    // Only the UTC offset, which Gutwise formats itself, starts with a sign.
    row!.forEach((cell, i) => i !== LOG_COLUMNS.indexOf('utc_offset') && expect(cell).not.toMatch(/^[=+\-@]/));
    expect(row![LOG_COLUMNS.indexOf('id')]).toBe(`'${hostile}`);
    expect(row![LOG_COLUMNS.indexOf('utc_offset')]).toBe('+01:00');
    const [, entryRow] = read(journalCsv([{ ...log, kind: 'note', note: 'n' }]));
    expect(entryRow![JOURNAL_COLUMNS.indexOf('id')]).toBe(`'${hostile}`);
  });

  it('keeps a note that looks like a formula from running as one', () => {
    expect(guardCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(guardCell('-2 since yesterday')).toBe("'-2 since yesterday");
    expect(guardCell('fine')).toBe('fine');
  });
});

describe('journal CSV', () => {
  it('reads back as exactly the entries, one column per detail', () => {
    fc.assert(
      fc.property(fc.array(journalArb, { maxLength: 20 }), (entries) => {
        const rows = read(journalCsv(entries));
        expect(rows[0]).toEqual([...JOURNAL_COLUMNS]);
        const sorted = [...entries].sort(
          (a, b) => Date.parse(a.at) - Date.parse(b.at) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
        );
        rows.slice(1).forEach((row, i) => {
          const entry = sorted[i]!;
          const cell = (name: (typeof JOURNAL_COLUMNS)[number]) => row[JOURNAL_COLUMNS.indexOf(name)]!;
          expect([cell('date'), cell('time'), cell('utc_offset')]).toEqual(when(entry));
          expect(cell('kind')).toBe(entry.kind);
          expect(unguardCell(cell('note'))).toBe(entry.note);
          expect(unguardCell(cell('id'))).toBe(entry.id);
          if (entry.kind === 'food') expect(unguardCell(cell('foods'))).toBe(entry.tags.join('; '));
          if (entry.kind === 'sleep')
            expect([Number(cell('sleep_hours')), Number(cell('sleep_quality'))]).toEqual([entry.hours, entry.quality]);
          if (entry.kind === 'movement')
            expect([unguardCell(cell('activity')), cell('minutes')]).toEqual([
              entry.activity,
              entry.minutes === null ? '' : String(entry.minutes),
            ]);
          if (entry.kind === 'bowel') expect(cell('bristol_type')).toBe(String(entry.bristol));
          if (entry.kind === 'stress') expect(cell('stress_level')).toBe(String(entry.level));
        });
        expect(rows).toHaveLength(entries.length + 1);
      }),
      { numRuns: 300 },
    );
  });
});
