/**
 * The journal's entry form as plain data: what the user has typed so far (strings, as typed), how it becomes
 * an entry, and how an entry fills the form for editing. The same shape is the draft kept in storage, so a
 * half-written entry survives closing the panel.
 */
import { addTags, splitTagText } from './journal-tags';
import {
  checkNewEntry,
  ENTRY_KINDS,
  entryDay,
  entryMoment,
  type EntryDetails,
  type EntryError,
  type EntryKind,
  type JournalEntry,
  type NewEntry,
} from './journal-entry';
import { localTime, parseTime, wallTimeToEpoch, type Moment } from './log-time';
import { parseLocalDate } from './local-date';
import type { BristolType, SleepQuality, StressLevel } from './journal-scales';
import type { Clock } from './clock';

/** When the entry happened: now (resolved when saved), or a day and time the user typed. */
export type WhenChoice = { mode: 'now' } | { mode: 'at'; date: string; time: string };

export interface EntryForm {
  kind: EntryKind;
  tags: string[];
  /** A tag typed but not yet added; saving adds it. */
  tagText: string;
  level: string;
  hours: string;
  quality: string;
  activity: string;
  minutes: string;
  bristol: string;
  note: string;
  when: WhenChoice;
}

export type FormError = EntryError | 'badDate' | 'badTime';

/** A blank form of a kind, dated now. */
export function emptyForm(kind: EntryKind): EntryForm {
  return {
    kind,
    tags: [],
    tagText: '',
    level: '',
    hours: '',
    quality: '',
    activity: '',
    minutes: '',
    bristol: '',
    note: '',
    when: { mode: 'now' },
  };
}

/** An entry's values in the form, dated at its own day and wall-clock time. */
export function formFromEntry(entry: JournalEntry): EntryForm {
  const form = emptyForm(entry.kind);
  form.note = entry.note;
  form.when = { mode: 'at', date: entryDay(entry), time: localTime(Date.parse(entry.at), entry.offsetMin) };
  if (entry.kind === 'food') form.tags = [...entry.tags];
  if (entry.kind === 'stress') form.level = String(entry.level);
  if (entry.kind === 'sleep') Object.assign(form, { hours: String(entry.hours), quality: String(entry.quality) });
  if (entry.kind === 'movement')
    Object.assign(form, { activity: entry.activity, minutes: entry.minutes === null ? '' : String(entry.minutes) });
  if (entry.kind === 'bowel') form.bristol = String(entry.bristol);
  return form;
}

/** Hours as typed: "7", "7.5", "7,5" or "7:30"; anything else gives NaN (and a message). */
export function parseHours(text: string): number {
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(text.trim());
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60;
  return /^\d{1,2}([.,]\d+)?$/.test(text.trim()) ? Number(text.trim().replace(',', '.')) : Number.NaN;
}

const choice = (text: string) => (/^\d$/.test(text) ? Number(text) : Number.NaN);

function detailsOf(form: EntryForm): EntryDetails {
  switch (form.kind) {
    case 'food':
      return { kind: 'food', tags: addTags(form.tags, splitTagText(form.tagText)) };
    case 'stress':
      return { kind: 'stress', level: choice(form.level) as StressLevel };
    case 'sleep':
      return { kind: 'sleep', hours: parseHours(form.hours), quality: choice(form.quality) as SleepQuality };
    case 'movement': {
      const minutes =
        form.minutes.trim() === '' ? null : /^\d+$/.test(form.minutes.trim()) ? Number(form.minutes.trim()) : Number.NaN;
      return { kind: 'movement', activity: form.activity, minutes };
    }
    case 'bowel':
      return { kind: 'bowel', bristol: choice(form.bristol) as BristolType };
    default:
      return { kind: 'note' };
  }
}

function momentOf(form: EntryForm, clock: Clock, original?: JournalEntry): Moment | FormError {
  const now = clock.now();
  if (form.when.mode === 'now') return { epochMs: now, offsetMin: clock.offsetAt(now) };
  const day = parseLocalDate(form.when.date);
  if (!day || day !== form.when.date.trim()) return 'badDate';
  const minutes = parseTime(form.when.time);
  if (minutes === undefined) return 'badTime';
  if (original) {
    const same = formFromEntry(original).when;
    if (same.mode === 'at' && same.date === day && same.time === form.when.time) return entryMoment(original);
    // An edit keeps the offset the entry was written in, like a symptom log's edit does.
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return { epochMs: Date.UTC(y, m - 1, d) + (minutes - original.offsetMin) * 60_000, offsetMin: original.offsetMin };
  }
  const epochMs = wallTimeToEpoch(day, minutes, clock);
  return { epochMs, offsetMin: clock.offsetAt(epochMs) };
}

/** The entry the form describes, or the first problem with it. `original` is the entry being edited. */
export function formToEntry(
  form: EntryForm,
  clock: Clock,
  original?: JournalEntry,
): { ok: true; input: NewEntry } | { ok: false; error: FormError } {
  const moment = momentOf(form, clock, original);
  if (typeof moment === 'string') return { ok: false, error: moment };
  const input: NewEntry = { details: detailsOf(form), moment, note: form.note };
  // An edit that keeps the entry's time is judged against that time, not against a clock moved back since.
  const kept = original && moment.epochMs === entryMoment(original).epochMs;
  const error = checkNewEntry(input, kept ? Math.max(clock.now(), moment.epochMs) : clock.now());
  return error ? { ok: false, error } : { ok: true, input };
}

/** Whether the user has typed anything beyond choosing the kind. */
export function isBlankForm(form: EntryForm): boolean {
  const blank = emptyForm(form.kind);
  return JSON.stringify({ ...form, when: null }) === JSON.stringify({ ...blank, when: null }) && form.when.mode === 'now';
}

const TEXT_MAX = 4000;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= TEXT_MAX;

/** Accepts a stored draft only in this shape (strings of sane length); otherwise undefined. */
export function validateEntryForm(value: unknown): EntryForm | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (!ENTRY_KINDS.includes(v.kind as EntryKind)) return undefined;
  const fields = ['tagText', 'level', 'hours', 'quality', 'activity', 'minutes', 'bristol', 'note'] as const;
  if (!fields.every((field) => isText(v[field]))) return undefined;
  if (!Array.isArray(v.tags) || v.tags.length > 50 || !v.tags.every(isText)) return undefined;
  const when = v.when as Record<string, unknown> | null;
  const okWhen =
    when && typeof when === 'object' && (when.mode === 'now' || (when.mode === 'at' && isText(when.date) && isText(when.time)));
  if (!okWhen) return undefined;
  const form = emptyForm(v.kind as EntryKind);
  for (const field of fields) form[field] = v[field] as string;
  form.tags = [...v.tags];
  form.when = when.mode === 'now' ? { mode: 'now' } : { mode: 'at', date: when.date as string, time: when.time as string };
  return form;
}
