/**
 * `npm start` under a virtual display, as a newcomer runs it on a fresh clone: the tab it opens must show
 * Gutwise, not Chromium's "blocked" error page.
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;

let profile: string;
let start: ChildProcess;
let output = '';
let browser: Browser | undefined;

/** Resolves once `check()` is true, polling; rejects with `what` after `ms`. */
async function until(check: () => boolean, what: string, ms = 180_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; start printed:\n${output}`);
    if (start.exitCode !== null) throw new Error(`npm start exited (${start.exitCode}) before ${what}:\n${output}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Sends `signal` to every process of `group`; false once the group has none left. */
function signalGroup(group: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-group, signal);
    return true;
  } catch {
    return false;
  }
}

beforeAll(() => {
  profile = mkdtempSync(join(tmpdir(), 'gutwise-start-'));
  // A flag after `--` goes to Chromium: a fresh profile, and a debugging port for this test to look in.
  start = spawn('xvfb-run', ['-a', 'npm', 'start', '--', `--user-data-dir=${profile}`, '--remote-debugging-port=0'], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, DISPLAY: '' },
  });
  start.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  start.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  // xvfb-run, npm, node, Chromium and Xvfb share the process group started above.
  const group = start.pid;
  if (group) {
    signalGroup(group, 'SIGTERM');
    // Chromium's helpers outlive xvfb-run by a moment; the profile is removed once none is left.
    const deadline = Date.now() + 30_000;
    while (signalGroup(group, 0) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 200));
    signalGroup(group, 'SIGKILL');
  }
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
});

test.skipIf(!hasXvfb)(
  'npm start opens a tab that shows Gutwise, and says how to open the popup and the side panel',
  async () => {
    await until(() => /Gutwise is open/.test(output), 'npm start to say Gutwise is open');
    expect(output).toMatch(/popup/i);
    expect(output).toMatch(/side panel/i);

    const portFile = join(profile, 'DevToolsActivePort');
    await until(() => existsSync(portFile) && readFileSync(portFile, 'utf8').includes('\n'), 'the DevTools port');
    const port = readFileSync(portFile, 'utf8').split('\n')[0];
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const pages = browser.contexts().flatMap((context) => context.pages());
    const urls = pages.map((page) => page.url());
    expect(
      urls.filter((url) => url.startsWith('chrome-error:')),
      `pages: ${urls.join(', ')}`,
    ).toEqual([]);
    const panel = pages.find((page) => /^chrome-extension:\/\/[a-p]{32}\/sidepanel\.html/.test(page.url()));
    expect(panel, `pages: ${urls.join(', ')}`).toBeDefined();
    // What a newcomer sees: the panel's own navigation and a view of the guide or Today, not an error.
    await panel!.getByRole('navigation', { name: 'Gutwise sections' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => panel!.getByRole('heading').count(), { timeout: 60_000 }).toBeGreaterThan(0);
  },
  300_000,
);
