import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileGuide } from './guide-compiler';
import { checkGuide } from '../domain/guide-check';

const VIRTUAL_ID = 'virtual:guide';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Vite plugin: `import guide from 'virtual:guide'` yields the compiled guide; edits to content/ rebuild it. */
export function guideContent(contentDir = resolve(__dirname, '../content/guide')): Plugin {
  return {
    name: 'gutwise-guide-content',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of readdirSync(contentDir)) this.addWatchFile(join(contentDir, file));
      const guide = compileGuide(contentDir);
      // A broken guide (missing section, repeated id, dangling citation) must never ship.
      const problems = checkGuide(guide);
      if (problems.length) this.error(`content/guide is not whole:\n- ${problems.join('\n- ')}`);
      return `export default ${JSON.stringify(guide)};`;
    },
  };
}
