import { useEffect, useState } from 'preact/hooks';
import type { Clock } from '../../domain/log-time';
import type { SymptomChoice } from '../../domain/symptom-settings';
import type { JournalModel } from '../../models/journal-model';
import type { JournalView as JournalViewType } from './JournalView';

interface Props {
  /** Creates (once) and starts the journal's model: nothing of the journal is read before it is shown. */
  load: () => Promise<JournalModel>;
  nameOf: (symptomId: string) => string;
  choices: SymptomChoice[];
  clock: Clock;
  compose?: boolean;
  onComposeHandled?: () => void;
}

/**
 * The journal view's slot in the side panel: loads the journal the first time it is shown, its code
 * included (about half of the panel's own code), so the guide and Today views start without it.
 */
export function JournalSlot({ load, ...props }: Props) {
  const [model, setModel] = useState<JournalModel | undefined>();
  const [JournalView, setView] = useState<typeof JournalViewType | undefined>();
  useEffect(() => {
    let live = true;
    void Promise.all([load(), import('./JournalView')]).then(([loaded, code]) => {
      if (!live) return;
      setView(() => code.JournalView);
      setModel(loaded);
    });
    return () => {
      live = false;
    };
  }, [load]);
  useEffect(() => {
    if (!model) return;
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
  return model && JournalView ? <JournalView model={model} {...props} /> : null;
}
