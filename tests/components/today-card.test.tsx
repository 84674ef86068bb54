// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import plan from 'virtual:plan';
import { TodayCard } from '../../components/today/TodayCard';
import { TodayTaskLine } from '../../components/popup/TodayTaskLine';
import { addDays } from '../../domain/local-date';
import { markDay, startCycle } from '../../domain/plan-actions';
import { DEFAULT_REMINDER } from '../../domain/plan-reminder';
import { EMPTY_PLAN, type PastCycle, type PlanState } from '../../domain/plan-state';
import { createPlanModel } from '../../models/plan-model';
import { createReminderModel } from '../../models/reminder-model';
import type { PermissionPort } from '../../platform/notifications';
import { manualTimers } from '../support/manual-timers';
import { memoryStore } from '../support/memory-store';
import { PLAN_COPY_KEY, planCopy } from '../../storage/plan-copy';
import { SyncWriteError } from '../../storage/synced-item';
import { zoneClock } from '../support/zone-clock';

afterEach(cleanup);

const TODAY = '2026-03-08';

async function setup(initial: PlanState = EMPTY_PLAN, grant = true) {
  const clock = zoneClock('America/New_York', `${TODAY}T10:00:00-04:00`);
  const timer = manualTimers(clock.now);
  const store = memoryStore(initial);
  const history = memoryStore<PastCycle[]>([]);
  const model = createPlanModel({ plan: store, history, content: plan, clock, timers: timer });
  const permission: PermissionPort & { asked: number } = {
    asked: 0,
    has: async () => false,
    request: async () => (permission.asked++, grant),
    remove: async () => true,
  };
  const reminderStore = memoryStore(DEFAULT_REMINDER);
  const reminder = createReminderModel(reminderStore, permission);
  await Promise.all([model.load(), reminder.load()]);
  const openGuide = vi.fn();
  render(
    <>
      <TodayTaskLine plan={model} />
      <TodayCard plan={model} reminder={reminder} onOpenGuide={openGuide} />
    </>,
  );
  /** Moves the clock and lets the card's midnight timer fire, as the real one would. */
  const passMidnight = (iso: string) =>
    act(() => {
      clock.set(iso);
      timer.fire();
    });
  return { store, history, model, openGuide, passMidnight, permission, reminderStore, clock, timer };
}

const card = () => screen.getByTestId('today-card');
const heading = () => within(card()).getByRole('heading', { level: 2 }).textContent;
const strip = () =>
  within(card())
    .getAllByRole('listitem')
    .filter((li) => li.dataset.status)
    .map((li) => li.dataset.status);

describe('starting the plan', () => {
  it('"Start today" shows day 1, its task and why it helps', async () => {
    const { store, openGuide } = await setup();
    expect(screen.queryByTestId('popup-plan')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start today' }));
    await waitFor(() => expect(heading()).toBe('Day 1 of 7'));
    expect(within(card()).getByTestId('plan-task').textContent).toBe(plan.days[0]!.task);
    expect(store.value.cycle?.start).toBe(TODAY);
    const why = within(card()).getByRole('link', { name: 'Why this helps: Remove Gut Irritants' });
    expect(why.getAttribute('href')).toBe('#/guide/five-steps/remove-gut-irritants');
    fireEvent.click(why);
    expect(openGuide).toHaveBeenCalledWith(plan.days[0]!.why);
    expect(strip()).toEqual(['today', 'ahead', 'ahead', 'ahead', 'ahead', 'ahead', 'ahead']);
  });

  it('an impossible date gets a clear message and changes nothing', async () => {
    const { store } = await setup();
    const input = screen.getByLabelText<HTMLInputElement>('Or start on a date');
    fireEvent.input(input, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start on this date' }));
    expect(screen.getByRole('alert').textContent).toMatch(/isn't on the calendar/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(store.value).toBe(EMPTY_PLAN);
  });

  it('a later date shows when the plan starts; "Start today instead" starts now', async () => {
    const { store } = await setup();
    fireEvent.input(screen.getByLabelText('Or start on a date'), { target: { value: '2026-03-11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start on this date' }));
    await waitFor(() => expect(card().textContent).toContain('Your plan starts in 3 days, on Wednesday, March 11.'));
    fireEvent.click(screen.getByRole('button', { name: 'Start today instead' }));
    await waitFor(() => expect(heading()).toBe('Day 1 of 7'));
    expect(store.value.cycle?.start).toBe(TODAY);
  });
});

describe('a day of the plan', () => {
  const running = () => startCycle(EMPTY_PLAN, '2026-03-06'); // day 3 on TODAY

  it('done, then undo; skip is calm', async () => {
    const { store } = await setup(running());
    expect(heading()).toBe('Day 3 of 7');
    fireEvent.click(within(card()).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(within(card()).getByTestId('plan-status').textContent).toBe('Done. Nicely done.'));
    expect(store.value.cycle?.marks).toEqual({ 3: 'done' });
    fireEvent.click(within(card()).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(store.value.cycle?.marks).toEqual({}));
    fireEvent.click(within(card()).getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(within(card()).getByTestId('plan-status').textContent).toMatch(/^Skipped, and that's fine/));
    expect(strip()).toEqual(['missed', 'missed', 'skipped', 'ahead', 'ahead', 'ahead', 'ahead']);
  });

  it('turns to the next day by itself at local midnight', async () => {
    const { passMidnight, timer } = await setup(running());
    expect(new Date(timer.nextAt()).toISOString()).toBe('2026-03-09T04:00:00.000Z');
    await passMidnight('2026-03-08T23:59:00-04:00');
    expect(heading()).toBe('Day 3 of 7');
    await passMidnight('2026-03-09T00:00:00-04:00');
    expect(heading()).toBe('Day 4 of 7');
    expect(strip()).toEqual(['missed', 'missed', 'missed', 'today', 'ahead', 'ahead', 'ahead']);
    expect(new Date(timer.nextAt()).toISOString()).toBe('2026-03-10T04:00:00.000Z');
  });

  it('updates when another context (the popup) marks today done', async () => {
    const { store } = await setup(running());
    await act(async () => void (await store.update((s) => markDay(s, 3, 'done', TODAY))));
    expect(within(card()).getByTestId('plan-status').textContent).toBe('Done. Nicely done.');
    expect(within(card()).getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('a day left unmarked can be picked in the strip and marked done late, in words that do not judge', async () => {
    const { store } = await setup(running());
    fireEvent.click(within(card()).getByRole('button', { name: 'Day 1 of 7: not marked' }));
    expect(heading()).toBe('Day 1 of 7');
    expect(within(card()).getByTestId('plan-status').textContent).toMatch(/^Not marked/);
    expect(card().textContent).not.toMatch(/missed/i);
    fireEvent.click(within(card()).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(store.value.cycle?.marks).toEqual({ 1: 'done' }));
    fireEvent.click(within(card()).getByRole('button', { name: 'Back to today' }));
    expect(heading()).toBe('Day 3 of 7');
  });

  it('pause keeps the place through a flare; resume continues there', async () => {
    const { passMidnight } = await setup(running());
    fireEvent.click(within(card()).getByRole('button', { name: 'Pause the plan' }));
    await waitFor(() =>
      expect(within(card()).getByTestId('plan-status').textContent).toBe('Paused since Sunday, March 8. Your place is kept.'),
    );
    expect(within(card()).queryByRole('button', { name: 'Done' })).toBeNull();
    await passMidnight('2026-03-09T00:00:00-04:00');
    await passMidnight('2026-03-10T00:00:00-04:00');
    expect(heading()).toBe('Day 3 of 7');
    fireEvent.click(within(card()).getByRole('button', { name: 'Resume the plan' }));
    await waitFor(() => expect(within(card()).getByRole('button', { name: 'Done' })).toBeTruthy());
    expect(heading()).toBe('Day 3 of 7');
    await passMidnight('2026-03-11T00:00:00-04:00');
    expect(heading()).toBe('Day 4 of 7');
  });
});

describe('after day 7', () => {
  const sevenDaysAgo = () => markDay(startCycle(EMPTY_PLAN, addDays(TODAY, -7)), 2, 'done', TODAY);

  it('offers the reflection; repeat keeps the note in history and starts cycle 2', async () => {
    const { store, history } = await setup(sevenDaysAgo());
    expect(heading()).toBe('Your 7 days are complete');
    expect(card().textContent).toContain('You did 1 of the 7 tasks.');
    fireEvent.input(screen.getByLabelText('What felt best? What would you like to continue?'), {
      target: { value: 'The walks.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Repeat the plan' }));
    await waitFor(() => expect(heading()).toBe('Day 1 of 7'));
    expect(history.value).toEqual([
      expect.objectContaining({ number: 1, reflection: 'The walks.', next: 'repeat', marks: { 2: 'done' } }),
    ]);
    expect(store.value.cycle).toMatchObject({ number: 2, start: TODAY });
    fireEvent.click(screen.getByText('Past cycles'));
    expect(screen.getByTestId('plan-history').textContent).toContain('Cycle 1, started Sunday, March 1: 1 of 7 done');
  });

  it("keep going: asks for at least one habit, then lists today's habits to tick", async () => {
    await setup(sevenDaysAgo());
    fireEvent.click(screen.getByRole('button', { name: 'Keep going with daily habits' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep going with these' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose at least one habit, or cancel.');
    const group = screen.getByRole('group', { name: 'Choose the habits to keep as daily tasks' });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Add a serving of fermented food to one meal.' }));
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Take a brisk walk or do gentle yoga.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep going with these' }));
    await waitFor(() => expect(heading()).toBe('Keep going'));
    const list = screen.getByRole('list', { name: "Today's habits" });
    fireEvent.click(within(list).getByRole('checkbox', { name: 'Take a brisk walk or do gentle yoga.' }));
    await waitFor(() => expect(card().textContent).toContain('1 of 2 done today'));
  });
});

describe('the popup line', () => {
  it("ticks today's task done and unticks it, and the card follows", async () => {
    const { store } = await setup(startCycle(EMPTY_PLAN, TODAY));
    const line = screen.getByRole('checkbox', { name: `Day 1: ${plan.days[0]!.task}` });
    fireEvent.click(line);
    await waitFor(() => expect(store.value.cycle?.marks).toEqual({ 1: 'done' }));
    expect(within(card()).getByTestId('plan-status').textContent).toBe('Done. Nicely done.');
    fireEvent.click(line);
    await waitFor(() => expect(store.value.cycle?.marks).toEqual({}));
  });
});

describe('the reminder', () => {
  it('is off by default and stays off, with a message, when the browser refuses notifications', async () => {
    const { permission, reminderStore } = await setup(startCycle(EMPTY_PLAN, TODAY), false);
    const toggle = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Remind me each day' });
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/did not allow notifications/));
    expect(permission.asked).toBe(1);
    expect(reminderStore.value.enabled).toBe(false);
  });

  it('turns on at the chosen time once allowed', async () => {
    const { reminderStore } = await setup(startCycle(EMPTY_PLAN, TODAY), true);
    fireEvent.change(screen.getByLabelText('Reminder time'), { target: { value: '20:30' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remind me each day' }));
    await waitFor(() => expect(reminderStore.value).toEqual({ enabled: true, time: '20:30' }));
  });
});

describe('the first frame', () => {
  function webStorage(initial: Record<string, string> = {}) {
    const data = new Map(Object.entries(initial));
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
  }
  const clock = zoneClock('America/New_York', `${TODAY}T10:00:00-04:00`);

  it('shows the last known task before storage answers, then what storage holds', async () => {
    const web = webStorage();
    const copy = planCopy(web);
    copy.write(startCycle(EMPTY_PLAN, '2026-03-06'));
    const store = memoryStore(markDay(startCycle(EMPTY_PLAN, '2026-03-06'), 3, 'done', TODAY));
    const model = createPlanModel({
      plan: store,
      history: memoryStore<PastCycle[]>([]),
      content: plan,
      clock,
      timers: manualTimers(clock.now),
      copy,
    });
    render(<TodayTaskLine plan={model} />);
    const line = screen.getByRole<HTMLInputElement>('checkbox', { name: `Day 3: ${plan.days[2]!.task}` });
    expect(line.checked).toBe(false);
    await act(() => model.load());
    expect(line.checked).toBe(true);
    expect(copy.read()).toEqual(store.value);
  });

  it('a damaged copy shows nothing until storage answers', async () => {
    const copy = planCopy(webStorage({ [PLAN_COPY_KEY]: '{"v":1,"state":{"cycle":"oops"}}' }));
    const store = memoryStore(startCycle(EMPTY_PLAN, TODAY));
    const model = createPlanModel({
      plan: store,
      history: memoryStore<PastCycle[]>([]),
      content: plan,
      clock,
      timers: manualTimers(clock.now),
      copy,
    });
    render(<TodayTaskLine plan={model} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    await act(() => model.load());
    expect(screen.getByRole('checkbox', { name: `Day 1: ${plan.days[0]!.task}` })).toBeTruthy();
  });
});

describe('a change the browser refuses (the plan syncs within quotas)', () => {
  it('says why, shows what is stored, and changed nothing', async () => {
    const { store, reminderStore } = await setup(startCycle(EMPTY_PLAN, TODAY));
    const stored = store.value;
    store.update = async () => {
      throw new SyncWriteError('quota', 'plan');
    };
    fireEvent.click(within(card()).getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(within(card()).getByRole('alert').textContent).toMatch(
        /Browser sync is full or busy right now\. Nothing was changed/,
      ),
    );
    expect(within(card()).getByRole('button', { name: 'Done' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: `Day 1: ${plan.days[0]!.task}` })).toHaveProperty('checked', false);
    expect(store.value).toBe(stored);

    reminderStore.update = async () => {
      throw new SyncWriteError('tooLarge', 'planReminder');
    };
    fireEvent.change(screen.getByLabelText('Reminder time'), { target: { value: '07:15' } });
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(reminderStore.value.time).toBe('09:00');
  });
});
