import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileGuide } from './guide-compiler';

const VIRTUAL_ID = 'virtual:guide';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Vite plugin: `import guide from 'virtual:guide'` yields the compiled guide; edits to content/ rebuild it. */
export function guideContent(contentDir = resolve(__dirname, '../content/guide')): Plugin {
  return {
    name: 'gutwise-guide-content',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(contentDir);
      return `export default ${JSON.stringify(compileGuide(contentDir))};`;
    },
  };
}
