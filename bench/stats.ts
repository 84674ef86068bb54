/** The statistics behind the bench's figures: plain functions, tested in tests/unit/bench-stats.test.ts. */
import { seededRandom } from '../domain/insights/seeded-random';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const resample = (values: readonly number[], random: () => number) =>
  values.map(() => values[Math.floor(random() * values.length)] as number);

/**
 * How far the ratio of medians could move by chance within one run: a 95% bootstrap interval (each side resampled
 * on its own, `rounds` times). It does not cover the machine's drift between runs, which is larger here.
 */
export function ratioInterval(
  subject: readonly number[],
  baseline: readonly number[],
  rounds = 2000,
  seed = 1,
): [number, number] {
  const random = seededRandom(seed);
  const ratios = Array.from(
    { length: rounds },
    () => median(resample(subject, random)) / median(resample(baseline, random)),
  ).sort((a, b) => a - b);
  return [ratios[Math.floor(rounds * 0.025)] as number, ratios[Math.ceil(rounds * 0.975) - 1] as number];
}
