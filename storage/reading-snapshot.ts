/**
 * Synchronous copies of the side panel's place in the extension's localStorage: the guide reader's position
 * and the view last left open. With them the panel draws the section the reader left in its first frame,
 * instead of waiting behind storage.local reads (queued after today's logs and the plan).
 * storage.local (storage/items/reading.ts) stays the source of truth and is read right after.
 */
import { validateReadingProgress, type ReadingProgress } from '../domain/reading-progress';
import { validatePanelView, type PanelView } from '../domain/panel-route';
import { pageSnapshot, type PageSnapshot } from './page-snapshot';

type WebStorage = Pick<Storage, 'getItem' | 'setItem'> | undefined;

export function readingPlaceSnapshot(store: WebStorage = globalThis.localStorage): PageSnapshot<ReadingProgress> {
  return pageSnapshot('gutwise.readingProgress', validateReadingProgress, store);
}

export function panelViewSnapshot(store: WebStorage = globalThis.localStorage): PageSnapshot<PanelView> {
  return pageSnapshot('gutwise.panelView', validatePanelView, store);
}
