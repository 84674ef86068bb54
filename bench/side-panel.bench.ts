import { test } from '@playwright/test';
import { launchBench, recordPageVsReferences } from './harness';

test('side panel: first guide section visible vs blank page', async () => {
  const bench = await launchBench();
  try {
    await recordPageVsReferences(
      bench,
      'Side panel, guide section visible',
      'sidepanel.html#/guide',
      '[data-testid="section-view"] h2',
      { vsBlank: 1.3, vsStatic: 1.2 },
      'static-guide.html',
    );
  } finally {
    await bench.close();
  }
});
