// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupLogging } from '../../components/popup/PopupLogging';
import { builtInSymptomName } from '../../components/log/symptom-names';
import { createLoggingModels } from '../../models/logging-models';
import { symptomSettingsItem } from '../../storage/items';
import { input, makeStore } from '../support/log-store-fixture';
import { manualTimers } from '../support/manual-timers';

const GUIDE =
  'If you have severe or sudden symptoms, unexplained weight loss, or blood in stool, please see a healthcare provider promptly.';

async function setup() {
  const { store, clock } = makeStore();
  await store.add([input(clock, 'fatigue', 1, 30), input(clock, 'blood-in-stool', 1, 20), input(clock, 'joint-pain', 3, 10)]);
  const models = createLoggingModels({
    store,
    clock,
    timers: manualTimers(),
    settings: symptomSettingsItem,
    builtInName: builtInSymptomName,
  });
  await models.start();
  render(<PopupLogging {...models} clock={clock} />);
  const list = await screen.findByRole('region', { name: "Today's logs" });
  await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
  return { store, list };
}

const itemOf = (list: HTMLElement, name: string) =>
  within(list)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.includes(name))!;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('red-flag logs in a list', () => {
  it('carry a visible text mark, not only a coloured border, and only red-flag logs do', async () => {
    const { list } = await setup();
    expect(within(itemOf(list, 'Blood in stool')).getByRole('button', { name: /^Red flag/ }).textContent).toMatch(/Red flag/);
    expect(within(itemOf(list, 'Joint pain')).getByRole('button', { name: /^Red flag/ })).toBeTruthy();
    expect(within(itemOf(list, 'Fatigue')).queryByRole('button', { name: /^Red flag/ })).toBeNull();
  });

  it("open the guide's advice in one click, and close it again", async () => {
    const { list } = await setup();
    const item = itemOf(list, 'Joint pain');
    const mark = within(item).getByRole('button', { name: /^Red flag/ });
    expect(mark.getAttribute('aria-expanded')).toBe('false');
    expect(within(item).queryByRole('note')).toBeNull();
    fireEvent.click(mark);
    expect(mark.getAttribute('aria-expanded')).toBe('true');
    expect(within(item).getByRole('note', { name: 'Please take care of yourself' }).textContent).toContain(GUIDE);
    fireEvent.click(within(item).getByRole('button', { name: 'Got it' }));
    expect(within(item).queryByRole('note')).toBeNull();
  });

  it('show the advice after an edit that makes a log a red flag (severity raised)', async () => {
    const { list } = await setup();
    fireEvent.click(within(itemOf(list, 'Fatigue')).getByRole('button', { name: /^Edit Fatigue/ }));
    fireEvent.change(await screen.findByLabelText('Strength'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(within(itemOf(list, 'Fatigue')).getByRole('note', { name: 'Please take care of yourself' }).textContent).toContain(
        GUIDE,
      ),
    );
  });

  it('show the advice after an edit that changes the symptom to blood in stool', async () => {
    const { list } = await setup();
    fireEvent.click(within(itemOf(list, 'Fatigue')).getByRole('button', { name: /^Edit Fatigue/ }));
    fireEvent.change(await screen.findByLabelText('Symptom'), { target: { value: 'blood-in-stool' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => {
      const edited = within(list)
        .getAllByRole('listitem')
        .filter((li) => li.textContent?.includes('Blood in stool'));
      expect(edited.some((li) => within(li).queryByRole('note', { name: 'Please take care of yourself' }))).toBe(true);
    });
  });

  it('do not bring the advice again on an edit of a log that already was a red flag', async () => {
    const { list } = await setup();
    fireEvent.click(within(itemOf(list, 'Joint pain')).getByRole('button', { name: /^Edit Joint pain/ }));
    fireEvent.change(await screen.findByLabelText('Strength'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(itemOf(list, 'Joint pain').textContent).toContain('very severe'));
    expect(within(itemOf(list, 'Joint pain')).queryByRole('note')).toBeNull();
  });
});

describe('the two red-flag symptoms, hidden from the buttons', () => {
  it('stay one click away under "More symptoms", and log with the advice', async () => {
    await symptomSettingsItem.update((s) => ({ ...s, hidden: ['blood-in-stool', 'unexplained-weight-loss', 'itching'] }));
    const { store } = await setup();
    const group = screen.getByRole('group', { name: 'Symptoms' });
    expect(within(group).queryByRole('button', { name: 'Blood in stool' })).toBeNull();
    const more = await screen.findByRole('button', { name: 'More symptoms' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    const extra = screen.getByRole('group', { name: 'More symptoms' });
    // Only the red flags come back: other hidden symptoms stay hidden, as the user chose.
    expect(
      within(extra)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Blood in stool', 'Unexplained weight loss']);
    fireEvent.click(within(extra).getByRole('button', { name: 'Unexplained weight loss' }));
    fireEvent.click(screen.getByRole('button', { name: '1 mild' }));
    await waitFor(() => expect(screen.getAllByRole('note', { name: 'Please take care of yourself' }).length).toBeGreaterThan(0));
    expect((await store.listDay('2026-11-26')).map((l) => l.symptomId)).toContain('unexplained-weight-loss');
  });

  it('need no "More" control while they are on the buttons', async () => {
    await setup();
    expect(screen.queryByRole('button', { name: 'More symptoms' })).toBeNull();
  });
});
