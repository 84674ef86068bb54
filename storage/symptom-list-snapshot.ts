/**
 * A synchronous cache of the symptom list (the user's settings and their recent counts) in the extension's
 * localStorage, shared by the popup and the side panel. The popup renders its buttons from it in its first
 * frame instead of waiting for storage.local, which stays the source of truth and is read right after.
 * A missing or damaged cache only means the first frame waits: it is validated like any stored value.
 */
import {
  validateSymptomSettings,
  validateSymptomUsage,
  type SymptomSettings,
  type SymptomUsage,
} from '../domain/symptom-settings';
import { pageSnapshot, type PageSnapshot } from './page-snapshot';
import { SNAPSHOT_KEY } from './symptom-list-key';

export { SNAPSHOT_KEY };

export interface SymptomListSnapshot {
  settings: SymptomSettings;
  usage: SymptomUsage;
}

export type SnapshotCache = PageSnapshot<SymptomListSnapshot>;

function validateSnapshot(value: unknown): SymptomListSnapshot | undefined {
  const { settings, usage } = (value ?? {}) as { settings?: unknown; usage?: unknown };
  const validSettings = validateSymptomSettings(settings);
  const validUsage = validateSymptomUsage(usage);
  return validSettings && validUsage ? { settings: validSettings, usage: validUsage } : undefined;
}

/** The cache over a Web Storage (the page's localStorage by default; tests pass their own). */
export function symptomListSnapshot(
  store: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage,
): SnapshotCache {
  return pageSnapshot(SNAPSHOT_KEY, validateSnapshot, store);
}
