// `npm start`: installs what is missing, builds, and opens Chromium with Gutwise loaded and its side panel
// page showing, in a profile kept in .profile/ so the user's data survives a restart. Flags after `--` go to
// Chromium (`npm start -- --user-data-dir=/tmp/fresh` starts with a fresh profile).
import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { cdpPipe, waitForTarget } from './cdp-pipe.mjs';
import { ensureChromium, ensureNodeModules, run } from './ensure.mjs';
import { unpackedExtensionId } from './extension-id.mjs';

ensureNodeModules();
run('npx', ['wxt', 'build']);
const extensionDir = resolve('.output/chrome-mv3');

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    `gutwise: built, but there is no display to open Chromium on (try \`xvfb-run npm start\`); or load ${extensionDir} unpacked at chrome://extensions (Developer mode → Load unpacked).`,
  );
  process.exit(0);
}

const chromium = ensureChromium();
const id = unpackedExtensionId(extensionDir);
const extra = process.argv.slice(2);
const profile = resolve(extra.find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? '.profile');
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The page is opened through this pipe once the extension runs: a URL given on the command line is
  // navigated before an extension loaded with --load-extension is ready, and Chromium shows
  // ERR_BLOCKED_BY_CLIENT for it (and again on reload).
  '--remote-debugging-pipe',
  ...(typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : []),
  ...extra.filter((arg) => !arg.startsWith('--user-data-dir=')),
];
mkdirSync(profile, { recursive: true });
// Chromium is chatty on stderr (D-Bus, GPU); keep the terminal calm and the chatter in a log.
const logPath = resolve(profile, 'chromium.log');
const log = openSync(logPath, 'a');
console.log(`gutwise: opening Chromium with the extension (${id}); profile in ${profile}, browser log in ${logPath}`);
const child = spawn(chromium, args, { stdio: ['ignore', log, log, 'pipe', 'pipe'] });
child.on('exit', (code) => process.exit(code ?? 0));

const cdp = cdpPipe(child);
const origin = `chrome-extension://${id}/`;
try {
  // The service worker running means Chromium has loaded and enabled the extension.
  await waitForTarget(cdp, (target) => target.type === 'service_worker' && target.url.startsWith(origin), 120_000);
  const { targetId } = await cdp.send('Target.createTarget', { url: `${origin}sidepanel.html` });
  // Close the blank first tab so the product is what shows; any other restored tab is left alone.
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const target of targetInfos) {
    if (target.type === 'page' && target.targetId !== targetId && /^(about:blank|chrome:\/\/newtab\/?)$/.test(target.url)) {
      await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => undefined);
    }
  }
  console.log(`gutwise: Gutwise is open in Chromium (its side panel page, as a tab).
  - Popup: click the puzzle-piece icon in the toolbar, pin Gutwise, then click its icon; or press Alt+Shift+L.
  - Side panel: Alt+Shift+G, or "Open the side panel" in the popup.
  Close Chromium (or press Ctrl+C here) to stop.`);
} catch (error) {
  console.error(
    `gutwise: Chromium started, but the extension did not (${error.message}); see ${logPath}, or open ${origin}sidepanel.html by hand.`,
  );
}
