// `npm run bench`: builds, runs every bench/*.bench.ts in one Chromium at a time, prints one table.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { ensureChromium, ensureNodeModules, run } from './ensure.mjs';

const RESULTS = 'bench-results/rows.jsonl';
ensureNodeModules();
const chromium = ensureChromium();
run('npx', ['wxt', 'build']);
rmSync(RESULTS, { force: true });
run('npx', ['playwright', 'test', '--config', 'bench/playwright.bench.config.ts'], {
  env: { ...process.env, CHROMIUM_PATH: chromium },
});

const rows = existsSync(RESULTS)
  ? readFileSync(RESULTS, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
  : [];
// Ratios carry their 95% interval within the run (bench/stats.ts); the machine's drift between runs is larger.
const interval = (row) => (row.range ? ` (${row.range[0].toFixed(2)}–${row.range[1].toFixed(2)})` : '');
// Page rows also carry the same ratio read from the pages' own first contentful paint.
const paint = (row) =>
  row.paint
    ? `; first contentful paint ${row.paint.value.toFixed(2)}× (${row.paint.range[0].toFixed(2)}–${row.paint.range[1].toFixed(2)})`
    : '';
const fmt = (row) =>
  row.unit === 'x'
    ? `${row.value.toFixed(2)}×${interval(row)}${paint(row)}`
    : `${row.value.toFixed(row.unit === 'kB' ? 1 : 0)} ${row.unit}`;
console.log(
  `\nGutwise bench — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`,
);
console.log('| measurement | subject | baseline | result | target | met |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows)
  console.log(`| ${row.name} | ${row.subject} | ${row.baseline} | ${fmt(row)} | ${row.target} | ${row.pass ? 'yes' : 'no'} |`);
