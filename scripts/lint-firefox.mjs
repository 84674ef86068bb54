// Runs `web-ext lint` on the Firefox build and fails on any error or warning, except the warning every
// Preact extension gets (once per page here, as each page bundles its own Preact): Preact's own renderer assigns innerHTML to support
// dangerouslySetInnerHTML (we use it only for the guide's HTML, built from our Markdown at build time).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// The folder to lint: the Firefox build, or another (the unpacked Firefox package, in tests/packages/).
const dir = process.argv[2] ?? '.output/firefox-mv2';
// Linted as addons.mozilla.org lints a listed add-on (no --self-hosted, whose checks are a subset).
const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(`gutwise: web-ext lint did not run:\n${result.stdout}\n${result.stderr}`);
  process.exit(1);
}
// Recognised by Preact's own code, not by the chunk's name: Rollup names a shared chunk after one of its modules,
// and that changes as features are added.
const PREACT_INNER_HTML = /\.__html==\w+\.innerHTML\)\|\|\(\w+\.innerHTML=\w+\.__html\)/;
const holdsPreact = (file) => {
  try {
    return PREACT_INNER_HTML.test(readFileSync(`${dir}/${file}`, 'utf8'));
  } catch {
    return false;
  }
};
const isPreactInnerHtml = (m) =>
  m.code === 'UNSAFE_VAR_ASSIGNMENT' && /^chunks\/[\w-]+\.js$/.test(m.file ?? '') && holdsPreact(m.file);
const preactWarnings = report.warnings.filter(isPreactInnerHtml);
const problems = [...report.errors, ...report.warnings.filter((m) => !isPreactInnerHtml(m))];
for (const m of problems) console.error(`${m._type ?? 'problem'} ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${preactWarnings.length} known: Preact's innerHTML), ${report.notices.length} notices`,
);
// Each page is its own build with its own copy of Preact: one known site per file. A second one in a file
// would mean our own code added one.
const perFile = new Map();
for (const m of preactWarnings) perFile.set(m.file, (perFile.get(m.file) ?? 0) + 1);
const extra = [...perFile].filter(([, count]) => count > 1);
for (const [file, count] of extra) console.error(`${file}: ${count} innerHTML assignments; only Preact's own is expected`);
process.exit(problems.length || extra.length ? 1 : 0);
