/**
 * Reading an export file a user picked: anything at all may arrive (another program's JSON, a file cut off
 * while copying, a newer Gutwise's file, hand-edited values, hostile strings, absurd sizes). Checks run from
 * the outside in, and the first problem found is returned with what and where, for one clear message; only
 * a file that passes everything is returned, already in the shape the store holds.
 *
 * The shape is checked with a schema library (valibot, loaded only with the side panel's data view), then
 * every entry once more with the same validators the store uses on its own reads.
 */
import * as v from 'valibot';
import { BACKUP_PERIODS, validateBackupSettings } from './backup-reminder';
import {
  EXPORT_FORMAT,
  EXPORT_MIGRATIONS,
  EXPORT_VERSION,
  MAX_ENTRIES,
  MAX_IMPORT_BYTES,
  PART_IDS,
  type ExportData,
  type ExportFile,
  type PartId,
} from './export-file';
import { ACTIVITY_MAX, ENTRY_NOTE_MAX, MINUTES_MAX, validateJournalEntry, type JournalEntry } from './journal-entry';
import { TAG_MAX, TAGS_MAX } from './journal-tags';
import { isLocalDate, parseTimeOfDay } from './local-date';
import { timeProblem } from './log-time';
import { validateReminderSettings } from './plan-reminder';
import { REFLECTION_MAX, validatePlanHistory, validatePlanState } from './plan-state';
import { validateReadingProgress } from './reading-progress';
import { NOTE_MAX, validateSymptomLog, type SymptomLog } from './symptom-log';
import { isVisibleName, SYMPTOM_NAME_MAX, validateSymptomSettings } from './symptom-settings';
import { CUSTOM_ID_PREFIX, isBuiltInSymptom, isSymptomId } from './symptoms';

/** What is wrong with a value, as a message code (locales: data.import.rules.*). */
export type Rule =
  | 'object'
  | 'list'
  | 'text'
  | 'number'
  | 'whole'
  | 'bool'
  | 'tooLong'
  | 'tooMany'
  | 'instant'
  | 'date'
  | 'time'
  | 'offset'
  | 'id'
  | 'symptom'
  | 'severity'
  | 'kind'
  | 'mark'
  | 'scale'
  | 'hours'
  | 'minutes'
  | 'tag'
  | 'name'
  | 'choice'
  | 'day'
  | 'missing'
  | 'unknownField'
  | 'entry'
  | 'duplicate'
  | 'tooEarly'
  | 'future'
  | 'illFormed';

export type ImportProblem =
  | { code: 'tooLarge'; bytes: number; limit: number }
  | { code: 'empty' }
  | { code: 'notJson' }
  | { code: 'truncated' }
  | { code: 'notGutwise' }
  | { code: 'newerVersion'; version: number }
  | { code: 'unknownVersion' }
  /** `part` is a part of `data` or the file's own header; `entry` counts from 1; `field` is the path inside. */
  | { code: 'invalid'; part: PartId | 'header'; entry?: number; field?: string; rule: Rule };

/** `duplicates`: entries listed twice under one id, of which only the copy edited last is kept. */
export type ImportResult =
  { ok: true; file: ExportFile; unreadable: number; duplicates: number } | { ok: false; problem: ImportProblem };

const isIsoInstant = (value: string) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;

const object = <E extends v.ObjectEntries>(entries: E) => v.strictObject(entries, 'object');
const list = <S extends v.GenericSchema>(item: S, max: number) => v.pipe(v.array(item, 'list'), v.maxLength(max, 'tooMany'));
/** A map of keys to values, never an array: valibot's record takes `[]` for an empty map (found by bad-imports.test.ts). */
const record = <K extends v.GenericSchema<string, string | number>, S extends v.GenericSchema>(key: K, value: S) =>
  v.pipe(
    v.custom<object>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), 'object'),
    v.record(key, value, 'object'),
  );
const text = (max: number) => v.pipe(v.string('text'), v.maxLength(max, 'tooLong'));
const whole = (min: number, max: number, rule: Rule) =>
  v.pipe(v.number(rule), v.integer(rule), v.minValue(min, rule), v.maxValue(max, rule));
const instant = v.pipe(v.string('instant'), v.maxLength(40, 'instant'), v.check(isIsoInstant, 'instant'));
const localDate = v.pipe(
  v.string('date'),
  v.check((s) => isLocalDate(s), 'date'),
);
/**
 * Ids Gutwise makes are UUIDs; older and test files use words with dashes. A file's id is kept verbatim in the
 * store and in every later export, so only a safe alphabet is accepted (no formula or markup characters).
 */
const entryId = v.pipe(v.string('id'), v.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'id'));
const offset = whole(-12 * 60, 14 * 60, 'offset');
const symptomId = v.pipe(
  v.string('symptom'),
  v.check((s) => isSymptomId(s), 'symptom'),
);
const symptomName = v.pipe(v.string('text'), v.maxLength(SYMPTOM_NAME_MAX, 'tooLong'), v.check(isVisibleName, 'name'));
const shortName = v.pipe(v.string('text'), v.minLength(1, 'name'), v.maxLength(100, 'tooLong'));

const logSchema = object({
  id: entryId,
  symptomId,
  severity: whole(0, 4, 'severity'),
  at: instant,
  offsetMin: offset,
  note: text(NOTE_MAX),
  createdAt: instant,
  updatedAt: instant,
});

const entryMeta = {
  id: entryId,
  at: instant,
  offsetMin: offset,
  note: text(ENTRY_NOTE_MAX),
  createdAt: instant,
  updatedAt: instant,
};
const journalSchema = v.variant(
  'kind',
  [
    object({
      ...entryMeta,
      kind: v.literal('food'),
      tags: list(v.pipe(v.string('tag'), v.minLength(1, 'tag'), v.maxLength(TAG_MAX, 'tooLong')), TAGS_MAX),
    }),
    object({ ...entryMeta, kind: v.literal('stress'), level: whole(0, 4, 'scale') }),
    object({
      ...entryMeta,
      kind: v.literal('sleep'),
      hours: v.pipe(
        v.number('hours'),
        v.minValue(0, 'hours'),
        v.maxValue(24, 'hours'),
        v.check((h) => Number.isInteger(h * 4), 'hours'),
      ),
      quality: whole(1, 5, 'scale'),
    }),
    object({
      ...entryMeta,
      kind: v.literal('movement'),
      activity: text(ACTIVITY_MAX),
      minutes: v.nullable(whole(1, MINUTES_MAX, 'minutes')),
    }),
    object({ ...entryMeta, kind: v.literal('bowel'), bristol: whole(1, 7, 'scale') }),
    object({ ...entryMeta, kind: v.literal('note') }),
  ],
  'kind',
);

const cycleEntries = {
  number: whole(1, 1_000_000, 'whole'),
  start: localDate,
  marks: record(v.pipe(v.string(), v.regex(/^[1-7]$/, 'day')), v.picklist(['done', 'skipped'], 'mark')),
  pauses: list(object({ from: localDate, until: v.optional(localDate) }), 1000),
  reflection: text(REFLECTION_MAX),
};
const planSchema = object({
  cycle: v.nullable(object(cycleEntries)),
  routine: v.nullable(
    object({
      habits: list(shortName, 100),
      since: localDate,
      done: record(localDate, list(shortName, 100)),
      pausedSince: v.optional(localDate),
    }),
  ),
  cyclesStarted: whole(0, 1_000_000, 'whole'),
});
const planHistorySchema = list(
  object({ ...cycleEntries, ended: localDate, next: v.picklist(['repeat', 'keep-going', 'stopped'], 'choice') }),
  10_000,
);

const symptomsSchema = object({
  custom: list(
    object({
      id: v.pipe(
        v.string('id'),
        v.check((id) => id.startsWith(CUSTOM_ID_PREFIX) && isSymptomId(id), 'symptom'),
      ),
      name: symptomName,
    }),
    1000,
  ),
  renamed: record(
    v.pipe(
      v.string(),
      v.check((id) => isBuiltInSymptom(id), 'symptom'),
    ),
    symptomName,
  ),
  hidden: list(symptomId, 2000),
  order: v.nullable(list(symptomId, 2000)),
});

const dataSchema = object({
  logs: list(logSchema, MAX_ENTRIES),
  journal: list(journalSchema, MAX_ENTRIES),
  plan: planSchema,
  planHistory: planHistorySchema,
  symptoms: symptomsSchema,
  planReminder: object({
    enabled: v.boolean('bool'),
    time: v.pipe(
      v.string('time'),
      v.check((t) => parseTimeOfDay(t) !== undefined, 'time'),
    ),
  }),
  backupReminder: object({ weeks: v.picklist(BACKUP_PERIODS, 'choice') }),
  readingProgress: object({
    sectionId: shortName,
    scrollTop: v.pipe(v.number('number'), v.minValue(0, 'number'), v.maxValue(1e8, 'number')),
    read: list(shortName, 1000),
  }),
});

const fileSchema = object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: instant,
  app: object({ name: v.literal('Gutwise'), version: text(40) }),
  data: dataSchema,
  unreadable: v.optional(
    object({ logs: v.optional(list(v.unknown(), MAX_ENTRIES)), journal: v.optional(list(v.unknown(), MAX_ENTRIES)) }),
  ),
});

const RULES = new Set<string>([
  'object',
  'list',
  'text',
  'number',
  'whole',
  'bool',
  'tooLong',
  'tooMany',
  'instant',
  'date',
  'time',
  'offset',
  'id',
  'symptom',
  'severity',
  'kind',
  'mark',
  'scale',
  'hours',
  'minutes',
  'tag',
  'name',
  'choice',
  'day',
]);

/** The problem `rule` at `keys` (a path into the file): the part of `data`, the entry number in a list, the field path. */
function problemAt(keys: readonly (string | number)[], rule: Rule): ImportProblem {
  // A key under `data` that is no part at all is named from the file's header down (`data › x`).
  const inData = keys[0] === 'data' && (PART_IDS as readonly unknown[]).includes(keys[1]);
  const part = (inData ? keys[1] : 'header') as PartId | 'header';
  let rest = inData ? keys.slice(2) : [...keys];
  let entry: number | undefined;
  if (typeof rest[0] === 'number' && (part === 'logs' || part === 'journal' || part === 'planHistory')) {
    entry = rest[0] + 1;
    rest = rest.slice(1);
  }
  const field = rest.map(String).join(' › ');
  return { code: 'invalid', part, rule, ...(entry !== undefined ? { entry } : {}), ...(field ? { field } : {}) };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The first place, outside the free-form `unreadable` part, holding text that is not well-formed Unicode (a
 * lone surrogate would be stored, then come back as U+FFFD) or a key named `__proto__` (which a map would
 * silently drop); walked before the schema, so neither is changed quietly on its way in.
 */
function firstHostileText(value: unknown, path: (string | number)[] = []): ImportProblem | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? problemAt(path, 'illFormed') : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstHostileText(value[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (path.length === 0 && key === 'unreadable') continue;
    if (key === '__proto__') return problemAt([...path, key], 'unknownField');
    if (LONE_SURROGATE.test(key)) return problemAt([...path, key], 'illFormed');
    const found = firstHostileText((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Where and what for a schema issue; `under` is the path of the value the schema checked. */
function describeIssue(issue: v.BaseIssue<unknown>, under: readonly (string | number)[] = []): ImportProblem {
  const keys = [...under, ...(issue.path ?? []).map((item) => item.key as string | number)];
  let rule: Rule;
  if (issue.expected === 'never') rule = 'unknownField';
  else if (issue.input === undefined && issue.kind === 'schema') rule = 'missing';
  else rule = RULES.has(issue.message) ? (issue.message as Rule) : 'entry';
  return problemAt(keys, rule);
}

/** Whether a JSON.parse failure looks like the text simply stops (a cut-off file), in any browser's wording. */
function looksTruncated(error: unknown, text: string): boolean {
  const message = String((error as Error)?.message ?? error);
  if (/end of (JSON input|data)|Unterminated string|unterminated/i.test(message)) return true;
  const position = /position (\d+)/.exec(message);
  return position !== null && Number(position[1]) >= text.trimEnd().length;
}

const firstDuplicate = (keys: readonly string[]) => {
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    if (seen.has(keys[i]!)) return i;
    seen.add(keys[i]!);
  }
  return -1;
};

/**
 * One copy of each id, the one edited last (`updatedAt`; the later in the file on a tie), in the file's order.
 * A store that once held an id twice (an earlier version could, after a failed move) exported both copies;
 * keeping the newer one is what a merge of the two would do, so the file still imports.
 */
function newestOfEach<T extends { id: string; updatedAt: string }>(values: readonly T[]): T[] {
  const newest = new Map<string, number>();
  values.forEach((value, i) => {
    const kept = newest.get(value.id);
    if (kept === undefined || values[kept]!.updatedAt <= value.updatedAt) newest.set(value.id, i);
  });
  return newest.size === values.length ? [...values] : values.filter((value, i) => newest.get(value.id) === i);
}

/** Entries checked between two looks at the clock: a few milliseconds' work, so a large file never freezes the page. */
const STEP_ENTRIES = 4000;
const ENTRY_PARTS = ['logs', 'journal'] as const;
const ENTRY_SCHEMAS = { logs: logSchema, journal: journalSchema } as const;
const ENTRY_VALIDATORS = { logs: validateSymptomLog, journal: validateJournalEntry } as const;

/**
 * The checks of a file, as steps: yields the share of entries checked so far (0–1) between steps of
 * STEP_ENTRIES, and returns the result. `parseImport` runs it in one go; `parseImportInSteps` lets the page
 * draw progress and the user cancel between steps.
 */
function* importSteps(text: string, bytes: number, nowMs: number): Generator<number, ImportResult> {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problem: { code: 'tooLarge', bytes, limit: MAX_IMPORT_BYTES } };
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, problem: { code: 'empty' } };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, problem: { code: looksTruncated(error, body) ? 'truncated' : 'notJson' } };
  }
  if (
    json === null ||
    typeof json !== 'object' ||
    Array.isArray(json) ||
    (json as { format?: unknown }).format !== EXPORT_FORMAT
  ) {
    return { ok: false, problem: { code: 'notGutwise' } };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: { code: 'unknownVersion' } };
  if (version > EXPORT_VERSION) return { ok: false, problem: { code: 'newerVersion', version } };
  let upgraded = json as Record<string, unknown>;
  for (let step = version + 1; step <= EXPORT_VERSION; step++)
    upgraded = { ...EXPORT_MIGRATIONS[step]!(upgraded), version: step };

  // Count before checking entry by entry: an absurd list is refused without walking it.
  const data = upgraded.data;
  const lists = { logs: [] as unknown[], journal: [] as unknown[] };
  let rest = upgraded;
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const byPart = data as Record<string, unknown>;
    for (const part of ENTRY_PARTS) {
      const list = byPart[part];
      if (Array.isArray(list) && list.length > MAX_ENTRIES)
        return { ok: false, problem: { code: 'invalid', part, rule: 'tooMany' } };
      if (Array.isArray(list)) lists[part] = list;
    }
    // Everything but the entries is checked at once (it is small); the entries step by step below.
    rest = {
      ...upgraded,
      data: {
        ...byPart,
        ...(Array.isArray(byPart.logs) ? { logs: [] } : {}),
        ...(Array.isArray(byPart.journal) ? { journal: [] } : {}),
      },
    };
  }
  const hostile = firstHostileText(rest);
  if (hostile) return { ok: false, problem: hostile };
  const parsed = v.safeParse(fileSchema, rest, { abortEarly: true });
  if (!parsed.success) return { ok: false, problem: describeIssue(parsed.issues[0]) };
  const raw = parsed.output;

  const total = lists.logs.length + lists.journal.length;
  let checked = 0;
  const values = { logs: [] as SymptomLog[], journal: [] as JournalEntry[] };
  for (const part of ENTRY_PARTS) {
    const list = lists[part];
    for (let i = 0; i < list.length; i++) {
      const path = ['data', part, i];
      const bad = firstHostileText(list[i], path);
      if (bad) return { ok: false, problem: bad };
      const shape = v.safeParse(ENTRY_SCHEMAS[part], list[i], { abortEarly: true });
      if (!shape.success) return { ok: false, problem: describeIssue(shape.issues[0], path) };
      // Then the store's own validator and its time rule for a new record (none before 1970-01-02, none past
      // now plus its slack), so every entry accepted lands on a day the store keeps and shows.
      const value = ENTRY_VALIDATORS[part](list[i]);
      if (!value) return { ok: false, problem: { code: 'invalid', part, entry: i + 1, rule: 'entry' } };
      const time = timeProblem(Date.parse(value.at), nowMs);
      if (time)
        return {
          ok: false,
          problem: { code: 'invalid', part, entry: i + 1, field: 'at', rule: time === 'future' ? 'future' : 'tooEarly' },
        };
      (values[part] as unknown[]).push(value);
      if (++checked % STEP_ENTRIES === 0) yield checked / total;
    }
  }
  const logValues = newestOfEach(values.logs);
  const journalValues = newestOfEach(values.journal);
  const duplicates: ['planHistory' | 'symptoms', string[]][] = [
    ['planHistory', raw.data.planHistory.map((cycle) => `${cycle.number}|${cycle.start}`)],
    ['symptoms', raw.data.symptoms.custom.map((symptom) => symptom.id)],
  ];
  for (const [part, keys] of duplicates) {
    const index = firstDuplicate(keys);
    if (index >= 0) return { ok: false, problem: { code: 'invalid', part, entry: index + 1, rule: 'duplicate' } };
  }
  const single = <T>(part: PartId, value: unknown, validate: (value: unknown) => T | undefined): T | ImportProblem =>
    validate(value) ?? { code: 'invalid', part, rule: 'entry' };
  const parts = {
    plan: single('plan', raw.data.plan, validatePlanState),
    planHistory: single('planHistory', raw.data.planHistory, validatePlanHistory),
    symptoms: single('symptoms', raw.data.symptoms, validateSymptomSettings),
    planReminder: single('planReminder', raw.data.planReminder, validateReminderSettings),
    backupReminder: single('backupReminder', raw.data.backupReminder, validateBackupSettings),
    readingProgress: single('readingProgress', raw.data.readingProgress, validateReadingProgress),
  };
  for (const value of Object.values(parts))
    if ((value as ImportProblem).code === 'invalid') return { ok: false, problem: value as ImportProblem };
  const exportData = { logs: logValues, journal: journalValues, ...parts } as ExportData;
  if ((parts.planHistory as unknown[]).length !== raw.data.planHistory.length)
    return { ok: false, problem: { code: 'invalid', part: 'planHistory', rule: 'entry' } };
  const unreadable = (raw.unreadable?.logs?.length ?? 0) + (raw.unreadable?.journal?.length ?? 0);
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: raw.exportedAt,
    app: { name: 'Gutwise', version: raw.app.version },
    data: exportData,
  };
  return {
    ok: true,
    file,
    unreadable,
    duplicates: values.logs.length - logValues.length + values.journal.length - journalValues.length,
  };
}

/**
 * Reads a picked file's text (`bytes`: its size) into an export file, or the one problem that stops it.
 * `nowMs` is the import's own now: no entry may lie later than it (plus the store's slack).
 */
export function parseImport(text: string, bytes: number, nowMs: number): ImportResult {
  const steps = importSteps(text, bytes, nowMs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface ImportStepOptions {
  /** The share of entries checked so far, 0–1. */
  onProgress?: (share: number) => void;
  /** Cancels between two steps: the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Gives the page a turn between steps (to draw progress, take a click on Cancel). */
  pause?: () => Promise<void>;
}

/** `parseImport`, giving the page a turn between steps: progress shown, Cancel possible, the page never frozen for long. */
export async function parseImportInSteps(
  text: string,
  bytes: number,
  nowMs: number,
  options: ImportStepOptions = {},
): Promise<ImportResult> {
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const steps = importSteps(text, bytes, nowMs);
  for (;;) {
    options.signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    await pause();
  }
}
