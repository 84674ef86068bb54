import { test } from '@playwright/test';
import { alternate, launchBench, recordRow, RUNS, timeToVisible } from './harness';

// Not a target: the floor the page rows stand on. A page whose one module script only writes a paragraph,
// against the blank page: what fetching and running any script costs on this machine before our code does anything.
test('floor: a page with one one-line module script vs blank page', async () => {
  const bench = await launchBench();
  try {
    const { subject, baseline } = await alternate(
      RUNS,
      () => timeToVisible(bench.context, bench.url('floor.html'), '#floor'),
      () => timeToVisible(bench.context, bench.url('blank.html'), '#blank'),
    );
    recordRow({
      name: 'Reference: a page with one one-line module script / blank page',
      subject: `${subject.toFixed(0)} ms`,
      baseline: `${baseline.toFixed(0)} ms`,
      value: subject / baseline,
      unit: 'x',
      target: 'reference (no target)',
      pass: true,
    });
  } finally {
    await bench.close();
  }
});
