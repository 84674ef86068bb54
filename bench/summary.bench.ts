/**
 * The summary for your doctor with five years of history (20,000 generated logs and 10,000 journal entries)
 * against an empty store, side by side: from opening summary.html until the report of the last 90 days is
 * on screen (it reads only the period and the 90 days before it, by key). Target: ≤ 1 s with the full store.
 */
import { test } from '@playwright/test';
import { generateHistory } from './generate-history';
import { generateJournal } from './generate-journal';
import { alternate, launchBench, recordRow, seedLocal, timeToVisible, type BenchBrowser } from './harness';

const RUNS = 11;
const READY = 'article.summary-report';

async function seedFull(bench: BenchBrowser): Promise<void> {
  const now = Date.now();
  const items = { ...generateHistory(now).items, ...generateJournal(now).items };
  await seedLocal(bench, items);
}

test('summary for your doctor: the last 90 days with five years of history', async () => {
  const full = await launchBench();
  const empty = await launchBench();
  try {
    await seedFull(full);
    // One unmeasured open each, so neither side pays for the first page a fresh browser draws.
    await timeToVisible(full.context, full.url('summary.html'), READY);
    await timeToVisible(empty.context, empty.url('summary.html'), READY);
    const { subject, baseline, interval } = await alternate(
      RUNS,
      () => timeToVisible(full.context, full.url('summary.html'), READY),
      () => timeToVisible(empty.context, empty.url('summary.html'), READY),
    );
    recordRow({
      name: 'Summary for your doctor, last 90 days ready (5 years: 20,000 logs, 10,000 entries)',
      subject: `${subject.toFixed(0)} ms (×${(subject / baseline).toFixed(2)} the empty store, ${interval[0].toFixed(2)}–${interval[1].toFixed(2)})`,
      baseline: `${baseline.toFixed(0)} ms (empty store)`,
      value: subject,
      unit: 'ms',
      target: '≤ 1000 ms',
      pass: subject <= 1000,
    });
  } finally {
    await full.close();
    await empty.close();
  }
});
