/**
 * Insights, side by side in one run:
 * - the side panel opened on Insights until its first figures are shown (records read, trends and links computed,
 *   drawn), against the blank page, with an empty store and with five years of history (20,000 symptom logs +
 *   10,000 journal entries); and five years against the empty store directly — target ≤ 1.3×;
 * - every possible link over the last 365 days of that history, computed in this process (the same V8 as the
 *   page): median of RUNS — target ≤ 50 ms.
 */
import { test } from '@playwright/test';
import { analyzeLinks } from '../domain/insights/links';
import { summarizeDays } from '../domain/insights/day-summary';
import { addDays } from '../domain/local-date';
import { localDay } from '../domain/log-time';
import { historyKey, historyDay } from '../storage/journal-history';
import { journalDayKey } from '../storage/journal-days';
import { logDayKey } from '../storage/symptom-log-days';
import { alternate, launchBench, median, recordPageVsBlank, recordRow, RUNS, seedLocal, timeToVisible } from './harness';
import { generateHistory } from './generate-history';
import { generateJournal } from './generate-journal';

const SHOWN = '.insights[data-state="ready"] .insights-card';
const EMPTY_SHOWN = '.insights[data-state="ready"]';
const COMPLETE = '.insights[data-complete="true"]';

test('insights: first figures shown, five years vs empty store vs blank page; every link over a year', async () => {
  const empty = await launchBench();
  const full = await launchBench();
  try {
    const now = Date.now();
    const logs = generateHistory(now);
    const journal = generateJournal(now);
    const items = { ...logs.items, ...journal.items };
    await seedLocal(full, items);
    const label = `${logs.logs.toLocaleString('en')} logs + ${journal.entries.toLocaleString('en')} entries over five years`;

    // The empty store shows no trend card: its first figures are the finished view saying nothing is recorded yet.
    await recordPageVsBlank(
      empty,
      'Side panel Insights, first figures shown / blank page (empty store)',
      'sidepanel.html#/insights',
      EMPTY_SHOWN,
      1.3,
    );
    await recordPageVsBlank(
      full,
      `Side panel Insights, first trend shown / blank page (${label})`,
      'sidepanel.html#/insights',
      SHOWN,
      1.3,
    );
    for (const [name, selector, target] of [
      ['first trend shown', SHOWN, 1.3],
      ['everything shown (links over a year, the plan)', COMPLETE, Number.POSITIVE_INFINITY],
    ] as const) {
      const { subject, baseline, interval } = await alternate(
        RUNS,
        () => timeToVisible(full.context, full.url('sidepanel.html#/insights'), selector),
        () => timeToVisible(empty.context, empty.url('sidepanel.html#/insights'), selector === SHOWN ? EMPTY_SHOWN : COMPLETE),
      );
      recordRow({
        name: `Side panel Insights, ${name}: five years / empty store`,
        subject: `${subject.toFixed(0)} ms`,
        baseline: `${baseline.toFixed(0)} ms`,
        value: subject / baseline,
        unit: 'x',
        range: interval,
        target: Number.isFinite(target) ? `≤ ${target}×` : 'reported',
        pass: subject / baseline <= target,
      });
    }

    // Every link over the last year of the same history, from its stored values.
    const offsetAt = (ms: number) => 0 - new Date(ms).getTimezoneOffset();
    const today = localDay(now, offsetAt(now));
    const days = new Set(
      Object.keys(items)
        .map((key) => historyKey(key)?.day)
        .filter((day): day is string => !!day && day >= addDays(today, -364)),
    );
    const read = [...days].map((day) => historyDay(items[journalDayKey(day)], items[logDayKey(day)], { offsetAt }));
    const summaries = summarizeDays(
      read.flatMap((d) => d.logs),
      read.flatMap((d) => d.entries),
    );
    const times: number[] = [];
    let tested = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      tested = analyzeLinks({ summaries, today }).pairs.length;
      times.push(performance.now() - start);
    }
    const ms = median(times);
    recordRow({
      name: `Insights: every possible link over 365 days (${tested} comparisons, ${summaries.length} days)`,
      subject: `median of ${RUNS}`,
      baseline: '—',
      value: ms,
      unit: 'ms',
      target: '≤ 50 ms',
      pass: ms <= 50,
    });
  } finally {
    await empty.close();
    await full.close();
  }
});
