import { i18n } from '#i18n';
import type { BackupReminderModel } from '../../models/backup-reminder-model';
import type { DataModel } from '../../models/data-model';
import { BackupSetting } from './BackupSetting';
import { DeleteAll } from './DeleteAll';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { StorageUseSection } from './StorageUseSection';
import { SummaryLink } from '../summary/SummaryLink';

interface Props {
  model: DataModel;
  backup: BackupReminderModel;
}

/** "Your data": where things are stored, export, import, the backup reminder, storage use, delete all. Composes only. */
export function DataView({ model, backup }: Props) {
  return (
    <div class="data-view" data-testid="data-view">
      <h2>{i18n.t('data.heading')}</h2>
      <p>{i18n.t('data.intro')}</p>
      <section aria-labelledby="data-where" class="data-section">
        <h3 id="data-where">{i18n.t('data.where.heading')}</h3>
        <p>{i18n.t('data.where.local')}</p>
        <p>{i18n.t('data.where.sync')}</p>
      </section>
      <SummaryLink />
      <ExportSection model={model} backup={backup} />
      <ImportSection model={model} />
      <BackupSetting backup={backup} />
      <StorageUseSection model={model} />
      <DeleteAll model={model} />
    </div>
  );
}
