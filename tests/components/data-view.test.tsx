// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupReminderNotice } from '../../components/data/BackupReminderNotice';
import { DataView } from '../../components/data/DataView';
import { syncProblemText } from '../../components/data/data-text';
import { EMPTY_BACKUP_STATE } from '../../domain/backup-reminder';
import { createBackupReminderModel } from '../../models/backup-reminder-model';
import { backupReminderItem, backupStateItem } from '../../storage/items';
import { emptyForm } from '../../domain/journal-form';
import { localEditDrafts } from '../../storage/edit-drafts';
import { pendingLogs } from '../../storage/pending-logs';
import { rawDump, seedEverything } from '../support/data-fixture';
import { logAt } from '../support/journal-fixture';
import { makeDataModel, SMALL_USE } from '../support/data-model-fixture';
import { zoneClock } from '../support/zone-clock';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
});

async function setup(use = SMALL_USE) {
  await seedEverything();
  const fixture = makeDataModel(use);
  const backup = createBackupReminderModel({
    settings: backupReminderItem,
    state: backupStateItem,
    hasData: async () => true,
    clock: fixture.clock,
  });
  await Promise.all([fixture.model.load(), backup.load()]);
  render(<DataView model={fixture.model} backup={backup} />);
  return { ...fixture, backup };
}

/** Picks `text` as a file in the import input, as a user does. */
function pick(text: string, name = 'export.json') {
  const input = screen.getByLabelText<HTMLInputElement>(/Choose an export file|Choose another file/);
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('Your data view', () => {
  it('opens the summary for your doctor in a new tab', async () => {
    await setup();
    const link = screen.getByRole('link', { name: 'Summary for your doctor' });
    expect(link.getAttribute('href')).toBe('/summary.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('says what is stored where, locally and through sync', async () => {
    await setup();
    expect(screen.getByText(/On this computer only: symptom logs, journal entries/)).toBeTruthy();
    expect(screen.getByText(/plan progress and settings/)).toBeTruthy();
  });

  it('exports everything as a file that parses, and tells where it went', async () => {
    const { downloads, exported } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Download everything (JSON)' }));
    await screen.findByText('Saved “gutwise-export-2026-11-26.json” to your downloads.');
    expect(JSON.parse(downloads[0]!.text)).toMatchObject({ format: 'gutwise-export', version: 1 });
    expect(exported).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Symptom logs (CSV)' }));
    await waitFor(() => expect(downloads[1]?.name).toBe('gutwise-symptom-logs-2026-11-26.csv'));
    expect(downloads[1]!.text).toContain('Headache, ""bad""');
  });

  it('shows one message for a bad file and changes nothing', async () => {
    await setup();
    const before = await rawDump();
    pick('{"format":"gutwise-export","version":1,"data":', 'cut.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“cut.json” was not imported. Nothing changed.');
    expect(alert.textContent).toContain('cut off');
    expect(await rawDump()).toEqual(before);
  });

  it('previews a file, then merges it', async () => {
    const { model, downloads } = await setup();
    await model.exportAll();
    const text = downloads[0]!.text;
    pick(text);
    const preview = await screen.findByTestId('import-preview');
    const logsRow = within(preview).getByRole('row', { name: /Symptom logs/ });
    expect(
      within(logsRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['8', '8', '0']);
    fireEvent.click(within(preview).getByRole('button', { name: 'Merge into my data' }));
    expect((await screen.findByTestId('import-done')).textContent).toBe('Imported: 0 symptom logs and 0 journal entries added.');
  });

  it('asks before replacing, offering an export of the current data first', async () => {
    const { model, downloads } = await setup();
    await model.exportAll();
    pick(downloads[0]!.text);
    fireEvent.click(await screen.findByRole('button', { name: 'Replace my data with the file…' }));
    const confirm = screen.getByRole('group', { name: 'Replace everything here with the file?' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Download my current data first' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, replace my data' }));
    expect((await screen.findByTestId('import-done')).textContent).toBe(
      "Your data now is the file's: 8 symptom logs and 9 journal entries.",
    );
  });

  it('names, before replacing, what the file cannot bring back: unreadable values, a pending log, an unsaved edit', async () => {
    const { model, downloads, local } = await setup();
    await fakeBrowser.storage.local.set({ 'logs:999-06-01': { v: 2, logs: [] } });
    pendingLogs(local).put([logAt('2026-11-26T13:59', 'bloating', 3, '', 'clicked-1')], Date.now());
    localEditDrafts(local).write('seed-entry-1', { ...emptyForm('note'), note: 'half-typed' });
    await model.exportAll();
    pick(downloads[0]!.text);
    fireEvent.click(await screen.findByRole('button', { name: 'Replace my data with the file…' }));
    const confirm = screen.getByRole('group', { name: 'Replace everything here with the file?' });
    expect(
      within(confirm)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '1 stored value Gutwise could not read',
      '1 symptom log clicked a moment ago and not yet stored',
      '1 unsaved edit of a journal entry',
    ]);
  });

  it('lists exactly what "delete all" removes, then removes it', async () => {
    await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    await screen.findByTestId('delete-confirm');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Keep my data'));
    fireEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete all my data…'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    const confirm = await screen.findByTestId('delete-confirm');
    expect(
      within(confirm)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '8 symptom logs',
      '9 journal entries',
      '2 plan cycles, with their marks and reflections',
      '1 symptom of your own',
      'Your place in the guide and 2 sections marked read',
      'Your settings: symptom names, hidden symptoms and order, reminder times, the backup reminder',
    ]);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete everything' }));
    await screen.findByTestId('delete-done');
    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(left).filter((key) => !key.startsWith('synced:'))).toEqual([]);
  });

  it('warns near the sync limit', async () => {
    await setup({ ...SMALL_USE, sync: { ...SMALL_USE.sync, used: 90_000 } });
    expect(screen.getByTestId('warning-syncNearFull').textContent).toContain('close to browser sync');
  });
});

describe('messages for refused synced changes', () => {
  it('name the problem and say nothing changed', () => {
    for (const code of ['tooLarge', 'quota', 'newer', 'writeFailed'] as const)
      expect(syncProblemText(code)).toMatch(/Nothing was changed/);
  });
});

describe('backup reminder on the Today view', () => {
  it('appears once the chosen period has passed without an export, and "Not now" quiets it', async () => {
    const clock = zoneClock('UTC', '2026-11-26T10:00:00Z');
    await backupStateItem.set({ ...EMPTY_BACKUP_STATE, since: '2026-10-01T10:00:00.000Z' });
    const backup = createBackupReminderModel({
      settings: backupReminderItem,
      state: backupStateItem,
      hasData: async () => true,
      clock,
    });
    await backup.load();
    let exportsAsked = 0;
    render(<BackupReminderNotice model={backup} onExport={() => exportsAsked++} onSettings={() => undefined} />);
    expect(screen.getByTestId('backup-reminder').textContent).toContain(
      "You haven't exported yet, and you've used Gutwise for over 4 weeks.",
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export now' }));
    expect(exportsAsked).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByTestId('backup-reminder')).toBeNull());
    clock.advance(8 * 86_400_000);
    await backup.load();
    await screen.findByTestId('backup-reminder');
  });

  it('stays away while there is nothing to keep, or when turned off', async () => {
    await backupStateItem.set({ ...EMPTY_BACKUP_STATE, since: '2026-01-01T00:00:00.000Z' });
    const empty = createBackupReminderModel({
      settings: backupReminderItem,
      state: backupStateItem,
      hasData: async () => false,
      clock: zoneClock('UTC', '2026-11-26T10:00:00Z'),
    });
    await empty.load();
    expect(empty.due.value).toBe(false);
    await backupReminderItem.set({ weeks: 0 });
    const off = createBackupReminderModel({
      settings: backupReminderItem,
      state: backupStateItem,
      hasData: async () => true,
      clock: zoneClock('UTC', '2026-11-26T10:00:00Z'),
    });
    await off.load();
    expect(off.due.value).toBe(false);
  });
});
