/**
 * The summary for the user's doctor speaks like Insights: possible links, never a cause, a trigger as a fact,
 * a diagnosis or proof; and it says what its records are. Read from the shipped English messages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

const english = generateChromeMessages(
  parseMessagesText(readFileSync(resolve(import.meta.dirname, '../../locales/en.yml'), 'utf8'), 'YAML'),
);
const summary = Object.entries(english).filter(([key]) => key.startsWith('summary_'));
const FORBIDDEN = /\b(caus\w*|trigger\w*|diagnos\w*|prove\w*|proof|proven|cure\w*|definitely|certainly)\b/i;

describe('Summary wording', () => {
  it('never claims a cause, a trigger, a diagnosis or proof', () => {
    expect(summary.length).toBeGreaterThan(30);
    expect(
      summary.filter(([, value]) => FORBIDDEN.test(value.message)).map(([key, value]) => `${key}: ${value.message}`),
    ).toEqual([]);
  });

  it('says the records are the user’s own and not medical advice, and keeps the guide’s red-flag advice', () => {
    expect(english.summary_report_disclaimer?.message).toMatch(/records the person made themselves.*not .*medical advice/);
    expect(english.summary_redFlags_intro?.message).toMatch(/please see a healthcare provider promptly/);
  });
});
