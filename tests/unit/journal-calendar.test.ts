import { describe, expect, it } from 'vitest';
import {
  addMonths,
  calendarStep,
  hasNewerDays,
  hasOlderDays,
  monthWeeks,
  newerWindow,
  olderWindow,
  timelineDays,
  windowDays,
} from '../../domain/journal-calendar';

describe('month calendar', () => {
  it('lays a month out in Monday-first weeks', () => {
    const weeks = monthWeeks('2026-11');
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks.at(-1)).toEqual(['2026-11-30', null, null, null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
    expect(monthWeeks('2028-02').flat().filter(Boolean)).toHaveLength(29);
  });

  it('steps months across years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
  });

  it("moves by keys: a day, a week, a month (clamped), the week's ends", () => {
    expect(calendarStep('2026-11-30', 'ArrowRight')).toBe('2026-12-01');
    expect(calendarStep('2026-11-03', 'ArrowUp')).toBe('2026-10-27');
    expect(calendarStep('2026-03-31', 'PageUp')).toBe('2026-02-28');
    expect(calendarStep('2026-01-31', 'PageDown')).toBe('2026-02-28');
    expect(calendarStep('2026-11-26', 'Home')).toBe('2026-11-23');
    expect(calendarStep('2026-11-26', 'End')).toBe('2026-11-29');
    expect(calendarStep('2026-11-26', 'a')).toBeUndefined();
  });
});

describe("the timeline's window of days", () => {
  const withContent = [
    '2026-11-20',
    '2026-11-25',
    '2026-11-10',
    '2026-11-27',
    ...Array.from({ length: 40 }, (_, i) => `2026-09-${String((i % 30) + 1).padStart(2, '0')}`),
  ];

  it('starts at the selected day (even empty) and goes back through days that have something', () => {
    expect(timelineDays('2026-11-26', withContent).slice(0, 4)).toEqual(['2026-11-26', '2026-11-25', '2026-11-20', '2026-11-10']);
  });

  it('grows older a page at a time and never holds more than max days', () => {
    const all = timelineDays('2026-11-26', withContent);
    let window = { newest: '2026-11-26', oldest: '2026-11-26' };
    expect(hasOlderDays(all, window)).toBe(true);
    window = olderWindow(all, window, 7, 20);
    expect(windowDays(all, window)).toHaveLength(8);
    window = olderWindow(all, olderWindow(all, window, 7, 20), 7, 20);
    expect(windowDays(all, window)).toHaveLength(20);
    expect(hasNewerDays(all, window)).toBe(true);
    expect(window.oldest).toBe(all[21]);
    window = olderWindow(all, window, 100, 20);
    expect(window.oldest).toBe(all.at(-1));
    expect(hasOlderDays(all, window)).toBe(false);
    window = newerWindow(all, window, 100, 20);
    expect(window.newest).toBe('2026-11-26');
    expect(windowDays(all, window)).toHaveLength(20);
  });

  it('shows a day that gets its first entry inside the window', () => {
    const all = timelineDays('2026-11-26', withContent);
    const window = olderWindow(all, { newest: '2026-11-26', oldest: '2026-11-26' }, 3, 20);
    const grown = timelineDays('2026-11-26', [...withContent, '2026-11-22']);
    expect(windowDays(grown, window)).toEqual(['2026-11-26', '2026-11-25', '2026-11-22', '2026-11-20', '2026-11-10']);
  });
});
