import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PlanHabit } from '../../domain/plan-types';
import { PlanCautionNote } from './PlanCautionNote';

interface Props {
  habits: PlanHabit[];
  initial: readonly string[];
  onConfirm: (ids: string[]) => void;
  onCancel: () => void;
}

/** Choose which habits to keep as daily tasks: checkboxes in a named group, confirm or cancel. */
export function HabitPicker({ habits, initial, onConfirm, onCancel }: Props) {
  const [chosen, setChosen] = useState<string[]>([...initial]);
  const [empty, setEmpty] = useState(false);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen.length === 0) setEmpty(true);
        else onConfirm(habits.map((h) => h.id).filter((id) => chosen.includes(id)));
      }}
    >
      <fieldset>
        <legend>{i18n.t('plan.habits.chooseLegend')}</legend>
        <ul class="today-checks">
          {habits.map((habit) => (
            <li key={habit.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(habit.id)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    setEmpty(false);
                    setChosen((ids) => (on ? [...ids, habit.id] : ids.filter((id) => id !== habit.id)));
                  }}
                />
                <span>{habit.text}</span>
              </label>
              {habit.caution && <PlanCautionNote caution={habit.caution} short />}
            </li>
          ))}
        </ul>
      </fieldset>
      {empty && (
        <p class="today-error" role="alert">
          {i18n.t('plan.habits.chooseAtLeastOne')}
        </p>
      )}
      <div class="today-actions">
        <button type="submit" class="primary">
          {i18n.t('plan.habits.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {i18n.t('plan.habits.cancel')}
        </button>
      </div>
    </form>
  );
}
