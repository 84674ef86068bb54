/**
 * The registry of every stored key. Each item has a version; when its shape changes, bump the version
 * and add a migration step (with a fixture of the old shape and a test in tests/integration/storage/).
 */
import { EMPTY_PROGRESS, validateReadingProgress } from '../domain/reading-progress';
import { defineValidatedItem } from './validated-item';
import { PANEL_VIEWS, type PanelView } from '../domain/panel-route';

/** The guide reader's place and the sections marked read. Local: it is per-browser reading state. */
export const readingProgressItem = defineValidatedItem('local:readingProgress', {
  fallback: EMPTY_PROGRESS,
  version: 1,
  validate: validateReadingProgress,
});

/** The side panel view the user left open, so reopening the panel returns there. */
export const panelViewItem = defineValidatedItem<PanelView>('local:panelView', {
  fallback: 'today',
  version: 1,
  validate: (value) => (PANEL_VIEWS.includes(value as PanelView) ? (value as PanelView) : undefined),
});
