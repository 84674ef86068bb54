/**
 * The popup's first frame as markup, in the extension's localStorage, so the next open shows its symptom buttons
 * from the page's HTML and a script of about a kilobyte gzip, before Preact has loaded. The app renders the copy
 * itself (app/popup.tsx) from the same components it hydrates, so there is one source for the markup.
 *
 * A copy is drawn only under the key it was made for: the build, the page's language and the symptom list copy
 * exactly as stored (storage/symptom-list-copy.ts). The popup and the side panel rewrite that list copy on
 * every change (a rename, a hidden symptom, new counts), so a list changed anywhere never matches a stale frame:
 * the page then draws nothing early and the app renders the right list. It holds the symptom names (as the list
 * copy does) and no record; "delete all" and import clear it with the other `gutwise.*` copies.
 *
 * Kept free of imports beyond a key name: it is part of the popup's first script.
 */
import { FIRST_FRAME_COPY_KEY, SYMPTOM_LIST_COPY_KEY } from './page-copy-keys';

export { FIRST_FRAME_COPY_KEY };

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** What a copy must have been made for to be drawn: `build` (the page's script file, named by the build), language, list copy. */
export function firstFrameKey(build: string, language: string, store: Store | undefined = globalThis.localStorage): string {
  return `${build}\n${language}\n${safeGet(store, SYMPTOM_LIST_COPY_KEY) ?? ''}`;
}

/** The stored markup when it was made for `key`; undefined otherwise, or when unreadable. */
export function readFirstFrame(key: string, store: Store | undefined = globalThis.localStorage): string | undefined {
  try {
    const saved = JSON.parse(safeGet(store, FIRST_FRAME_COPY_KEY) ?? 'null') as { key?: unknown; html?: unknown } | null;
    return saved?.key === key && typeof saved.html === 'string' ? saved.html : undefined;
  } catch {
    return undefined;
  }
}

export function writeFirstFrame(key: string, html: string, store: Store | undefined = globalThis.localStorage): void {
  try {
    store?.setItem(FIRST_FRAME_COPY_KEY, JSON.stringify({ key, html }));
  } catch {
    // A full or disabled localStorage only means the next open draws when the app has loaded.
  }
}

function safeGet(store: Store | undefined, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
