import { i18n } from '#i18n';
import { Component } from 'preact';
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
function Day({ shown: { day, data }, today, actions }: Props) {
  const items = data ? mergeTimeline(data.entries, data.logs) : [];
  const problems = data ? dayProblems(data) : undefined;
  const headingId = `journal-day-${day}`;
  return (
    <section
      class="journal-day"
      aria-labelledby={headingId}
      data-testid="journal-day"
      data-day={day}
      data-loaded={data ? 'true' : 'false'}
    >
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

/**
 * A day renders again only when its own data (or today, or the actions) changed: a popup log for today, or a
 * step back through older days, then re-renders one section, not the whole window.
 */
export class TimelineDay extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const { shown, today, actions } = this.props;
    return next.shown.day !== shown.day || next.shown.data !== shown.data || next.today !== today || next.actions !== actions;
  }

  override render() {
    return <Day {...this.props} />;
  }
}
