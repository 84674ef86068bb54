/**
 * The store kit in store/ stays true to the extension: the listing's name and short description are the
 * manifest's, the permissions table lists exactly what both packages ask for, and every screenshot the
 * listing and the README name is there, at the stores' size, in light and dark.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { pngSize, readZip } from './read-zip';

const ROOT = resolve(import.meta.dirname, '../..');
const STORE = join(ROOT, 'store');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const { version } = JSON.parse(read('package.json')) as { version: string };
const zips = ['chrome', 'firefox'].map((kind) => join(ROOT, '.output', `gutwise-${version}-${kind}.zip`));

/** The text under a `## heading` of a Markdown file, without its parenthesised notes. */
function section(markdown: string, heading: string): string {
  const body = markdown.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  return body
    .slice(heading.length)
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('('))
    .join('\n')
    .trim();
}

test("the listing's name and short description are the extension's own", () => {
  const locale = parse(read('locales/en.yml')) as { extName: string; extDescription: string };
  const listing = read('store/listing.md');
  expect(section(listing, 'Name')).toBe(locale.extName);
  expect(section(listing, 'Short description')).toBe(locale.extDescription);
  expect(locale.extDescription.length).toBeLessThanOrEqual(132);
});

test("the long description keeps the guide's cautions and never claims a cause", () => {
  const long = section(read('store/listing.md'), 'Long description');
  expect(long).toContain('possible link');
  expect(long).toContain('never diagnoses');
  expect(long).toContain('blood in stool');
  expect(long).not.toMatch(/\bcause[sd]?\b|\bcures?\b|\bheals?\b/i);
});

test('every screenshot the listing and the README show is there, 1280×800 for the stores, in light and dark', () => {
  const shots = readdirSync(join(STORE, 'screenshots'));
  const storeShots = shots.filter((name) => !name.startsWith('readme-'));
  expect(storeShots.length).toBeGreaterThanOrEqual(4);
  for (const name of storeShots) {
    expect(pngSize(readFileSync(join(STORE, 'screenshots', name))), name).toEqual({ width: 1280, height: 800 });
    expect(shots, `${name} has its other theme`).toContain(
      name.replace(/-(light|dark)\.png$/, (_, theme: string) => `-${theme === 'light' ? 'dark' : 'light'}.png`),
    );
    expect(read('store/listing.md'), `${name} has a caption`).toContain(`\`${name}\``);
  }
  const pictures = [...read('README.md').matchAll(/\]\((store\/screenshots\/[\w.-]+\.png)\)/g)].map((match) => match[1]!);
  expect(pictures.length).toBeGreaterThanOrEqual(2);
  for (const path of pictures) expect(existsSync(join(ROOT, path)), path).toBe(true);
});

describe.skipIf(!zips.every((zip) => existsSync(zip)))('permissions (run `npm run zip` first)', () => {
  test('store/permissions.md explains exactly the permissions both packages ask for', () => {
    const asked = new Set<string>();
    for (const zip of zips) {
      const manifest = JSON.parse(readZip(zip).get('manifest.json')!.toString('utf8')) as {
        permissions?: string[];
        optional_permissions?: string[];
      };
      for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) asked.add(permission);
    }
    const explained = [...read('store/permissions.md').matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]!);
    expect(explained.sort()).toEqual([...asked].sort());
  });
});
