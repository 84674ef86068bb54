// Runs `web-ext lint` on the Firefox build and fails on any error or warning, except the one warning
// every Preact extension gets: Preact's own renderer assigns innerHTML to support
// dangerouslySetInnerHTML (we use it only for the guide's HTML, built from our Markdown at build time).
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted', '--output', 'json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(`gutwise: web-ext lint did not run:\n${result.stdout}\n${result.stderr}`);
  process.exit(1);
}
const isPreactInnerHtml = (m) => m.code === 'UNSAFE_VAR_ASSIGNMENT' && /^chunks\/index-[\w-]+\.js$/.test(m.file ?? '');
const preactWarnings = report.warnings.filter(isPreactInnerHtml);
const problems = [...report.errors, ...report.warnings.filter((m) => !isPreactInnerHtml(m))];
for (const m of problems) console.error(`${m._type ?? 'problem'} ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${preactWarnings.length} known: Preact's innerHTML), ${report.notices.length} notices`);
// More than one innerHTML site would mean our own code added one.
process.exit(problems.length || preactWarnings.length > 1 ? 1 : 0);
