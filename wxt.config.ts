import { defineConfig, type EntrypointGroup } from 'wxt';
import preact from '@preact/preset-vite';
import { guideContent } from './build/content-plugin';
import { inlinePageCss } from './build/inline-page-css';
import { lazyChunk } from './build/lazy-chunk';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports only: a reader of any file sees where each name comes from.
  imports: false,
  hooks: {
    // Each page is its own build, so each loads one module (plus code it asks for later), not a module and a
    // chunk shared with the other page: every extra file on the first frame's path costs time (README, Benchmarks).
    'entrypoints:grouped': (_wxt, groups) => {
      const split = groups.flatMap((group): EntrypointGroup[] =>
        Array.isArray(group) ? group.map((entrypoint) => [entrypoint]) : [group],
      );
      groups.splice(0, groups.length, ...split);
    },
  },
  vite: () => ({
    plugins: [preact(), guideContent(), inlinePageCss(), lazyChunk()],
    // Chromium and Firefox (115+; our minimum is 140) preload modules themselves: Vite's polyfill for older browsers
    // would be dead code at the top of every page's file.
    build: { modulePreload: { polyfill: false } },
  }),
  // The sources package addons.mozilla.org asks for, since our code is bundled: what `npm ci` and
  // `npm run build:firefox` need to rebuild the add-on byte for byte (tests/packages/ proves it), and nothing
  // a reviewer does not need to rebuild it (tests, benchmarks, store listing and screenshots).
  zip: { excludeSources: ['tests/**', 'bench/**', 'store/**', '.ci/**', 'vitest.*.ts', 'playwright.config.ts'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    // Only what is used. No host permissions, no content scripts. WXT adds `sidePanel` for Chrome itself.
    // `alarms`: the plan's day turns at local midnight and the optional reminder fires; `notifications` is
    // asked for only when the user turns the reminder on (see platform/notifications.ts).
    // `unlimitedStorage`: five years of symptom logs and journal outgrow Chrome's 10 MB storage.local quota, and
    // Firefox keeps such data safe from eviction; a failed write still shows a clear message (storage/).
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    // Keyboard: Alt+Shift+L opens the popup to log a symptom, Alt+Shift+G the side panel (users can rebind both).
    commands:
      browser === 'firefox'
        ? {
            _execute_browser_action: {
              suggested_key: { default: 'Alt+Shift+L' },
              description: '__MSG_log_commands_logSymptom__',
            },
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+G' },
              description: '__MSG_log_commands_openSidePanel__',
            },
          }
        : {
            _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_log_commands_logSymptom__' },
            'open-side-panel': { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_log_commands_openSidePanel__' },
          },
    optional_permissions: ['notifications'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gutwise@gutwise.invalid',
              // Desktop Firefox 140 ESR runs every journey (tests/firefox/); Firefox for Android learnt
              // data_collection_permissions in 142, which web-ext lint warns about without its own minimum.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // `chrome.sidePanel.open`, which the popup and the shortcut use, came in Chrome 116.
        { minimum_chrome_version: '116' }),
  }),
});
