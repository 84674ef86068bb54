import { i18n } from '#i18n';
import type { Counts } from '../../domain/data-contents';
import type { DataModel, ImportPreview as Preview } from '../../models/data-model';
import { alsoGoes, formatInstant } from './data-text';
import { ReplaceConfirm } from './ReplaceConfirm';
import type { UnsavedCounts } from '../../domain/data-contents';

interface Props {
  model: DataModel;
  preview: Preview;
  /** What goes besides the stored kinds, when the user is asked to confirm a replace. */
  confirming: UnsavedCounts | undefined;
}

type Row = { key: 'logs' | 'journal' | 'planCycles' | 'customSymptoms' | 'readMarks'; adds: number; updated?: number };

/** What the picked file holds, what is here now, and what merging would add; then merge, replace or cancel. */
export function ImportPreview({ model, preview, confirming }: Props) {
  const { merge, inFile, current } = preview;
  const rows: Row[] = [
    { key: 'logs', adds: merge.logs.added, updated: merge.logs.updated },
    { key: 'journal', adds: merge.journal.added, updated: merge.journal.updated },
    { key: 'planCycles', adds: merge.pastCycles + (merge.planFromFile ? 1 : 0) },
    { key: 'customSymptoms', adds: merge.customSymptoms },
    { key: 'readMarks', adds: merge.readMarks },
  ];
  const count = (counts: Counts, key: Row['key']) => counts[key];
  const skipped = merge.logs.skipped + merge.journal.skipped;
  return (
    <div class="data-preview" data-testid="import-preview">
      <h4>{i18n.t('data.import.previewTitle', [preview.fileName, formatInstant(preview.file.exportedAt)])}</h4>
      <table class="data-table">
        <caption>{i18n.t('data.import.previewLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('data.import.column.kind')}</th>
            <th scope="col">{i18n.t('data.import.column.file')}</th>
            <th scope="col">{i18n.t('data.import.column.here')}</th>
            <th scope="col">{i18n.t('data.import.column.merge')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{i18n.t(`data.import.rows.${row.key}`)}</th>
              <td>{count(inFile, row.key)}</td>
              <td>{count(current, row.key)}</td>
              <td>
                {row.adds}
                {row.updated ? ` ${i18n.t('data.import.updated', row.updated)}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul class="data-notes">
        <li>{merge.planFromFile ? i18n.t('data.import.planFromFile') : i18n.t('data.import.planKept')}</li>
        <li>{merge.settingsFromFile ? i18n.t('data.import.settingsFromFile') : i18n.t('data.import.settingsKept')}</li>
        {skipped > 0 && <li>{i18n.t('data.import.skipped', skipped)}</li>}
        {preview.unreadable > 0 && <li>{i18n.t('data.import.unreadable', preview.unreadable)}</li>}
        {preview.duplicates > 0 && <li>{i18n.t('data.import.duplicates', preview.duplicates)}</li>}
      </ul>
      {confirming ? (
        <ReplaceConfirm model={model} also={alsoGoes(current, confirming)} />
      ) : (
        <>
          <p class="muted" id="data-merge-hint">
            {i18n.t('data.import.mergeHint')}
          </p>
          <p class="data-row">
            <button type="button" class="primary" aria-describedby="data-merge-hint" onClick={() => void model.merge()}>
              {i18n.t('data.import.merge')}
            </button>
            <button type="button" onClick={() => model.askReplace()}>
              {i18n.t('data.import.replace')}
            </button>
            <button type="button" class="link" onClick={() => model.cancelImport()}>
              {i18n.t('data.import.cancel')}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
