/**
 * Records kept one storage key per local calendar day (`logs:2026-11-26`, `journal:2026-11-26`), so adding a
 * record or reading a day touches one small value however long the history is. Symptom logs and journal
 * entries are two formats of the same thing (storage/symptom-log-days.ts, storage/journal-days.ts); this is
 * the one way a stored day is read, upgraded and written for both.
 *
 * A day value carries its own version, `{ v, <list>: [...] }`, so a day copied verbatim (export, import,
 * backup) still says which shape it has. Days upgrade lazily, one migration step per version
 * (storage/migrations/): when read, and for good on their next write, never all of history at once. Records
 * that fail validation are kept as they are, never dropped; the UI leaves them out and says so.
 *
 * No browser import here: benches, tests and export build and read stored values with the same code.
 */
import type { MigrationContext, MigrationStep } from './migrations/migration';

export type { MigrationContext };

/** How one kind of record is kept by day. */
export interface DayFormat<R> {
  /** The version written now. */
  version: number;
  /** The name of the list in the stored value (`logs`, `entries`). */
  list: string;
  // `this: void`: the format is a plain object of functions, handed around one by one (`days.map(format.keyOf)`).
  keyOf(this: void, day: string): string;
  /** The day of one of this format's keys, or undefined for any other key. */
  dayOf(this: void, key: string): string | undefined;
  /** The local day a record is filed under. */
  dayOfRecord(this: void, record: R): string;
  /** `steps[n]` turns a version n-1 value into version n. */
  steps: Readonly<Record<number, MigrationStep>>;
  /** The version of a stored value of an older shape that carries none (`v` is read first). */
  versionOfUnmarked?(raw: unknown): number | undefined;
  /** The record, when a stored value is one. */
  validate(value: unknown): R | undefined;
  /** Oldest first. */
  order(this: void, a: R, b: R): number;
}

export type DayProblem = 'unreadable' | 'newer';
export type DayRead = { ok: true; stored: unknown[] } | { ok: false; problem: DayProblem };

function versionOf(format: DayFormat<unknown>, raw: unknown): number | undefined {
  if (raw && typeof raw === 'object' && Number.isInteger((raw as { v?: unknown }).v)) return (raw as { v: number }).v;
  return format.versionOfUnmarked?.(raw);
}

/**
 * The stored values of a day in the current shape: missing means empty; older versions are upgraded step by
 * step; a value of no known shape, or from a newer version of Gutwise, is reported so that nobody writes over it.
 */
export function readDay<R>(format: DayFormat<R>, raw: unknown, context: MigrationContext): DayRead {
  if (raw === undefined || raw === null) return { ok: true, stored: [] };
  const version = versionOf(format, raw);
  if (version === undefined || version < 1) return { ok: false, problem: 'unreadable' };
  if (version > format.version) return { ok: false, problem: 'newer' };
  let value: unknown = raw;
  for (let step = version + 1; step <= format.version; step++) value = format.steps[step]!(value, context);
  const stored = (value as Record<string, unknown>)[format.list];
  return Array.isArray(stored) ? { ok: true, stored } : { ok: false, problem: 'unreadable' };
}

/** The stored value of a day holding `stored` (benches and import write days in the current shape with it). */
export function dayValue(format: DayFormat<unknown>, stored: readonly unknown[]): Record<string, unknown> {
  return { v: format.version, [format.list]: [...stored] };
}

/** What of a stored day can be shown: its valid records, oldest first, and what cannot be. */
export interface DecodedDay<R> {
  items: R[];
  /** Stored values that fail validation (kept in storage as they are). */
  damaged: number;
  /** The whole value cannot be read (unknown shape, or a newer version of Gutwise). */
  unreadable: boolean;
}

/** The one path from a raw stored day to what the pages show (Today, the journal, Insights' summaries). */
export function decodeDay<R>(format: DayFormat<R>, raw: unknown, context: MigrationContext): DecodedDay<R> {
  const read = readDay(format, raw, context);
  if (!read.ok) return { items: [], damaged: 0, unreadable: true };
  const items: R[] = [];
  for (const value of read.stored) {
    const item = format.validate(value);
    if (item) items.push(item);
  }
  return { items: items.sort(format.order), damaged: read.stored.length - items.length, unreadable: false };
}
