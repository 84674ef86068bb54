/**
 * Two builds side by side, for reading a change smaller than the machine's drift: both loaded in one browser, their
 * pages taking turns in one rotation. Runs only when asked, e.g.
 *   BENCH_COMPARE=/tmp/build-before,/tmp/build-after npx playwright test --config bench/playwright.bench.config.ts compare-builds
 * BENCH_PAGES lists the pages as `path|selector` separated by `;` (the popup by default). Each page is opened once
 * in each build before timing, so the copies a page leaves for its next open are in place, as for a user.
 */
import { test } from '@playwright/test';
import { launchBenches, median, rotate, timeOpen, type BenchBrowser, type Open } from './harness';
import { ratioInterval } from './stats';

const builds = process.env.BENCH_COMPARE?.split(',') ?? [];
const pages = (process.env.BENCH_PAGES ?? 'popup.html|.symptom-grid button.symptom-choice:not([disabled])')
  .split(';')
  .map((page) => page.split('|') as [string, string]);

async function openOnce(bench: BenchBrowser, path: string, selector: string): Promise<void> {
  const page = await bench.context.newPage();
  await page.goto(bench.url(path));
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForTimeout(1500);
  await page.close();
}

test('compare two builds side by side', async () => {
  test.skip(builds.length !== 2, 'set BENCH_COMPARE=<build before>,<build after>');
  const benches = await launchBenches(2, builds);
  try {
    for (const [path, selector] of pages) {
      for (const bench of benches) await openOnce(bench, path, selector);
      const [before, after] = (await rotate(
        Number(process.env.BENCH_RUNS) || 31,
        benches.map((bench) => () => timeOpen(bench.context, bench.url(path), selector)),
      )) as [Open[], Open[]];
      for (const [measure, of] of [
        ['visible', (o: Open) => o.visible],
        ['first contentful paint', (o: Open) => o.paint],
      ] as const) {
        const [a, b] = [before.map(of), after.map(of)];
        const [low, high] = ratioInterval(b, a);
        console.log(
          `${path} ${measure}: after ${median(b).toFixed(1)} ms / before ${median(a).toFixed(1)} ms = ${(median(b) / median(a)).toFixed(3)} (${low.toFixed(2)}–${high.toFixed(2)})`,
        );
      }
    }
  } finally {
    await benches[0]!.close();
  }
});
