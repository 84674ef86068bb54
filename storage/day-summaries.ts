/**
 * Compact daily summaries for Insights, one key per month (`insights:2026-11`), so years of records are read as
 * a few dozen small values instead of thousands of day keys. Each day keeps two parts, each computed only from
 * its own stored day value: `s` (symptom logs: per symptom highest, sum and count) and `j` (journal: foods,
 * stress, sleep, movement, Bristol). A summary is derived data: export leaves it out, import and "delete all"
 * change it through the same writes as the records.
 *
 * Kept right by `summarizingArea`: every write of a day key also writes its month's summary in the same
 * `set` call, under the month's lock (taken inside the day's lock, never the other way round). Checked on
 * read: a month whose days do not match the stored day keys (written by an older version, or a removal
 * interrupted between its two calls) is rebuilt from the records.
 */
import { addEntry, addLog, emptyDay, type DaySummary, type SymptomDay } from '../domain/insights/day-summary';
import type { LocalDate } from '../domain/local-date';
import type { KeyValueArea } from './key-value-area';
import { readEntriesPart, readLogsPart } from './journal-history';
import { dayOfJournalKey, dayOfLogKey, journalDayKey, logDayKey, MONTH_SUMMARY_VERSION, monthSummaryKey } from './keys';
import type { WithLock } from './locks';
import type { MigrationContext } from './day-records';

type JournalPart = Pick<DaySummary, 'foods' | 'stress' | 'sleep' | 'movement' | 'journal' | 'bristol'>;
interface StoredDay {
  s?: Record<string, SymptomDay>;
  j?: JournalPart;
}
export interface MonthSummary {
  v: number;
  days: Record<LocalDate, StoredDay>;
}

/** The summary key of a day's month. */
export const summaryKey = (day: LocalDate): string => monthSummaryKey(day.slice(0, 7));

/** Which part of which day a record key holds, or undefined for other keys. */
export function recordKey(key: string): { day: LocalDate; part: 's' | 'j' } | undefined {
  const logDay = dayOfLogKey(key);
  if (logDay) return { day: logDay, part: 's' };
  const journalDay = dayOfJournalKey(key);
  return journalDay ? { day: journalDay, part: 'j' } : undefined;
}

function logsPart(raw: unknown, context: MigrationContext): Record<string, SymptomDay> | undefined {
  const summary = emptyDay('');
  for (const log of readLogsPart(raw, context).items) addLog(summary, log);
  return Object.keys(summary.symptoms).length ? summary.symptoms : undefined;
}

function journalPart(raw: unknown): JournalPart | undefined {
  const summary = emptyDay('');
  for (const entry of readEntriesPart(raw).items) addEntry(summary, entry);
  if (!summary.journal) return undefined;
  const { foods, stress, sleep, movement, journal, bristol } = summary;
  return { foods, stress, sleep, movement, journal, bristol };
}

/** A stored month if it has the current shape, else undefined (rebuilt by the reader). */
export function validMonth(value: unknown): MonthSummary | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const month = value as MonthSummary;
  return month.v === MONTH_SUMMARY_VERSION && month.days && typeof month.days === 'object' ? month : undefined;
}

/** `month` with one part of one day set from its record's new stored value (undefined: removed). */
function withPart(month: MonthSummary, day: LocalDate, part: 's' | 'j', raw: unknown, context: MigrationContext): void {
  const stored = { ...month.days[day] };
  const value = raw === undefined ? undefined : part === 's' ? logsPart(raw, context) : journalPart(raw);
  if (value === undefined) delete stored[part];
  else (stored as Record<string, unknown>)[part] = value;
  if (stored.s || stored.j) month.days[day] = stored;
  else delete month.days[day];
}

const emptyMonth = (): MonthSummary => ({ v: MONTH_SUMMARY_VERSION, days: {} });
const lockAll = <T>(lock: WithLock, names: readonly string[], task: () => Promise<T>): Promise<T> =>
  names.length === 0 ? task() : lock(names[0] as string, () => lockAll(lock, names.slice(1), task));

/**
 * `area` with every write of a record day key also writing its month's summary, in the same `set` call and
 * under the month's lock; removals update the month right after removing the days.
 */
export function summarizingArea(area: KeyValueArea, lock: WithLock, context: MigrationContext): KeyValueArea {
  async function update(
    changes: { key: string; raw: unknown }[],
    write: (months: Record<string, MonthSummary>) => Promise<void>,
    explicit: Record<string, unknown> = {},
  ) {
    const found = changes.map((change) => ({ ...change, record: recordKey(change.key) })).filter((c) => c.record);
    const monthKeys = [...new Set(found.map((c) => summaryKey(c.record!.day)))].sort();
    if (monthKeys.length === 0) return write({});
    return lockAll(lock, monthKeys, async () => {
      const stored = await area.get(monthKeys.filter((key) => !(key in explicit)));
      const months: Record<string, MonthSummary> = {};
      for (const key of monthKeys) {
        const month = validMonth(key in explicit ? explicit[key] : stored[key]);
        // An unreadable or missing month is left for the reader to rebuild from every record of that month.
        if (month) months[key] = { v: month.v, days: { ...month.days } };
      }
      for (const { record, raw } of found) {
        const month = months[summaryKey(record!.day)];
        if (month) withPart(month, record!.day, record!.part, raw, context);
      }
      await write(months);
    });
  }
  return {
    ...area,
    set: (items) =>
      update(
        Object.entries(items).map(([key, raw]) => ({ key, raw })),
        (months) => area.set({ ...items, ...months }),
        items,
      ),
    remove: (keys) =>
      update(
        keys.map((key) => ({ key, raw: undefined })),
        async (months) => {
          await area.remove(keys);
          const kept = Object.fromEntries(Object.entries(months).filter(([key]) => !keys.includes(key)));
          if (Object.keys(kept).length) await area.set(kept);
        },
      ),
  };
}

function monthsBetween(from: LocalDate, to: LocalDate): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

/** Every record key a month can hold: both parts of each of its (at most 31) days. */
function monthRecordKeys(month: string): string[] {
  const keys: string[] = [];
  for (let date = 1; date <= 31; date++) {
    const day = `${month}-${String(date).padStart(2, '0')}`;
    keys.push(logDayKey(day), journalDayKey(day));
  }
  return keys;
}

/**
 * Rebuilds one month's summary from its records and writes it in one `set`, under the month's lock. The records
 * are read inside the lock (every possible day key of the month, not a key list taken earlier), so a day written
 * just before the lock was taken is never left out.
 */
export async function rebuildMonth(
  area: KeyValueArea,
  lock: WithLock,
  context: MigrationContext,
  month: string,
): Promise<MonthSummary> {
  return lock(monthSummaryKey(month), async () => {
    const raw = await area.get(monthRecordKeys(month));
    const summary = emptyMonth();
    for (const [key, value] of Object.entries(raw)) {
      const record = recordKey(key);
      if (record && value !== undefined) withPart(summary, record.day, record.part, value, context);
    }
    await area.set({ [monthSummaryKey(month)]: summary });
    return summary;
  });
}

/** Writes empty summaries for months that had none, each under its lock and only if still absent. */
async function startMonths(area: KeyValueArea, lock: WithLock, months: Record<string, MonthSummary>): Promise<void> {
  const keys = Object.keys(months).sort();
  if (keys.length === 0) return;
  await lockAll(lock, keys, async () => {
    const present = await area.get(keys);
    const absent = Object.fromEntries(keys.filter((key) => present[key] === undefined).map((key) => [key, months[key]]));
    if (Object.keys(absent).length) await area.set(absent);
  });
}

/** The day parts (`2026-11-26|s`) whose record keys are among `keys`, by month; only days from `from` to `to`. */
export function recordPartsByMonth(keys: readonly string[], from = '', to = '\uffff'): Map<string, Set<string>> {
  const partsByMonth = new Map<string, Set<string>>();
  for (const key of keys) {
    const record = recordKey(key);
    if (!record || record.day < from || record.day > to) continue;
    const month = record.day.slice(0, 7);
    if (!partsByMonth.has(month)) partsByMonth.set(month, new Set());
    partsByMonth.get(month)!.add(`${record.day}|${record.part}`);
  }
  return partsByMonth;
}

/** Whether a stored month names exactly the day parts whose record keys exist. */
export function matches(month: MonthSummary, parts: Set<string>): boolean {
  let count = 0;
  for (const [day, stored] of Object.entries(month.days)) {
    for (const part of ['s', 'j'] as const) {
      if (!stored[part]) continue;
      count++;
      if (!parts.has(`${day}|${part}`)) return false;
    }
  }
  return count === parts.size;
}

/**
 * Day summaries from `from` to `to` (inclusive), oldest first, from the month summaries; a month that is
 * missing, unreadable or does not match the stored day keys is rebuilt from its records first.
 *
 * `checkDays: false` skips the comparison with the stored day keys: listing the keys costs in proportion to the
 * whole history (every day of every year), however short the range. A missing or unreadable month is still
 * rebuilt. For a first quick look that a checked read follows.
 */
export async function readDaySummaries(
  area: KeyValueArea,
  lock: WithLock,
  context: MigrationContext,
  from: LocalDate,
  to: LocalDate,
  { checkDays = true }: { checkDays?: boolean } = {},
): Promise<{ days: DaySummary[]; rebuilt: string[] }> {
  const partsByMonth = recordPartsByMonth(checkDays ? await area.keys() : [], from, to);
  const months = monthsBetween(from, to);
  const stored = await area.get(months.map((month) => monthSummaryKey(month)));
  const days: DaySummary[] = [];
  const rebuilt: string[] = [];
  const started: Record<string, MonthSummary> = {};
  for (const month of months) {
    const parts = partsByMonth.get(month) ?? new Set<string>();
    let summary = validMonth(stored[monthSummaryKey(month)]);
    if (checkDays && !summary && parts.size === 0) {
      // A month without records gets an empty summary, so the writes to come keep it instead of leaving it to a rebuild.
      started[monthSummaryKey(month)] = emptyMonth();
      continue;
    }
    // Days at the edges of the range are compared only within it.
    const inRange = summary && {
      v: summary.v,
      days: Object.fromEntries(Object.entries(summary.days).filter(([day]) => day >= from && day <= to)),
    };
    if (!inRange || (checkDays && !matches(inRange, parts))) {
      summary = await rebuildMonth(area, lock, context, month);
      rebuilt.push(month);
    }
    for (const [day, stored] of Object.entries(summary!.days).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (day < from || day > to) continue;
      days.push({ ...emptyDay(day), ...(stored.j ?? {}), symptoms: stored.s ?? {} });
    }
  }
  await startMonths(area, lock, started);
  return { days, rebuilt };
}
