/**
 * What possible links are looked for between. Factors: each food tag, high stress (3–4), short sleep (under
 * 6 h), poor sleep quality (1–2), any movement, and each daily habit of the plan done or not. Outcomes: each
 * symptom's highest daily severity (red flags excepted) and a Bristol type outside 3–5.
 *
 * Each is a series over a span of days: 1 or 0 where known, and unknown (-1 / NaN) on days without the records
 * that would say, so a day without a food entry never counts as a day without dairy.
 */
import { addDays, type LocalDate } from '../local-date';
import type { DaySpan } from './day-index';
import { dayAt } from './day-index';
import { hasSymptomLogs, type DaySummary } from './day-summary';
import { isRedFlagSymptom } from './red-flags';

export type FactorKind = 'food' | 'stress' | 'sleep-short' | 'sleep-poor' | 'movement' | 'habit';

export interface Factor {
  /** "food:dairy", "stress", "sleep-short", "sleep-poor", "movement", "habit:hydrate". */
  id: string;
  kind: FactorKind;
  /** The food tag as the user spelt it, or the habit id; empty for the others. */
  name: string;
  /** Per day of the span: 1 present, 0 absent, -1 unknown. */
  values: Int8Array;
}

export type OutcomeKind = 'symptom' | 'bristol';

export interface Outcome {
  /** "symptom:bloating" or "bristol". */
  id: string;
  kind: OutcomeKind;
  /** The symptom id; empty for Bristol. */
  name: string;
  /** Per day of the span: the value, NaN when unknown. */
  values: Float64Array;
}

/** The habit routine as the plan keeps it: which habits, since when, and the days each was done. */
export interface HabitHistory {
  habits: readonly string[];
  since: LocalDate;
  /** Date → habit ids done; the plan keeps only recent dates. */
  done: Readonly<Record<LocalDate, readonly string[]>>;
  /** The first date whose record the plan still keeps. */
  keptFrom: LocalDate;
  /** Days from here on are not over yet, so "not done" would be premature (today). */
  openFrom: LocalDate;
}

export const SHORT_SLEEP_HOURS = 6;
export const HIGH_STRESS = 3;
export const POOR_SLEEP_QUALITY = 2;

function series(span: DaySpan, value: (summary: DaySummary | undefined, day: number) => number): Int8Array {
  const values = new Int8Array(span.days.length);
  span.days.forEach((summary, i) => (values[i] = value(summary, i)));
  return values;
}

const anyPresent = (values: Int8Array) => values.includes(1);

/** Every factor that happened at least once in the span. */
export function factorsOf(span: DaySpan, habits: HabitHistory | null = null): Factor[] {
  const factors: Factor[] = [];
  const tags = new Map<string, string>();
  for (const summary of span.days)
    for (const [key, tag] of Object.entries(summary?.foods ?? {})) if (!tags.has(key)) tags.set(key, tag);
  for (const [key, tag] of [...tags].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    factors.push({
      id: `food:${key}`,
      kind: 'food',
      name: tag,
      values: series(span, (s) => (s?.foods ? (key in s.foods ? 1 : 0) : -1)),
    });
  }
  factors.push(
    {
      id: 'stress',
      kind: 'stress',
      name: '',
      values: series(span, (s) => (s?.stress == null ? -1 : s.stress >= HIGH_STRESS ? 1 : 0)),
    },
    {
      id: 'sleep-short',
      kind: 'sleep-short',
      name: '',
      values: series(span, (s) => (s?.sleep ? (s.sleep.hours < SHORT_SLEEP_HOURS ? 1 : 0) : -1)),
    },
    {
      id: 'sleep-poor',
      kind: 'sleep-poor',
      name: '',
      values: series(span, (s) => (s?.sleep ? (s.sleep.quality <= POOR_SLEEP_QUALITY ? 1 : 0) : -1)),
    },
    { id: 'movement', kind: 'movement', name: '', values: series(span, (s) => (s?.journal ? (s.movement ? 1 : 0) : -1)) },
  );
  for (const habit of habits?.habits ?? []) {
    const h = habits as HabitHistory;
    const from = h.since > h.keptFrom ? h.since : h.keptFrom;
    factors.push({
      id: `habit:${habit}`,
      kind: 'habit',
      name: habit,
      values: series(span, (_, i) => {
        const day = dayAt(span, i);
        if (day < from || day >= h.openFrom) return -1;
        return h.done[day]?.includes(habit) ? 1 : 0;
      }),
    });
  }
  return factors.filter((factor) => anyPresent(factor.values));
}

/** Every outcome with at least one known day: symptoms logged in the span (not red flags), and Bristol. */
export function outcomesOf(span: DaySpan): Outcome[] {
  const ids = new Set<string>();
  for (const summary of span.days) for (const id of Object.keys(summary?.symptoms ?? {})) ids.add(id);
  const outcomes: Outcome[] = [...ids]
    .filter((id) => !isRedFlagSymptom(id))
    .sort()
    .map((id) => {
      const values = new Float64Array(span.days.length);
      span.days.forEach((s, i) => (values[i] = s && hasSymptomLogs(s) ? (s.symptoms[id]?.max ?? 0) : Number.NaN));
      return { id: `symptom:${id}`, kind: 'symptom', name: id, values };
    });
  const bristol = new Float64Array(span.days.length);
  span.days.forEach(
    (s, i) => (bristol[i] = s && s.bristol.length ? (s.bristol.some((t) => t < 3 || t > 5) ? 1 : 0) : Number.NaN),
  );
  if (bristol.some((v) => !Number.isNaN(v))) outcomes.push({ id: 'bristol', kind: 'bristol', name: '', values: bristol });
  return outcomes;
}

/** The span of days links look at: the year up to `today`. */
export const LINK_DAYS = 365;

/** The first day of the link span ending on `today`. */
export const linkSpanStart = (today: LocalDate): LocalDate => addDays(today, -(LINK_DAYS - 1));
