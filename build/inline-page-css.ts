import type { Plugin } from 'vite';

/**
 * Vite plugin: a page's own stylesheet goes into its HTML as a `<style>` element instead of a second file.
 * Fetching a file from the extension costs time even beside another fetch (README, Benchmarks), and the first frame waits
 * for every stylesheet; inline, the page paints styled as soon as its one script has run. (Extension pages'
 * CSP limits scripts, not styles.) Stylesheets that only code loaded later needs stay files.
 */
export function inlinePageCss(): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'gutwise-inline-page-css',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)"[^>]*>/g, (tag, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') return tag;
          inlined.add(fileName);
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          return `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
        });
      },
    },
    // Runs after the HTML is written and before Vite lists each lazy chunk's preload dependencies: without
    // this, a lazy chunk would ask for the page's stylesheet file, which no longer exists, and fail to load.
    generateBundle(_options, bundle) {
      for (const fileName of inlined) delete bundle[fileName];
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') for (const fileName of inlined) output.viteMetadata?.importedCss.delete(fileName);
      }
      inlined.clear();
    },
  };
}
