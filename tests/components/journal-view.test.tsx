// @vitest-environment happy-dom
import { formFromEntry } from '../../domain/journal-form';
import { localEditDrafts } from '../../storage/edit-drafts';
import { memoryStorage } from '../support/memory-storage';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JournalView } from '../../components/journal/JournalView';
import { PlanDayTask } from '../../components/today/PlanDayTask';
import type { PlanSnapshot } from '../../domain/plan-progress';
import type { PlanContent } from '../../domain/plan-types';
import { createJournalModel } from '../../models/journal-model';
import { browserChangeFeed } from '../../storage/change-feed';
import { browserArea } from '../../storage/key-value-area';
import { journalDayKey, journalDayValue } from '../../storage/journal-days';
import { logDayKey, logDayValue } from '../../storage/symptom-log-days';
import { makeJournalStore } from '../support/journal-store-fixture';
import { makeStore } from '../support/log-store-fixture';
import { zoneClock } from '../support/zone-clock';
import { entryAt, food, logAt } from '../support/journal-fixture';

const HOSTILE = '<img src=x onerror=alert(1)>';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

async function setup(options: { compose?: boolean; local?: ReturnType<typeof memoryStorage> } = {}) {
  const clock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
  const draft = { value: null as unknown, get: async () => null, set: async () => {} };
  const model = createJournalModel({
    journal: makeJournalStore({ clock }).store,
    logs: makeStore({ clock }).store,
    area: browserArea(),
    feed: browserChangeFeed(fakeBrowser.storage.local),
    clock,
    timers: { setTimeout: () => 0, clearTimeout: () => {} },
    draft: draft,
    editDrafts: localEditDrafts(options.local ?? memoryStorage()),
    symptomName: (id) => (id === 'bloating' ? 'Bloating' : id),
  });
  await act(() => model.start());
  const onComposeHandled = vi.fn();
  render(
    <JournalView
      model={model}
      nameOf={(id) => (id === 'bloating' ? 'Bloating' : id)}
      choices={[]}
      clock={clock}
      compose={options.compose}
      onComposeHandled={onComposeHandled}
    />,
  );
  return { model, clock, onComposeHandled };
}

describe('the journal view', () => {
  it('shows everything typed as text, never as markup: entries, food tags and symptom notes', async () => {
    await fakeBrowser.storage.local.set({
      [journalDayKey('2026-11-26')]: journalDayValue([
        entryAt('2026-11-26T08:00', food(HOSTILE), HOSTILE),
        entryAt('2026-11-26T09:00', { kind: 'note' }, `<b>${HOSTILE}</b>`),
      ]),
      [logDayKey('2026-11-26')]: logDayValue([logAt('2026-11-26T10:00', 'bloating', 2, HOSTILE)]),
    });
    const { container } = { container: document.body };
    await setup();
    await waitFor(() => expect(container.querySelectorAll('ol.journal-items > li')).toHaveLength(3));
    expect(container.querySelector('img, b')).toBeNull();
    const texts = [...container.querySelectorAll('.log-note-text, .tag-chip')].map((el) => el.textContent);
    expect(texts).toEqual([HOSTILE, HOSTILE, `<b>${HOSTILE}</b>`, HOSTILE]);
  });

  it('reopens an entry whose edit was left unsaved, with the changes and a word about them; Cancel lets the draft go', async () => {
    const entry = entryAt('2026-11-26T08:00', food('rice'), 'lunch');
    await fakeBrowser.storage.local.set({ [journalDayKey('2026-11-26')]: journalDayValue([entry]) });
    const local = memoryStorage();
    localEditDrafts(local).write(entry.id, { ...formFromEntry(entry), note: 'lunch, then bloated' });
    await setup({ local });
    const editor = await screen.findByRole('form', { name: /^Edit Food or drink at/ });
    expect(within(editor).getByText('Your unsaved changes to this entry are back.')).toBeTruthy();
    expect(within(editor).getByRole<HTMLTextAreaElement>('textbox', { name: 'Note (optional)' }).value).toBe(
      'lunch, then bloated',
    );
    fireEvent.click(within(editor).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: /^Edit / })).toBeNull());
    expect(local.data.size).toBe(0);
    expect(screen.getByText('lunch')).toBeTruthy();
  });

  it("keeps what is typed in an entry's editor as its draft", async () => {
    const entry = entryAt('2026-11-26T08:00', food('rice'), 'lunch');
    await fakeBrowser.storage.local.set({ [journalDayKey('2026-11-26')]: journalDayValue([entry]) });
    const local = memoryStorage();
    await setup({ local });
    fireEvent.click(await screen.findByRole('button', { name: /^Edit Food or drink at/ }));
    const editor = await screen.findByRole('form', { name: /^Edit Food or drink at/ });
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Note (optional)' }), { target: { value: 'lunch, late' } });
    expect(localEditDrafts(local).readAll().get(entry.id)).toMatchObject({ note: 'lunch, late', tags: ['rice'] });
  });

  it('says when stored items of a day cannot be shown, and still shows the rest', async () => {
    await fakeBrowser.storage.local.set({
      [journalDayKey('2026-11-26')]: journalDayValue([{ id: 'broken' }, entryAt('2026-11-26T08:00', food('rice'))]),
    });
    await setup();
    await waitFor(() =>
      expect(screen.getByText("One stored item on this day can't be shown. It is kept as it is.")).toBeTruthy(),
    );
    expect(document.querySelectorAll('ol.journal-items > li')).toHaveLength(1);
  });

  it("opens ready to write when asked (the plan's day 4), focusing the foods field", async () => {
    const { onComposeHandled } = await setup({ compose: true });
    await waitFor(() => expect(onComposeHandled).toHaveBeenCalled());
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Food or drink' }).checked).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Foods and drinks' })));
  });

  it('turns typed foods into chips at a comma or Enter, and Enter never saves the entry by surprise', async () => {
    const { model } = await setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Food or drink' }));
    const foods = await screen.findByRole('combobox', { name: 'Foods and drinks' });
    fireEvent.input(foods, { target: { value: 'gluten, dai' } });
    expect((foods as HTMLInputElement).value).toBe('dai');
    fireEvent.keyDown(foods, { key: 'Enter' });
    fireEvent.keyDown(foods, { key: 'Enter' });
    const chips = within(screen.getByRole('list', { name: 'Foods in this entry' })).getAllByRole('listitem');
    expect(chips.map((chip) => chip.textContent)).toEqual(['gluten×', 'dai×']);
    expect(model.timeline.shown.value[0]!.data!.entries).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove dai' }));
    expect(within(screen.getByRole('list', { name: 'Foods in this entry' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('the month calendar marks days with entries in words and moves by arrow keys', async () => {
    await fakeBrowser.storage.local.set({
      [journalDayKey('2026-11-20')]: journalDayValue([entryAt('2026-11-20T08:00', food('rice'))]),
    });
    const { model } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Calendar' }));
    const marked = await screen.findByRole('button', { name: /(20 November|November 20),? 2026, has entries/ });
    expect(marked.getAttribute('tabindex')).toBe('-1');
    const today = screen.getByRole('button', { name: /(26 November|November 26),? 2026, shown below/ });
    expect(today.getAttribute('aria-current')).toBe('date');
    expect(today.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /(27 November|November 27),? 2026/ }).disabled).toBe(true);
    fireEvent.keyDown(today, { key: 'ArrowUp' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-day')).toBe('2026-11-19'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toBe(marked));
    fireEvent.click(marked);
    await waitFor(() => expect(model.timeline.selected.value).toBe('2026-11-20'));
  });
});

describe("the plan's journal day", () => {
  const content: PlanContent = {
    days: [1, 2, 3, 4, 5, 6, 7].map((day) => ({
      day,
      task: `task ${day}`,
      why: { sectionId: 'habits-and-tools', label: 'Free habits' },
    })),
    habits: [],
    foods: [],
  };
  const snapshot = (day: number): Extract<PlanSnapshot, { kind: 'active' }> =>
    ({
      kind: 'active',
      day,
      paused: false,
      strip: Array.from({ length: 7 }, (_, i) => ({
        day: i + 1,
        date: `2026-11-${20 + i}`,
        status: i + 1 < day ? 'done' : i + 1 === day ? 'today' : 'ahead',
      })),
    }) as never;
  const none = () => {};

  it('links to the journal, ready to write, on day 4 only', () => {
    const onOpenJournal = vi.fn();
    const props = {
      content,
      onSelect: none,
      onMark: none,
      onUndo: none,
      onPause: none,
      onResume: none,
      onStop: none,
      onOpenGuide: none,
      onOpenJournal,
    };
    const { unmount } = render(<PlanDayTask snapshot={snapshot(3)} {...props} />);
    expect(screen.queryByRole('link', { name: "Open the journal and write today's entry" })).toBeNull();
    unmount();
    render(<PlanDayTask snapshot={snapshot(4)} {...props} />);
    const link = screen.getByRole('link', { name: "Open the journal and write today's entry" });
    expect(link.getAttribute('href')).toBe('#/journal/new');
    fireEvent.click(link);
    expect(onOpenJournal).toHaveBeenCalledOnce();
  });
});
