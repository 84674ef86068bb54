/**
 * A believable two weeks of use for the screenshots: symptom logs that ease as the plan goes on, journal
 * entries of every kind, day 5 of the plan with the first days done. Stored as the extension stores them.
 */
import type { Worker } from '@playwright/test';
import { createEntry, type EntryDetails } from '../domain/journal-entry';
import { createLog } from '../domain/symptom-log';
import { planCodec } from '../domain/synced-fields';
import { seedSyncedValue } from '../tests/e2e/storage-peek';

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Seeds the history into the extension behind `worker`, relative to the browser's today. */
export async function seedHistory(worker: Worker): Promise<void> {
  const records: Record<string, unknown> = {};
  const now = Date.now();
  const at = (daysAgo: number, hour: number, minute = 0) => {
    const d = new Date(now - daysAgo * 86_400_000);
    d.setHours(hour, minute, 0, 0);
    // Today's records keep their order but fall within the last two and a half hours, so a picture taken in
    // the morning still shows a day under way.
    if (daysAgo === 0) d.setTime(now - (24 - hour) * 6 * 60_000 - (60 - minute) * 1000);
    return { epochMs: d.getTime(), offsetMin: -d.getTimezoneOffset(), day: localDate(d) };
  };
  for (let daysAgo = 13; daysAgo >= 0; daysAgo--) {
    const morning = at(daysAgo, 8, 40);
    const evening = at(daysAgo, 19, 15);
    const easing = daysAgo > 6 ? 1 : 0;
    const logs = [
      createLog(
        {
          symptomId: 'fatigue',
          severity: (1 + easing + (daysAgo % 3 === 0 ? 1 : 0)) as 0 | 1 | 2 | 3 | 4,
          moment: morning,
          note: daysAgo === 0 ? 'Slept better' : '',
        },
        `s-${daysAgo}-a`,
        morning.epochMs,
      ),
      createLog(
        {
          symptomId: 'bloating',
          severity: (daysAgo % 4 === 1 ? 3 : 1 + easing) as 0 | 1 | 2 | 3 | 4,
          moment: evening,
          note: daysAgo % 4 === 1 ? 'After pizza' : '',
        },
        `s-${daysAgo}-b`,
        evening.epochMs,
      ),
    ];
    if (daysAgo % 2 === 0)
      logs.push(
        createLog(
          { symptomId: 'brain-fog', severity: (1 + easing) as 0 | 1 | 2 | 3 | 4, moment: at(daysAgo, 14, 30), note: '' },
          `s-${daysAgo}-c`,
          now,
        ),
      );
    // Today holds only what has already happened.
    records[`logs:${morning.day}`] = { v: 2, logs: logs.filter((log) => Date.parse(log.at) <= now) };

    const entries: [number, EntryDetails, string][] = [
      [8, { kind: 'food', tags: daysAgo % 2 ? ['oats', 'blueberries', 'kefir'] : ['eggs', 'spinach', 'sourdough'] }, ''],
      [
        13,
        { kind: 'food', tags: daysAgo % 4 === 1 ? ['pizza', 'gluten', 'dairy'] : ['salmon', 'rice', 'sauerkraut'] },
        daysAgo % 4 === 1 ? 'Dinner out with Anna' : '',
      ],
      [17, { kind: 'movement', activity: 'Walk', minutes: 30 }, ''],
      [22, { kind: 'sleep', hours: 7.5, quality: 4 }, ''],
    ];
    if (daysAgo % 3 === 0) entries.push([11, { kind: 'stress', level: 2 }, 'Busy morning at work']);
    if (daysAgo === 0) entries.push([9, { kind: 'note' }, 'Less bloated since cutting sugar this week.']);
    records[`journal:${morning.day}`] = {
      v: 1,
      entries: entries
        .map(([hour, details, note], i) => {
          const moment = at(daysAgo, hour, 10);
          return createEntry({ details, moment, note }, `j-${daysAgo}-${i}`, moment.epochMs);
        })
        .filter((entry) => Date.parse(entry.at) <= now),
    };
  }
  records.readingProgress = {
    sectionId: 'gut-immune-connection',
    scrollTop: 0,
    read: ['introduction', 'leaky-gut', 'autoimmune-diseases'],
  };
  await worker.evaluate(async (json) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(JSON.parse(json) as object);
  }, JSON.stringify(records));
  const start = localDate(new Date(now - 4 * 86_400_000));
  await seedSyncedValue(
    worker,
    'plan',
    planCodec,
    {
      cycle: { number: 1, start, marks: { 1: 'done', 2: 'done', 3: 'skipped', 4: 'done' }, pauses: [], reflection: '' },
      routine: null,
      cyclesStarted: 1,
    },
    2,
  );
}
