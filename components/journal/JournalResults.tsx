import { i18n } from '#i18n';
import type { PreparedItem, SearchResult } from '../../domain/journal-search';
import type { IndexState } from '../../models/journal-index';
import type { ItemActions } from './item-actions';
import { formatDay } from './journal-words';
import { TimelineItems } from './TimelineItems';

interface Props {
  state: IndexState;
  results: (SearchResult & { partial: boolean }) | null;
  actions: ItemActions;
  onOpenDay: (day: string) => void;
  onMore: () => void;
  onRetry: () => void;
}

/** Consecutive results of the same day, so each day is named once. */
function byDay(items: PreparedItem[]): { day: string; items: PreparedItem[] }[] {
  const groups: { day: string; items: PreparedItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.day === item.day) last.items.push(item);
    else groups.push({ day: item.day, items: [item] });
  }
  return groups;
}

/** Matches across all history, newest first, a page at a time; each day links back into the timeline. */
export function JournalResults({ state, results, actions, onOpenDay, onMore, onRetry }: Props) {
  const status =
    state === 'failed'
      ? i18n.t('journal.search.failed')
      : !results || (results.partial && results.total === 0)
        ? i18n.t('journal.search.loading')
        : results.partial
          ? i18n.t('journal.search.partial', results.total)
          : results.total === 0
            ? i18n.t('journal.search.none')
            : i18n.t('journal.search.count', results.total);
  return (
    <section class="journal-results" aria-labelledby="journal-results-heading" data-testid="journal-results">
      <h3 id="journal-results-heading">{i18n.t('journal.search.heading')}</h3>
      <p role="status" class="journal-results-status">
        {status}
      </p>
      {state === 'failed' && (
        <button type="button" onClick={onRetry}>
          {i18n.t('journal.search.retry')}
        </button>
      )}
      {results &&
        byDay(results.items).map((group) => (
          <section key={group.day} class="journal-day" aria-label={formatDay(group.day)}>
            <h4 class="journal-day-heading">
              <a
                href={`#/journal`}
                aria-label={i18n.t('journal.search.openDay', [formatDay(group.day)])}
                onClick={(event) => {
                  event.preventDefault();
                  onOpenDay(group.day);
                }}
              >
                {formatDay(group.day)}
              </a>
            </h4>
            <TimelineItems items={group.items.map((p) => p.item)} actions={actions} />
          </section>
        ))}
      {results && results.total > results.items.length && (
        <div class="journal-actions">
          <p class="muted">{i18n.t('journal.search.newest', [results.items.length])}</p>
          <button type="button" onClick={onMore}>
            {i18n.t('journal.search.more')}
          </button>
        </div>
      )}
    </section>
  );
}
