import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

const dir = resolve(import.meta.dirname, '../../locales');
const load = (file: string) => generateChromeMessages(parseMessagesText(readFileSync(resolve(dir, file), 'utf8'), 'YAML'));
const english = load('en.yml');
const locales = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe('locales', () => {
  it.each(locales)('%s has every key English has, each with text', (file) => {
    const messages = load(file);
    const missing = Object.keys(english).filter((key) => !messages[key]?.message.trim());
    expect(missing).toEqual([]);
  });

  it.each(locales)('%s uses the same substitutions as English', (file) => {
    const messages = load(file);
    const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort().join();
    for (const [key, value] of Object.entries(english)) {
      expect(placeholders(messages[key]?.message ?? ''), key).toBe(placeholders(value.message));
    }
  });

  it('never says a food, habit or symptom causes anything: the product speaks of possible links', () => {
    const claims = Object.entries(english).filter(([, value]) => /\bcaus(e|es|ed|ing)\b/i.test(value.message.replace(/\bnot a cause\b/gi, '')));
    expect(claims).toEqual([]);
  });
});
