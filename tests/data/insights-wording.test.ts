/**
 * Every string the Insights view shows speaks of possible links: never a cause, a trigger as a fact, a
 * diagnosis or proof. Read from the shipped English messages, so a new string is checked the day it is added.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

const english = generateChromeMessages(
  parseMessagesText(readFileSync(resolve(import.meta.dirname, '../../locales/en.yml'), 'utf8'), 'YAML'),
);
const insights = Object.entries(english).filter(([key]) => key.startsWith('insights_'));
const FORBIDDEN = /\b(caus\w*|trigger\w*|diagnos\w*|prove\w*|proof|proven|cure\w*|definitely|certainly)\b/i;

describe('Insights wording', () => {
  it('has its strings', () => {
    expect(insights.length).toBeGreaterThan(50);
  });

  it('never claims a cause, a trigger, a diagnosis or proof', () => {
    expect(
      insights.filter(([, value]) => FORBIDDEN.test(value.message)).map(([key, value]) => `${key}: ${value.message}`),
    ).toEqual([]);
  });

  it('calls what it finds a possible link and points to a healthcare provider', () => {
    const all = insights.map(([, value]) => value.message).join('\n');
    expect(all).toMatch(/possible link/i);
    expect(all).toMatch(/healthcare provider/i);
  });
});
