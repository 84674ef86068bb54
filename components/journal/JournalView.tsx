import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { isActiveQuery } from '../../domain/journal-search';
import { localTime, today as todayOf } from '../../domain/log-time';
import type { SymptomChoice } from '../../domain/symptom-settings';
import type { JournalModel } from '../../models/journal-model';
import { RESULTS_PAGE } from '../../models/journal-model';
import { DayNav } from './DayNav';
import type { ItemActions } from './item-actions';
import { JournalComposer } from './JournalComposer';
import { JournalNotice } from './JournalNotice';
import { JournalResults } from './JournalResults';
import { JournalSearch } from './JournalSearch';
import { JournalTimeline } from './JournalTimeline';
import { MonthCalendar } from './MonthCalendar';
import type { Clock } from '../../domain/clock';

interface Props {
  model: JournalModel;
  nameOf: (symptomId: string) => string;
  choices: SymptomChoice[];
  clock: Clock;
  /** Opened as `#/journal/new` (the plan's day 4): open the form, ready to write. */
  compose?: boolean;
  onComposeHandled?: () => void;
}

const focusUndo = () => queueMicrotask(() => document.getElementById('journal-undo')?.focus());

/** The journal: write an entry, then the day timeline (or search results) with the month calendar. Composes only. */
export function JournalView({ model, nameOf, choices, clock, compose, onComposeHandled }: Props) {
  const [calendarOpen, setCalendarOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const { timeline, composer, notices, query, index } = model;
  const today = todayOf(clock);
  const selected = timeline.selected.value;
  const searching = isActiveQuery(query.value);

  useEffect(() => {
    if (!compose) return;
    void composer.restore().then(() => {
      if (!composer.form.value) composer.open('food');
      setFocusRequest((n) => n + 1);
      onComposeHandled?.();
    });
  }, [compose]);
  // A new search starts from the newest page again.
  useEffect(() => void (model.resultLimit.value = RESULTS_PAGE), [query.value]);

  const actions: ItemActions = useMemo(
    () => ({
      nameOf,
      choices,
      suggest: model.suggestTags,
      updateEntry: model.updateEntry,
      editDraftOf: (entryId) => model.editDrafts.drafts.value[entryId],
      keepEditDraft: model.editDrafts.keep,
      forgetEditDraft: model.editDrafts.forget,
      removeEntry: (entry) => void model.removeEntry(entry).then(focusUndo),
      updateLog: model.updateLog,
      removeLog: (log) => void model.removeLog(log).then(focusUndo),
    }),
    [model, nameOf, choices],
  );
  const defaultAt = () => {
    const now = clock.now();
    return { date: todayOf(clock), time: localTime(now, clock.offsetAt(now)) };
  };
  const openDay = (day: string) => {
    query.value = { text: '', kind: 'all', tag: '' };
    // Focus follows to the day's heading, so the keyboard user lands where the result was.
    void timeline.select(day).then(() => document.getElementById(`journal-day-${day}`)?.focus());
  };

  return (
    <div class="journal-view" data-testid="journal-view">
      <h2 class="journal-heading">{i18n.t('journal.heading')}</h2>
      <p class="journal-intro">{i18n.t('journal.intro')}</p>
      <JournalComposer composer={composer} suggest={model.suggestTags} defaultAt={defaultAt} focusRequest={focusRequest} />
      <JournalNotice notices={notices} nameOf={nameOf} />
      <JournalSearch query={query} tags={model.allTags.value} onPrepare={() => void index.ensure()} />
      {searching ? (
        <JournalResults
          state={index.state.value}
          results={model.results.value}
          actions={actions}
          onOpenDay={openDay}
          onMore={() => (model.resultLimit.value += RESULTS_PAGE)}
          onRetry={() => void index.ensure()}
        />
      ) : (
        <>
          <DayNav
            selected={selected}
            today={today}
            calendarOpen={calendarOpen}
            onSelect={(day) => void timeline.select(day)}
            onToggleCalendar={() => setCalendarOpen(!calendarOpen)}
          />
          {calendarOpen && (
            <MonthCalendar
              selected={selected}
              today={today}
              marked={timeline.daysWithContent.value}
              onSelect={(day) => void timeline.select(day)}
            />
          )}
          <JournalTimeline timeline={timeline} today={today} actions={actions} />
        </>
      )}
    </div>
  );
}
