import { i18n } from '#i18n';
import type { PlanSnapshot, StripStatus } from '../../domain/plan-progress';
import type { DayMark } from '../../domain/plan-state';
import { PLAN_LENGTH, type PlanContent, type PlanLink } from '../../domain/plan-types';
import { formatLocalDate } from '../../models/plan-text';
import { PlanStrip } from './PlanStrip';
import { StopPlan } from './StopPlan';
import { WhyLink } from './WhyLink';
import { PlanCautionNote } from './PlanCautionNote';
import { JOURNAL_PLAN_DAY } from '../../domain/journal-plan';
import { PlanJournalLink } from '../journal/PlanJournalLink';

type Active = Extract<PlanSnapshot, { kind: 'active' }>;

interface Props {
  snapshot: Active;
  content: PlanContent;
  /** A past day picked in the strip; undefined shows today. */
  selected?: number;
  /** A finished cycle's day, picked to mark late or undo: no pause or stop. */
  review?: boolean;
  onSelect: (day: number | undefined) => void;
  onMark: (day: number, mark: DayMark) => void;
  onUndo: (day: number) => void;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
  onOpenGuide: (link: PlanLink) => void;
  /** Opens the journal ready to write (offered on the plan's journal day). */
  onOpenJournal?: () => void;
}

const STATUS_KEYS: Partial<Record<StripStatus, 'plan.isDone' | 'plan.isSkipped' | 'plan.isMissed'>> = {
  done: 'plan.isDone',
  skipped: 'plan.isSkipped',
  missed: 'plan.isMissed',
};

/** A plan day: "Day 3 of 7", the task, why it helps, done/skip/undo, pause or resume, and the strip. */
export function PlanDayTask({
  snapshot,
  content,
  selected,
  review = false,
  onSelect,
  onMark,
  onUndo,
  onPause,
  onResume,
  onStop,
  onOpenGuide,
  onOpenJournal,
}: Props) {
  const shown = selected ?? snapshot.day;
  const status = snapshot.strip[shown - 1]?.status ?? 'today';
  const task = content.days.find((d) => d.day === shown);
  const statusKey = STATUS_KEYS[status];
  const marked = status === 'done' || status === 'skipped';
  return (
    <>
      <p class="today-kicker">{i18n.t('plan.title')}</p>
      <h2 id="today-card-title">{i18n.t('plan.dayOf', [shown, PLAN_LENGTH])}</h2>
      <p class={`today-task${snapshot.paused ? ' is-resting' : ''}`} data-testid="plan-task">
        {task?.task}
      </p>
      {task?.caution && <PlanCautionNote caution={task.caution} />}
      {task && <WhyLink link={task.why} onOpen={onOpenGuide} />}
      {task?.day === JOURNAL_PLAN_DAY && onOpenJournal && <PlanJournalLink onOpen={onOpenJournal} />}
      <p class="today-status" role="status" data-testid="plan-status">
        {snapshot.paused
          ? i18n.t('plan.paused', [formatLocalDate(snapshot.pausedSince ?? '')])
          : statusKey
            ? i18n.t(statusKey)
            : ''}
      </p>
      {snapshot.paused ? (
        <div class="today-actions">
          <button type="button" class="primary" onClick={onResume}>
            {i18n.t('plan.resume')}
          </button>
        </div>
      ) : (
        <div class="today-actions">
          {marked ? (
            <button type="button" onClick={() => onUndo(shown)}>
              {i18n.t('plan.undo')}
            </button>
          ) : (
            <>
              <button type="button" class="primary" onClick={() => onMark(shown, 'done')}>
                {i18n.t('plan.done')}
              </button>
              <button type="button" onClick={() => onMark(shown, 'skipped')}>
                {i18n.t('plan.skip')}
              </button>
            </>
          )}
          {selected !== undefined && (review || selected !== snapshot.day) && (
            <button type="button" class="link" onClick={() => onSelect(undefined)}>
              {i18n.t('plan.backToToday')}
            </button>
          )}
        </div>
      )}
      <PlanStrip
        days={snapshot.strip}
        selected={selected}
        onSelect={(day) => onSelect(day === snapshot.day && !review ? undefined : day)}
      />
      {!snapshot.paused && !review && (
        <>
          <div class="today-row">
            <button type="button" onClick={onPause}>
              {i18n.t('plan.pause')}
            </button>
            <StopPlan label={i18n.t('plan.stop')} onStop={onStop} />
          </div>
          <p class="today-hint">{i18n.t('plan.pauseHint')}</p>
          <p class="today-hint">{i18n.t('plan.pauseSeeProvider', [i18n.t('caution.redFlags')])}</p>
        </>
      )}
    </>
  );
}
