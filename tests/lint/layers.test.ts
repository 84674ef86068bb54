/**
 * The layer rules (eslint.layers.js) fail on code that breaks them: each fixture in tests/lint/fixtures/ named
 * `imports-…` or `reads-…` breaks one rule and is reported by that rule alone; the other fixtures import every layer
 * their layer may, and pass. The project's own ESLint config is used, so what is proved is what `npm test` runs.
 */
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/lint/fixtures');

const BROKEN: Record<string, string> = {
  'entrypoints/imports-model.ts': 'boundaries/dependencies',
  'app/imports-entrypoint.ts': 'boundaries/dependencies',
  'components/imports-storage.tsx': 'boundaries/dependencies',
  'components/imports-platform.tsx': 'boundaries/dependencies',
  'components/imports-browser.tsx': 'boundaries/dependencies',
  'models/imports-component.ts': 'boundaries/dependencies',
  'models/imports-browser.ts': 'boundaries/dependencies',
  'models/reads-chrome.ts': 'no-restricted-globals',
  'models/reads-global-chrome.ts': 'no-restricted-properties',
  'storage/imports-model.ts': 'boundaries/dependencies',
  'platform/imports-storage.ts': 'boundaries/dependencies',
  'domain/imports-storage.ts': 'boundaries/dependencies',
  'domain/imports-preact.ts': 'boundaries/dependencies',
};
const CLEAN = [
  'entrypoints/main.ts',
  'app/page.ts',
  'components/view.tsx',
  'models/model.ts',
  'storage/store.ts',
  'platform/port.ts',
  'domain/rule.ts',
  'domain/limit.ts',
];

describe('the layer rules', () => {
  const found = new Map<string, (string | null)[]>();
  beforeAll(async () => {
    // `ignore: false`: the config leaves the fixtures out of the project's lint, which must stay green.
    const eslint = new ESLint({ cwd: ROOT, ignore: false });
    for (const result of await eslint.lintFiles([FIXTURES])) {
      found.set(
        relative(FIXTURES, result.filePath),
        result.messages.map((message) => message.ruleId),
      );
    }
  }, 120_000);

  it.each(Object.entries(BROKEN))('report %s by %s', (file, rule) => {
    expect(found.get(file)).toEqual([rule]);
  });

  it.each(CLEAN)('let %s pass', (file) => {
    expect(found.get(file)).toEqual([]);
  });

  it('cover every fixture', () => {
    expect([...found.keys()].sort()).toEqual([...Object.keys(BROKEN), ...CLEAN].sort());
  });

  it('are what the project lint applies to the real folders', async () => {
    const config = (await new ESLint({ cwd: ROOT }).calculateConfigForFile(join(ROOT, 'models/quick-log-model.ts'))) as {
      rules: Record<string, unknown>;
    };
    expect(config.rules['boundaries/dependencies']).toBeDefined();
    expect(config.rules['no-restricted-globals']).toBeDefined();
  });
});
