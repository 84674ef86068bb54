// The layers, checked: entrypoints → app → components / models → storage / platform → domain. A folder may import
// its own files and the layers below it, never one above; eslint.config.js applies this, and
// tests/lint/layers.test.ts proves each rule fails on a fixture that breaks it (tests/lint/fixtures/ mirrors the
// folders, so every pattern names both).
import boundaries from 'eslint-plugin-boundaries';

const FIXTURES = 'tests/lint/fixtures/';
const LAYERS = ['entrypoints', 'app', 'components', 'models', 'storage', 'platform', 'domain'];

/** What each layer may import of the others (its own files are always allowed). */
const MAY_IMPORT = {
  // Entrypoints only start their page's setup and render its root component.
  entrypoints: ['app', 'components'],
  // The setup modules make the stores, models and adapters, so they reach every layer below.
  app: ['components', 'models', 'storage', 'platform', 'domain'],
  // Presentational: props and signals in, callbacks out. Models' types are their props.
  components: ['models', 'domain'],
  // Models take their I/O as arguments: storage and platform types (ports), never a component.
  models: ['storage', 'platform', 'domain'],
  // The storage areas reach the browser through platform's one "browser or chrome" lookup.
  storage: ['platform', 'domain'],
  platform: ['domain'],
  domain: [],
};

const TAKE_API = 'Take the browser API as an argument (platform/ adapters, made in app/).';

/** Browser APIs come in through platform/ (and storage/'s areas), made in app/: never read in the layers above. */
const NO_BROWSER_GLOBALS = {
  'no-restricted-globals': ['error', { name: 'chrome', message: TAKE_API }, { name: 'browser', message: TAKE_API }],
  'no-restricted-properties': [
    'error',
    { object: 'globalThis', property: 'chrome', message: TAKE_API },
    { object: 'globalThis', property: 'browser', message: TAKE_API },
    { object: 'window', property: 'chrome', message: TAKE_API },
  ],
};

const layer = (type) => ({ element: { type } });

/** @type {import('eslint').Linter.Config[]} */
export const layers = [
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS.map((type) => ({ type, pattern: [type, FIXTURES + type], partialMatch: false })),
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // Packages are checked too (domain/'s are listed); type imports count: naming a layer's types depends on it.
          checkAllOrigins: true,
          message: '{{from.type}}/ may not import this: only its own files and the layers below it.',
          policies: [
            ...LAYERS.filter((from) => MAY_IMPORT[from].length > 0).map((from) => ({
              from: layer(from),
              allow: { to: MAY_IMPORT[from].map(layer) },
            })),
            {
              from: LAYERS.filter((from) => from !== 'domain').map(layer),
              allow: { to: { module: { origin: ['external', 'core'] } } },
            },
            // Plain TypeScript: what domain/ needs of the outside world is valibot, and nothing else.
            { from: layer('domain'), allow: { to: { module: { source: 'valibot' } } } },
            {
              from: [layer('models'), layer('components')],
              // A package's base name: `wxt` covers `wxt/browser` and WXT's storage; the polyfill is the browser API too.
              disallow: { to: { module: { source: ['wxt', 'webextension-polyfill', '@wxt-dev/webextension-polyfill'] } } },
              message: TAKE_API,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['{models,components,domain}/**/*.{ts,tsx}', `${FIXTURES}{models,components,domain}/**/*.{ts,tsx}`],
    rules: NO_BROWSER_GLOBALS,
  },
];
