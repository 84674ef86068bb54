/**
 * WXT's fake browser has no `i18n`: give it one that answers from locales/en.yml through
 * @wxt-dev/i18n's own generator, so components render exactly the strings the build ships.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = generateChromeMessages(
  parseMessagesText(readFileSync(resolve(__dirname, '../../locales/en.yml'), 'utf8'), 'YAML'),
);

Object.assign(fakeBrowser, {
  i18n: {
    getMessage(key: string, substitutions?: string | string[]): string {
      const entry = messages[key];
      if (!entry) return '';
      const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    },
    getUILanguage: () => 'en',
  },
});
