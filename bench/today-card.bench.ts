import { test } from '@playwright/test';
import { alternate, launchBench, recordRow, RUNS, timeToVisible } from './harness';
import { seedSyncedValue } from '../tests/e2e/storage-peek';
import { planCodec } from '../domain/synced-fields';

test('side panel: Today card visible vs blank page', async () => {
  const bench = await launchBench();
  try {
    // A plan under way (day 3, one day done), as a user would have it: the card shows its full state.
    const start = await bench.worker.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() - 2);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
    // The plan syncs (storage/synced-item.ts): stored the way the extension itself stores it.
    await seedSyncedValue(bench.worker, 'plan', planCodec, { cycle: { number: 1, start, marks: { 1: 'done' }, pauses: [], reflection: '' }, routine: null, cyclesStarted: 1 }, 2);
    const { subject, baseline } = await alternate(
      RUNS,
      () => timeToVisible(bench.context, bench.url('sidepanel.html#/today'), '[data-testid="today-card"] [data-testid="plan-task"]'),
      () => timeToVisible(bench.context, bench.url('blank.html'), '#blank'),
    );
    const ratio = subject / baseline;
    recordRow({
      name: 'Side panel, Today card visible / blank page',
      subject: `${subject.toFixed(0)} ms`,
      baseline: `${baseline.toFixed(0)} ms`,
      value: ratio,
      unit: 'x',
      target: '≤ 1.3×',
      pass: ratio <= 1.3,
    });
  } finally {
    await bench.close();
  }
});
