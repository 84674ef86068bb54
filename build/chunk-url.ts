import type { Plugin } from 'vite';

const SUFFIX = '?chunk-url';
const PREFIX = '\0chunk-url:';

/**
 * Vite plugin: `import url from './app?chunk-url'` builds `./app` as a chunk of its own and gives its URL, for a
 * script to load later with `import(url)`.
 *
 * Why not a plain `import('./app')`: Vite wraps every dynamic import it can see in its preload helper (its size:
 * README, Benchmarks; there even with `build.modulePreload: false`: vitejs/vite#13952, #18551), and the helper then lives in the
 * file that imports, here the popup's first script, which should be a few hundred bytes. Imported by URL, the
 * chunk is still one Rollup knows is loaded after its importer (`implicitlyLoadedAfterOneOf`), so the code both
 * share stays in the importer's file rather than in a third file, and the helper goes with the chunk's own lazy
 * imports instead.
 */
export function chunkUrl(): Plugin {
  return {
    name: 'gutwise-chunk-url',
    apply: 'build',
    // Before Vite's own resolver, which would read the suffix as a query on the module itself.
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX) || !importer) return null;
      const target = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      if (!target) return null;
      return `${PREFIX}${JSON.stringify({ target: target.id, importer })}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const { target, importer } = JSON.parse(id.slice(PREFIX.length)) as { target: string; importer: string };
      const ref = this.emitFile({ type: 'chunk', id: target, implicitlyLoadedAfterOneOf: [importer] });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
