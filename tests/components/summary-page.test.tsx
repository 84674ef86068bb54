// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SummaryPage } from '../../components/summary/SummaryPage';
import { builtInSymptomName } from '../../components/log/symptom-names';
import type { JournalEntry } from '../../domain/journal-entry';
import { addDays } from '../../domain/local-date';
import { EMPTY_PLAN, type PastCycle, type PlanState } from '../../domain/plan-state';
import type { SymptomLog } from '../../domain/symptom-log';
import { entryDay } from '../../domain/journal-entry';
import { logDay } from '../../domain/symptom-log';
import { createSummaryModel } from '../../models/summary-model';
import { syntheticPerson } from '../support/synthetic-people';
import { entryAt, logAt } from '../support/summary-records';
import { zoneClock } from '../support/zone-clock';

afterEach(cleanup);

const TODAY = '2026-06-30';
const clock = zoneClock('UTC', `${TODAY}T21:00:00Z`);
const names = { symptom: builtInSymptomName, habit: (id: string) => id };

interface Records {
  logs?: SymptomLog[];
  entries?: JournalEntry[];
  plan?: PlanState;
  history?: PastCycle[];
  name?: string;
}

async function setup({ logs = [], entries = [], plan = EMPTY_PLAN, history = [], name = '' }: Records = {}) {
  const saveName = vi.fn(async (_name: string) => undefined);
  const onPrint = vi.fn();
  const model = createSummaryModel({
    clock,
    source: {
      readRecords: async (from, to) => ({
        logs: logs.filter((l) => logDay(l) >= from && logDay(l) <= to),
        entries: entries.filter((e) => entryDay(e) >= from && entryDay(e) <= to),
      }),
      readPlan: async () => ({ plan, history, habits: null }),
      readName: async () => name,
      saveName,
    },
  });
  render(<SummaryPage model={model} names={names} onPrint={onPrint} timeZone="UTC" />);
  await model.load();
  await screen.findByRole('article');
  return { model, saveName, onPrint };
}

/** Ninety days of a person whose bloating rises the day after dairy, with notes and red flags planted. */
function person(): Required<Pick<Records, 'logs' | 'entries'>> {
  const { logs, entries } = syntheticPerson({
    seed: 3,
    today: TODAY,
    days: 180,
    effect: { food: 'dairy', symptomId: 'bloating', lag: 1, size: 1 },
  });
  return {
    logs: [
      ...logs.filter((l) => l.severity < 3),
      logAt('2026-06-10', '07:05', 'blood-in-stool', 1, 'small amount, bright red'),
      logAt('2026-05-02', '22:40', 'joint-pain', 4, 'could not sleep'),
    ],
    entries: [...entries, entryAt('2026-06-01', '12:30', { kind: 'note' }, 'Started a new job')],
  };
}

const report = () => screen.getByRole('article');

describe('summary page', () => {
  it('always shows the period, when it was made and what these records are, with a Print button', async () => {
    const { onPrint } = await setup(person());
    expect(within(report()).getByRole('heading', { name: 'Health records summary' })).toBeTruthy();
    expect(within(report()).getByText('Period: 2 April 2026 to 30 June 2026 (90 days)')).toBeTruthy();
    expect(within(report()).getByText('Made on 30 June 2026 at 21:00 with Gutwise.')).toBeTruthy();
    expect(within(report()).getByText(/not measurements, medical advice or a medical assessment/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(onPrint).toHaveBeenCalledOnce();
  });

  it('says so when the period has no records, and shows no section', async () => {
    await setup({ logs: [logAt('2025-01-05', '09:00', 'fatigue', 2)] });
    expect(within(report()).getByText(/Nothing was recorded in this period/)).toBeTruthy();
    expect(within(report()).queryAllByRole('heading', { level: 3 })).toEqual([]);
  });

  describe('symptoms', () => {
    it('gives each symptom its days, average, highest, change, chart and a weekly table', async () => {
      await setup(person());
      const card = within(report()).getByRole('region', { name: 'Bloating' });
      expect(
        within(card).getByText(/^Logged on \d+ of the 90 days\. Average daily highest severity \d\.\d; the highest was \d\.$/),
      ).toBeTruthy();
      expect(
        within(card).getByText(/than the 90 days before, which averaged|No clear change from the 90 days before/),
      ).toBeTruthy();
      expect(card.querySelector('svg.insights-chart')).toBeTruthy();
      const table = within(card).getByRole('table', { name: 'Bloating, week by week' });
      // 90 days: twelve full weeks and a short one.
      expect(within(table).getAllByRole('row')).toHaveLength(14);
      expect(within(table).getByRole('rowheader', { name: '2 Apr 2026 – 8 Apr 2026' })).toBeTruthy();
    });

    it('has no section without symptom logs in the period', async () => {
      await setup({ entries: [entryAt('2026-06-20', '08:00', { kind: 'stress', level: 2 })] });
      expect(within(report()).queryByRole('heading', { name: 'Symptoms' })).toBeNull();
    });
  });

  describe('red-flag logs', () => {
    it('lists every red-flag log with its date, time, symptom, severity and note', async () => {
      await setup(person());
      const section = within(report()).getByRole('region', { name: 'Red-flag logs' });
      const rows = within(section)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent);
      expect(rows).toEqual([
        '2 May 202622:40Joint pain or achesvery severecould not sleep',
        '10 Jun 202607:05Blood in stoolmildsmall amount, bright red',
      ]);
      expect(within(section).getByText(/please see a healthcare provider promptly/)).toBeTruthy();
    });

    it('has no section without red flags', async () => {
      await setup({ logs: [logAt('2026-06-20', '08:00', 'fatigue', 2)] });
      expect(within(report()).queryByRole('region', { name: 'Red-flag logs' })).toBeNull();
    });
  });

  describe('bowel movements, sleep and stress', () => {
    it('sums up Bristol types, sleep and stress in brief', async () => {
      await setup({
        entries: [
          entryAt('2026-06-20', '08:00', { kind: 'bowel', bristol: 6 }),
          entryAt('2026-06-21', '08:00', { kind: 'bowel', bristol: 4 }),
          entryAt('2026-06-21', '07:00', { kind: 'sleep', hours: 7.5, quality: 4 }),
        ],
      });
      const section = within(report()).getByRole('region', { name: 'Bowel movements, sleep and stress' });
      expect(within(section).getByText('Written on 2 of these 90 days; on 1 of them a type outside 3–5 (50%).')).toBeTruthy();
      expect(within(section).getByText('Written on 1 of these 90 days. Averaged 7.5; the highest was 7.5.')).toBeTruthy();
      expect(within(section).queryByRole('heading', { name: /Stress/ })).toBeNull();
      const counts = within(section).getByRole('table', { name: 'Bristol types written in these days' });
      expect(
        within(counts)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual(['0', '0', '0', '1', '0', '1', '0']);
    });

    it('has no section when none was written', async () => {
      await setup({ logs: [logAt('2026-06-20', '08:00', 'fatigue', 2)] });
      expect(within(report()).queryByRole('region', { name: 'Bowel movements, sleep and stress' })).toBeNull();
    });
  });

  describe('possible links', () => {
    it('prints the links Insights finds in the period, in its sentences with how sure and the caveats', async () => {
      await setup(person());
      const section = within(report()).getByRole('region', { name: 'Possible links' });
      expect(
        within(section).getByText(
          /^On the \d+ days after you had dairy, bloating averaged \d\.\d; on the other \d+ days, \d\.\d\.$/,
        ),
      ).toBeTruthy();
      expect(
        within(section).getAllByText(/is likely between .* A possible link worth noting; it cannot say what led to what\./)
          .length,
      ).toBeGreaterThan(0);
      expect(within(section).getByText(/healthcare provider before you change/)).toBeTruthy();
    });

    it('says none stood out when days were compared and nothing did, and has no section with too few days', async () => {
      const { model } = await setup({
        logs: Array.from({ length: 30 }, (_, i) => logAt(addDays(TODAY, -i), '09:00', 'fatigue', 2)),
        entries: Array.from({ length: 30 }, (_, i) =>
          entryAt(addDays(TODAY, -i), '08:00', { kind: 'food', tags: [i % 2 ? 'oats' : 'rice'] }),
        ),
      });
      expect(within(report()).getByText("No possible link stood out in this period's records.")).toBeTruthy();
      await model.choose({ kind: 'between', from: '2026-06-28', to: TODAY });
      await waitFor(() => expect(within(report()).getByText(/\(3 days\)/)).toBeTruthy());
      expect(within(report()).queryByRole('region', { name: 'Possible links' })).toBeNull();
    });
  });

  describe('plan cycles', () => {
    it('counts the days done, skipped, missed and paused, with the reflection', async () => {
      const history: PastCycle[] = [
        {
          number: 1,
          start: '2026-06-01',
          marks: { 1: 'done', 2: 'done', 3: 'skipped' },
          pauses: [],
          reflection: 'Water with meals felt best.',
          ended: '2026-06-08',
          next: 'stopped',
        },
      ];
      await setup({ history });
      const section = within(report()).getByRole('region', { name: 'The 7-day plan' });
      expect(within(section).getByRole('heading', { name: 'Cycle 1: 1 June 2026 to 8 June 2026' })).toBeTruthy();
      expect(within(section).getByText('Days done: 2. Skipped: 1. Missed: 4. Days paused: 0.')).toBeTruthy();
      expect(within(section).getByText('Reflection: Water with meals felt best.')).toBeTruthy();
    });

    it('has no section without a cycle in the period', async () => {
      await setup({ logs: [logAt('2026-06-20', '08:00', 'fatigue', 2)] });
      expect(within(report()).queryByRole('region', { name: 'The 7-day plan' })).toBeNull();
    });
  });

  describe('notes', () => {
    it('prints none by default, and the ones the user ticks', async () => {
      await setup(person());
      expect(within(report()).queryByRole('region', { name: 'Notes' })).toBeNull();
      const folded = screen.getByText(/^Notes to include: \d+ written in this period, 0 ticked$/);
      expect(screen.queryByRole('group', { name: 'Notes to include' })).toBeNull();
      fireEvent.click(folded);
      (folded.parentElement as HTMLDetailsElement).open = true;
      fireEvent(folded.parentElement as HTMLDetailsElement, new Event('toggle'));
      const choices = await screen.findByRole('group', { name: 'Notes to include' });
      const boxes = within(choices).getAllByRole('checkbox');
      expect(boxes.every((box) => !(box as HTMLInputElement).checked)).toBe(true);
      fireEvent.click(within(choices).getByRole('checkbox', { name: /Started a new job/ }));
      const section = within(report()).getByRole('region', { name: 'Notes' });
      expect(
        within(section)
          .getAllByRole('row')
          .slice(1)
          .map((row) => row.textContent),
      ).toEqual(['1 Jun 202612:30NoteStarted a new job']);
    });
  });

  describe('choices', () => {
    it('leaves a section out when unticked', async () => {
      await setup(person());
      fireEvent.click(screen.getByRole('checkbox', { name: 'Red-flag logs' }));
      expect(within(report()).queryByRole('region', { name: 'Red-flag logs' })).toBeNull();
      expect(within(report()).getByRole('region', { name: 'Bloating' })).toBeTruthy();
    });

    it('covers two dates chosen, and says why impossible ones show nothing', async () => {
      await setup(person());
      fireEvent.click(screen.getByRole('radio', { name: 'Between two dates' }));
      fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-06-10' } });
      await waitFor(() => expect(within(report()).getByText('Period: 10 June 2026 to 30 June 2026 (21 days)')).toBeTruthy());
      fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-06-01' } });
      await screen.findByText('The first date must come before the second.');
      expect(screen.queryByRole('article')).toBeNull();
      expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Print or save as PDF' }).disabled).toBe(true);
      fireEvent.click(screen.getByRole('radio', { name: 'Last 30 days' }));
      await waitFor(() => expect(screen.getByText('Period: 1 June 2026 to 30 June 2026 (30 days)')).toBeTruthy());
    });

    it('prints a name without storing it, and stores it only when asked', async () => {
      const { saveName } = await setup();
      fireEvent.input(screen.getByLabelText('Name to print (optional)'), { target: { value: 'Alex Doe' } });
      expect(within(report()).getByText('Name: Alex Doe')).toBeTruthy();
      expect(saveName).not.toHaveBeenCalled();
      fireEvent.click(screen.getByRole('checkbox', { name: 'Remember this name on this computer' }));
      expect(saveName).toHaveBeenLastCalledWith('Alex Doe');
      fireEvent.click(screen.getByRole('checkbox', { name: 'Remember this name on this computer' }));
      expect(saveName).toHaveBeenLastCalledWith('');
    });

    it('starts with a remembered name, ticked to stay remembered', async () => {
      await setup({ name: 'Sam Roe' });
      expect(screen.getByLabelText<HTMLInputElement>('Name to print (optional)').value).toBe('Sam Roe');
      expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Remember this name on this computer' }).checked).toBe(true);
    });
  });
});
