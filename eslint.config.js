// ESLint: typescript-eslint's type-checked rules over every TypeScript file (the extension, its tests, the bench,
// the build plugins, the store scripts), the plain JavaScript scripts with ESLint's own recommended rules, and the
// layers (eslint.layers.js).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { layers } from './eslint.layers.js';

export default defineConfig(
  globalIgnores(['.output/', '.wxt/', 'node_modules/', 'bench-results/', 'test-results/', 'playwright-report/']),
  // Code that breaks the layers on purpose: tests/lint/layers.test.ts lints it (without the ignore) and expects errors.
  globalIgnores(['tests/lint/fixtures/']),
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `_name` marks a value kept on purpose (a parameter a signature needs); `{ drop, ...rest }` is how a key is left out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // A fake stands in for an async interface: `async` is how it returns a promise as the real one does, and a throw
    // inside it becomes a rejection, as it would in the real one (Promise.resolve() would throw synchronously instead).
    files: ['tests/**'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  layers,
  {
    // The fixtures are out of the TypeScript project (one reads the `chrome` global, which has no types here).
    files: ['tests/lint/fixtures/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
