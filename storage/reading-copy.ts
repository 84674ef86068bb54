/**
 * Synchronous copies of the side panel's place in the extension's localStorage: the guide reader's position
 * and the view last left open. With them the panel draws the section the reader left in its first frame,
 * instead of waiting behind storage.local reads (queued after today's logs and the plan).
 * storage.local (storage/items/reading.ts) stays the source of truth and is read right after.
 */
import { validateReadingProgress, type ReadingProgress } from '../domain/reading-progress';
import { validatePanelView, type PanelView } from '../domain/panel-route';
import { PANEL_VIEW_COPY_KEY, READING_PLACE_COPY_KEY } from './keys';
import { pageCopy, type PageCopy } from './page-copy';

type WebStorage = Pick<Storage, 'getItem' | 'setItem'> | undefined;

export function readingPlaceCopy(store: WebStorage = globalThis.localStorage): PageCopy<ReadingProgress> {
  return pageCopy(READING_PLACE_COPY_KEY, validateReadingProgress, store);
}

export function panelViewCopy(store: WebStorage = globalThis.localStorage): PageCopy<PanelView> {
  return pageCopy(PANEL_VIEW_COPY_KEY, validatePanelView, store);
}
