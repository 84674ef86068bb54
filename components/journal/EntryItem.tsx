import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import type { JournalEntry } from '../../domain/journal-entry';
import type { EntryForm } from '../../domain/journal-form';
import type { TagUse } from '../../domain/journal-tags';
import type { JournalProblem } from '../../models/journal-problem';
import { EntryEditor } from './EntryEditor';
import { entryClock, entryDetail, kindLabel } from './journal-words';

interface Props {
  entry: JournalEntry;
  suggest: (typed: string, chosen: readonly string[]) => TagUse[];
  onUpdate: (entry: JournalEntry, form: EntryForm) => Promise<JournalProblem | undefined>;
  onRemove: (entry: JournalEntry) => void;
  /** An unsaved edit of this entry left from an earlier visit: the editor opens again with it. */
  draft?: EntryForm;
  /** Every change typed in the editor, to keep as a draft. */
  onDraft: (form: EntryForm) => void;
  /** The edit was saved or cancelled. */
  onDraftDone: () => void;
}

/** One journal entry: time, kind, what it records and the note, all as text (never markup), with Edit and Delete. */
export function EntryItem({ entry, suggest, onUpdate, onRemove, draft, onDraft, onDraftDone }: Props) {
  const [editing, setEditing] = useState(draft !== undefined);
  const editButton = useRef<HTMLButtonElement>(null);
  const kind = kindLabel(entry.kind);
  const time = entryClock(entry);
  const detail = entryDetail(entry);

  if (editing) {
    return (
      <li class="log-item log-item-editing journal-item">
        <EntryEditor
          entry={entry}
          suggest={suggest}
          draft={draft}
          onChange={onDraft}
          onSave={async (form) => {
            const problem = await onUpdate(entry, form);
            if (!problem) {
              onDraftDone();
              setEditing(false);
              queueMicrotask(() => editButton.current?.focus());
            }
            return problem;
          }}
          onCancel={() => {
            onDraftDone();
            setEditing(false);
            queueMicrotask(() => editButton.current?.focus());
          }}
        />
      </li>
    );
  }

  return (
    <li class={`log-item journal-item journal-item-${entry.kind}`} data-entry-id={entry.id}>
      <div class="log-item-text">
        <span class="log-time">{time}</span> <span class="log-name">{kind}</span>
        {detail && entry.kind !== 'food' && <span class="journal-detail">{` · ${detail}`}</span>}
        {entry.kind === 'food' && entry.tags.length > 0 && (
          <ul class="tag-chips tag-chips-static" aria-label={i18n.t('journal.food.tagsLabel')}>
            {entry.tags.map((tag) => (
              <li key={tag} class="tag-chip">
                {tag}
              </li>
            ))}
          </ul>
        )}
        {entry.note && <p class="log-note-text">{entry.note}</p>}
      </div>
      <div class="log-item-actions">
        <button
          type="button"
          ref={editButton}
          aria-label={i18n.t('journal.entry.editLabel', [kind, time])}
          onClick={() => setEditing(true)}
        >
          {i18n.t('journal.entry.edit')}
        </button>
        <button type="button" aria-label={i18n.t('journal.entry.deleteLabel', [kind, time])} onClick={() => onRemove(entry)}>
          {i18n.t('journal.entry.delete')}
        </button>
      </div>
    </li>
  );
}
