import type { PlanLink } from '../../domain/plan-types';
import type { PlanModel } from '../../models/plan-model';
import type { ReminderModel } from '../../models/reminder-model';
import { HabitsToday } from './HabitsToday';
import { PlanComplete } from './PlanComplete';
import { PlanDayTask } from './PlanDayTask';
import { PlanHistory } from './PlanHistory';
import { PlanStart } from './PlanStart';
import { PlanUpcoming } from './PlanUpcoming';
import { ReminderSettings } from './ReminderSettings';
import { SyncProblem } from './SyncProblem';

interface Props {
  plan: PlanModel;
  reminder: ReminderModel;
  onOpenGuide: (link: PlanLink) => void;
  /** Opens the journal ready to write (the plan's journal day). */
  onOpenJournal?: () => void;
}

/** The Today card: whichever part of the plan the user is in, then their past cycles and the reminder. */
export function TodayCard({ plan, reminder, onOpenGuide, onOpenJournal }: Props) {
  if (!plan.loaded.value) return null;
  const snapshot = plan.snapshot.value;
  const selected = plan.selectedDay.value;
  const select = (day: number | undefined) => (plan.selectedDay.value = day);
  let body;
  if (snapshot.kind === 'none') {
    body = <PlanStart today={plan.today.value} onStart={plan.start} />;
  } else if (snapshot.kind === 'upcoming') {
    body = (
      <PlanUpcoming
        start={snapshot.start}
        daysUntil={snapshot.daysUntil}
        onStop={() => void plan.stop()}
        onStartToday={() => void plan.stop().then(() => plan.start())}
      />
    );
  } else if (snapshot.kind === 'habits') {
    body = (
      <HabitsToday
        snapshot={snapshot}
        habits={plan.content.habits}
        onToggle={(id, done) => void plan.setHabitDone(id, done)}
        onChoose={(ids) => void plan.chooseHabits(ids)}
        onStartPlan={() => plan.start()}
        onStop={() => void plan.stop()}
        onPause={() => void plan.pause()}
        onResume={() => void plan.resume()}
        onOpenGuide={onOpenGuide}
      />
    );
  } else if (snapshot.kind === 'complete' && selected === undefined) {
    body = (
      <PlanComplete
        snapshot={snapshot}
        habits={plan.content.habits}
        onSelect={select}
        onSaveReflection={plan.saveReflection}
        onRepeat={() => void plan.repeat()}
        onKeepGoing={(ids) => void plan.keepGoing(ids)}
      />
    );
  } else {
    // An active day, or a day of a finished cycle picked in the strip to mark late or undo.
    const day =
      snapshot.kind === 'active'
        ? snapshot
        : { kind: 'active' as const, day: snapshot.day, paused: false, strip: snapshot.strip };
    body = (
      <PlanDayTask
        snapshot={day}
        content={plan.content}
        selected={selected}
        review={snapshot.kind === 'complete'}
        onSelect={select}
        onMark={(d, mark) => void plan.mark(d, mark)}
        onUndo={(d) => void plan.undo(d)}
        onPause={() => void plan.pause()}
        onResume={() => void plan.resume()}
        onStop={() => void plan.stop()}
        onOpenGuide={onOpenGuide}
        onOpenJournal={onOpenJournal}
      />
    );
  }
  return (
    <section class="today-card" aria-labelledby="today-card-title" data-testid="today-card" data-plan={snapshot.kind}>
      {body}
      <SyncProblem code={plan.problem.value} />
      <PlanHistory cycles={plan.history.value} />
      <ReminderSettings model={reminder} />
    </section>
  );
}
