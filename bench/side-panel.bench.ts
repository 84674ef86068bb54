import { test } from '@playwright/test';
import { launchBench, recordPageVsBlank } from './harness';

test('side panel: first guide section visible vs blank page', async () => {
  const bench = await launchBench();
  try {
    await recordPageVsBlank(bench, 'Side panel, guide section visible / blank page', 'sidepanel.html#/guide', '[data-testid="section-view"] h2', 1.3);
  } finally {
    await bench.close();
  }
});
