import { useEffect, useState } from 'preact/hooks';
import type { InsightsModel } from '../../models/insights-model';
import type { InsightsView as InsightsViewType, InsightsViewProps } from './InsightsView';

interface Props extends Omit<InsightsViewProps, 'model'> {
  /** Creates (once) the Insights model: its code, statistics and reading load only when the view is shown. */
  load: () => Promise<InsightsModel>;
}

/** The Insights view's slot in the side panel: its code loads, and the records are read again, each time it opens. */
export function InsightsSlot({ load, ...props }: Props) {
  const [model, setModel] = useState<InsightsModel | undefined>();
  const [View, setView] = useState<typeof InsightsViewType | undefined>();
  useEffect(() => {
    let live = true;
    void Promise.all([load(), import('./InsightsView')]).then(([loaded, code]) => {
      if (!live) return;
      void loaded.load();
      setView(() => code.InsightsView);
      setModel(loaded);
    });
    return () => {
      live = false;
    };
  }, [load]);
  return model && View ? <View model={model} {...props} /> : null;
}
