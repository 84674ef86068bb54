/** The journal's draft (the entries themselves live in per-day keys: storage/journal-days.ts). */
import { validateEntryForm, type EntryForm } from '../../domain/journal-form';
import { LOCAL_ITEMS, localItemKey } from '../keys';
import { defineValidatedItem } from '../validated-item';

/** The journal entry being written and not yet saved, kept as the user types so closing the panel loses nothing. */
export const journalDraftItem = defineValidatedItem<EntryForm | null>(localItemKey('journalDraft'), {
  fallback: null,
  version: LOCAL_ITEMS.journalDraft,
  validate: validateEntryForm,
});
