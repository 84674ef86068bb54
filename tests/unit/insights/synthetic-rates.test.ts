/**
 * Insights proven on 200 synthetic people each way (tests/support/synthetic-people.ts: 60 days, three
 * symptoms with an everyday spread of 0.6 on the 0–4 scale, four other foods, sleep, stress, movement and
 * Bristol every day). The measured rates are in the README.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLinks, summarizeDays } from '../../../domain/insights';
import { syntheticPerson } from '../../support/synthetic-people';

const TODAY = '2026-06-30';
const PEOPLE = 200;

function rate(check: (seed: number) => boolean): number {
  let hits = 0;
  for (let seed = 1; seed <= PEOPLE; seed++) if (check(seed)) hits++;
  return hits / PEOPLE;
}

describe('links on synthetic people', () => {
  it('finds dairy raising next-day bloating by 1.0 (dairy on a third of 60 days) in at least 80% of people', () => {
    const found = rate((seed) => {
      const person = syntheticPerson({ seed, today: TODAY, effect: { food: 'dairy', symptomId: 'bloating', lag: 1, size: 1 } });
      const { links } = analyzeLinks({ summaries: summarizeDays(person.logs, person.entries), today: TODAY });
      return links.some(
        (l) => l.factor.id === 'food:dairy' && l.outcome.id === 'symptom:bloating' && l.lag === 1 && l.difference > 0,
      );
    });
    console.info(`planted link found in ${(found * 100).toFixed(1)}% of ${PEOPLE} people`);
    expect(found).toBeGreaterThanOrEqual(0.8);
  }, 60_000); // 200 analyses: about a second on a quiet machine, far more on a busy one

  it('shows any link at all to at most 10% of people with no planted effect', () => {
    const seen = rate((seed) => {
      const person = syntheticPerson({ seed: 100_000 + seed, today: TODAY, effect: null });
      return analyzeLinks({ summaries: summarizeDays(person.logs, person.entries), today: TODAY }).links.length > 0;
    });
    console.info(`some link shown to ${(seen * 100).toFixed(1)}% of ${PEOPLE} people with none planted`);
    expect(seen).toBeLessThanOrEqual(0.1);
  }, 60_000);
});
