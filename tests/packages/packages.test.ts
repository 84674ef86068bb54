/**
 * The three packages `npm run zip` leaves in .output/, unpacked and checked as each store would: the Chrome
 * Web Store package, the addons.mozilla.org package, and the sources AMO asks for when code is bundled
 * (rebuilt here, byte for byte).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pngSize, readZip, unpack } from './read-zip';

const ROOT = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const zipPath = (kind: string) => join(ROOT, '.output', `gutwise-${version}-${kind}.zip`);
const made = ['chrome', 'firefox', 'sources'].every((kind) => existsSync(zipPath(kind)));
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Manifest = Record<string, unknown> & { icons: Record<string, string>; permissions: string[] };

function open(kind: string) {
  const files = readZip(zipPath(kind));
  const text = (name: string) => files.get(name)?.toString('utf8');
  return { files, text, manifest: kind === 'sources' ? undefined : (JSON.parse(text('manifest.json') ?? '{}') as Manifest) };
}

/** The English text of a `__MSG_key__` value, as the store shows it. */
function message(files: Map<string, Buffer>, value: unknown): string {
  const messages = JSON.parse(files.get('_locales/en/messages.json')!.toString('utf8')) as Record<string, { message: string }>;
  const key = /^__MSG_(\w+)__$/.exec(String(value))?.[1];
  return key ? (messages[key]?.message ?? '') : String(value);
}

/** Names of files a store package must never carry: source maps, tests, sources. */
function unshippable(files: Map<string, Buffer>): string[] {
  return [...files.keys()].filter(
    (name) =>
      /\.map$/.test(name) ||
      /(^|\/)(tests?|__tests__|e2e)\//.test(name) ||
      /\.(test|spec)\.[cm]?[jt]sx?$/.test(name) ||
      /\.(tsx?|mts|md|yml)$/.test(name) ||
      /sourceMappingURL=/.test(name.endsWith('.js') ? files.get(name)!.toString('utf8') : ''),
  );
}

/** Each icon the manifest names is in the package, a PNG of the size it claims. */
function iconSizes(files: Map<string, Buffer>, icons: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(icons).map(([size, path]) => {
      const png = files.get(path);
      const actual = png ? pngSize(png) : undefined;
      return [size, actual ? `${actual.width}x${actual.height}` : 'missing'];
    }),
  );
}

describe.skipIf(!made)('store packages (run `npm run zip` first)', () => {
  test('Chrome Web Store: MV3 manifest, only the permissions used, every icon size, nothing but the built add-on', () => {
    const { files, manifest } = open('chrome');
    const m = manifest!;
    expect(m.manifest_version).toBe(3);
    expect(m.version).toBe(version);
    // The store's limits: a name of at most 75 characters, a description of at most 132.
    expect(message(files, m.name)).toBe('Gutwise');
    expect(message(files, m.description).length).toBeLessThanOrEqual(132);
    expect(m.minimum_chrome_version).toBe('116');
    expect([...m.permissions].sort()).toEqual(['alarms', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(m.optional_permissions).toEqual(['notifications']);
    expect(
      Object.keys(m).filter((key) =>
        /host_permissions|content_scripts|web_accessible_resources|externally_connectable|update_url|key|browser_specific_settings/.test(
          key,
        ),
      ),
    ).toEqual([]);
    // 128 for the store and the install dialog, 48 for the extensions page, 16 and 32 for the toolbar.
    expect(iconSizes(files, m.icons)).toMatchObject({ 16: '16x16', 32: '32x32', 48: '48x48', 128: '128x128' });
    const action = m.action as { default_popup: string };
    const panel = m.side_panel as { default_path: string };
    const worker = (m.background as { service_worker: string }).service_worker;
    for (const path of [action.default_popup, panel.default_path, worker]) expect(files.has(path), path).toBe(true);
    expect(unshippable(files)).toEqual([]);
  });

  test('addons.mozilla.org: MV2 manifest with the gecko id and minimums, every icon size, nothing but the built add-on', () => {
    const { files, manifest } = open('firefox');
    const m = manifest!;
    expect(m.manifest_version).toBe(2);
    expect(m.version).toBe(version);
    expect(message(files, m.name)).toBe('Gutwise');
    expect(m.browser_specific_settings).toEqual({
      gecko: { id: 'gutwise@gutwise.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect([...m.permissions].sort()).toEqual(['alarms', 'storage', 'unlimitedStorage']);
    expect(m.optional_permissions).toEqual(['notifications']);
    // AMO shows 48 and 96 (high-density screens); 16 and 32 are the toolbar's.
    expect(iconSizes(files, m.icons)).toMatchObject({ 16: '16x16', 32: '32x32', 48: '48x48', 96: '96x96', 128: '128x128' });
    const popup = (m.browser_action as { default_popup: string }).default_popup;
    const sidebar = (m.sidebar_action as { default_panel: string }).default_panel;
    const scripts = (m.background as { scripts: string[] }).scripts;
    for (const path of [popup, sidebar, ...scripts]) expect(files.has(path), path).toBe(true);
    expect(unshippable(files)).toEqual([]);
  });

  test('addons.mozilla.org: web-ext lint of the unpacked package finds no error and only the warnings the README names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gutwise-firefox-package-'));
    temporary.push(dir);
    unpack(open('firefox').files, dir);
    const lint = spawnSync('node', ['scripts/lint-firefox.mjs', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(lint.status, `${lint.stdout}\n${lint.stderr}`).toBe(0);
    const [, errors, warnings, known] = /(\d+) errors, (\d+) warnings \((\d+) known/.exec(lint.stdout) ?? [];
    expect([errors, warnings === known]).toEqual(['0', true]);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/web-ext lint[^\n]*\n?[^\n]*UNSAFE_VAR_ASSIGNMENT/);
  });

  test('sources: what a reviewer needs to rebuild, no tests or outputs, and `npm run build:firefox` on them rebuilds the same add-on', () => {
    const { files, text } = open('sources');
    for (const name of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'entrypoints/background.ts',
    ])
      expect(files.has(name), name).toBe(true);
    expect(
      [...files.keys()].filter((name) => /^(node_modules|\.output|\.wxt|tests|bench|store|\.profile)\/|\.map$|\.zip$/.test(name)),
    ).toEqual([]);
    const readme = text('README.md') ?? '';
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npm run build:firefox');

    const dir = mkdtempSync(join(tmpdir(), 'gutwise-sources-'));
    temporary.push(dir);
    unpack(files, dir);
    // `npm ci` would install the same locked packages; linking them keeps the test off the network.
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // As a reviewer runs it: without vitest's NODE_ENV=test, which would change what Vite bundles.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
    );
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: dir, encoding: 'utf8', env });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const rebuilt = join(dir, '.output/firefox-mv2');
    const walk = (folder: string): string[] =>
      readdirSync(folder).flatMap((name) =>
        statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : [relative(rebuilt, join(folder, name))],
      );
    const shipped = open('firefox').files;
    expect(walk(rebuilt).sort()).toEqual([...shipped.keys()].sort());
    const differing = [...shipped]
      .filter(([name, data]) => !readFileSync(join(rebuilt, name)).equals(data))
      .map(([name]) => name);
    expect(differing).toEqual([]);
  });
});
