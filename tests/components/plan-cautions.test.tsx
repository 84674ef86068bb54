// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import plan from 'virtual:plan';
import { TodayCard } from '../../components/today/TodayCard';
import { TodayTaskLine } from '../../components/popup/TodayTaskLine';
import { chooseHabits, startCycle } from '../../domain/plan-actions';
import { DEFAULT_REMINDER } from '../../domain/plan-reminder';
import { EMPTY_PLAN, type PastCycle, type PlanState } from '../../domain/plan-state';
import { createPlanModel } from '../../models/plan-model';
import { badgeTitle, reminderText } from '../../models/plan-text';
import { createReminderModel } from '../../models/reminder-model';
import { manualTimers } from '../support/manual-timers';
import { memoryStore } from '../support/memory-store';
import { zoneClock } from '../support/zone-clock';

afterEach(cleanup);

const TODAY = '2026-03-08';
const FULL = 'Work with a healthcare professional for personalized guidance.';
const SHORT = 'Work with a healthcare professional';
const clock = zoneClock('America/New_York', `${TODAY}T10:00:00-04:00`);

async function setup(initial: PlanState) {
  const model = createPlanModel({
    plan: memoryStore(initial),
    history: memoryStore<PastCycle[]>([]),
    content: plan,
    clock,
    timers: manualTimers(clock.now),
  });
  const reminder = createReminderModel(memoryStore(DEFAULT_REMINDER), {
    has: async () => false,
    request: async () => false,
    remove: async () => true,
  });
  await Promise.all([model.load(), reminder.load()]);
  render(
    <>
      <TodayTaskLine plan={model} />
      <TodayCard plan={model} reminder={reminder} onOpenGuide={vi.fn()} />
    </>,
  );
  return model;
}

describe('day 1 (NSAIDs, sugar) goes with the guide\'s "work with a healthcare professional"', () => {
  it('in full on the Today card, and in short on the popup line', async () => {
    await setup(startCycle(EMPTY_PLAN, TODAY));
    const card = screen.getByTestId('today-card');
    expect(within(card).getByRole('note').textContent).toContain(FULL);
    const line = screen.getByTestId('popup-plan');
    expect(line.textContent).toContain(SHORT);
    // The caution describes the checkbox, so a screen reader hears it with the task.
    const box = within(line).getByRole('checkbox');
    const described = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain(SHORT);
  });

  it('in the toolbar tooltip and in the reminder notification', async () => {
    const model = await setup(startCycle(EMPTY_PLAN, TODAY));
    expect(badgeTitle(model.snapshot.value, plan)).toContain(SHORT);
    expect(reminderText(model.snapshot.value, plan).message).toContain(FULL);
  });

  it('and no caution is added to a day that names no medicine', async () => {
    const state = startCycle(EMPTY_PLAN, '2026-03-06');
    const model = await setup(state);
    expect(model.snapshot.value).toMatchObject({ day: 3 });
    expect(within(screen.getByTestId('today-card')).queryByRole('note')).toBeNull();
    expect(badgeTitle(model.snapshot.value, plan)).not.toContain(SHORT);
  });
});

describe('a "keep going" habit that names NSAIDs', () => {
  it('shows the caution in the list, the popup line and the reminder', async () => {
    const model = await setup(chooseHabits(EMPTY_PLAN, ['fewer-irritants', 'hydrate'], TODAY));
    const list = screen.getByRole('list', { name: "Today's habits" });
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toContain(FULL);
    expect(within(list).getAllByRole('listitem')[1]!.textContent).not.toContain(SHORT);
    expect(screen.getByTestId('popup-plan').textContent).toContain(SHORT);
    expect(reminderText(model.snapshot.value, plan).message).toContain(SHORT);
  });
});

const SEE_A_PROVIDER =
  'If you have severe or sudden symptoms, unexplained weight loss, or blood in stool, please see a healthcare provider promptly.';

describe('pausing during a flare', () => {
  it('the plan\'s pause hint carries the guide\'s "see a provider" for severe or sudden symptoms', async () => {
    await setup(startCycle(EMPTY_PLAN, TODAY));
    const card = screen.getByTestId('today-card');
    expect(card.textContent).toContain('Having a flare?');
    expect(card.textContent).toContain(SEE_A_PROVIDER);
  });

  it('"keep going" can pause too: the popup line goes quiet and Resume brings the habits back', async () => {
    const model = await setup(chooseHabits(EMPTY_PLAN, ['hydrate', 'sunlight'], TODAY));
    const card = screen.getByTestId('today-card');
    expect(card.textContent).toContain(SEE_A_PROVIDER);
    fireEvent.click(within(card).getByRole('button', { name: 'Pause the habits' }));
    await waitFor(() => expect(model.snapshot.value).toMatchObject({ kind: 'habits', paused: true }));
    expect(within(card).getByRole('status').textContent).toMatch(/^Paused since /);
    expect(within(card).queryByRole('list', { name: "Today's habits" })).toBeNull();
    expect(screen.queryByTestId('popup-plan')).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Resume the habits' }));
    await waitFor(() => expect(within(card).getByRole('list', { name: "Today's habits" })).toBeTruthy());
    expect(screen.getByTestId('popup-plan')).toBeTruthy();
  });
});
