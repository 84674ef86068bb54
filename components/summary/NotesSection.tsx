import { i18n } from '#i18n';
import type { NoteChoice } from '../../domain/summary/notes';
import { tableDate } from './summary-format';

interface Props {
  /** Only the notes the user ticked. */
  notes: readonly NoteChoice[];
  /** What a note was written on: a symptom's name or a journal entry's kind. */
  labelOf: (note: NoteChoice) => string;
}

/** The notes the user chose to print, oldest first. */
export function NotesSection({ notes, labelOf }: Props) {
  if (notes.length === 0) return null;
  return (
    <section class="summary-section" aria-labelledby="summary-notes">
      <h3 id="summary-notes">{i18n.t('summary.notes.heading')}</h3>
      <table class="figures-table summary-table summary-wide">
        <thead>
          <tr>
            <th scope="col">{i18n.t('summary.redFlags.date')}</th>
            <th scope="col">{i18n.t('summary.redFlags.time')}</th>
            <th scope="col">{i18n.t('summary.notes.about')}</th>
            <th scope="col">{i18n.t('summary.redFlags.note')}</th>
          </tr>
        </thead>
        <tbody>
          {notes.map((note) => (
            <tr key={note.key}>
              <td>{tableDate(note.day)}</td>
              <td>{note.time}</td>
              <td>{labelOf(note)}</td>
              <td>{note.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
