import type { JournalEntry } from '../../domain/journal-entry';
import type { EntryForm } from '../../domain/journal-form';
import type { TagUse } from '../../domain/journal-tags';
import type { LogChanges, SymptomLog } from '../../domain/symptom-log';
import type { SymptomChoice } from '../../domain/symptom-settings';
import type { JournalProblem } from '../../models/journal-problem';
import type { LogProblem } from '../../models/log-problem';

/** What an item in the timeline or the search results can do, and the names it shows. */
export interface ItemActions {
  nameOf: (symptomId: string) => string;
  /** Symptoms a log's edit may switch to. */
  choices: SymptomChoice[];
  suggest: (typed: string, chosen: readonly string[]) => TagUse[];
  updateEntry: (entry: JournalEntry, form: EntryForm) => Promise<JournalProblem | undefined>;
  /** The unsaved edit of an entry left when the panel last closed, if any. */
  editDraftOf: (entryId: string) => EntryForm | undefined;
  keepEditDraft: (entryId: string, form: EntryForm) => void;
  forgetEditDraft: (entryId: string) => void;
  removeEntry: (entry: JournalEntry) => void;
  updateLog: (log: SymptomLog, changes: LogChanges) => Promise<LogProblem | undefined>;
  removeLog: (log: SymptomLog) => void;
}
