import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { addMonths, calendarStep, monthOf, monthWeeks } from '../../domain/journal-calendar';
import { formatDay } from './journal-words';

interface Props {
  selected: string;
  today: string;
  /** Days with entries or logs: each gets a dot (and says so in words). */
  marked: ReadonlySet<string>;
  onSelect: (day: string) => void;
}

const WEEK = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-06', '2024-01-07'];

/**
 * A small month calendar. One day is in the tab order; arrow keys move by a day or a week, Page Up/Down by a
 * month, Home/End to the week's ends; Enter or Space shows that day.
 */
export function MonthCalendar({ selected, today, marked, onSelect }: Props) {
  const [focusDay, setFocusDay] = useState(selected);
  const moved = useRef(false);
  const grid = useRef<HTMLTableElement>(null);
  const month = monthOf(focusDay);
  const headingId = 'journal-calendar-month';
  useEffect(() => setFocusDay(selected), [selected]);
  useEffect(() => {
    if (moved.current) grid.current?.querySelector<HTMLElement>(`[data-day="${focusDay}"]`)?.focus();
    moved.current = false;
  }, [focusDay]);
  const go = (day: string | undefined) => {
    if (!day || day > today) return;
    moved.current = true;
    setFocusDay(day);
  };
  const lastOfMonth = (m: string) => monthWeeks(m).flat().filter(Boolean).pop()!;
  return (
    <div id="journal-calendar" class="journal-calendar">
      <div class="journal-calendar-head">
        <button
          type="button"
          aria-label={i18n.t('journal.calendar.previousMonth')}
          onClick={() => setFocusDay(lastOfMonth(addMonths(month, -1)))}
        >
          ‹
        </button>
        <h3 id={headingId} aria-live="polite">
          {formatDay(`${month}-01`, { month: 'long', year: 'numeric' })}
        </h3>
        <button
          type="button"
          aria-label={i18n.t('journal.calendar.nextMonth')}
          disabled={addMonths(month, 1) > monthOf(today)}
          onClick={() => setFocusDay(`${addMonths(month, 1)}-01` > today ? today : `${addMonths(month, 1)}-01`)}
        >
          ›
        </button>
      </div>
      <table ref={grid} aria-labelledby={headingId}>
        <thead>
          <tr>
            {WEEK.map((day) => (
              <th key={day} scope="col" abbr={formatDay(day, { weekday: 'long' })}>
                {formatDay(day, { weekday: 'narrow' })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((day, i) =>
                day === null ? (
                  <td key={i} />
                ) : (
                  <td key={day}>
                    <button
                      type="button"
                      data-day={day}
                      tabIndex={day === focusDay ? 0 : -1}
                      disabled={day > today}
                      class={`${marked.has(day) ? 'has-entries' : ''}${day === selected ? ' is-selected' : ''}`}
                      aria-current={day === today ? 'date' : undefined}
                      aria-label={[
                        formatDay(day),
                        marked.has(day) && i18n.t('journal.calendar.hasEntries'),
                        day === selected && i18n.t('journal.calendar.selected'),
                      ]
                        .filter(Boolean)
                        .join(', ')}
                      onClick={() => onSelect(day)}
                      onKeyDown={(event) => {
                        const next = calendarStep(day, event.key);
                        if (!next) return;
                        event.preventDefault();
                        go(next > today ? today : next);
                      }}
                    >
                      {Number(day.slice(8))}
                    </button>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="journal-hint">{i18n.t('journal.calendar.legend')}</p>
    </div>
  );
}
