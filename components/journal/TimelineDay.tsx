import { i18n } from '#i18n';
import { mergeTimeline } from '../../domain/journal-timeline';
import { dayProblems, type ShownDay } from '../../models/journal-timeline-model';
import type { ItemActions } from './item-actions';
import { formatDay } from './journal-words';
import { TimelineItems } from './TimelineItems';

interface Props {
  shown: ShownDay;
  today: string;
  actions: ItemActions;
}

/** One day of the timeline: its date, then entries and symptom logs in time order. */
export function TimelineDay({ shown: { day, data }, today, actions }: Props) {
  const items = data ? mergeTimeline(data.entries, data.logs) : [];
  const problems = data ? dayProblems(data) : undefined;
  const headingId = `journal-day-${day}`;
  return (
    <section class="journal-day" aria-labelledby={headingId} data-testid="journal-day" data-day={day} data-loaded={data ? 'true' : 'false'}>
      <h3 id={headingId} class="journal-day-heading" tabIndex={-1}>
        {formatDay(day)}
        {day === today && <span class="journal-today-mark">{` · ${i18n.t('journal.day.today')}`}</span>}
      </h3>
      {!data ? (
        <p class="muted">{i18n.t('journal.day.loading')}</p>
      ) : items.length === 0 ? (
        <p class="muted">{i18n.t('journal.day.empty')}</p>
      ) : (
        <TimelineItems items={items} actions={actions} label={i18n.t('journal.day.count', items.length)} />
      )}
      {problems && problems.damaged > 0 && <p class="journal-damaged">{i18n.t('journal.day.damaged', problems.damaged)}</p>}
      {problems?.unreadable && <p class="journal-damaged">{i18n.t('journal.day.unreadable')}</p>}
    </section>
  );
}
