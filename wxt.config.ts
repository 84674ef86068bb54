import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { guideContent } from './build/content-plugin';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports only: a reader of any file sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact(), guideContent()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    // Only what is used. No host permissions, no content scripts. WXT adds `sidePanel` for Chrome itself.
    // `alarms`: the plan's day turns at local midnight and the optional reminder fires; `notifications` is
    // asked for only when the user turns the reminder on (see platform/notifications.ts).
    permissions: ['storage', 'alarms'],
    optional_permissions: ['notifications'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gutwise@gutwise.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
