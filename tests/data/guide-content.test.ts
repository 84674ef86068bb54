import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGuide, htmlToText } from '../../build/guide-compiler';
import { checkGuide, REQUIRED_SECTION_IDS } from '../../domain/guide-check';

const guide = compileGuide(resolve(import.meta.dirname, '../../content/guide'));
const allText = guide.sections.map((s) => s.text).join('\n');

describe('the guide in content/', () => {
  it('has every section of the seed, in reading order, with unique ids and resolvable citations', () => {
    expect(checkGuide(guide)).toEqual([]);
    expect(guide.sections.map((s) => s.id)).toEqual([...REQUIRED_SECTION_IDS]);
  });

  it('keeps every paragraph of the seed text (apart from the capture artefacts)', () => {
    const seed = readFileSync(resolve(import.meta.dirname, '../../content/source/guide-as-captured.txt'), 'utf8');
    const normalise = (text: string) => text.replace(/[*\s]+/g, ' ').trim();
    const text = normalise(allText);
    const lines = seed
      .split('\n')
      .map((line) => line.replace(/^\s*(•|\d+\.)\s*/, '').trim())
      .filter((line) => line.length > 25 && !line.startsWith('**Note:**'));
    const missing = lines.filter((line) => {
      // Bold labels and citations are marked up in content/, so compare the words after any "Label:".
      const words =
        normalise(line)
          .replace(/\s*\(([^()]*\d{4})\)\.?$/, '')
          .split(/: | – /)
          .pop() ?? '';
      return !text.includes(words.slice(0, 60));
    });
    expect(missing).toEqual([]);
  });

  it("groups sections under the guide's own parts, as the guide's headings do", () => {
    const partOf = Object.fromEntries(guide.sections.map((s) => [s.id, s.part]));
    for (const id of ['leaky-gut', 'autoimmune-diseases', 'gut-immune-connection'])
      expect(partOf[id], id).toBe('What is Leaky Gut and Autoimmune?');
    for (const id of ['myths', 'challenges'])
      expect(partOf[id], id).toBe('Common Challenges or Myths Around Leaky Gut and Autoimmune');
    expect(guide.sections.filter((s) => s.part).map((s) => s.id)).toEqual([
      'leaky-gut',
      'autoimmune-diseases',
      'gut-immune-connection',
      'myths',
      'challenges',
    ]);
  });

  it("keeps every line of the seed, short ones too, in the seed's order, and adds nothing but marked words", () => {
    // Compared as letters and digits only: punctuation, quotes, bullets and markup are presentation.
    const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const seed = readFileSync(resolve(import.meta.dirname, '../../content/source/guide-as-captured.txt'), 'utf8').split('\n');
    const lines = seed
      .slice(1) // "Help Loader": page chrome (content/source/README.md)
      .filter((line) => !line.startsWith('**Note:**')) // the authoring note about the page
      .map((line) =>
        line
          .trim()
          .replace(/^•\s*/, '')
          .replace(/^(Q|A): /, ''),
      ) // the questions are headings, their answers follow them
      .filter((line) => squash(line) !== '');
    // The guide as a reader meets it: each part's heading once, then title and body of each section, without
    // the words Gutwise marks as its own (class "guide-added") and without the reference list the seed lacked.
    let stream = '';
    let added = '';
    let lastPart: string | undefined;
    for (const section of guide.sections) {
      if (section.part && section.part !== lastPart) stream += squash(section.part);
      lastPart = section.part;
      const body = section.id === 'references' ? '' : section.html;
      added += [...body.matchAll(/<span class="guide-added">([^<]*)<\/span>/g)].map((m) => m[1]).join(' ');
      stream += squash(section.title) + squash(htmlToText(body.replace(/<span class="guide-added">[^<]*<\/span>/g, '')));
    }
    expect(added).not.toBe('');
    let at = 0;
    const missing: string[] = [];
    const extra: string[] = [];
    for (const line of lines) {
      const found = stream.indexOf(squash(line), at);
      if (found < 0) {
        missing.push(line);
        continue;
      }
      if (found > at) extra.push(stream.slice(at, found));
      at = found + squash(line).length;
    }
    if (at < stream.length) extra.push(stream.slice(at));
    expect(missing).toEqual([]);
    // What is left over may only repeat the guide's own lines (the supplement caution, repeated before the brands).
    expect(extra.filter((text) => !lines.some((line) => squash(line) === text))).toEqual([]);
  });

  it('drops the capture artefacts', () => {
    expect(allText).not.toContain('Help Loader');
    expect(allText).not.toContain('styled for mobile-friendly readability');
  });

  it("keeps the guide's own cautions", () => {
    expect(allText).toContain('Always consult your healthcare provider before starting new supplements.');
    expect(allText).toContain(
      'If you have severe or sudden symptoms, unexplained weight loss, or blood in stool, please see a healthcare provider promptly.',
    );
    const redFlag = guide.sections.find((s) => s.id === 'real-life-examples')!;
    expect(redFlag.html).toMatch(
      /<aside class="callout callout-caution" role="note"><p><strong>Important:<\/strong> If you have severe/,
    );
  });

  it('repeats the supplement caution where the guide names brands and doses, marked as repeated', () => {
    const tools = guide.sections.find((s) => s.id === 'habits-and-tools')!;
    const paid = tools.html.slice(tools.html.indexOf('id="habits-and-tools--paid-tools-and-products-optional"'));
    expect(paid).toMatch(
      /<aside class="callout callout-caution" role="note"><p><span class="guide-added">[^<]+<\/span> Always consult your healthcare provider before starting new supplements\.<\/p>/,
    );
    // Before the products themselves, so nobody reads the brands without it.
    expect(paid.indexOf('Always consult')).toBeLessThan(paid.indexOf('Culturelle'));
  });

  it('completes the references as the seed README lists them, and invents none for databases', () => {
    const byCite = new Map(guide.references.map((r) => [r.cite, r]));
    expect(byCite.get('Fasano A, 2012')).toMatchObject({ doi: '10.1007/s12016-011-8291-x', pmid: '22109896' });
    expect(byCite.get('Belkaid & Hand, 2014')).toMatchObject({ doi: '10.1016/j.cell.2014.03.011', pmid: '24679531' });
    expect(byCite.get('Odenwald & Turner, 2017')).toMatchObject({ doi: '10.1038/nrgastro.2016.169' });
    expect(byCite.get('Wastyk et al., 2021')).toMatchObject({ doi: '10.1016/j.cell.2021.06.019', pmid: '34256014' });
    for (const database of ['Science Direct, 2020', 'NCBI, 2021', 'PubMed, 2019']) {
      const ref = byCite.get(database);
      expect(ref, database).toBeDefined();
      expect(ref?.doi).toBeUndefined();
      expect(ref?.pmid).toBeUndefined();
    }
  });

  it('opens outside links in a new tab, and never loads anything from elsewhere', () => {
    const html = guide.sections.map((s) => s.html).join('');
    expect(html).not.toMatch(/<(img|script|iframe|link|video|audio)\b/);
    for (const link of html.match(/<a [^>]*href="https?:[^>]*>/g) ?? [])
      expect(link).toContain('target="_blank" rel="noopener noreferrer"');
  });
});
