/**
 * Every key Gutwise writes, in one list: extension storage (`local`, `sync`) and the pages' own localStorage
 * (`page`), each with the version of what it holds and the builder that makes its keys. Code that names a key
 * (the stores, the items, data kinds, "delete all", export and import, the tests) takes it from here, and
 * tests/integration/data/stored-keys.test.ts fails on a key found in a fully used store that this list lacks.
 *
 * A shape change bumps the version here and adds one migration step (storage/migrations/) with a fixture of
 * the old shape and its test.
 *
 * Plain names and functions with no import beyond the popup's two first-script keys, so any page can import a
 * builder without the registry: `keyRegistry()` is built only when called, so a page that never calls it
 * (the popup) carries only the names it uses.
 */
import { FIRST_FRAME_COPY_KEY, SYMPTOM_LIST_COPY_KEY } from './page-copy-keys';

export { FIRST_FRAME_COPY_KEY, SYMPTOM_LIST_COPY_KEY };

/** Where a key lives: `storage.local`, `storage.sync`, or the extension pages' localStorage. */
export type KeyPlace = 'local' | 'sync' | 'page';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** The part of `key` after `prefix` when it matches `pattern`, else undefined. */
const after = (key: string, prefix: string, pattern: RegExp): string | undefined => {
  if (!key.startsWith(prefix)) return undefined;
  const rest = key.slice(prefix.length);
  return pattern.test(rest) ? rest : undefined;
};

// ---- storage.local: records, one key per local day ----

export const LOG_DAY_PREFIX = 'logs:';
export const LOG_DAY_VERSION = 2;
/** A day of symptom logs: `logs:2026-11-26` holds `{ v: 2, logs: [...] }`. */
export const logDayKey = (day: string): string => `${LOG_DAY_PREFIX}${day}`;
/** The day of a log-day key, or undefined for any other key. */
export const dayOfLogKey = (key: string): string | undefined => after(key, LOG_DAY_PREFIX, DAY);

export const JOURNAL_DAY_PREFIX = 'journal:';
export const JOURNAL_DAY_VERSION = 1;
/** A day of journal entries: `journal:2026-11-26` holds `{ v: 1, entries: [...] }`. */
export const journalDayKey = (day: string): string => `${JOURNAL_DAY_PREFIX}${day}`;
/** The day of a journal-day key, or undefined for any other key. */
export const dayOfJournalKey = (key: string): string | undefined => after(key, JOURNAL_DAY_PREFIX, DAY);

// ---- storage.local: derived from the records ----

export const MONTH_SUMMARY_PREFIX = 'insights:';
export const MONTH_SUMMARY_VERSION = 1;
/** Insights' summary of a month (`insights:2026-11`), written in the same write as each of its days. */
export const monthSummaryKey = (month: string): string => `${MONTH_SUMMARY_PREFIX}${month}`;
/** The month of a summary key, or undefined for any other key. */
export const monthOfSummaryKey = (key: string): string | undefined => after(key, MONTH_SUMMARY_PREFIX, MONTH);

// ---- storage.local: one value each (storage/items/) ----

/**
 * The validated items' names in `storage.local`, and their versions. The layout is the one @wxt-dev/storage
 * used: `name` holds the value and `name$` holds `{ v: version }` once the version is above 1.
 */
export const LOCAL_ITEMS = {
  planHistory: 1,
  readingProgress: 1,
  panelView: 1,
  backupState: 1,
  journalDraft: 1,
  summaryName: 1,
} as const;
export type LocalItemName = keyof typeof LOCAL_ITEMS;
/** A local item's key as storage/validated-item.ts takes it (`local:planHistory`; stored as `planHistory`). */
export const localItemKey = <N extends LocalItemName>(name: N): `local:${N}` => `local:${name}`;
/** Where a validated item keeps its version when it is above 1. */
export const versionKeyOf = (name: string): string => `${name}$`;

// ---- storage.sync, and this browser's copy of it in storage.local (storage/synced-item.ts) ----

/** The synced items: how many sync keys ("shards") each spreads over, and their field layout's version. */
export const SYNCED_ITEMS = {
  plan: { shards: 2, version: 1 },
  symptoms: { shards: 4, version: 1 },
  planReminder: { shards: 1, version: 1 },
  backupReminder: { shards: 1, version: 1 },
} as const;
/** A synced item's sync keys: `plan`, `plan.1`, ... */
export const syncShardKeys = (name: string, shards: number): string[] =>
  Array.from({ length: shards }, (_, i) => (i === 0 ? name : `${name}.${i}`));
export const SHADOW_PREFIX = 'synced:';
/** This browser's full copy of a synced item in `storage.local` (`synced:plan`). */
export const shadowKey = (name: string): string => `${SHADOW_PREFIX}${name}`;
/** Kept in `storage.local` under their own names by earlier releases; moved to sync once, then removed. */
export const LEGACY_LOCAL_NAMES = ['plan', 'symptoms', 'planReminder'] as const;

// ---- the pages' localStorage ----

/** Every page-storage key starts with it; "delete all" and import clear what they find under it. */
export const PAGE_STORAGE_PREFIX = 'gutwise.';
export const PAGE_COPY_VERSION = 1;
export const PLAN_COPY_KEY = 'gutwise.plan';
export const READING_PLACE_COPY_KEY = 'gutwise.readingProgress';
export const PANEL_VIEW_COPY_KEY = 'gutwise.panelView';
export const PENDING_LOG_PREFIX = 'gutwise.pendingLog.';
/** A symptom log on its way to storage (storage/pending-logs.ts). */
export const pendingLogKey = (id: string): string => `${PENDING_LOG_PREFIX}${id}`;
export const EDIT_DRAFT_PREFIX = 'gutwise.editDraft.';
/** An unsaved edit of a saved journal entry (storage/edit-drafts.ts). */
export const editDraftKey = (id: string): string => `${EDIT_DRAFT_PREFIX}${id}`;

// ---- the registry ----

/** What a key (or a family of keys) holds, for export, import and "delete all". */
export type KeyKind =
  /** The user's records and settings: exported, imported, deleted. */
  | 'record'
  /** Computed from the records: never exported, rebuilt by import, deleted. */
  | 'derived'
  /** This browser's own state: not exported, deleted. */
  | 'browserState'
  /** A copy of a stored value for a page's first frame: cleared by import and "delete all". */
  | 'pageCopy'
  /** A record not yet in extension storage (a pending log, a draft): kept by a merge, cleared otherwise. */
  | 'unsaved'
  /** Written by an earlier release; read once, moved and removed. */
  | 'legacy';

export interface KeyEntry {
  /** A name for the key or family, as this file's builders are named. */
  name: string;
  place: KeyPlace;
  kind: KeyKind;
  /** The version of what it holds (storage/migrations/ has one step per version after the first). */
  version: number;
  /** Whether `key` (in `place`) is this entry's key or one of its family. */
  matches(key: string): boolean;
}

const one = (name: string, place: KeyPlace, kind: KeyKind, version: number, key = name): KeyEntry => ({
  name,
  place,
  kind,
  version,
  matches: (k) => k === key,
});

/** Every key Gutwise writes, and the keys of earlier releases it still reads. */
export const keyRegistry = (): readonly KeyEntry[] => [
  { name: 'logDay', place: 'local', kind: 'record', version: LOG_DAY_VERSION, matches: (k) => dayOfLogKey(k) !== undefined },
  {
    name: 'journalDay',
    place: 'local',
    kind: 'record',
    version: JOURNAL_DAY_VERSION,
    matches: (k) => dayOfJournalKey(k) !== undefined,
  },
  {
    name: 'monthSummary',
    place: 'local',
    kind: 'derived',
    version: MONTH_SUMMARY_VERSION,
    matches: (k) => monthOfSummaryKey(k) !== undefined,
  },
  one('planHistory', 'local', 'record', LOCAL_ITEMS.planHistory),
  one('readingProgress', 'local', 'record', LOCAL_ITEMS.readingProgress),
  one('panelView', 'local', 'browserState', LOCAL_ITEMS.panelView),
  one('backupState', 'local', 'browserState', LOCAL_ITEMS.backupState),
  one('journalDraft', 'local', 'browserState', LOCAL_ITEMS.journalDraft),
  one('summaryName', 'local', 'browserState', LOCAL_ITEMS.summaryName),
  ...Object.entries(SYNCED_ITEMS).flatMap(([name, { shards, version }]): KeyEntry[] => [
    { name, place: 'sync', kind: 'record', version, matches: (k) => syncShardKeys(name, shards).includes(k) },
    one(`${name} (this browser's copy)`, 'local', 'record', version, shadowKey(name)),
  ]),
  ...LEGACY_LOCAL_NAMES.flatMap((name) => [
    one(`${name} (earlier release)`, 'local', 'legacy', 1, name),
    one(`${name} (earlier release's version)`, 'local', 'legacy', 1, versionKeyOf(name)),
  ]),
  one('symptomListCopy', 'page', 'pageCopy', PAGE_COPY_VERSION, SYMPTOM_LIST_COPY_KEY),
  one('planCopy', 'page', 'pageCopy', PAGE_COPY_VERSION, PLAN_COPY_KEY),
  one('readingPlaceCopy', 'page', 'pageCopy', PAGE_COPY_VERSION, READING_PLACE_COPY_KEY),
  one('panelViewCopy', 'page', 'pageCopy', PAGE_COPY_VERSION, PANEL_VIEW_COPY_KEY),
  // Not versioned itself: a copy is drawn only under the key it was made for, which names the build.
  one('firstFrameCopy', 'page', 'pageCopy', 1, FIRST_FRAME_COPY_KEY),
  {
    name: 'pendingLog',
    place: 'page',
    kind: 'unsaved',
    version: PAGE_COPY_VERSION,
    matches: (k) => k.startsWith(PENDING_LOG_PREFIX) && k.length > PENDING_LOG_PREFIX.length,
  },
  {
    name: 'editDraft',
    place: 'page',
    kind: 'unsaved',
    version: PAGE_COPY_VERSION,
    matches: (k) => k.startsWith(EDIT_DRAFT_PREFIX) && k.length > EDIT_DRAFT_PREFIX.length,
  },
];

/** The registry's entry for `key` in `place`, or undefined for a key Gutwise does not write. */
export const keyEntryOf = (place: KeyPlace, key: string): KeyEntry | undefined =>
  keyRegistry().find((entry) => entry.place === place && entry.matches(key));
