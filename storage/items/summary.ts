/** The summary page's one remembered choice. */
import { SUMMARY_NAME_MAX } from '../../domain/summary/summary';
import { LOCAL_ITEMS, localItemKey } from '../keys';
import { defineValidatedItem } from '../validated-item';

/**
 * The name printed on the summary for the user's doctor: stored only when the user ticks "Remember this
 * name", removed when they untick it, so by default a name typed there is gone when the tab closes.
 */
export const summaryNameItem = defineValidatedItem<string>(localItemKey('summaryName'), {
  fallback: '',
  version: LOCAL_ITEMS.summaryName,
  validate: (value) => (typeof value === 'string' && value.length <= SUMMARY_NAME_MAX ? value : undefined),
});
