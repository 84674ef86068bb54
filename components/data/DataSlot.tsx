import { useEffect, useState } from 'preact/hooks';
import type { BackupReminderModel } from '../../models/backup-reminder-model';
import type { DataModel } from '../../models/data-model';
import { DataView } from './DataView';

interface Props {
  /** Creates (once) the data view's model: export, import and their schema load only when the view is shown. */
  load: () => Promise<DataModel>;
  backup: BackupReminderModel;
}

/** The "Your data" view's slot in the side panel. */
export function DataSlot({ load, backup }: Props) {
  const [model, setModel] = useState<DataModel | undefined>();
  useEffect(() => {
    let live = true;
    void load().then((loaded) => live && setModel(loaded));
    return () => {
      live = false;
    };
  }, [load]);
  return model ? <DataView model={model} backup={backup} /> : null;
}
