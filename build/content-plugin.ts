import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileGuide } from './guide-compiler';
import { checkGuide } from '../domain/guide-check';
import { compilePlan } from './plan-compiler';

const VIRTUAL_ID = 'virtual:guide';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
// The 7-day plan is content too; its "why" links are checked against the guide at build time.
const PLAN_ID = 'virtual:plan';
const RESOLVED_PLAN_ID = `\0${PLAN_ID}`;

/**
 * Vite plugin: `import guide from 'virtual:guide'` yields the compiled guide, `import plan from 'virtual:plan'`
 * the 7-day plan; edits to content/ rebuild them.
 */
export function guideContent(
  contentDir = resolve(__dirname, '../content/guide'),
  planDir = resolve(__dirname, '../content/plan'),
): Plugin {
  return {
    name: 'gutwise-guide-content',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : id === PLAN_ID ? RESOLVED_PLAN_ID : undefined),
    load(id) {
      if (id === RESOLVED_PLAN_ID) {
        for (const dir of [contentDir, planDir]) for (const file of readdirSync(dir)) this.addWatchFile(join(dir, file));
        return `export default ${JSON.stringify(compilePlan(planDir, compileGuide(contentDir)))};`;
      }
      if (id !== RESOLVED_ID) return undefined;
      for (const file of readdirSync(contentDir)) this.addWatchFile(join(contentDir, file));
      const guide = compileGuide(contentDir);
      // A broken guide (missing section, repeated id, dangling citation) must never ship.
      const problems = checkGuide(guide);
      if (problems.length) this.error(`content/guide is not whole:\n- ${problems.join('\n- ')}`);
      // One JSON string, parsed once at run time: V8 scans a string literal far faster than it parses the same
      // data as an object literal (https://v8.dev/blog/cost-of-javascript-2019#json).
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(guide))});`;
    },
  };
}
