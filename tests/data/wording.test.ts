// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import plan from 'virtual:plan';
import type { PlanSnapshot } from '../../domain/plan-progress';
import { badgeTitle, reminderText } from '../../models/plan-text';

/**
 * Gutwise informs and never diagnoses: the words it writes itself speak of possible links, never of causes,
 * cures or treatment, and promise nothing. The guide's own words, quoted as the guide's, are exempt (they are
 * checked against the guide elsewhere); so are the few sentences that say what Gutwise does not do.
 */
const CLAIMS: [RegExp, string][] = [
  [/\bcaus(e|es|ed|ing)\b/i, '"cause": say "possible link"'],
  [/\bcur(e|es|ed|ing)\b/i, 'a cure'],
  [/diagnos/i, 'a diagnosis'],
  [/\btreat(s|ed|ing|ment|ments)?\b/i, 'treatment'],
  [/\bheal(s|ed|ing)?\b/i, 'healing as a promise'],
  [/\btrigger(s|ed)?\b/i, '"trigger" as a fact'],
  [/\bprevent/i, 'prevention'],
  [/\bproven\b/i, '"proven"'],
];
/** Sentences that deny a claim rather than make one. */
const DENIALS = [/\bnot a cause\b/gi, /\bnever makes a diagnosis\b/gi, /can't say what a symptom means/gi];

const plain = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
const source = plain(readFileSync(resolve(import.meta.dirname, '../../content/source/guide-as-captured.txt'), 'utf8'));
const english = generateChromeMessages(
  parseMessagesText(readFileSync(resolve(import.meta.dirname, '../../locales/en.yml'), 'utf8'), 'YAML'),
);
const guideWords = [
  ...plan.days.flatMap((d) => [d.task, d.caution?.full, d.caution?.short]),
  ...plan.habits.flatMap((h) => [h.text, h.caution?.full, h.caution?.short]),
]
  .filter((text): text is string => Boolean(text))
  .sort((a, b) => b.length - a.length);

/** What Gutwise says in its own voice: quotes of the guide, the guide's plan texts and denials taken out. */
function ownWords(text: string): string {
  let own = plain(text).replace(/"([^"]+)"/g, (quote, inner: string) => (source.includes(inner.replace(/…$/, '')) ? ' ' : quote));
  for (const words of guideWords) own = own.split(plain(words)).join(' ');
  for (const denial of DENIALS) own = own.replace(denial, ' ');
  return own;
}

const claimsIn = (texts: [string, string][]) =>
  texts.flatMap(([where, text]) =>
    CLAIMS.filter(([pattern]) => pattern.test(ownWords(text))).map(([, what]) => `${where}: ${what} — “${text}”`),
  );

describe('the words Gutwise writes itself make no medical claim', () => {
  it("in every UI string (the guide's cautions, quoted word for word, aside)", () => {
    const texts = Object.entries(english)
      .filter(([key]) => !key.startsWith('caution_'))
      .map(([key, value]): [string, string] => [key, value.message]);
    expect(claimsIn(texts)).toEqual([]);
  });

  it('in every toolbar title and reminder the plan can produce', () => {
    const strip = Array.from({ length: 7 }, (_, i) => ({ day: i + 1, status: 'ahead' as const, isToday: false }));
    const snapshots: PlanSnapshot[] = [
      ...plan.days.map((d): PlanSnapshot => ({ kind: 'active', day: d.day, paused: false, strip })),
      ...plan.days.map((d): PlanSnapshot => ({ kind: 'active', day: d.day, mark: 'done', paused: false, strip })),
      { kind: 'habits', habits: plan.habits.map((h) => h.id), doneToday: [], since: '2026-03-01', paused: false },
    ];
    const texts = snapshots.flatMap((snapshot, i): [string, string][] => {
      const reminder = reminderText(snapshot, plan);
      return [
        [`badge ${i}`, badgeTitle(snapshot, plan)],
        [`reminder ${i}`, `${reminder.title} ${reminder.message}`],
      ];
    });
    expect(texts.length).toBeGreaterThan(14);
    expect(claimsIn(texts)).toEqual([]);
  });

  it("catches a claim, and lets the guide's quoted words through", () => {
    expect(claimsIn([['a', 'Gluten causes your bloating.']])).toHaveLength(1);
    expect(claimsIn([['b', 'This habit will heal your gut.']])).toHaveLength(1);
    expect(claimsIn([['c', 'Dairy is a trigger for you.']])).toHaveLength(1);
    expect(claimsIn([['d', 'From “Leaky Gut and Autoimmune: Your Complete Guide to Wellness and Healing”.']])).toEqual([]);
    expect(claimsIn([['e', plan.days[0]!.task]])).toEqual([]);
  });
});
