import { useEffect, useState } from 'preact/hooks';
import type { BackupReminderModel } from '../../models/backup-reminder-model';
import type { DataModel } from '../../models/data-model';
import type { DataView as DataViewType } from './DataView';

interface Props {
  /** Creates (once) the data view's model: export, import and their schema load only when the view is shown. */
  load: () => Promise<DataModel>;
  backup: BackupReminderModel;
}

/** The "Your data" view's slot in the side panel: its code and model load the first time it is shown. */
export function DataSlot({ load, backup }: Props) {
  const [model, setModel] = useState<DataModel | undefined>();
  const [DataView, setView] = useState<typeof DataViewType | undefined>();
  useEffect(() => {
    let live = true;
    void Promise.all([load(), import('./DataView')]).then(([loaded, code]) => {
      if (!live) return;
      setView(() => code.DataView);
      setModel(loaded);
    });
    return () => {
      live = false;
    };
  }, [load]);
  return model && DataView ? <DataView model={model} backup={backup} /> : null;
}
