/**
 * A last-writer-wins map of fields: how a synced value merges when two browsers change it at the same
 * time. Each field carries the stamp of its last write, so a merge keeps the newest write of *each field*
 * (two browsers changing different fields both win) instead of one whole object replacing the other.
 *
 * An `epoch` starts the value over: "delete all" and "replace from a file" begin a new epoch, and any state
 * from an older epoch (another browser that had not heard of the deletion yet) is dropped in the merge
 * instead of bringing deleted data back.
 *
 * `join` is commutative, associative and idempotent, so browsers that exchange states in any order, any
 * number of times, end with the same state (tests/unit/lww-map.test.ts checks this with generated histories).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A field's value and the stamp (ms) of its last write; a null value is a removed field. */
export type Stamped = [value: Json, stamp: number];

export interface FieldState {
  /** When this version of the value began (0: never deleted or replaced). */
  epoch: number;
  fields: Record<string, Stamped>;
}

export const EMPTY_STATE: FieldState = { epoch: 0, fields: {} };

/** JSON text with object keys sorted, so equal values always compare equal. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Which of two writes of one field wins: the later stamp; equal stamps are settled by the value, the same way everywhere. */
function newer(a: Stamped, b: Stamped): Stamped {
  if (a[1] !== b[1]) return a[1] > b[1] ? a : b;
  return canonical(a[0]) >= canonical(b[0]) ? a : b;
}

/** Merges two states: the later epoch wins outright; within one epoch, each field's newest write wins. */
export function join(a: FieldState, b: FieldState): FieldState {
  if (a.epoch !== b.epoch) return a.epoch > b.epoch ? a : b;
  const fields: Record<string, Stamped> = { ...a.fields };
  for (const [name, stamped] of Object.entries(b.fields)) {
    const mine = Object.hasOwn(fields, name) ? fields[name] : undefined;
    fields[name] = mine ? newer(mine, stamped) : stamped;
  }
  return { epoch: a.epoch, fields };
}

/** The fields that hold a value (removed ones left out). */
export function liveFields(state: FieldState): Record<string, Json> {
  const live: Record<string, Json> = {};
  for (const [name, [value]] of Object.entries(state.fields)) if (value !== null) live[name] = value;
  return live;
}

/**
 * Records a write: every field whose value differs from `before` (what the writer saw; by default the
 * state's own fields) gets a stamp later than both `now` and its previous stamp (so a browser whose clock is
 * behind still moves its own field forward); fields no longer present are marked removed, so merging with
 * an older copy cannot bring them back. Fields the writer left as they were keep their old stamp.
 */
export function record(
  previous: FieldState,
  next: Record<string, Json>,
  now: number,
  before: Record<string, Json> = liveFields(previous),
): FieldState {
  const fields: Record<string, Stamped> = { ...previous.fields };
  const stampAfter = (name: string) => Math.max(now, (fields[name]?.[1] ?? 0) + 1);
  for (const [name, value] of Object.entries(next)) {
    if (value === null) continue;
    if (!Object.hasOwn(before, name) || canonical(before[name]) !== canonical(value)) fields[name] = [value, stampAfter(name)];
  }
  const seen = new Set([...Object.keys(before), ...Object.keys(liveFields(previous))]);
  for (const name of seen) {
    if (!Object.hasOwn(next, name) || next[name] === null) {
      if (fields[name]?.[0] !== null) fields[name] = [null, stampAfter(name)];
    }
  }
  return { epoch: previous.epoch, fields };
}

/** A new epoch holding `next` (replace), or nothing (delete), later than the previous epoch and `now`. */
export function restart(previous: FieldState, next: Record<string, Json>, now: number): FieldState {
  const epoch = Math.max(now, previous.epoch + 1);
  const fields: Record<string, Stamped> = {};
  for (const [name, value] of Object.entries(next)) if (value !== null) fields[name] = [value, epoch];
  return { epoch, fields };
}

/** Reads a stored state, or undefined when `raw` does not have the shape (a damaged or foreign value). */
export function readState(raw: unknown): FieldState | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { e, f } = raw as { e?: unknown; f?: unknown };
  if (typeof e !== 'number' || !Number.isFinite(e) || f === null || typeof f !== 'object' || Array.isArray(f)) return undefined;
  const fields: Record<string, Stamped> = {};
  for (const [name, entry] of Object.entries(f as Record<string, unknown>)) {
    // A hostile name must never reach an object's prototype.
    if (name === '__proto__') continue;
    if (Array.isArray(entry) && entry.length === 2 && typeof entry[1] === 'number' && Number.isFinite(entry[1])) {
      fields[name] = [entry[0] as Json, entry[1]];
    }
  }
  return { epoch: e, fields };
}

/** Which of `count` shards a field is kept in (a stable hash of its name, FNV-1a). */
export function shardOf(name: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}
