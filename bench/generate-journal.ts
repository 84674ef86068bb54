/**
 * Five years of plausible journal entries in the stored shape the extension reads (storage/journal-days.ts),
 * beside bench/generate-history.ts's symptom logs. Deterministic: the same seed gives the same store.
 */
import { createEntry, type EntryDetails, type JournalEntry } from '../domain/journal-entry';
import { localDay } from '../domain/log-time';
import type { BristolType, SleepQuality, StressLevel } from '../domain/journal-scales';
import { journalDayKey, journalDayValue } from '../storage/journal-days';
import { random } from './random';

const DAY_MS = 86_400_000;
const FOODS = [
  'gluten',
  'dairy',
  'sauerkraut',
  'kimchi',
  'kefir',
  'yogurt',
  'oats',
  'rice',
  'rye bread',
  'sourdough',
  'eggs',
  'coffee',
  'green tea',
  'bone broth',
  'salmon',
  'chicken',
  'lentils',
  'chickpeas',
  'broccoli',
  'spinach',
  'garlic',
  'onion',
  'banana',
  'apple',
  'berries',
  'almonds',
  'walnuts',
  'olive oil',
  'chocolate',
  'wine',
  'sugar',
  'pasta',
  'pizza',
  'cheese',
  'tomato',
  'avocado',
  'ginger',
  'turmeric',
  'potato',
  'miso',
];
const NOTES = [
  '',
  '',
  '',
  'lunch at work',
  'ate late',
  'dinner with friends',
  'felt fine after',
  'bloated after',
  'quick breakfast',
  'woke at 3',
];
const ACTIVITIES = ['walk', 'yoga', 'cycling', 'swim', 'stretching', 'gardening'];

/** `count` entries spread over the `years` before `nowMs`, ending yesterday, as storage.local items by day key. */
export function generateJournal(
  nowMs: number,
  count = 10_000,
  years = 5,
  seed = 7,
): { items: Record<string, unknown>; entries: number } {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const offsetAt = (ms: number) => 0 - new Date(ms).getTimezoneOffset();
  const days = Math.round(years * 365.25);
  const byDay = new Map<string, JournalEntry[]>();
  for (let i = 0; i < count; i++) {
    const dayStart = nowMs - (days - Math.floor((i * days) / count) + 1) * DAY_MS;
    const epochMs = dayStart + Math.floor(rand() * DAY_MS);
    const roll = rand();
    let details: EntryDetails;
    if (roll < 0.5)
      details = { kind: 'food', tags: [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(FOODS)))] };
    else if (roll < 0.65) details = { kind: 'stress', level: Math.floor(rand() * 5) as StressLevel };
    else if (roll < 0.8)
      details = { kind: 'sleep', hours: 4 + Math.floor(rand() * 20) / 4, quality: (1 + Math.floor(rand() * 5)) as SleepQuality };
    else if (roll < 0.9) details = { kind: 'movement', activity: pick(ACTIVITIES), minutes: 10 + Math.floor(rand() * 60) };
    else if (roll < 0.97) details = { kind: 'bowel', bristol: (1 + Math.floor(rand() * 7)) as BristolType };
    else details = { kind: 'note' };
    const note = details.kind === 'note' ? 'a calm day overall' : pick(NOTES);
    const entry = createEntry({ details, note, moment: { epochMs, offsetMin: offsetAt(epochMs) } }, `gen-entry-${i}`, epochMs);
    const day = localDay(epochMs, entry.offsetMin);
    byDay.set(day, [...(byDay.get(day) ?? []), entry]);
  }
  const items: Record<string, unknown> = {};
  for (const [day, entries] of byDay) items[journalDayKey(day)] = journalDayValue(entries);
  return { items, entries: count };
}
