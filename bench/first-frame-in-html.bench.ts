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
import {
  launchBench,
  leaveFirstFrameCopy,
  recordOpensRatio,
  rotate,
  RUNS,
  staticFirstFrame,
  timeOpen,
  type BenchBrowser,
  type Open,
} from './harness';

test.skip(!process.env.BENCH_DESIGNS, 'a design tried, not a row of the table: run with BENCH_DESIGNS=1');

const POPUP_BUTTON = '.symptom-grid button.symptom-choice:not([disabled])';
const GUIDE_HEADING = '[data-testid="section-view"] h2';

/**
 * Makes the page's static copy, writes the design (the page as built, `head` changed, with that copy's first frame
 * inside its `#app`), and records the design and the page as built, each against the static copy, from one rotation.
 */
async function compare(
  bench: BenchBrowser,
  name: string,
  page: { file: string; hash?: string; selector: string; head?: (html: string) => string },
) {
  const dir = bench.extensionDir;
  const slug = page.file.replace(/\.html$/, '');
  const [built, design, copy] = [page.file, `${slug}-frame-in-html.html`, `static-${slug}.html`];
  await staticFirstFrame(bench, built + (page.hash ?? ''), page.selector, copy);
  const frame = /<div id="app">([\s\S]*)<\/div>\s*<\/body>/.exec(readFileSync(join(dir, copy), 'utf8'))?.[1];
  if (frame === undefined) throw new Error(`No #app in ${copy}`);
  const head = page.head ?? ((html: string) => html);
  writeFileSync(
    join(dir, design),
    head(readFileSync(join(dir, built), 'utf8')).replace('<div id="app"></div>', `<div id="app">${frame}</div>`),
  );
  const open = (path: string) => () => timeOpen(bench.context, bench.url(path + (page.hash ?? '')), page.selector);
  const [asBuilt, asDesigned, asCopy] = (await rotate(RUNS, [open(built), open(design), open(copy)])) as [Open[], Open[], Open[]];
  recordOpensRatio(
    `Design tried: ${name}, first frame in its HTML, app after it / its static copy`,
    asDesigned,
    asCopy,
    'reference',
  );
  recordOpensRatio(`Design tried: ${name} as built / its static copy (same run)`, asBuilt, asCopy, 'reference');
}

test('the popup with its first frame in its HTML', async () => {
  const bench = await launchBench();
  try {
    // The variant's first script draws the copy the app left (the same markup) and its app takes over the page as
    // the popup's does, after the first frame.
    await leaveFirstFrameCopy(bench);
    await compare(bench, 'the popup', { file: 'popup.html', selector: POPUP_BUTTON });
  } finally {
    await bench.close();
  }
});

test('the side panel with its guide section in its HTML', async () => {
  const bench = await launchBench();
  try {
    // The app's script is loaded by a one-line module once the page has loaded and is idle; it renders over the frame.
    const app = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
    const script = app.exec(readFileSync(join(bench.extensionDir, 'sidepanel.html'), 'utf8'))?.[1];
    if (!script) throw new Error('No module script in sidepanel.html');
    writeFileSync(
      join(bench.extensionDir, 'app-after-load.js'),
      `const start = () => setTimeout(() => requestIdleCallback(() => import(${JSON.stringify(script)})));\n` +
        `if (document.readyState === 'complete') start(); else addEventListener('load', start);\n`,
    );
    await compare(bench, 'the side panel guide', {
      file: 'sidepanel.html',
      hash: '#/guide',
      selector: GUIDE_HEADING,
      head: (html) => html.replace(app, '<script type="module" src="/app-after-load.js"></script>'),
    });
  } finally {
    await bench.close();
  }
});
