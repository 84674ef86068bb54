import { describe, expect, it } from 'vitest';
import {
  addCustomSymptom,
  checkSymptomName,
  EMPTY_SYMPTOM_SETTINGS,
  moveSymptom,
  orderedSymptoms,
  renameSymptom,
  resetSymptomName,
  setSymptomHidden,
  sortByUse,
  usageFromLogs,
  validateSymptomSettings,
  validateSymptomUsage,
} from '../../domain/symptom-settings';

const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('symptom order', () => {
  it("starts in the guide's order", () => {
    expect(ids(orderedSymptoms(EMPTY_SYMPTOM_SETTINGS, {})).slice(0, 3)).toEqual(['fatigue', 'joint-pain', 'brain-fog']);
  });

  it("puts the most used first, ties in the guide's order", () => {
    const order = ids(orderedSymptoms(EMPTY_SYMPTOM_SETTINGS, { itching: 5, bloating: 2, 'brain-fog': 2 }));
    expect(order.slice(0, 4)).toEqual(['itching', 'brain-fog', 'bloating', 'fatigue']);
  });

  it("keeps the user's own order once they move something, and appends symptoms added later", () => {
    const shown = ids(orderedSymptoms(EMPTY_SYMPTOM_SETTINGS, {}));
    let settings = moveSymptom(EMPTY_SYMPTOM_SETTINGS, shown, 'brain-fog', -1);
    expect(ids(orderedSymptoms(settings, { itching: 99 })).slice(0, 3)).toEqual(['fatigue', 'brain-fog', 'joint-pain']);
    settings = addCustomSymptom(settings, 'custom-1', 'Headache');
    expect(ids(orderedSymptoms(settings, {})).at(-1)).toBe('custom-1');
    expect(ids(orderedSymptoms(sortByUse(settings), { 'custom-1': 3 }))[0]).toBe('custom-1');
  });

  it('does not move past either end', () => {
    const shown = ids(orderedSymptoms(EMPTY_SYMPTOM_SETTINGS, {}));
    expect(moveSymptom(EMPTY_SYMPTOM_SETTINGS, shown, 'fatigue', -1)).toBe(EMPTY_SYMPTOM_SETTINGS);
  });
});

describe("the user's own symptoms", () => {
  it('renames without changing the id, so history stays attached', () => {
    let settings = addCustomSymptom(EMPTY_SYMPTOM_SETTINGS, 'custom-1', '  Headache ');
    settings = renameSymptom(settings, 'custom-1', 'Migraine');
    settings = renameSymptom(settings, 'joint-pain', 'Knee pain');
    const list = orderedSymptoms(settings, {});
    expect(list.find((c) => c.id === 'custom-1')?.customName).toBe('Migraine');
    expect(list.find((c) => c.id === 'joint-pain')?.customName).toBe('Knee pain');
    expect(list.find((c) => c.id === 'joint-pain')?.customName).toBe('Knee pain');
    expect(resetSymptomName(settings, 'joint-pain').renamed).toEqual({});
  });

  it('hides and shows again', () => {
    const hidden = setSymptomHidden(EMPTY_SYMPTOM_SETTINGS, 'itching', true);
    expect(orderedSymptoms(hidden, {}).find((c) => c.id === 'itching')?.hidden).toBe(true);
    expect(setSymptomHidden(hidden, 'itching', false).hidden).toEqual([]);
  });

  it('refuses empty, overlong and duplicate names', () => {
    expect(checkSymptomName('   ', [])).toBe('empty');
    expect(checkSymptomName('x'.repeat(41), [])).toBe('tooLong');
    expect(checkSymptomName('fatigue ', ['Fatigue'])).toBe('duplicate');
    expect(checkSymptomName('Headache', ['Fatigue'])).toBeUndefined();
  });
});

describe('stored settings and usage', () => {
  it('accepts the current shape', () => {
    const settings = addCustomSymptom(EMPTY_SYMPTOM_SETTINGS, 'custom-1', 'Headache');
    expect(validateSymptomSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
  });

  it('rejects damaged values', () => {
    expect(validateSymptomSettings(null)).toBeUndefined();
    expect(validateSymptomSettings({ custom: 'x', renamed: {}, hidden: [], order: null })).toBeUndefined();
    expect(
      validateSymptomSettings({ custom: [{ id: 'fatigue', name: 'x' }], renamed: {}, hidden: [], order: null }),
    ).toBeUndefined();
    expect(validateSymptomSettings({ custom: [], renamed: { nope: 'x' }, hidden: [], order: null })).toBeUndefined();
    expect(validateSymptomSettings({ custom: [], renamed: {}, hidden: [1], order: null })).toBeUndefined();
    expect(validateSymptomUsage({ fatigue: -1 })).toBeUndefined();
    expect(validateSymptomUsage({ fatigue: 1.5 })).toBeUndefined();
    expect(validateSymptomUsage([])).toBeUndefined();
  });

  it('counts uses from logs', () => {
    expect(usageFromLogs([{ symptomId: 'fatigue' }, { symptomId: 'itching' }, { symptomId: 'fatigue' }])).toEqual({
      fatigue: 2,
      itching: 1,
    });
  });
});
