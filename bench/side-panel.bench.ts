import { test } from '@playwright/test';
import { alternate, launchBench, recordRow, RUNS, timeToVisible } from './harness';

test('side panel: first guide section visible vs blank page', async () => {
  const bench = await launchBench();
  try {
    const { subject, baseline } = await alternate(
      RUNS,
      () => timeToVisible(bench.context, bench.url('sidepanel.html#/guide'), '[data-testid="section-view"] h2'),
      () => timeToVisible(bench.context, bench.url('blank.html'), '#blank'),
    );
    const ratio = subject / baseline;
    recordRow({
      name: 'Side panel, guide section visible / blank page',
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
