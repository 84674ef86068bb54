import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLogNoticeModel, UNDO_MS } from '../../models/log-notice-model';
import { createQuickLogModel } from '../../models/quick-log-model';
import { makeStore } from '../support/log-store-fixture';
import { manualTimers } from '../support/manual-timers';

beforeEach(() => {
  fakeBrowser.reset();
});

function setup() {
  const { store, clock } = makeStore();
  const timer = manualTimers();
  const notices = createLogNoticeModel(timer);
  const model = createQuickLogModel({ store, clock, notices });
  return { store, clock, notices, model, timer, today: () => store.listDay('2026-11-26') };
}

describe('quick logging', () => {
  it('saves a symptom as soon as its severity is picked', async () => {
    const { model, notices, today } = setup();
    model.toggle('fatigue');
    expect(await today()).toEqual([]);
    await model.pick('fatigue', 2);
    expect((await today()).map((l) => [l.symptomId, l.severity])).toEqual([['fatigue', 2]]);
    expect(model.selected.value).toEqual([]);
    expect(notices.current.value?.kind).toBe('saved');
    expect(model.lastSaved.value).toEqual(['fatigue']);
  });

  it('saves several picks together once each has a severity, with the chosen time and note', async () => {
    const { model, today, clock } = setup();
    model.toggle('bloating');
    model.toggle('low-mood');
    model.time.value = { kind: 'ago', minutes: 120 };
    model.note.value = 'after the wedding';
    await model.pick('bloating', 3);
    expect(await today()).toEqual([]);
    await model.pickForPending(1);
    const logs = await today();
    expect(logs.map((l) => [l.symptomId, l.severity, l.note, l.at])).toEqual([
      ['bloating', 3, 'after the wedding', new Date(clock.now() - 7_200_000).toISOString()],
      ['low-mood', 1, 'after the wedding', new Date(clock.now() - 7_200_000).toISOString()],
    ]);
    expect(model.time.value).toEqual({ kind: 'now' });
    expect(model.note.value).toBe('');
  });

  it('digits go to the latest pick still waiting for a severity', async () => {
    const { model, today } = setup();
    model.toggle('fatigue');
    model.toggle('itching');
    await model.pickForPending(3);
    expect(model.selected.value).toEqual([
      { symptomId: 'fatigue', severity: null },
      { symptomId: 'itching', severity: 3 },
    ]);
    await model.pickForPending(1);
    expect((await today()).map((l) => [l.symptomId, l.severity])).toEqual([
      ['fatigue', 1],
      ['itching', 3],
    ]);
  });

  it('refuses a time later than now, keeps the picks, and saves once the time is fixed', async () => {
    const { model, today } = setup();
    model.time.value = { kind: 'at', time: '15:00' }; // the clock says 14:00 in Berlin
    await model.pick('fatigue', 2);
    expect(model.problem.value).toBe('future');
    expect(model.selected.value).toEqual([{ symptomId: 'fatigue', severity: 2 }]);
    expect(await today()).toEqual([]);
    model.time.value = { kind: 'at', time: '13:30' };
    await model.save();
    expect((await today()).map((l) => l.at)).toEqual(['2026-11-26T12:30:00.000Z']);
    expect(model.problem.value).toBeNull();
  });

  it('keeps the picks and says why when the browser refuses the write', async () => {
    const { model, today } = setup();
    const refused = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota'));
    try {
      await model.pick('fatigue', 2);
    } finally {
      refused.mockRestore();
    }
    expect(model.problem.value).toBe('writeFailed');
    expect(model.selected.value).toEqual([{ symptomId: 'fatigue', severity: 2 }]);
    await model.save();
    expect(await today()).toHaveLength(1);
  });

  it('shows the red-flag advice after a red-flag log only, severe included', async () => {
    const { model } = setup();
    await model.pick('fatigue', 2);
    expect(model.advice.value).toBe(false);
    await model.pick('unexplained-weight-loss', 1);
    expect(model.advice.value).toBe(true);
    model.dismissAdvice();
    await model.pick('itching', 4);
    expect(model.advice.value).toBe(true);
    model.dismissAdvice();
    await model.pick('joint-pain', 3);
    expect(model.advice.value).toBe(true);
  });

  it('shows the advice at most once per symptom per day, even after the popup closed', async () => {
    const { store, clock, notices } = setup();
    const first = createQuickLogModel({ store, clock, notices });
    await first.pick('bloating', 3);
    expect(first.advice.value).toBe(true);
    // A new popup (a new model) on the same day: a long flare is not nagged.
    const second = createQuickLogModel({ store, clock, notices });
    await second.pick('bloating', 4);
    expect(second.advice.value).toBe(false);
    await second.pick('blood-in-stool', 1);
    expect(second.advice.value).toBe(true);
    second.dismissAdvice();
    // A symptom logged earlier today at a milder level still brings the advice when it turns severe.
    await second.pick('fatigue', 1);
    await second.pick('fatigue', 3);
    expect(second.advice.value).toBe(true);
  });
});

describe('the notice line and Undo', () => {
  it('takes the saved logs back', async () => {
    const { model, notices, today } = setup();
    model.toggle('fatigue');
    model.toggle('itching');
    await model.pick('fatigue', 2);
    await model.pick('itching', 2);
    await notices.undo();
    expect(await today()).toEqual([]);
    expect(notices.current.value).toMatchObject({ kind: 'undone', undid: 'saved' });
  });

  it('offers Undo for a few seconds, but never takes it away while the user is on it', async () => {
    const { model, notices, timer } = setup();
    await model.pick('fatigue', 2);
    expect(timer.delays()).toEqual([UNDO_MS]);
    notices.hold(true);
    timer.fireAll();
    expect(notices.current.value?.kind).toBe('saved');
    notices.hold(false);
    expect(notices.current.value).toBeNull();
  });
});
