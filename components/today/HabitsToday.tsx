import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PlanSnapshot } from '../../domain/plan-progress';
import type { PlanHabit, PlanLink } from '../../domain/plan-types';
import { HabitPicker } from './HabitPicker';
import { StopPlan } from './StopPlan';
import { WhyLink } from './WhyLink';
import { PlanCautionNote } from './PlanCautionNote';
import { formatLocalDate } from '../../models/plan-text';

type Habits = Extract<PlanSnapshot, { kind: 'habits' }>;

interface Props {
  snapshot: Habits;
  habits: PlanHabit[];
  onToggle: (habit: string, done: boolean) => void;
  onChoose: (ids: string[]) => void;
  onStartPlan: () => void;
  onStop: () => void;
  onPause: () => void;
  onResume: () => void;
  onOpenGuide: (link: PlanLink) => void;
}

/** "Keep going": today's chosen habits as a checklist; a new day starts with none ticked, nothing is owed. */
export function HabitsToday({
  snapshot,
  habits,
  onToggle,
  onChoose,
  onStartPlan,
  onStop,
  onPause,
  onResume,
  onOpenGuide,
}: Props) {
  const [changing, setChanging] = useState(false);
  const mine = snapshot.habits.map((id) => habits.find((h) => h.id === id)).filter((h): h is PlanHabit => h !== undefined);
  const all = mine.length > 0 && snapshot.doneToday.length === mine.length;
  return (
    <>
      <p class="today-kicker">{i18n.t('plan.title')}</p>
      <h2 id="today-card-title">{i18n.t('plan.habits.title')}</h2>
      <p role="status">
        {snapshot.paused
          ? i18n.t('plan.habits.paused', [formatLocalDate(snapshot.pausedSince ?? '')])
          : all
            ? i18n.t('plan.habits.allDone')
            : i18n.t('plan.habits.progress', [snapshot.doneToday.length, mine.length])}
      </p>
      {snapshot.paused ? (
        <div class="today-actions">
          <button type="button" class="primary" onClick={onResume}>
            {i18n.t('plan.habits.resume')}
          </button>
        </div>
      ) : changing ? (
        <HabitPicker
          habits={habits}
          initial={snapshot.habits}
          onCancel={() => setChanging(false)}
          onConfirm={(ids) => {
            onChoose(ids);
            setChanging(false);
          }}
        />
      ) : (
        <>
          <ul class="today-checks" aria-label={i18n.t('plan.habits.listLabel')}>
            {mine.map((habit) => (
              <li key={habit.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={snapshot.doneToday.includes(habit.id)}
                    onChange={(event) => onToggle(habit.id, event.currentTarget.checked)}
                  />
                  <span>{habit.text}</span>
                </label>
                {habit.caution && <PlanCautionNote caution={habit.caution} />}
                <WhyLink link={habit.why} onOpen={onOpenGuide} />
              </li>
            ))}
          </ul>
          <div class="today-row">
            <button type="button" onClick={() => setChanging(true)}>
              {i18n.t('plan.habits.change')}
            </button>
            <button type="button" onClick={onStartPlan}>
              {i18n.t('plan.habits.startPlan')}
            </button>
            <StopPlan label={i18n.t('plan.habits.stop')} onStop={onStop} />
          </div>
          <div class="today-row">
            <button type="button" onClick={onPause}>
              {i18n.t('plan.habits.pause')}
            </button>
          </div>
          <p class="today-hint">{i18n.t('plan.habits.pauseHint')}</p>
        </>
      )}
      <p class="today-hint">{i18n.t('plan.pauseSeeProvider', [i18n.t('caution.redFlags')])}</p>
    </>
  );
}
