/**
 * The side panel's view and reading place, copied to localStorage so the panel draws the right view and
 * section in its first frame; readingProgressItem and panelViewItem stay the truth.
 */
import { PANEL_VIEWS, type PanelView } from '../domain/panel-route';
import { validateReadingProgress, type ReadingProgress } from '../domain/reading-progress';
import { pageSnapshot, type PageSnapshot } from './page-snapshot';

export interface ReadingSnapshot {
  view: PanelView;
  progress: ReadingProgress;
}

function validateReadingSnapshot(value: unknown): ReadingSnapshot | undefined {
  const { view, progress } = (value ?? {}) as { view?: unknown; progress?: unknown };
  const place = validateReadingProgress(progress);
  return place && PANEL_VIEWS.includes(view as PanelView) ? { view: view as PanelView, progress: place } : undefined;
}

/** The snapshot over a Web Storage (the page's localStorage by default; tests pass their own). */
export function readingSnapshot(store?: Pick<Storage, 'getItem' | 'setItem'>): PageSnapshot<ReadingSnapshot> {
  return pageSnapshot('gutwise.reading', validateReadingSnapshot, store);
}
