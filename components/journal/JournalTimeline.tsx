import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { TimelineModel } from '../../models/journal-timeline-model';
import type { ItemActions } from './item-actions';
import { TimelineDay } from './TimelineDay';

interface Props {
  timeline: TimelineModel;
  today: string;
  actions: ItemActions;
}

/**
 * The selected day, then older days that have something, newest first. Older days load as the list's end
 * scrolls into view (or with the button, by keyboard); only a window of days is ever rendered.
 */
export function JournalTimeline({ timeline, today, actions }: Props) {
  const shown = timeline.shown.value;
  const olderButton = useRef<HTMLButtonElement>(null);
  const hasOlder = timeline.hasOlder.value;
  useEffect(() => {
    const target = olderButton.current;
    if (!target) return;
    // Without an observer (tests' DOM), one step back on showing; the button does the rest.
    if (typeof IntersectionObserver === 'undefined') return void (shown.length === 1 && timeline.older());
    // Observed afresh after every step, so a short list keeps filling while its end is still in view.
    const observer = new IntersectionObserver(
      (seen) => {
        if (seen.some((entry) => entry.isIntersecting)) void timeline.older();
      },
      { rootMargin: '200px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [shown.length, shown.at(-1)?.day, hasOlder]);
  return (
    <div class="journal-timeline" role="region" aria-label={i18n.t('journal.day.timeline')}>
      {timeline.hasNewer.value && (
        <button type="button" class="journal-more" onClick={() => void timeline.newer()}>
          {i18n.t('journal.day.newer')}
        </button>
      )}
      {shown.map((day) => (
        <TimelineDay key={day.day} shown={day} today={today} actions={actions} />
      ))}
      {hasOlder && (
        <button type="button" ref={olderButton} class="journal-more" onClick={() => void timeline.older()}>
          {i18n.t('journal.day.older')}
        </button>
      )}
    </div>
  );
}
