import { test } from '@playwright/test';
import { launchBench, recordPageVsReferences } from './harness';
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
    await seedSyncedValue(
      bench.worker,
      'plan',
      planCodec,
      { cycle: { number: 1, start, marks: { 1: 'done' }, pauses: [], reflection: '' }, routine: null, cyclesStarted: 1 },
      2,
    );
    await recordPageVsReferences(
      bench,
      'Side panel, Today card visible',
      'sidepanel.html#/today',
      '[data-testid="today-card"] [data-testid="plan-task"]',
      { vsBlank: 1.3, vsStatic: 1.2 },
      'static-today.html',
    );
  } finally {
    await bench.close();
  }
});
