import { i18n } from '#i18n';
import type { BackupReminderModel } from '../../models/backup-reminder-model';

interface Props {
  model: BackupReminderModel;
  onExport: () => void;
  onSettings: () => void;
}

/** The gentle reminder under the Today view: export now, not now, or change how often. */
export function BackupReminderNotice({ model, onExport, onSettings }: Props) {
  if (!model.due.value) return null;
  const weeks = model.settings.value.weeks;
  const never = model.state.value.lastExportAt === null;
  return (
    <aside class="callout data-reminder" aria-labelledby="backup-reminder-title" data-testid="backup-reminder">
      <p id="backup-reminder-title">
        <strong>{i18n.t('data.backup.noticeTitle')}</strong>
      </p>
      <p>{never ? i18n.t('data.backup.noticeBodyNever', weeks) : i18n.t('data.backup.noticeBody', weeks)}</p>
      <p class="data-row">
        <button type="button" class="primary" onClick={onExport}>
          {i18n.t('data.backup.exportNow')}
        </button>
        <button type="button" onClick={() => void model.snooze()}>
          {i18n.t('data.backup.later')}
        </button>
        <button type="button" class="link" onClick={onSettings}>
          {i18n.t('data.backup.openData')}
        </button>
      </p>
    </aside>
  );
}
