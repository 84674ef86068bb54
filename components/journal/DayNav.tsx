import { i18n } from '#i18n';
import { addDays } from '../../domain/local-date';

interface Props {
  selected: string;
  today: string;
  calendarOpen: boolean;
  onSelect: (day: string) => void;
  onToggleCalendar: () => void;
}

/** Previous and next day, back to today, and the month calendar. No day after today: nothing can be written there. */
export function DayNav({ selected, today, calendarOpen, onSelect, onToggleCalendar }: Props) {
  return (
    <div class="journal-daynav" role="group" aria-label={i18n.t('journal.calendar.label')}>
      <button type="button" onClick={() => onSelect(addDays(selected, -1))}>
        <span aria-hidden="true">‹ </span>
        {i18n.t('journal.day.previous')}
      </button>
      <button type="button" disabled={selected >= today} onClick={() => onSelect(addDays(selected, 1))}>
        {i18n.t('journal.day.next')}
        <span aria-hidden="true"> ›</span>
      </button>
      <button type="button" disabled={selected === today} onClick={() => onSelect(today)}>
        {i18n.t('journal.day.today')}
      </button>
      <button type="button" aria-expanded={calendarOpen} aria-controls="journal-calendar" onClick={onToggleCalendar}>
        {i18n.t('journal.calendar.show')}
      </button>
    </div>
  );
}
