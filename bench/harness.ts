/**
 * Side-by-side measurements for `npm run bench`. Each row compares two variants measured in the same
 * browser, alternating, so the machine's noise hits both alike; the figure is the ratio of medians.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_FLAGS, EXTENSION_DIR } from '../tests/e2e/fixtures';
import { chromiumPath } from '../tests/e2e/chromium-path';
import { median, ratioInterval } from './stats';
import { unpackedExtensionId } from '../scripts/extension-id.mjs';
import { FIRST_FRAME_COPY_KEY } from '../storage/page-copy-keys';

export { median };

export const RESULTS_FILE = resolve(import.meta.dirname, '../bench-results/rows.jsonl');

/**
 * The same extension plus `blank.html`, a page with one paragraph: the baseline every page is held to; and
 * `floor.html`, the same paragraph written by a one-line module script: the least any page with a script can
 * cost here (extension pages may not inline scripts), reported beside the pages so their figures can be read.
 */
function extensionWithBlankPage(build = EXTENSION_DIR): string {
  const dir = mkdtempSync(join(tmpdir(), 'gutwise-bench-ext-'));
  cpSync(build, dir, { recursive: true });
  writeFileSync(
    join(dir, 'blank.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p id="blank">blank</p></body></html>',
  );
  writeFileSync(
    join(dir, 'floor.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>floor</title><script type="module" src="/floor.js"></script></head><body></body></html>',
  );
  writeFileSync(join(dir, 'floor.js'), "document.body.insertAdjacentHTML('beforeend', '<p id=\"floor\">floor</p>');\n");
  return dir;
}

export interface BenchBrowser {
  context: BrowserContext;
  /** The unpacked extension this browser loaded: files written here later are served at `url(name)`. */
  extensionDir: string;
  worker: Worker;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Writes items into the extension's storage.local in batches (one huge message would be slow to clone). */
export async function seedLocal(bench: BenchBrowser, items: Record<string, unknown>): Promise<void> {
  const entries = Object.entries(items);
  for (let i = 0; i < entries.length; i += 500) {
    await bench.worker.evaluate(
      async (values) => {
        const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
        await chrome.storage.local.set(values);
      },
      Object.fromEntries(entries.slice(i, i + 500)),
    );
  }
}

/** Launches Chromium with the extension (and its blank page) in a fresh profile. */
export async function launchBench(): Promise<BenchBrowser> {
  const [bench] = await launchBenches(1);
  return bench!;
}

/**
 * Launches one Chromium with `copies` copies of the extension (each with its blank page), in one fresh profile.
 * Each copy has its own id and so its own storage: one can hold five years while another is empty, and their
 * pages can take turns in one browser, so neither pays for starting second or for the machine's drift.
 * `builds` (optional, one per copy) loads other builds than .output/chrome-mv3, e.g. to compare two versions.
 */
export async function launchBenches(copies: number, builds: string[] = []): Promise<BenchBrowser[]> {
  const dirs = Array.from({ length: copies }, (_, i) => extensionWithBlankPage(builds[i]));
  const profile = mkdtempSync(join(tmpdir(), 'gutwise-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`],
  });
  while (context.serviceWorkers().length < copies) await context.waitForEvent('serviceworker');
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close();
    for (const dir of [profile, ...dirs]) rmSync(dir, { recursive: true, force: true });
  };
  return dirs.map((extensionDir) => {
    // Chromium names an unpacked extension after its folder's path.
    const id = unpackedExtensionId(extensionDir);
    const worker = context.serviceWorkers().find((w) => new URL(w.url()).host === id);
    if (!worker) throw new Error(`No service worker for the extension copy in ${extensionDir}`);
    return { context, extensionDir, worker, url: (path: string) => `chrome-extension://${id}/${path}`, close };
  });
}

/** Opens the popup once and waits until its app has left the copy of its first frame for the next open. */
export async function leaveFirstFrameCopy(bench: BenchBrowser): Promise<void> {
  const page = await bench.context.newPage();
  try {
    await page.goto(bench.url('popup.html'));
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, FIRST_FRAME_COPY_KEY, { timeout: 15_000 });
  } finally {
    await page.close();
  }
}

/** Milliseconds from navigation start until `selector` is visible, in a fresh tab. */
export async function timeToVisible(context: BrowserContext, url: string, selector: string): Promise<number> {
  const page: Page = await context.newPage();
  try {
    const start = performance.now();
    await page.goto(url);
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 15_000 });
    return performance.now() - start;
  } finally {
    await page.close();
  }
}

/**
 * Runs both measurements `runs` times, alternating which goes first, and returns both medians and the 95% interval
 * of their ratio within this run.
 */
export async function alternate(
  runs: number,
  subject: () => Promise<number>,
  baseline: () => Promise<number>,
): Promise<{ subject: number; baseline: number; interval: [number, number] }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      a.push(await subject());
      b.push(await baseline());
    } else {
      b.push(await baseline());
      a.push(await subject());
    }
  }
  return { subject: median(a), baseline: median(b), interval: ratioInterval(a, b) };
}

export interface BenchRow {
  /** What is compared, e.g. "side panel, first section visible vs blank page". */
  name: string;
  subject: string;
  baseline: string;
  /** The figure the row is judged by: a ratio (subject/baseline) or an absolute value. */
  value: number;
  unit: 'x' | 'ms' | 'kB' | 'opens';
  /** For ratios: the 95% interval within this run (see stats.ts). */
  range?: [number, number];
  target: string;
  pass: boolean;
  /** For page rows: the same ratio read from the pages' own first contentful paint, with its interval. */
  paint?: { value: number; range: [number, number] };
}

/** Records a row for the final table (scripts/bench.mjs prints it). */
export function recordRow(row: BenchRow): void {
  mkdirSync(resolve(RESULTS_FILE, '..'), { recursive: true });
  appendFileSync(RESULTS_FILE, `${JSON.stringify(row)}\n`);
  const range = row.range ? ` [${row.range[0].toFixed(2)}–${row.range[1].toFixed(2)}]` : '';
  const paint = row.paint ? `; first contentful paint ${row.paint.value.toFixed(2)}×` : '';
  console.log(
    `${row.name}: ${row.value.toFixed(2)}${row.unit}${range} (${row.subject} vs ${row.baseline}; target ${row.target}${paint})`,
  );
}

// BENCH_RUNS=n runs more (or fewer) of each, e.g. to read small differences on a busy machine.
export const RUNS = Number(process.env.BENCH_RUNS) || 21;

/**
 * Measures an extension page until `selector` is visible against the blank page, alternating, and
 * records the ratio of medians as a row judged against `maxRatio`.
 */
export async function recordPageVsBlank(
  bench: BenchBrowser,
  name: string,
  path: string,
  selector: string,
  maxRatio: number,
): Promise<number> {
  const { subject, baseline, interval } = await alternate(
    RUNS,
    () => timeToVisible(bench.context, bench.url(path), selector),
    () => timeToVisible(bench.context, bench.url('blank.html'), '#blank'),
  );
  const ratio = subject / baseline;
  recordRow({
    name,
    subject: `${subject.toFixed(0)} ms`,
    baseline: `${baseline.toFixed(0)} ms`,
    value: ratio,
    unit: 'x',
    range: interval,
    target: `≤ ${maxRatio}×`,
    pass: ratio <= maxRatio,
  });
  return ratio;
}

/** One open of a page in a fresh tab: wall-clock from `goto` until `selector` is visible, and the page's own first contentful paint. */
export interface Open {
  visible: number;
  paint: number;
}

/** Opens `url` in a fresh tab; times it until `selector` is visible, then reads the page's first contentful paint. */
export async function timeOpen(context: BrowserContext, url: string, selector: string): Promise<Open> {
  const page: Page = await context.newPage();
  try {
    const start = performance.now();
    await page.goto(url);
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 15_000 });
    const visible = performance.now() - start;
    const paint = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list, observer) => {
            const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
            if (entry) {
              observer.disconnect();
              resolve(entry.startTime);
            }
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    return { visible, paint };
  } finally {
    await page.close();
  }
}

/**
 * A static copy of a page's own first frame, made from the built page as it stands when `selector` first shows
 * (its HTML, inline styles and the DOM drawn so far), without its scripts: the least drawing that screen costs
 * here, so the gap to it is what the page's code costs. Served at the returned path.
 */
export async function staticFirstFrame(bench: BenchBrowser, path: string, selector: string, file: string): Promise<string> {
  const page = await bench.context.newPage();
  try {
    await page.goto(bench.url(path));
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 15_000 });
    const markup = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      for (const script of copy.querySelectorAll('script, link[rel="modulepreload"]')) script.remove();
      return `<!doctype html>${copy.outerHTML}`;
    });
    writeFileSync(join(bench.extensionDir, file), markup);
    return file;
  } finally {
    await page.close();
  }
}

/** Runs `pages` in turn, `runs` times, the order rotating each run so none always goes first. */
export async function rotate(runs: number, pages: (() => Promise<Open>)[]): Promise<Open[][]> {
  const results: Open[][] = pages.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < pages.length; k++) {
      const which = (i + k) % pages.length;
      results[which]!.push(await pages[which]!());
    }
  }
  return results;
}

export interface PageTargets {
  /** Most the page may take against the blank page. */
  vsBlank: number;
  /** Most it may take against the static copy of its own first frame. */
  vsStatic: number;
}

/** One page to measure against its two references: see `recordPagesVsReferences`. */
export interface PageCase {
  bench: BenchBrowser;
  /** The row's name; " / blank page" and " / its own first frame as a static page" are added. */
  name: string;
  path: string;
  selector: string;
  targets: PageTargets;
  /** Where the static copy of the page's first frame is written (in `bench`'s extension). */
  staticFile: string;
  /**
   * Also measure that static copy with one empty module script added: the least any page that runs a script can
   * cost for this very frame (its fetch holds the load event, which `goto` waits for). Two reference rows, no target.
   */
  scriptFloor?: boolean;
}

/**
 * Writes the static copy `staticFile` again with one empty module script at the top of its head, where the pages
 * load theirs, and returns its path.
 */
function writeStaticWithOneScript(bench: BenchBrowser, staticFile: string): string {
  const file = staticFile.replace(/\.html$/, '-one-script.html');
  writeFileSync(join(bench.extensionDir, 'empty.js'), '');
  const markup = readFileSync(join(bench.extensionDir, staticFile), 'utf8');
  writeFileSync(
    join(bench.extensionDir, file),
    markup.replace('<head>', '<head><script type="module" src="/empty.js"></script>'),
  );
  return file;
}

/**
 * Measures a page against the blank page and against a static copy of its own first frame, side by side in one
 * run (wall-clock to `selector` visible, and in-page first contentful paint), and records both rows.
 */
export async function recordPageVsReferences(
  bench: BenchBrowser,
  name: string,
  path: string,
  selector: string,
  targets: PageTargets,
  staticFile: string,
): Promise<{ vsBlank: number; vsStatic: number }> {
  const [result] = await recordPagesVsReferences([{ bench, name, path, selector, targets, staticFile }]);
  return result!.ratios;
}

/**
 * Measures several pages (e.g. one extension copy with an empty store and one with five years, in one browser),
 * each against its own blank page and static first frame, all in one rotation: the machine's drift and the
 * browser's warm-up fall on every page alike. Records two rows per page; returns each page's ratios and opens.
 */
export async function recordPagesVsReferences(
  cases: PageCase[],
): Promise<{ ratios: { vsBlank: number; vsStatic: number }; opens: Open[] }[]> {
  const pages: (() => Promise<Open>)[][] = [];
  for (const c of cases) {
    await staticFirstFrame(c.bench, c.path, c.selector, c.staticFile);
    const open = (path: string, selector: string) => () => timeOpen(c.bench.context, c.bench.url(path), selector);
    pages.push([
      open(c.path, c.selector),
      open('blank.html', '#blank'),
      open(c.staticFile, c.selector),
      ...(c.scriptFloor ? [open(writeStaticWithOneScript(c.bench, c.staticFile), c.selector)] : []),
    ]);
  }
  const results = await rotate(RUNS, pages.flat());
  let next = 0;
  return cases.map((c, index) => {
    const [subject, blank, copy, copyWithScript] = results.slice(next, (next += pages[index]!.length)) as [
      Open[],
      Open[],
      Open[],
      Open[] | undefined,
    ];
    const ratios = {
      vsBlank: recordOpensRatio(`${c.name} / blank page`, subject, blank, c.targets.vsBlank),
      vsStatic: recordOpensRatio(`${c.name} / its own first frame as a static page`, subject, copy, c.targets.vsStatic),
    };
    if (copyWithScript) {
      const reference = `Reference for "${c.name}": its first frame as a static page plus one empty module script`;
      recordOpensRatio(`${reference} / the same page without it`, copyWithScript, copy, 'reference');
      recordOpensRatio(`${reference} / blank page`, copyWithScript, blank, 'reference');
    }
    return { ratios, opens: subject };
  });
}

/** Wall-clock times of opens, and their first contentful paints. */
const visible = (opens: Open[]) => opens.map((open) => open.visible);
const paint = (opens: Open[]) => opens.map((open) => open.paint);

/**
 * Records "subject / baseline" for two sets of opens measured in one rotation (e.g. a page against the blank page,
 * or five years against an empty store), with the paint ratio beside it. `max` is the target; 'reference' records
 * a row without one, and so does leaving it out (reported).
 */
export function recordOpensRatio(name: string, subject: Open[], baseline: Open[], max?: number | 'reference'): number {
  const ratio = median(visible(subject)) / median(visible(baseline));
  recordRow({
    name,
    subject: `${median(visible(subject)).toFixed(0)} ms`,
    baseline: `${median(visible(baseline)).toFixed(0)} ms`,
    value: ratio,
    unit: 'x',
    range: ratioInterval(visible(subject), visible(baseline)),
    target: max === undefined ? 'reported' : max === 'reference' ? 'reference (no target)' : `≤ ${max}×`,
    pass: typeof max !== 'number' || ratio <= max,
    paint: { value: median(paint(subject)) / median(paint(baseline)), range: ratioInterval(paint(subject), paint(baseline)) },
  });
  return ratio;
}
