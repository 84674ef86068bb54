import { i18n } from '#i18n';
import type { BackupReminderModel } from '../../models/backup-reminder-model';
import type { DataModel } from '../../models/data-model';
import { formatInstant } from './data-text';

/** Export: everything as JSON (the backup), logs and journal as CSV (for spreadsheets). */
export function ExportSection({ model, backup }: { model: DataModel; backup: BackupReminderModel }) {
  const notice = model.exportNotice.value;
  const last = backup.state.value.lastExportAt;
  const busy = model.busy.value;
  return (
    <section aria-labelledby="data-export" class="data-section">
      <h3 id="data-export">{i18n.t('data.export.heading')}</h3>
      <p class="data-row">
        <button
          type="button"
          class="primary"
          disabled={busy}
          aria-describedby="data-export-hint"
          onClick={() => void model.exportAll()}
        >
          {i18n.t('data.export.all')}
        </button>
      </p>
      <p id="data-export-hint" class="muted">
        {i18n.t('data.export.allHint')}
      </p>
      <p class="data-row">
        <button type="button" disabled={busy} aria-describedby="data-csv-hint" onClick={() => void model.exportCsv('logs')}>
          {i18n.t('data.export.logsCsv')}
        </button>
        <button type="button" disabled={busy} aria-describedby="data-csv-hint" onClick={() => void model.exportCsv('journal')}>
          {i18n.t('data.export.journalCsv')}
        </button>
      </p>
      <p id="data-csv-hint" class="muted">
        {i18n.t('data.export.csvHint')}
      </p>
      <p class="muted" data-testid="last-export">
        {last ? i18n.t('data.export.last', [formatInstant(last)]) : i18n.t('data.export.never')}
      </p>
      <p role="status" class={notice?.kind === 'failed' ? 'data-error' : 'data-ok'}>
        {notice?.kind === 'saved'
          ? i18n.t('data.export.saved', [notice.name])
          : notice?.kind === 'failed'
            ? i18n.t('data.export.failed')
            : ''}
      </p>
    </section>
  );
}
