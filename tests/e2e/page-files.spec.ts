import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from './fixtures';

// Every file fetched from the extension package before the first frame costs ~10 ms here (README,
// Benchmarks). Each page is its own build with its stylesheet inlined; this keeps it that way, e.g. against
// a top-level await, which makes Rollup split the page's code into several preloaded files.
for (const page of ['popup.html', 'sidepanel.html']) {
  test(`${page} loads one script and no other file before its first frame`, () => {
    const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
    const fetched = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(/^<script type="module"[^>]* src="\/chunks\/[\w-]+\.js">$/);
    expect(html).toMatch(/<style>[^<]*\.symptom-grid\{/); // the page's styles, inline
  });
}

// The popup's first script stands between its HTML and the symptom buttons: it draws them from the copy the app
// left and loads the app afterwards as a chunk of its own (build/lazy-chunk.ts), so Vite's preload helper is not in it.
test("the popup's first script is about a kilobyte gzip, without the app's loading machinery", () => {
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const script = readFileSync(join(EXTENSION_DIR, html.match(/src="\/(chunks\/[\w-]+\.js)"/)![1]!));
  expect(gzipSync(script).length).toBeLessThan(1100);
  expect(script.toString()).not.toMatch(/modulepreload|__vitePreload/);
});
