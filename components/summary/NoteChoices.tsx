import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { NoteChoice } from '../../domain/summary/notes';
import { tableDate } from './summary-format';

interface Props {
  notes: readonly NoteChoice[];
  ticked: ReadonlySet<string>;
  noteLabel: (note: NoteChoice) => string;
  onToggleNote: (key: string) => void;
}

/**
 * The notes of the period, each a checkbox, none ticked. Folded away by default and drawn only when opened:
 * a long history may hold a thousand notes, which would bury the Print button and slow the first frame.
 */
export function NoteChoices({ notes, ticked, noteLabel, onToggleNote }: Props) {
  const [open, setOpen] = useState(false);
  if (notes.length === 0) return <p class="muted">{i18n.t('summary.options.notesNone')}</p>;
  return (
    <details class="summary-notes-choice" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{i18n.t('summary.options.notesCount', [String(notes.length), String(ticked.size)])}</summary>
      {open && (
        <fieldset>
          <legend>{i18n.t('summary.options.notes')}</legend>
          <p class="muted">{i18n.t('summary.options.notesHint')}</p>
          <div class="summary-note-list">
            {notes.map((note) => (
              <label key={note.key} class="summary-choice">
                <input type="checkbox" checked={ticked.has(note.key)} onChange={() => onToggleNote(note.key)} />
                {i18n.t('summary.options.noteOn', [tableDate(note.day), note.time, noteLabel(note), note.text])}
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </details>
  );
}
