import { useEffect } from 'preact/hooks';
import type { SymptomChoice } from '../../domain/symptom-settings';
import type { JournalModel } from '../../models/journal-model';
import { JournalView } from './JournalView';
import type { Clock } from '../../domain/clock';

interface Props {
  /** Creates (once) and starts the journal's model: nothing of the journal is read before it is shown. */
  load: () => JournalModel;
  nameOf: (symptomId: string) => string;
  choices: SymptomChoice[];
  clock: Clock;
  compose?: boolean;
  onComposeHandled?: () => void;
}

/**
 * The journal view's slot in the side panel: reads the journal the first time it is shown, so the guide and
 * Today views start without reading it. Its code ships with the panel's: fetched later it would put one more file
 * on the journal's first-frame path, which costs the journal more than carrying the code costs the other views
 * (both measured: README, Benchmarks, "Figures behind the code").
 */
export function JournalSlot({ load, ...props }: Props) {
  const model = load();
  useEffect(() => {
    // A half-written entry is written at once when the panel is hidden or closed, not only after the pause.
    const flush = () => void model.composer.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [model]);
  return <JournalView model={model} {...props} />;
}
