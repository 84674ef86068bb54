/**
 * A synchronous cache of the symptom list (the user's settings and their recent counts) in the extension's
 * localStorage, shared by the popup and the side panel. The popup renders its buttons from it in its first
 * frame instead of waiting for storage.local, which stays the source of truth and is read right after.
 * A missing or damaged cache only means the first frame waits: it is validated like any stored value.
 */
import { validateSymptomSettings, validateSymptomUsage, type SymptomSettings, type SymptomUsage } from '../domain/symptom-settings';

export const SNAPSHOT_KEY = 'gutwise.symptomList';
const VERSION = 1;

export interface SymptomListSnapshot {
  settings: SymptomSettings;
  usage: SymptomUsage;
}

export interface SnapshotCache {
  read(): SymptomListSnapshot | undefined;
  write(snapshot: SymptomListSnapshot): void;
}

/** The cache over a Web Storage (the page's localStorage by default; tests pass their own). */
export function symptomListSnapshot(store: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): SnapshotCache {
  return {
    read() {
      try {
        const value = JSON.parse(store?.getItem(SNAPSHOT_KEY) ?? 'null') as { v?: unknown; settings?: unknown; usage?: unknown } | null;
        if (value?.v !== VERSION) return undefined;
        const settings = validateSymptomSettings(value.settings);
        const usage = validateSymptomUsage(value.usage);
        return settings && usage ? { settings, usage } : undefined;
      } catch {
        return undefined;
      }
    },
    write(snapshot) {
      try {
        store?.setItem(SNAPSHOT_KEY, JSON.stringify({ v: VERSION, ...snapshot }));
      } catch {
        // A full or disabled localStorage only costs the next popup one storage read.
      }
    },
  };
}
