import { test } from '@playwright/test';
import { alternate, launchBench, recordRow, RUNS, staticFirstFrame, timeToVisible, type BenchBrowser } from './harness';

// Not targets: the floors the page rows stand on, measured in the same run so the page rows can be read.

/** Runs a reference page against the blank page and records it as a row without a target. */
async function recordReference(bench: BenchBrowser, name: string, path: string, selector: string): Promise<void> {
  const { subject, baseline, interval } = await alternate(
    RUNS,
    () => timeToVisible(bench.context, bench.url(path), selector),
    () => timeToVisible(bench.context, bench.url('blank.html'), '#blank'),
  );
  recordRow({
    name,
    subject: `${subject.toFixed(0)} ms`,
    baseline: `${baseline.toFixed(0)} ms`,
    value: subject / baseline,
    unit: 'x',
    range: interval,
    target: 'reference (no target)',
    pass: true,
  });
}

// A page whose one module script only writes a paragraph: what fetching and running any script costs on this
// machine before our code does anything (extension pages may not inline scripts).
test('floor: a page with one one-line module script vs blank page', async () => {
  const bench = await launchBench();
  try {
    await recordReference(bench, 'Reference: a page with one one-line module script / blank page', 'floor.html', '#floor');
  } finally {
    await bench.close();
  }
});

// The side panel's own first frame (its HTML, inlined CSS and the DOM it renders on a guide section) saved as a
// page without its script: what drawing that page costs, so the side panel rows can be split into drawing and
// running the app.
test('floor: the side panel first frame as a static page vs blank page', async () => {
  const bench = await launchBench();
  try {
    await staticFirstFrame(bench, 'sidepanel.html#/guide', '[data-testid="section-view"] h2', 'static-panel.html');
    await recordReference(
      bench,
      'Reference: the side panel first frame (guide section) as a static page, no script / blank page',
      'static-panel.html',
      '[data-testid="section-view"] h2',
    );
  } finally {
    await bench.close();
  }
});
