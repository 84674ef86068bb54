/**
 * How each synced value splits into fields for the last-writer-wins merge (domain/lww-map.ts). The finer the
 * fields, the more of two browsers' simultaneous changes both survive: two custom symptoms added at once
 * are two fields, a plan day marked on each browser is two fields. Whatever comes back from fields is
 * validated again by the item's own validator before anything sees it.
 */
import { addDays } from './local-date';
import { liveFields, type FieldState, type Json, type Stamped } from './lww-map';
import { HABIT_DAYS_KEPT, type PlanState } from './plan-state';
import type { SymptomSettings } from './symptom-settings';

/** Turns a value into named fields and back; `prune` drops fields the joined state no longer uses. */
export interface FieldCodec<T> {
  toFields(value: T): Record<string, Json>;
  /** Any shape may come in (another browser, a damaged value): returns the candidate for validation. */
  fromFields(fields: Record<string, Json>): unknown;
  /** Must depend only on the state it is given, so every browser prunes the same way. */
  prune?(state: FieldState): FieldState;
}

const isRecord = (value: unknown): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Fields named `${prefix}${rest}`, as [rest, value] pairs. */
function withPrefix(fields: Record<string, Json>, prefix: string): [string, Json][] {
  return Object.entries(fields)
    .filter(([name]) => name.startsWith(prefix))
    .map(([name, value]) => [name.slice(prefix.length), value]);
}

/** Sorts [key, position] pairs by position, then key, so concurrent additions land in the same order everywhere. */
const byPosition = (a: [string, number], b: [string, number]) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Every top-level property is one field: for small settings objects (reminder time, backup period). */
export function flatCodec<T extends object>(): FieldCodec<T> {
  return {
    toFields: (value) => ({ ...(value as Record<string, Json>) }),
    fromFields: (fields) => ({ ...fields }),
  };
}

/** The symptom list: each custom symptom, each rename and each hidden symptom is its own field. */
export const symptomSettingsCodec: FieldCodec<SymptomSettings> = {
  toFields(settings) {
    const fields: Record<string, Json> = {};
    settings.custom.forEach(({ id, name }, index) => (fields[`custom:${id}`] = [index, name]));
    for (const [id, name] of Object.entries(settings.renamed)) fields[`renamed:${id}`] = name;
    settings.hidden.forEach((id, index) => (fields[`hidden:${id}`] = index));
    if (settings.order) fields.order = [...settings.order];
    return fields;
  },
  fromFields(fields) {
    const custom = withPrefix(fields, 'custom:')
      .filter((entry): entry is [string, [number, string]] => Array.isArray(entry[1]) && typeof entry[1][0] === 'number')
      .map(([id, [index, name]]) => ({ id, name, index }))
      .sort((a, b) => byPosition([a.id, a.index], [b.id, b.index]))
      .map(({ id, name }) => ({ id, name }));
    const hidden = withPrefix(fields, 'hidden:')
      .map(([id, index]): [string, number] => [id, typeof index === 'number' ? index : 0])
      .sort(byPosition)
      .map(([id]) => id);
    return {
      custom,
      renamed: Object.fromEntries(withPrefix(fields, 'renamed:')),
      hidden,
      order: fields.order ?? null,
    };
  },
};

const CYCLE_FIELD = /^c(\d+):/;
const DONE_PREFIX = 'done:';

/**
 * The plan: the cycle under way (number and start), its pauses, reflection and each day's mark, the routine,
 * its pause and each date's ticked habits. Fields of a cycle carry its number, so marks of an old cycle can never
 * attach to a new one.
 */
export const planCodec: FieldCodec<PlanState> = {
  toFields(state) {
    const fields: Record<string, Json> = { cyclesStarted: state.cyclesStarted };
    const { cycle, routine } = state;
    if (cycle) {
      fields.cycle = { number: cycle.number, start: cycle.start };
      fields[`c${cycle.number}:pauses`] = cycle.pauses.map((p) => ({ ...p }));
      fields[`c${cycle.number}:reflection`] = cycle.reflection;
      for (const [day, mark] of Object.entries(cycle.marks)) fields[`c${cycle.number}:mark:${day}`] = mark;
    }
    if (routine) {
      fields.routine = { habits: [...routine.habits], since: routine.since };
      // Its own field: pausing in one browser while another changes the habits keeps both changes.
      fields.routinePause = routine.pausedSince ?? null;
      for (const [date, ids] of Object.entries(routine.done)) fields[`${DONE_PREFIX}${date}`] = [...ids];
    }
    return fields;
  },
  fromFields(fields) {
    const cycleHead = isRecord(fields.cycle) ? fields.cycle : null;
    const prefix = typeof cycleHead?.number === 'number' ? `c${cycleHead.number}:` : undefined;
    const cycle = cycleHead && {
      ...cycleHead,
      pauses: fields[`${prefix}pauses`] ?? [],
      reflection: fields[`${prefix}reflection`] ?? '',
      marks: Object.fromEntries(withPrefix(fields, `${prefix}mark:`)),
    };
    const routineHead = isRecord(fields.routine) ? fields.routine : null;
    const pause = typeof fields.routinePause === 'string' ? { pausedSince: fields.routinePause } : {};
    const routine = routineHead && { ...routineHead, done: Object.fromEntries(withPrefix(fields, DONE_PREFIX)), ...pause };
    return { cycle, routine, cyclesStarted: fields.cyclesStarted ?? 0 };
  },
  prune(state) {
    const live = liveFields(state);
    const cycleNumber = isRecord(live.cycle) ? live.cycle.number : undefined;
    const since = isRecord(live.routine) && typeof live.routine.since === 'string' ? live.routine.since : undefined;
    const doneDates = Object.keys(state.fields)
      .filter((name) => name.startsWith(DONE_PREFIX))
      .map((name) => name.slice(DONE_PREFIX.length))
      .sort();
    const newest = doneDates.at(-1);
    const oldestKept = newest && /^\d{4}-\d{2}-\d{2}$/.test(newest) ? addDays(newest, -(HABIT_DAYS_KEPT - 1)) : undefined;
    const fields: Record<string, Stamped> = {};
    for (const [name, stamped] of Object.entries(state.fields)) {
      const cycleOf = CYCLE_FIELD.exec(name);
      if (cycleOf && Number(cycleOf[1]) !== cycleNumber) continue;
      if (name.startsWith(DONE_PREFIX)) {
        const date = name.slice(DONE_PREFIX.length);
        if (since === undefined || date < since || (oldestKept !== undefined && date < oldestKept)) continue;
      }
      fields[name] = stamped;
    }
    return { epoch: state.epoch, fields };
  },
};
