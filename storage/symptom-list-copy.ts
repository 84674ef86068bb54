/**
 * A page copy of the symptom list (the user's settings and their recent counts) in the extension's
 * localStorage, shared by the popup and the side panel. The popup renders its buttons from it in its first
 * frame instead of waiting for storage.local, which stays the source of truth and is read right after.
 * A missing or damaged copy only means the first frame waits: it is validated like any stored value.
 */
import {
  validateSymptomSettings,
  validateSymptomUsage,
  type SymptomSettings,
  type SymptomUsage,
} from '../domain/symptom-settings';
import { pageCopy, type PageCopy } from './page-copy';
import { SYMPTOM_LIST_COPY_KEY } from './page-copy-keys';

export { SYMPTOM_LIST_COPY_KEY };

export interface SymptomList {
  settings: SymptomSettings;
  usage: SymptomUsage;
}

export type SymptomListCopy = PageCopy<SymptomList>;

function validateList(value: unknown): SymptomList | undefined {
  const { settings, usage } = (value ?? {}) as { settings?: unknown; usage?: unknown };
  const validSettings = validateSymptomSettings(settings);
  const validUsage = validateSymptomUsage(usage);
  return validSettings && validUsage ? { settings: validSettings, usage: validUsage } : undefined;
}

/** The copy in a Web Storage (the page's localStorage by default; tests pass their own). */
export function symptomListCopy(
  store: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage,
): SymptomListCopy {
  return pageCopy(SYMPTOM_LIST_COPY_KEY, validateList, store);
}

/** The copy exactly as stored, unparsed (what the popup's first-frame copy is rendered from); null when unreadable. */
export function symptomListCopyText(store: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string | null {
  try {
    return store?.getItem(SYMPTOM_LIST_COPY_KEY) ?? null;
  } catch {
    return null;
  }
}
