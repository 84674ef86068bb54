// Installs what `npm start` and `npm test` need and is missing: npm packages from the lockfile,
// and Debian's Chromium where no Chromium/Chrome is found. Uses only Node's own modules.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

/** Runs a command with inherited output; exits the process with a clear line when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`gutwise: \`${[command, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

/** `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureNodeModules() {
  const marker = 'node_modules/.package-lock.json';
  const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
  if (stale) {
    console.log('gutwise: installing npm packages from the lockfile (npm ci)…');
    run('npm', ['ci', '--no-audit', '--no-fund']);
  } else if (!existsSync('.wxt/tsconfig.json')) {
    run('npx', ['wxt', 'prepare']);
  }
}

/** Returns a Chromium path, installing Debian's `chromium` when none is found and we can. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    console.error(`gutwise: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist; point it at a Chromium or Chrome binary.`);
    process.exit(1);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error('gutwise: no Chromium found; install it (Debian: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium/Chrome binary.');
    process.exit(1);
  }
  console.log("gutwise: no Chromium found; installing Debian's chromium (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { env });
  const installed = findChromium();
  if (!installed) {
    console.error('gutwise: apt-get installed chromium but no binary was found; set CHROMIUM_PATH.');
    process.exit(1);
  }
  return installed;
}
