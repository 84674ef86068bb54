import { describe, expect, it } from 'vitest';
import { checkGuide } from '../../domain/guide-check';
import type { Guide, GuideSection } from '../../domain/guide-types';

const section = (id: string, order: number, cites: string[] = []): GuideSection => ({
  id,
  title: id,
  order,
  html: `<p>${id} body</p>`,
  text: `${id} ${id} body`,
  cites,
  anchors: [],
});
const whole: Guide = {
  sections: [section('a', 1, ['ref-x']), section('b', 2)],
  references: [{ id: 'ref-x', cite: 'X, 2020', text: 'X. A work.' }],
};

describe('checkGuide', () => {
  it('finds nothing wrong with a whole guide', () => {
    expect(checkGuide(whole, ['a', 'b'])).toEqual([]);
  });

  it('reports a missing section', () => {
    expect(checkGuide(whole, ['a', 'b', 'c'])).toContain('section "c" is missing');
  });

  it('reports a repeated id', () => {
    const guide = { ...whole, sections: [...whole.sections, section('a', 3)] };
    expect(checkGuide(guide, ['a', 'b'])).toContain('section id "a" repeats');
  });

  it('reports a citation without a reference, and a reference nobody cites', () => {
    const guide = { sections: [section('a', 1, ['ref-y']), section('b', 2)], references: whole.references };
    const problems = checkGuide(guide, ['a', 'b']);
    expect(problems).toContain('section "a" cites "ref-y", which has no reference');
    expect(problems).toContain('reference "ref-x" is never cited');
  });

  it('reports sections out of reading order', () => {
    const guide = { ...whole, sections: [section('b', 1), section('a', 2, ['ref-x'])] };
    expect(checkGuide(guide, ['a', 'b'])[0]).toMatch(/out of reading order/);
  });
});
