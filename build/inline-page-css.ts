import type { Plugin } from 'vite';

/**
 * Vite plugin: a page's own stylesheet goes into its HTML as a `<style>` element instead of a second file.
 * Fetching a file from the extension costs ~10 ms here even when it runs beside another fetch, and the first
 * frame waits for every stylesheet; inline, the page paints styled as soon as its one script has run.
 * (Extension pages' CSP limits scripts, not styles.) Stylesheets of code loaded later stay files.
 */
export function inlinePageCss(): Plugin {
  return {
    name: 'gutwise-inline-page-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)"[^>]*>/g, (tag, fileName: string) => {
          const asset = bundle[fileName];
          if (!asset || asset.type !== 'asset') return tag;
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          delete bundle[fileName];
          // `</style` cannot occur in minified CSS we write, but a stray one would end the element early.
          return `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
        });
      },
    },
  };
}
