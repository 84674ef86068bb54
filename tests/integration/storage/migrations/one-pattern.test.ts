/**
 * Every migration step is a file of its own in storage/migrations/ with a test of the same name here that
 * reads a fixture of the old shape; every version of a day format has its step.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_DAYS } from '../../../../storage/journal-days';
import { LOG_DAYS } from '../../../../storage/symptom-log-days';

const STEPS = resolve(__dirname, '../../../../storage/migrations');
const steps = readdirSync(STEPS)
  .filter((file) => file.endsWith('.ts') && file !== 'migration.ts')
  .map((file) => file.replace(/\.ts$/, ''));

describe('the migration steps', () => {
  it('each have a test here that reads a fixture of the old shape', () => {
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const test = readFileSync(resolve(__dirname, `${step}.test.ts`), 'utf8');
      expect(test, step).toMatch(/fixtures/);
      expect(test, step).toContain(`storage/migrations/${step}`);
    }
  });

  it('cover every version of the day formats', () => {
    for (const format of [LOG_DAYS, JOURNAL_DAYS]) {
      for (let version = 2; version <= format.version; version++)
        expect(format.steps[version], format.list).toBeTypeOf('function');
    }
  });
});
