/** The journal's draft (the entries themselves live in per-day keys: storage/journal-days.ts). */
import { validateEntryForm, type EntryForm } from '../../domain/journal-form';
import { defineValidatedItem } from '../validated-item';

/** The journal entry being written and not yet saved, kept as the user types so closing the panel loses nothing. */
export const journalDraftItem = defineValidatedItem<EntryForm | null>('local:journalDraft', {
  fallback: null,
  version: 1,
  validate: validateEntryForm,
});
