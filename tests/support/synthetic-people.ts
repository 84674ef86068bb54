/**
 * Seeded synthetic people: a history of symptom logs and journal entries (food, stress, sleep, movement,
 * Bristol) in the stored shapes, with an optional planted effect, to prove that Insights finds a real link
 * often enough and sees links in noise rarely enough. The same seed always gives the same person.
 */
import { createEntry, type EntryDetails, type JournalEntry } from '../../domain/journal-entry';
import { addDays } from '../../domain/local-date';
import { createLog, type SymptomLog } from '../../domain/symptom-log';
import type { Severity } from '../../domain/symptoms';
import type { BristolType, SleepQuality, StressLevel } from '../../domain/journal-scales';
import { seededRandom } from '../../domain/insights/seeded-random';

export interface PlantedEffect {
  food: string;
  symptomId: string;
  /** Days after the food that the symptom rises (0 same day). */
  lag: number;
  /** How much the symptom rises on the 0–4 scale. */
  size: number;
}

export interface PersonOptions {
  seed: number;
  /** The last day of the history (its local date, UTC offset 0). */
  today: string;
  days?: number;
  effect?: PlantedEffect | null;
  /** Foods eaten besides the planted one, each on about `foodShare` of days. */
  otherFoods?: readonly string[];
  /** The planted food's share of days (exact: that many days, chosen at random). */
  foodShare?: number;
  /** The spread of everyday severity around each symptom's usual level. */
  noise?: number;
}

export const DEFAULT_SYMPTOMS = { bloating: 1, fatigue: 1.5, 'joint-pain': 1 } as const;

/** A normal deviate (Box–Muller) from the seeded source. */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A synthetic person's logs and entries: one meal, stress, sleep, Bristol and three symptoms every day. */
export function syntheticPerson(options: PersonOptions): { logs: SymptomLog[]; entries: JournalEntry[] } {
  const {
    seed,
    today,
    days = 60,
    effect = null,
    otherFoods = ['gluten', 'coffee', 'eggs', 'rice'],
    foodShare = 1 / 3,
    noise = 0.6,
  } = options;
  const random = seededRandom(seed);
  const first = addDays(today, -(days - 1));
  const planted = effect?.food ?? 'dairy';
  // Exactly `foodShare` of the days, chosen by a seeded shuffle.
  const order = Array.from({ length: days }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const plantedDays = new Set(order.slice(0, Math.round(days * foodShare)));
  const logs: SymptomLog[] = [];
  const entries: JournalEntry[] = [];
  let n = 0;
  const at = (day: string, hour: number) => Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00.000Z`);
  const entry = (day: string, hour: number, details: EntryDetails) => {
    const epochMs = at(day, hour);
    entries.push(createEntry({ details, moment: { epochMs, offsetMin: 0 }, note: '' }, `e-${seed}-${++n}`, epochMs));
  };
  for (let i = 0; i < days; i++) {
    const day = addDays(first, i);
    const tags = [...(plantedDays.has(i) ? [planted] : []), ...otherFoods.filter(() => random() < 0.35)];
    if (tags.length) entry(day, 12, { kind: 'food', tags });
    entry(day, 8, {
      kind: 'sleep',
      hours: 5 + Math.round(random() * 16) / 4,
      quality: (1 + Math.floor(random() * 5)) as SleepQuality,
    });
    entry(day, 18, { kind: 'stress', level: Math.floor(random() * 5) as StressLevel });
    if (random() < 0.4) entry(day, 17, { kind: 'movement', activity: 'walk', minutes: 30 });
    entry(day, 9, { kind: 'bowel', bristol: (2 + Math.floor(random() * 5)) as BristolType });
    for (const [symptomId, usual] of Object.entries(DEFAULT_SYMPTOMS)) {
      const raised =
        effect && effect.symptomId === symptomId && i - effect.lag >= 0 && plantedDays.has(i - effect.lag) ? effect.size : 0;
      const severity = Math.max(0, Math.min(4, Math.round(usual + raised + noise * normal(random)))) as Severity;
      const epochMs = at(day, 20);
      logs.push(createLog({ symptomId, severity, moment: { epochMs, offsetMin: 0 }, note: '' }, `l-${seed}-${++n}`, epochMs));
    }
  }
  return { logs, entries };
}
