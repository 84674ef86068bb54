import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
