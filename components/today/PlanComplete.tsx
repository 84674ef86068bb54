import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PlanSnapshot } from '../../domain/plan-progress';
import type { PlanHabit } from '../../domain/plan-types';
import { HabitPicker } from './HabitPicker';
import { PlanStrip } from './PlanStrip';

type Complete = Extract<PlanSnapshot, { kind: 'complete' }>;

interface Props {
  snapshot: Complete;
  habits: PlanHabit[];
  onSelect: (day: number) => void;
  onSaveReflection: (text: string) => Promise<void>;
  onRepeat: () => void;
  onKeepGoing: (habits: string[]) => void;
}

/** After day 7: the guide's reflection as a note to save, then repeat the plan or keep going with habits. */
export function PlanComplete({ snapshot, habits, onSelect, onSaveReflection, onRepeat, onKeepGoing }: Props) {
  const [draft, setDraft] = useState(snapshot.reflection);
  const [saved, setSaved] = useState(false);
  const [picking, setPicking] = useState(false);
  // Choosing what comes next keeps an unsaved note: it is saved first.
  const thenSave = async (next: () => void) => {
    if (draft.trim() !== snapshot.reflection) await onSaveReflection(draft);
    next();
  };
  return (
    <>
      <p class="today-kicker">{i18n.t('plan.title')}</p>
      <h2 id="today-card-title">{i18n.t('plan.complete.title')}</h2>
      <p>{i18n.t('plan.complete.summary', snapshot.doneCount)}</p>
      <PlanStrip days={snapshot.strip} onSelect={onSelect} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void onSaveReflection(draft).then(() => setSaved(true));
        }}
      >
        <label for="plan-reflection">{i18n.t('plan.complete.reflectLabel')}</label>
        <textarea
          id="plan-reflection"
          maxLength={1000}
          value={draft}
          aria-describedby="plan-reflection-hint"
          onInput={(event) => {
            setDraft(event.currentTarget.value);
            setSaved(false);
          }}
        />
        <p id="plan-reflection-hint" class="today-hint">
          {i18n.t('plan.complete.reflectHint')}
        </p>
        <div class="today-row">
          <button type="submit">{i18n.t('plan.complete.save')}</button>
          <span role="status">{saved ? i18n.t('plan.complete.saved') : ''}</span>
        </div>
      </form>
      <h3>{i18n.t('plan.complete.next')}</h3>
      {picking ? (
        <HabitPicker
          habits={habits}
          initial={[]}
          onCancel={() => setPicking(false)}
          onConfirm={(ids) => void thenSave(() => onKeepGoing(ids))}
        />
      ) : (
        <div class="today-actions">
          <button type="button" class="primary" onClick={() => void thenSave(onRepeat)}>
            {i18n.t('plan.complete.repeat')}
          </button>
          <button type="button" onClick={() => setPicking(true)}>
            {i18n.t('plan.complete.keepGoing')}
          </button>
        </div>
      )}
    </>
  );
}
