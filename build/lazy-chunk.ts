import type { Plugin } from 'vite';

const SUFFIX = '?lazy-chunk';
const PREFIX = '\0lazy-chunk:';

/**
 * Vite plugin: `import load from './take-over?lazy-chunk'` builds `./take-over` as a chunk of its own, and `load()`
 * imports it (`import("./take-over-<hash>.js")` in the output).
 *
 * Why not a plain `import('./take-over')`: Vite wraps every dynamic import it can see in its preload helper (its size:
 * README, Benchmarks; there even with `build.modulePreload: false`: vitejs/vite#13952, #18551), and the helper then lives in the
 * file that imports, here the popup's first script, which should be a few hundred bytes. Vite sees no file name
 * here (the import's argument is Rollup's file URL, written as a plain string only when the chunk is rendered), and
 * the output still imports a literal file name, as addons.mozilla.org's linter asks. The chunk is one Rollup knows
 * is loaded after its importer (`implicitlyLoadedAfterOneOf`), so the code both share stays in the importer's file
 * rather than in a third file, and the helper goes with the chunk's own lazy imports instead.
 */
export function lazyChunk(): Plugin {
  const references = new Set<string>();
  return {
    name: 'gutwise-lazy-chunk',
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
      references.add(ref);
      return `export default () => import(/* @vite-ignore */ import.meta.ROLLUP_FILE_URL_${ref});`;
    },
    // The chunk's path relative to the importing one, as a string literal (Rollup's default is a `new URL(…)`).
    resolveFileUrl({ referenceId, relativePath }) {
      if (!references.has(referenceId)) return null;
      return JSON.stringify(relativePath.startsWith('.') ? relativePath : `./${relativePath}`);
    },
  };
}
