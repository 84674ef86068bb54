/**
 * Records not yet in extension storage (a log clicked just before its popup closed, an unsaved edit of a
 * journal entry) are the user's records too: a merge stores the pending log first and keeps the edit, while
 * Replace and "delete all" say they go before anything is removed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyForm } from '../../../domain/journal-form';
import { localEditDrafts } from '../../../storage/edit-drafts';
import { pendingLogs } from '../../../storage/pending-logs';
import { makeDataStore, seedEverything } from '../../support/data-fixture';
import { makeDataModel, picked } from '../../support/data-model-fixture';
import { logAt } from '../../support/journal-fixture';
import { makeStore } from '../../support/log-store-fixture';

beforeEach(() => {
  fakeBrowser.reset();
});

/** A data view with an export picked, while a closed popup's log is pending and a journal edit is unsaved. */
async function pickedWithUnsaved() {
  await seedEverything();
  const text = JSON.stringify(await makeDataStore().exportFile('0.1.0'));
  const fixture = makeDataModel();
  const log = logAt('2026-11-26T13:59', 'bloating', 3, 'just clicked', 'clicked-1');
  // The popup put its log here in the click's task and closed before storing it (0.3 s before the merge).
  pendingLogs(fixture.local).put([log], fixture.clock.now() - 300);
  localEditDrafts(fixture.local).write('seed-entry-1', { ...emptyForm('note'), note: 'half-typed change' });
  fixture.local.setItem('gutwise.plan', '{"v":1,"value":"a copy of a stored value"}');
  await fixture.model.chooseFile(picked(text));
  return { ...fixture, log };
}

describe('a merge', () => {
  it('stores a log still pending from a closed popup, and keeps an unsaved journal edit', async () => {
    const { model, local, log } = await pickedWithUnsaved();
    await model.merge();
    expect(model.importState.value.stage).toBe('done');
    expect((await makeStore().store.listDay('2026-11-26')).map((stored) => stored.id)).toContain(log.id);
    expect([...local.data.keys()]).toEqual(['gutwise.editDraft.seed-entry-1']);
    expect(localEditDrafts(local).readAll().get('seed-entry-1')?.note).toBe('half-typed change');
  });
});

describe('Replace and "delete all"', () => {
  it('name the pending log and the unsaved edit among what goes, then remove them', async () => {
    const { model, local } = await pickedWithUnsaved();
    model.askReplace();
    const state = model.importState.value;
    expect(state.stage === 'confirmReplace' && state.unsaved).toEqual({ pendingLogs: 1, editDrafts: 1 });
    await model.replace();
    expect(model.importState.value.stage).toBe('done');
    expect(local.data.size).toBe(0);

    pendingLogs(local).put([logAt('2026-11-26T13:59', 'bloating', 3, '', 'clicked-2')], Date.parse('2026-11-26T13:00:00Z'));
    await model.askDelete();
    const deleting = model.deleteState.value;
    expect(deleting.stage === 'confirm' && deleting.unsaved).toEqual({ pendingLogs: 1, editDrafts: 0 });
    await model.confirmDelete();
    expect(local.data.size).toBe(0);
  });
});
