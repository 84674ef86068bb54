// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InsightsView } from '../../components/insights/InsightsView';
import { builtInSymptomName } from '../../components/log/symptom-names';
import { emptyDay, summarizeDays, type DaySummary } from '../../domain/insights/day-summary';
import type { CycleSpan } from '../../domain/insights/plan-before-after';
import { addDays } from '../../domain/local-date';
import { createInsightsModel } from '../../models/insights-model';
import { syntheticPerson } from '../support/synthetic-people';
import { zoneClock } from '../support/zone-clock';

afterEach(cleanup);

const TODAY = '2026-06-30';
const clock = zoneClock('UTC', `${TODAY}T21:00:00Z`);
const names = { symptom: builtInSymptomName, habit: (id: string) => id };
const dairyLink = { sectionId: 'five-steps', anchor: 'remove-gut-irritants', label: 'Remove Gut Irritants' };

async function setup(days: DaySummary[], cycles: CycleSpan[] = []) {
  const model = createInsightsModel({
    source: { readDays: async (from) => days.filter((d) => d.day >= from), readPlan: async () => ({ cycles, habits: null }) },
    clock,
  });
  const onOpenGuide = vi.fn();
  render(
    <InsightsView
      model={model}
      names={names}
      guideLinkOf={(f) => (f.kind === 'food' ? dairyLink : undefined)}
      onOpenGuide={onOpenGuide}
    />,
  );
  await model.load();
  return { model, onOpenGuide };
}

function planted(): DaySummary[] {
  const person = syntheticPerson({ seed: 3, today: TODAY, effect: { food: 'dairy', symptomId: 'bloating', lag: 1, size: 1 } });
  return summarizeDays(person.logs, person.entries);
}

describe('Insights view', () => {
  it('opens the summary for your doctor in a new tab, with records or without', async () => {
    await setup([]);
    const link = screen.getByRole('link', { name: 'Summary for your doctor' });
    expect(link.getAttribute('href')).toBe('/summary.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('says there is nothing yet on an empty store', async () => {
    await setup([]);
    expect(await screen.findByText(/Nothing recorded yet/)).toBeTruthy();
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });

  it('shows each symptom’s days, average, highest and change, with the chart’s numbers in a table', async () => {
    await setup(planted());
    const card = await screen.findByRole('region', { name: 'Bloating' });
    expect(within(card).getByText(/^Logged on 30 of these 30 days\. Daily highest severity averaged \d\.\d/)).toBeTruthy();
    expect(
      within(card).getByText(/than the 30 days before, which averaged|No clear change from the 30 days before/),
    ).toBeTruthy();
    const table = within(card).getByRole('table', { name: /Bloating: daily highest severity/ });
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    expect(within(table).getByRole('rowheader', { name: TODAY })).toBeTruthy();
  });

  it('recomputes every trend when another period is chosen', async () => {
    const { model } = await setup(planted());
    fireEvent.click(await screen.findByRole('radio', { name: '7 days' }));
    expect(model.period.value).toBe(7);
    const card = screen.getByRole('region', { name: 'Bloating' });
    expect(within(card).getByText(/^Logged on 7 of these 7 days/)).toBeTruthy();
    expect(within(card).getAllByRole('row')).toHaveLength(8);
    fireEvent.click(screen.getByRole('radio', { name: 'A year' }));
    expect(
      within(screen.getByRole('region', { name: 'Bloating' })).getByRole('table', { name: /each week's average/ }),
    ).toBeTruthy();
  });

  it('explains a planted link in one sentence, says how sure, and links to the guide', async () => {
    const { onOpenGuide } = await setup(planted());
    const links = await screen.findByRole('region', { name: 'Possible links' });
    const sentence = within(links).getByText(
      /^On the \d+ days after you had dairy, bloating averaged \d\.\d; on the other \d+ days, \d\.\d\.$/,
    );
    const item = sentence.closest('li') as HTMLElement;
    expect(
      within(item).getByText(/^The difference, \+\d\.\d, is likely between \+\d\.\d and \+\d\.\d\. A possible link worth noting/),
    ).toBeTruthy();
    expect(within(item).getByText(/healthcare provider/)).toBeTruthy();
    fireEvent.click(within(item).getByRole('link', { name: 'In the guide: Remove Gut Irritants' }));
    expect(onOpenGuide).toHaveBeenCalledWith(dairyLink);
  });

  it('says about how many more days are needed when no comparison has enough', async () => {
    const days = Array.from({ length: 6 }, (_, i): DaySummary => ({
      ...emptyDay(addDays(TODAY, -i)),
      journal: true,
      foods: i < 2 ? { dairy: 'dairy' } : { rice: 'rice' },
      symptoms: { bloating: { max: 1, sum: 1, count: 1 } },
    }));
    await setup(days);
    expect(await screen.findByText(/^Not enough data yet: about \d+ more days of records/)).toBeTruthy();
  });

  it('keeps the guide’s advice beside a red-flag symptom, and never links one to a food', async () => {
    const days = planted().map((d) => ({ ...d, symptoms: { ...d.symptoms, 'blood-in-stool': { max: 1, sum: 1, count: 1 } } }));
    await setup(days);
    const card = await screen.findByRole('region', { name: 'Blood in stool' });
    expect(within(card).getByRole('note').textContent).toMatch(/please see a healthcare provider promptly/);
    const links = screen.getByRole('region', { name: 'Possible links' });
    expect(within(links).queryByText(/blood in stool averaged/i)).toBeNull();
    expect(within(links).getByRole('note').textContent).toMatch(/never matched with a food or habit/);
  });

  it('shows each plan cycle before, during and after, with the reflection and no verdict', async () => {
    await setup(planted(), [{ number: 1, start: '2026-06-01', ended: '2026-06-07', reflection: 'Walking felt best.' }]);
    const cycle = await screen.findByRole('region', { name: 'Cycle 1: 2026-06-01 to 2026-06-07' });
    const row = within(cycle).getByRole('row', { name: /Bloating/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([expect.stringMatching(/on 14 days$/), expect.stringMatching(/on 7 days$/), expect.stringMatching(/on 14 days$/)]);
    expect(within(cycle).getByText('Your reflection: Walking felt best.')).toBeTruthy();
    expect(screen.getByText(/cannot tell whether the plan helped/)).toBeTruthy();
  });

  it('draws every symptom and the sleep, stress and Bristol trends, the first cards at once and the rest just after', async () => {
    const extra = ['brain-fog', 'itching', 'low-mood'];
    await setup(
      planted().map((d) => ({
        ...d,
        symptoms: { ...d.symptoms, ...Object.fromEntries(extra.map((id) => [id, { max: 1, sum: 1, count: 1 }])) },
      })),
    );
    await screen.findByRole('region', { name: 'Bloating' });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Low mood' })).toBeTruthy());
    expect(
      screen.getAllByRole('region', { name: /^(Bloating|Fatigue|Joint pain or aches|Brain fog|Itching|Low mood)$/ }),
    ).toHaveLength(6);
    expect(screen.getByRole('region', { name: 'Sleep, hours a day' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Bristol types written in these days' })).toBeTruthy();
  });

  it('gives the same numbers on every open', async () => {
    const days = planted();
    await setup(days);
    const first = (await screen.findByRole('region', { name: 'Possible links' })).textContent;
    cleanup();
    await setup(days);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Possible links' }).textContent).toBe(first));
  });
});
