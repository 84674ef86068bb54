import { describe, expect, it } from 'vitest';
import { highlightParts, queryWords, searchGuide, wordsPattern } from '../../domain/guide-search';

const sections = [
  { id: 'a', title: 'Bone broth', text: 'Bone broth Increase intake of bone broth, collagen, and L-glutamine.' },
  { id: 'b', title: 'Tests', text: 'Tests Cyrex Array, zonulin, or comprehensive stool tests can offer clues.' },
  { id: 'c', title: 'Sleep', text: 'Sleep Sleep 7-8 hours nightly to support repair.' },
];

const snippetText = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('searchGuide', () => {
  it('finds the section that mentions a word, whatever its case', () => {
    const results = searchGuide(sections, 'ZONULIN');
    expect(results.map((r) => r.sectionId)).toEqual(['b']);
    expect(results[0]?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['zonulin']);
  });

  it('needs every word of the query, in any order', () => {
    expect(searchGuide(sections, 'glutamine broth').map((r) => r.sectionId)).toEqual(['a']);
    expect(searchGuide(sections, 'broth zonulin')).toEqual([]);
  });

  it('counts hits and keeps reading order', () => {
    const results = searchGuide(sections, 'sleep');
    expect(results).toHaveLength(1);
    expect(results[0]?.hits).toBe(2);
  });

  it('finds nothing for an empty or punctuation-only query', () => {
    expect(searchGuide(sections, '   ')).toEqual([]);
    expect(searchGuide(sections, '?!')).toEqual([]);
  });

  it('treats regular-expression characters as text', () => {
    expect(searchGuide(sections, 'l-glutamine.*')).toHaveLength(1);
    expect(searchGuide(sections, '(broth')).toHaveLength(1);
    expect(searchGuide(sections, '.*')).toEqual([]);
  });

  it('cuts long snippets at word boundaries with ellipses', () => {
    const long = { id: 'l', title: 'Long', text: `${'word '.repeat(60)}needle ${'tail '.repeat(60)}`.trim() };
    const [result] = searchGuide([long], 'needle');
    const text = snippetText(result!.snippet);
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).toContain('needle');
    expect(text).not.toMatch(/\bwor\b|\bwo\b|\bta\b|\btai\b/);
  });
});

describe('query helpers', () => {
  it('splits and de-duplicates words, dropping surrounding punctuation', () => {
    expect(queryWords('  Bone, bone BROTH! ')).toEqual(['bone', 'broth']);
  });

  it('highlights every occurrence', () => {
    const parts = highlightParts('Broth and broth.', wordsPattern(['broth'])!);
    expect(parts).toEqual([
      { text: 'Broth', hit: true },
      { text: ' and ', hit: false },
      { text: 'broth', hit: true },
      { text: '.', hit: false },
    ]);
  });
});
