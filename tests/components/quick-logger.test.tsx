// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupLogging } from '../../components/popup/PopupLogging';
import { builtInSymptomName } from '../../components/log/symptom-names';
import { createLoggingModels } from '../../models/logging-models';
import { symptomSettingsItem } from '../../storage/items';
import { makeStore } from '../support/log-store-fixture';
import { SyncWriteError } from '../../storage/synced-item';
import { manualTimers } from '../support/manual-timers';

async function setup(settings = symptomSettingsItem) {
  const { store, clock } = makeStore();
  const models = createLoggingModels({
    store,
    clock,
    timers: manualTimers(),
    settings,
    builtInName: builtInSymptomName,
  });
  await models.start();
  render(<PopupLogging {...models} clock={clock} />);
  return { store, models };
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('the quick logger', () => {
  it("shows the guide's symptoms, each a named toggle button", async () => {
    await setup();
    const group = screen.getByRole('group', { name: 'Symptoms' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => [b.textContent, b.getAttribute('aria-pressed')]),
    ).toEqual([
      ['Fatigue', 'false'],
      ['Joint pain or aches', 'false'],
      ['Brain fog', 'false'],
      ['Low mood', 'false'],
      ['Bloating', 'false'],
      ['Tummy ache or digestive discomfort', 'false'],
      ['Skin issues or eczema', 'false'],
      ['Itching', 'false'],
      ['Blood in stool', 'false'],
      ['Unexplained weight loss', 'false'],
    ]);
  });

  it('offers 0 to 4 with words once a symptom is picked', async () => {
    await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Brain fog' }));
    const severity = screen.getByRole('group', { name: 'How strong is Brain fog?' });
    expect(
      within(severity)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['0 none', '1 mild', '2 moderate', '3 severe', '4 very severe']);
  });

  it('logs with a digit pressed on a symptom, but treats digits in the note as text', async () => {
    const { store } = await setup();
    fireEvent.input(screen.getByLabelText('Note (optional)'), { target: { value: 'ate 2 slices' } });
    fireEvent.keyDown(screen.getByLabelText('Note (optional)'), { key: '2' });
    expect(screen.queryByRole('group', { name: /How strong/ })).toBeNull();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Itching' }), { key: '3' });
    await waitFor(async () =>
      expect((await store.listDay('2026-11-26')).map((l) => [l.symptomId, l.severity, l.note])).toEqual([
        ['itching', 3, 'ate 2 slices'],
      ]),
    );
    await screen.findByText(/Saved: Itching \(severe\) at 14:00\./);
  });

  it('shows a note as text, never as markup', async () => {
    const { models } = await setup();
    models.log.note.value = '<img src=x onerror=alert(1)>';
    await models.log.pick('fatigue', 1);
    const item = await screen.findByText('<img src=x onerror=alert(1)>');
    expect(item.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('says why when storage refuses a change to the symptom list, changes nothing, and keeps what was typed', async () => {
    let refuse = true;
    const settings = {
      ...symptomSettingsItem,
      update: async (change: Parameters<typeof symptomSettingsItem.update>[0]) => {
        if (refuse) throw new SyncWriteError('quota', 'symptoms');
        return symptomSettingsItem.update(change);
      },
    };
    await setup(settings);
    fireEvent.click(screen.getByRole('button', { name: 'Edit symptoms' }));
    const field = await screen.findByRole('textbox', { name: 'Add your own symptom' });
    fireEvent.input(field, { target: { value: 'Headache' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/Browser sync is full or busy right now\. Nothing was changed/),
    );
    expect(screen.queryByRole('button', { name: 'Rename Headache' })).toBeNull();
    expect((field as HTMLInputElement).value).toBe('Headache');
    expect((await symptomSettingsItem.get()).custom).toEqual([]);

    refuse = false;
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await symptomSettingsItem.get()).custom.map((c) => c.name)).toEqual(['Headache']);
  });

  it('keeps a name typed while the previous one was still being saved', async () => {
    let release = () => {};
    const settings = {
      ...symptomSettingsItem,
      update: async (change: Parameters<typeof symptomSettingsItem.update>[0]) => {
        await new Promise<void>((resolve) => (release = resolve));
        return symptomSettingsItem.update(change);
      },
    };
    await setup(settings);
    fireEvent.click(screen.getByRole('button', { name: 'Edit symptoms' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Add your own symptom' });
    fireEvent.input(field, { target: { value: 'Headache' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    fireEvent.input(field, { target: { value: 'Nausea' } });
    release();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Added: Headache.'));
    expect(field.value).toBe('Nausea');
  });
});
