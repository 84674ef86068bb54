// `npm start`: installs what is missing, builds, and opens Chromium with Gutwise loaded and its side
// panel page showing, in a profile kept in .profile/ so the user's data survives a restart.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium, ensureNodeModules, run } from './ensure.mjs';
import { unpackedExtensionId } from './extension-id.mjs';

ensureNodeModules();
run('npx', ['wxt', 'build']);
const extensionDir = resolve('.output/chrome-mv3');

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`gutwise: built, but there is no display to open Chromium on (try \`xvfb-run npm start\`); or load ${extensionDir} unpacked at chrome://extensions (Developer mode → Load unpacked).`);
  process.exit(0);
}

const chromium = ensureChromium();
const id = unpackedExtensionId(extensionDir);
const args = [
  `--user-data-dir=${resolve('.profile')}`,
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : []),
  `chrome-extension://${id}/sidepanel.html`,
];
mkdirSync('.profile', { recursive: true });
// Chromium is chatty on stderr (D-Bus, GPU); keep the terminal calm and the chatter in a log.
const log = openSync('.profile/chromium.log', 'a');
console.log(`gutwise: opening Chromium with the extension (${id}); profile in .profile/, browser log in .profile/chromium.log`);
const child = spawn(chromium, args, { stdio: ['ignore', log, log] });
child.on('exit', (code) => process.exit(code ?? 0));
