import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

const dir = resolve(import.meta.dirname, '../../locales');
const load = (file: string) => generateChromeMessages(parseMessagesText(readFileSync(resolve(dir, file), 'utf8'), 'YAML'));
const english = load('en.yml');
const locales = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

const root = resolve(import.meta.dirname, '../..');
/** Every TypeScript file the product is built from (what can show a string). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}
const code = [
  ...['components', 'models', 'entrypoints', 'platform', 'domain', 'storage', 'app'].flatMap((d) => {
    try {
      return sourceFiles(join(root, d));
    } catch {
      return [];
    }
  }),
  join(root, 'wxt.config.ts'),
]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
/** Keys chosen at run time (`data.import.rules.${rule}`): every key under such a prefix counts as used. */
const dynamicPrefixes = [...code.matchAll(/`([a-zA-Z.]+\.)\$\{/g)].map((m) => m[1]!.replaceAll('.', '_'));

describe('locales', () => {
  it('English has no key the product never shows (each is used in code, in the manifest, or under a key chosen at run time)', () => {
    const used = (key: string) =>
      code.includes(`__MSG_${key}__`) ||
      dynamicPrefixes.some((prefix) => key.startsWith(prefix)) ||
      // Chrome's message names use "_" where the YAML nests; code writes the dotted path.
      [key, key.replaceAll('_', '.')].some((name) => code.includes(`'${name}'`) || code.includes(`"${name}"`));
    expect(Object.keys(english).filter((key) => !used(key))).toEqual([]);
  });

  it('every key the code asks for exists in English', () => {
    const asked = [...code.matchAll(/i18n\.t\(\s*'([^']+)'/g)].map((m) => m[1]!.replaceAll('.', '_'));
    expect(asked.length).toBeGreaterThan(100);
    expect([...new Set(asked.filter((key) => !english[key]))]).toEqual([]);
  });

  it("numbers each message's substitutions from $1 without a gap", () => {
    const gaps = Object.entries(english).filter(([, value]) => {
      const numbers = [...new Set((value.message.match(/\$(\d)/g) ?? []).map((n) => Number(n.slice(1))))].sort();
      return numbers.some((n, i) => n !== i + 1);
    });
    expect(gaps.map(([key]) => key)).toEqual([]);
  });

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
    const claims = Object.entries(english).filter(([, value]) =>
      /\bcaus(e|es|ed|ing)\b/i.test(value.message.replace(/\bnot a cause\b/gi, '')),
    );
    expect(claims).toEqual([]);
  });
});
