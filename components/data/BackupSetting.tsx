import { i18n } from '#i18n';
import { BACKUP_PERIODS, type BackupWeeks } from '../../domain/backup-reminder';
import type { BackupReminderModel } from '../../models/backup-reminder-model';

/** How often the Today view reminds the user to export. */
export function BackupSetting({ backup }: { backup: BackupReminderModel }) {
  return (
    <section aria-labelledby="data-backup" class="data-section" id="backup-setting">
      <h3 id="data-backup">{i18n.t('data.backup.heading')}</h3>
      <p class="data-row">
        <label for="data-backup-weeks">{i18n.t('data.backup.label')}</label>
        <select
          id="data-backup-weeks"
          aria-describedby="data-backup-hint"
          value={String(backup.settings.value.weeks)}
          onChange={(event) => void backup.setWeeks(Number(event.currentTarget.value) as BackupWeeks)}
        >
          {BACKUP_PERIODS.map((weeks) => (
            <option key={weeks} value={String(weeks)}>
              {weeks === 0 ? i18n.t('data.backup.off') : i18n.t('data.backup.weeks', weeks)}
            </option>
          ))}
        </select>
      </p>
      <p id="data-backup-hint" class="muted">
        {i18n.t('data.backup.hint')}
      </p>
    </section>
  );
}
