import { test } from '@playwright/test';
import { launchBench, recordPagesVsReferences } from './harness';

test('side panel: first guide section visible vs blank page', async () => {
  const bench = await launchBench();
  try {
    await recordPagesVsReferences([
      {
        bench,
        name: 'Side panel, guide section visible',
        path: 'sidepanel.html#/guide',
        selector: '[data-testid="section-view"] h2',
        targets: { vsBlank: 1.3, vsStatic: 1.2 },
        staticFile: 'static-guide.html',
        scriptFloor: true,
      },
    ]);
  } finally {
    await bench.close();
  }
});
