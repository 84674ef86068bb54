import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import plan from 'virtual:plan';

/** The guide as captured (content/source, a copy of the project's seed), with spaces and quotes made plain. */
const plain = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
const source = plain(readFileSync(resolve(import.meta.dirname, '../../content/source/guide-as-captured.txt'), 'utf8'));
const english = generateChromeMessages(
  parseMessagesText(readFileSync(resolve(import.meta.dirname, '../../locales/en.yml'), 'utf8'), 'YAML'),
);

/** Words that make a task or habit about medicines or supplements: the guide's caution must go with it. */
const MEDICINE = /\b(NSAIDs?|ibuprofen|aspirin|supplements?|medicines?|medication|L-glutamine|enzymes?|capsules?)\b/i;

describe("the cautions Gutwise shows are the guide's own words", () => {
  it('every caution in the locales (the "caution" group) is a sentence of the guide, word for word', () => {
    const cautions = Object.entries(english).filter(([key]) => key.startsWith('caution_'));
    expect(cautions.length).toBeGreaterThanOrEqual(2);
    for (const [key, { message }] of cautions) expect(source, key).toContain(plain(message));
  });

  it("every plan day and habit that mentions a medicine or supplement carries the guide's caution, full and short", () => {
    const items = [
      ...plan.days.map((d) => ({ where: `day ${d.day}`, text: d.task, caution: d.caution })),
      ...plan.habits.map((h) => ({ where: h.id, text: h.text, caution: h.caution })),
    ];
    const medicinal = items.filter((item) => MEDICINE.test(item.text));
    expect(medicinal.map((item) => item.where)).toEqual(expect.arrayContaining(['day 1', 'fewer-irritants']));
    for (const item of medicinal) {
      expect(item.caution, item.where).toBeDefined();
      expect(source, `${item.where} full`).toContain(plain(item.caution!.full));
      expect(source, `${item.where} short`).toContain(plain(item.caution!.short));
      expect(item.caution!.short.length, `${item.where} short is shorter`).toBeLessThan(item.caution!.full.length);
    }
    for (const item of items.filter((i) => i.caution)) expect(source, item.where).toContain(plain(item.caution!.full));
  });

  it("catches a caution that is not the guide's", () => {
    expect(source).not.toContain(plain('Ask your doctor before stopping any medicine.'));
  });
});
