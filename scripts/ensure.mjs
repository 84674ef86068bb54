// Installs what `npm start` and `npm test` need and is missing: npm packages from the lockfile,
// and Debian's Chromium where no Chromium/Chrome is found. Uses only Node's own modules.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';
import { findFirefox } from './find-firefox.mjs';

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
  if (!canApt()) {
    console.error(
      'gutwise: no Chromium found; install it (Debian: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    );
    process.exit(1);
  }
  console.log("gutwise: no Chromium found; installing Debian's chromium (apt-get)…");
  aptInstall(['chromium']);
  const installed = findChromium();
  if (!installed) {
    console.error('gutwise: apt-get installed chromium but no binary was found; set CHROMIUM_PATH.');
    process.exit(1);
  }
  return installed;
}

/** True when this process may install Debian packages (root with apt-get). */
export function canApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** Installs Debian packages; waits for another apt run (a second helper, unattended upgrades) to finish. */
export function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const wait = ['-o', 'DPkg::Lock::Timeout=600'];
  run('apt-get', [...wait, 'update', '-qq'], { env });
  run('apt-get', [...wait, 'install', '-y', '-qq', ...packages], { env });
}

/** True when `name` is a command on PATH. */
export function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Makes sure `xvfb-run` (a virtual display, for the `npm start` test) exists, installing Debian's xvfb if we can. */
export function ensureXvfb() {
  if (hasCommand('xvfb-run')) return;
  if (!canApt()) {
    console.error('gutwise: no xvfb-run found; install it (Debian: `sudo apt-get install -y xvfb xauth`).');
    process.exit(1);
  }
  console.log("gutwise: no xvfb-run found; installing Debian's xvfb (apt-get)…");
  aptInstall(['xvfb', 'xauth']);
}

/** Returns a Firefox path, installing Debian's `firefox-esr` when none is found and we can (as for Chromium). */
export function ensureFirefox() {
  const found = findFirefox();
  if (found) return found;
  if (process.env.FIREFOX_PATH) {
    console.error(`gutwise: FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist; point it at a Firefox binary.`);
    process.exit(1);
  }
  if (!canApt()) {
    console.error(
      'gutwise: no Firefox found; install it (Debian: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox binary.',
    );
    process.exit(1);
  }
  console.log("gutwise: no Firefox found; installing Debian's firefox-esr (apt-get)…");
  aptInstall(['firefox-esr']);
  const installed = findFirefox();
  if (!installed) {
    console.error('gutwise: apt-get installed firefox-esr but no binary was found; set FIREFOX_PATH.');
    process.exit(1);
  }
  return installed;
}
