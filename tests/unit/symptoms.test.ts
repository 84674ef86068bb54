import { describe, expect, it } from 'vitest';
import { BUILT_IN_SYMPTOMS, isRedFlag, isSeverity, isSymptomId } from '../../domain/symptoms';

describe("the guide's symptoms", () => {
  it('offers every symptom the guide names, plus its two red flags', () => {
    expect(BUILT_IN_SYMPTOMS.map((s) => s.id)).toEqual([
      'fatigue',
      'joint-pain',
      'brain-fog',
      'low-mood',
      'bloating',
      'digestive-discomfort',
      'skin-issues',
      'itching',
      'blood-in-stool',
      'unexplained-weight-loss',
    ]);
    expect(BUILT_IN_SYMPTOMS.filter((s) => s.redFlag).map((s) => s.id)).toEqual(['blood-in-stool', 'unexplained-weight-loss']);
  });

  it('accepts built-in and custom ids only', () => {
    expect(isSymptomId('fatigue')).toBe(true);
    expect(isSymptomId('custom-5f0c')).toBe(true);
    expect(isSymptomId('headache')).toBe(false);
    expect(isSymptomId('custom-')).toBe(false);
    expect(isSymptomId('custom-<script>')).toBe(false);
    expect(isSymptomId(3)).toBe(false);
  });

  it('accepts severities 0 to 4, whole numbers only', () => {
    expect([0, 1, 2, 3, 4].every(isSeverity)).toBe(true);
    expect([-1, 5, 2.5, Number.NaN, '2', null].some(isSeverity)).toBe(false);
  });
});

describe('red-flag rule', () => {
  it('flags blood in stool and unexplained weight loss at any severity above none', () => {
    expect(isRedFlag({ symptomId: 'blood-in-stool', severity: 1 })).toBe(true);
    expect(isRedFlag({ symptomId: 'unexplained-weight-loss', severity: 2 })).toBe(true);
    expect(isRedFlag({ symptomId: 'blood-in-stool', severity: 0 })).toBe(false);
  });

  it("flags any symptom logged at severe (the guide's own word) or very severe, and nothing milder", () => {
    expect(isRedFlag({ symptomId: 'fatigue', severity: 4 })).toBe(true);
    expect(isRedFlag({ symptomId: 'custom-abc', severity: 4 })).toBe(true);
    expect(isRedFlag({ symptomId: 'fatigue', severity: 3 })).toBe(true);
    expect(isRedFlag({ symptomId: 'custom-abc', severity: 3 })).toBe(true);
    expect(isRedFlag({ symptomId: 'fatigue', severity: 2 })).toBe(false);
  });
});
