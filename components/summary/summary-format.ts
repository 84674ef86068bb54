/** How the summary writes dates: spelt out ("8 September 2026"), so no reader mistakes day for month. */
import type { LocalDate } from '../../domain/local-date';

const dateWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2026-09-08" → "8 September 2026". */
export const longDate = (day: LocalDate): string => dateWords.format(new Date(`${day}T00:00:00Z`));
/** "2026-09-08" → "8 Sept 2026", for table cells. */
export const tableDate = (day: LocalDate): string => shortDate.format(new Date(`${day}T00:00:00Z`));
/** An instant in the computer's own time zone: "7 December 2026 at 06:55". */
export const madeOn = (epochMs: number, timeZone?: string): string =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(epochMs);
