/**
 * The journal, each row from one run, side by side:
 * - side panel opened on the journal, today's timeline shown (read and rendered), against the blank page: with an
 *   empty store and with five years of generated history (20,000 symptom logs + 10,000 journal entries) — ≤ 1.3×;
 * - search across that whole store: from a typed query to its results on screen, median over varied queries once
 *   the journal has read its history (reported; target < 100 ms), and the first search after opening, which reads
 *   the whole store first (reported beside it).
 */
import { test, type Page } from '@playwright/test';
import {
  launchBenches,
  median,
  recordOpensRatio,
  recordPagesVsReferences,
  recordRow,
  RUNS,
  seedLocal,
  type BenchBrowser,
} from './harness';
import { generateHistory } from './generate-history';
import { generateJournal } from './generate-journal';

const TODAY_SHOWN = '[data-testid="journal-day"][data-loaded="true"]';
const QUERIES = [
  'gluten',
  'coffee',
  'walk',
  'bloated after',
  'kimchi rice',
  'woke',
  'sourdough',
  'fatigue',
  'yoga',
  'dinner friends',
  'chocolate wine',
];

/**
 * In the page: types `query` into the search box and resolves with the ms until results are rendered: the first
 * ones (`first`, possibly while older days are still being read) and the complete count (`all`).
 */
function timeSearch(page: Page, query: string): Promise<{ first: number; all: number }> {
  return page.evaluate(
    (text) =>
      new Promise<{ first: number; all: number }>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#journal-search-text')!;
        let first: number | undefined;
        const check = () => {
          const status = document.querySelector('[data-testid="journal-results"] [role="status"]')?.textContent ?? '';
          if (input.value !== text || !/match|Nothing matches/.test(status)) return;
          first ??= performance.now() - start;
          if (/so far/.test(status)) return;
          observer.disconnect();
          resolve({ first, all: performance.now() - start });
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const start = performance.now();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/** A measurement that never hangs the run: fails after 30 s. */
function withinLimit<T>(measure: Promise<T>): Promise<T> {
  return Promise.race([
    measure,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('no results within 30 s')), 30_000)),
  ]);
}

async function openJournal(bench: BenchBrowser): Promise<Page> {
  const page = await bench.context.newPage();
  await page.goto(bench.url('sidepanel.html#/journal'));
  await page.locator(TODAY_SHOWN).first().waitFor({ timeout: 15_000 });
  return page;
}

test('journal: today shown vs blank page, empty and five-year store; search across the full store', async () => {
  // Two copies of the extension in one browser, one empty and one with five years, their pages taking turns.
  const [empty, full] = (await launchBenches(2)) as [BenchBrowser, BenchBrowser];
  try {
    const now = Date.now();
    const logs = generateHistory(now);
    const journal = generateJournal(now);
    await seedLocal(full, { ...logs.items, ...journal.items });
    const label = `${logs.logs.toLocaleString('en')} logs + ${journal.entries.toLocaleString('en')} entries over five years`;

    const [emptyOpens, fullOpens] = await recordPagesVsReferences(
      (
        [
          [empty, 'empty store'],
          [full, label],
        ] as const
      ).map(([bench, store]) => ({
        bench,
        name: `Side panel journal, today shown (${store})`,
        path: 'sidepanel.html#/journal',
        selector: TODAY_SHOWN,
        targets: { vsBlank: 1.3, vsStatic: 1.2 },
        staticFile: 'static-journal.html',
      })),
    );
    // What the years of data cost the journal, from the same rotation.
    recordOpensRatio('Side panel journal, today shown: five years / empty store', fullOpens!.opens, emptyOpens!.opens, 1.1);

    // Which days have entries (calendar marks, the timeline's older days): key names only, no value read.
    const keysPage = await openJournal(full);
    const listing: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      listing.push(
        await keysPage.evaluate(async () => {
          const local = (globalThis as unknown as { chrome: { storage: { local: { getKeys(): Promise<string[]> } } } }).chrome
            .storage.local;
          const start = performance.now();
          const days = new Set(
            (await local.getKeys())
              .filter((key) => /^(journal|logs):\d{4}-\d\d-\d\d$/.test(key))
              .map((key) => key.slice(key.indexOf(':') + 1)),
          );
          return days.size > 0 ? performance.now() - start : Number.NaN;
        }),
      );
    }
    await keysPage.close();
    const listingMedian = median(listing);
    recordRow({
      name: "Journal: which of five years' days have entries (key names only)",
      subject: `median of ${RUNS}`,
      baseline: '—',
      value: listingMedian,
      unit: 'ms',
      target: 'reported',
      pass: true,
    });

    // The first search after opening reads the whole store, newest days first.
    const cold: { first: number; all: number }[] = [];
    for (let i = 0; i < 7; i++) {
      const page = await openJournal(full);
      cold.push(await withinLimit(timeSearch(page, QUERIES[i % QUERIES.length]!)));
      await page.close();
    }
    // Then every query is a scan of the history in memory.
    const page = await openJournal(full);
    await withinLimit(timeSearch(page, 'warm up'));
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) warm.push((await withinLimit(timeSearch(page, QUERIES[i % QUERIES.length]!))).all);
    await page.close();
    const warmMedian = median(warm);
    recordRow({
      name: 'Journal search across the full store (30,000 items), typed query to results shown',
      subject: `median of ${RUNS} queries`,
      baseline: '—',
      value: warmMedian,
      unit: 'ms',
      target: '< 100 ms',
      pass: warmMedian < 100,
    });
    const coldFirst = median(cold.map((c) => c.first));
    const coldAll = median(cold.map((c) => c.all));
    recordRow({
      name: 'Journal first search after opening: newest results shown (the last 90 days read)',
      subject: `median of ${cold.length} fresh panels`,
      baseline: '—',
      value: coldFirst,
      unit: 'ms',
      target: '< 100 ms',
      pass: coldFirst < 100,
    });
    recordRow({
      name: 'Journal first search after opening: complete (all five years read from storage)',
      subject: `median of ${cold.length} fresh panels`,
      baseline: '—',
      value: coldAll,
      unit: 'ms',
      target: 'reported',
      pass: true,
    });
  } finally {
    await empty.close();
  }
});
