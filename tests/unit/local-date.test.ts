import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  localDateAt,
  nextLocalMidnight,
  nextLocalTime,
  parseLocalDate,
  parseTimeOfDay,
  wallTimeAt,
} from '../../domain/local-date';
import { today } from '../../domain/log-time';
import { zoneClock } from '../support/zone-clock';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';

describe('parseLocalDate', () => {
  it('accepts real calendar dates, including 29 February of a leap year', () => {
    expect(parseLocalDate('2026-03-08')).toBe('2026-03-08');
    expect(parseLocalDate('2028-02-29')).toBe('2028-02-29');
    expect(parseLocalDate(' 2026-11-01 ')).toBe('2026-11-01');
  });

  it('refuses impossible or malformed dates', () => {
    for (const text of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-04-31',
      '2026-00-10',
      '2026-3-8',
      '08/03/2026',
      '',
      'tomorrow',
    ]) {
      expect(parseLocalDate(text), text).toBeUndefined();
    }
  });
});

describe('parseTimeOfDay', () => {
  it('accepts 24-hour times and refuses others', () => {
    expect(parseTimeOfDay('00:00')).toBe('00:00');
    expect(parseTimeOfDay('23:59')).toBe('23:59');
    expect(parseTimeOfDay('24:00')).toBeUndefined();
    expect(parseTimeOfDay('9:00')).toBeUndefined();
    expect(parseTimeOfDay('12:60')).toBeUndefined();
  });
});

describe('calendar arithmetic', () => {
  it('counts calendar days across month, year and daylight-saving boundaries', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-10-25', '2026-10-24')).toBe(-1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });
});

describe('local date in a time zone', () => {
  it('is the wall-calendar date where the user is, not the UTC date', () => {
    const instant = at('2026-03-08T03:30:00Z');
    expect(localDateAt(instant, 'UTC')).toBe('2026-03-08');
    expect(localDateAt(instant, NY)).toBe('2026-03-07');
    expect(localDateAt(instant, 'Asia/Tokyo')).toBe('2026-03-08');
    expect(today(zoneClock('Pacific/Auckland', instant))).toBe('2026-03-08');
  });
});

describe('next local midnight across daylight-saving changes', () => {
  it('America/New_York 2026-03-08 (clocks spring forward): the day has 23 hours', () => {
    const midnight = nextLocalMidnight(at('2026-03-07T12:00:00-05:00'), NY);
    expect(new Date(midnight).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    const next = nextLocalMidnight(midnight, NY);
    expect(new Date(next).toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(next - midnight).toBe(23 * HOUR);
    expect(localDateAt(next - 1, NY)).toBe('2026-03-08');
    expect(localDateAt(next, NY)).toBe('2026-03-09');
  });

  it('America/New_York 2026-11-01 (clocks fall back): the day has 25 hours', () => {
    const midnight = nextLocalMidnight(at('2026-10-31T20:00:00-04:00'), NY);
    expect(new Date(midnight).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    const next = nextLocalMidnight(midnight, NY);
    expect(new Date(next).toISOString()).toBe('2026-11-02T05:00:00.000Z');
    expect(next - midnight).toBe(25 * HOUR);
  });

  it('Europe/Berlin 2026-03-29 (spring forward): the day has 23 hours', () => {
    const midnight = nextLocalMidnight(at('2026-03-28T18:00:00+01:00'), BERLIN);
    expect(new Date(midnight).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    const next = nextLocalMidnight(midnight, BERLIN);
    expect(new Date(next).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(next - midnight).toBe(23 * HOUR);
  });

  it('Europe/Berlin 2026-10-25 (fall back): the day has 25 hours', () => {
    const midnight = nextLocalMidnight(at('2026-10-24T18:00:00+02:00'), BERLIN);
    expect(new Date(midnight).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    const next = nextLocalMidnight(midnight, BERLIN);
    expect(new Date(next).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(next - midnight).toBe(25 * HOUR);
  });

  it('in a zone that skips midnight itself, the day turns at the first instant of the new date', () => {
    // Santiago springs forward at 24:00 → 01:00: 2026-09-06T00:00 never happens on the wall clock.
    const turn = nextLocalMidnight(at('2026-09-05T12:00:00-04:00'), 'America/Santiago');
    expect(wallTimeAt(turn, 'America/Santiago')).toBe('2026-09-06T01:00');
    expect(localDateAt(turn - 1, 'America/Santiago')).toBe('2026-09-05');
  });
});

describe('next reminder time', () => {
  it('is later today if the time is still ahead, otherwise tomorrow', () => {
    expect(new Date(nextLocalTime(at('2026-06-01T08:00:00+02:00'), BERLIN, '09:00')).toISOString()).toBe(
      '2026-06-01T07:00:00.000Z',
    );
    expect(new Date(nextLocalTime(at('2026-06-01T09:00:00+02:00'), BERLIN, '09:00')).toISOString()).toBe(
      '2026-06-02T07:00:00.000Z',
    );
  });

  it('keeps the wall time across a daylight-saving change (09:00 stays 09:00)', () => {
    const before = nextLocalTime(at('2026-03-07T09:30:00-05:00'), NY, '09:00');
    expect(new Date(before).toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(wallTimeAt(before, NY)).toBe('2026-03-08T09:00');
  });

  it('a time the spring-forward night skips fires at the end of the gap; a repeated time fires once, at its first occurrence', () => {
    expect(wallTimeAt(nextLocalTime(at('2026-03-08T00:10:00-05:00'), NY, '02:30'), NY)).toBe('2026-03-08T03:00');
    expect(new Date(nextLocalTime(at('2026-11-01T00:10:00-04:00'), NY, '01:30')).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
});
