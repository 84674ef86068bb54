/**
 * A design the start-up rows were tried against, kept so the comparison can be run again; not part of `npm run bench`
 * (run it with BENCH_DESIGNS=1). Each page's first frame is put in its own HTML (taken from the static copy the bench
 * makes) and its app starts after that frame: the page then paints as early as its static copy. Read beside it, the
 * page as built and its static copy, all taking turns in one browser. What it shows: by first contentful paint the
 * design matches the static copy; by the wall clock (`goto` until Playwright sees the element) it reads slower than
 * the page as built, because the app's start then falls while Playwright's own check runs on the page.
 */
import { test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBench, recordOpensRatio, rotate, RUNS, staticFirstFrame, timeOpen, type BenchBrowser, type Open } from './harness';

test.skip(!process.env.BENCH_DESIGNS, 'a design tried, not a row of the table: run with BENCH_DESIGNS=1');

const POPUP_BUTTON = '.symptom-grid button.symptom-choice:not([disabled])';
const GUIDE_HEADING = '[data-testid="section-view"] h2';

/** Writes `page` again as `file`, with the first frame of `staticFile` inside its `#app`, its head changed by `head`. */
function withFrameInHtml(bench: BenchBrowser, page: string, staticFile: string, file: string, head = (h: string) => h): void {
  const read = (name: string) => readFileSync(join(bench.extensionDir, name), 'utf8');
  const frame = /<div id="app">([\s\S]*)<\/div>\s*<\/body>/.exec(read(staticFile))?.[1];
  if (frame === undefined) throw new Error(`No #app in ${staticFile}`);
  writeFileSync(join(bench.extensionDir, file), head(read(page)).replace('<div id="app"></div>', `<div id="app">${frame}</div>`));
}

/** Records the design and the page as built, each against the page's static copy, from one rotation. */
async function compare(
  bench: BenchBrowser,
  name: string,
  pages: { built: string; design: string; copy: string },
  selector: string,
) {
  const open = (path: string) => () => timeOpen(bench.context, bench.url(path), selector);
  const [built, design, copy] = (await rotate(RUNS, [open(pages.built), open(pages.design), open(pages.copy)])) as [
    Open[],
    Open[],
    Open[],
  ];
  recordOpensRatio(`Design tried: ${name}, first frame in its HTML, app after it / its static copy`, design, copy, 'reference');
  recordOpensRatio(`Design tried: ${name} as built / its static copy (same run)`, built, copy, 'reference');
}

test('the popup with its first frame in its HTML', async () => {
  const bench = await launchBench();
  try {
    // The app leaves the copy its first script draws (the variant's script redraws the same markup and takes over
    // the page as the popup's does, after the first frame).
    const page = await bench.context.newPage();
    await page.goto(bench.url('popup.html'));
    await page.waitForFunction(() => localStorage.getItem('gutwise.popupFirstFrame') !== null, undefined, { timeout: 15_000 });
    await page.close();
    await staticFirstFrame(bench, 'popup.html', POPUP_BUTTON, 'static-popup.html');
    withFrameInHtml(bench, 'popup.html', 'static-popup.html', 'popup-frame-in-html.html');
    await compare(
      bench,
      'the popup',
      { built: 'popup.html', design: 'popup-frame-in-html.html', copy: 'static-popup.html' },
      POPUP_BUTTON,
    );
  } finally {
    await bench.close();
  }
});

test('the side panel with its guide section in its HTML', async () => {
  const bench = await launchBench();
  try {
    await staticFirstFrame(bench, 'sidepanel.html#/guide', GUIDE_HEADING, 'static-guide.html');
    // The app's script is loaded by a one-line module once the page has loaded and is idle; it renders over the frame.
    const app = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
    const script = app.exec(readFileSync(join(bench.extensionDir, 'sidepanel.html'), 'utf8'))?.[1];
    if (!script) throw new Error('No module script in sidepanel.html');
    writeFileSync(
      join(bench.extensionDir, 'app-after-load.js'),
      `const start = () => setTimeout(() => requestIdleCallback(() => import(${JSON.stringify(script)})));\n` +
        `if (document.readyState === 'complete') start(); else addEventListener('load', start);\n`,
    );
    withFrameInHtml(bench, 'sidepanel.html', 'static-guide.html', 'sidepanel-frame-in-html.html', (html) =>
      html.replace(app, '<script type="module" src="/app-after-load.js"></script>'),
    );
    await compare(
      bench,
      'the side panel guide',
      { built: 'sidepanel.html#/guide', design: 'sidepanel-frame-in-html.html#/guide', copy: 'static-guide.html' },
      GUIDE_HEADING,
    );
  } finally {
    await bench.close();
  }
});
