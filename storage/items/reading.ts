/** The guide reader's stored state. */
import { EMPTY_PROGRESS, validateReadingProgress } from '../../domain/reading-progress';
import { validatePanelView, type PanelView } from '../../domain/panel-route';
import { LOCAL_ITEMS, localItemKey } from '../keys';
import { defineValidatedItem } from '../validated-item';

/** The guide reader's place and the sections marked read. Local: it is per-browser reading state. */
export const readingProgressItem = defineValidatedItem(localItemKey('readingProgress'), {
  fallback: EMPTY_PROGRESS,
  version: LOCAL_ITEMS.readingProgress,
  validate: validateReadingProgress,
});

/** The side panel view the user left open, so reopening the panel returns there. */
export const panelViewItem = defineValidatedItem<PanelView>(localItemKey('panelView'), {
  fallback: 'today',
  version: LOCAL_ITEMS.panelView,
  validate: validatePanelView,
});
