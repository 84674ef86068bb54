import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { compileGuide } from '../../build/guide-compiler';
import { expect, test } from './fixtures';
import type { LocalItemName } from '../../storage/keys';
import { readLocalStorageKey } from './storage-peek';

const titles = compileGuide(resolve(import.meta.dirname, '../../content/guide')).sections.map((s) => s.title);

async function openGuide(open: (path: string) => Promise<Page>, hash = '#/guide') {
  const page = await open(`sidepanel.html${hash}`);
  await expect(page.getByTestId('section-view')).toBeVisible();
  return page;
}

test('the table of contents lists every section of the guide', async ({ openExtensionPage }) => {
  const page = await openGuide(openExtensionPage);
  await page.getByRole('button', { name: 'Contents' }).click();
  const toc = page.getByRole('navigation', { name: 'Contents' });
  // Each section's own link (its parts are listed in a list of their own under it).
  await expect(toc.locator(':scope > ol > li > a')).toHaveText(titles);
});

test('searching for "zonulin" finds the section on tests and jumps to the highlighted match', async ({ openExtensionPage }) => {
  const page = await openGuide(openExtensionPage);
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('zonulin');
  await expect(page.getByRole('status')).toHaveText('1 section matches');
  const result = page.getByRole('link', { name: 'Tips from Experts and Scientific Research' });
  await expect(page.locator('.result-snippet mark')).toHaveText('zonulin');
  await result.click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Tips from Experts and Scientific Research');
  // The match is painted with the CSS Custom Highlight API and scrolled into view.
  expect(
    await page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gutwise-search')?.size),
  ).toBe(1);
  expect(page.url()).toContain('#/guide/expert-tips');
});

test('the reading position survives a reload and a reopened panel', async ({ openExtensionPage, context, extensionUrl }) => {
  await context.pages()[0]?.setViewportSize({ width: 360, height: 500 });
  const page = await openGuide(openExtensionPage);
  await page.setViewportSize({ width: 360, height: 500 });
  await page.getByRole('button', { name: 'Contents' }).click();
  await page.getByRole('link', { name: 'Step-by-Step Solutions and Strategies' }).click();
  await page.evaluate(() => window.scrollTo(0, 700));
  await expect
    .poll(
      async () => (await readLocalStorageKey<{ scrollTop: number }>(page, 'readingProgress' satisfies LocalItemName))?.scrollTop,
    )
    .toBe(700);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Step-by-Step Solutions and Strategies');
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(700);

  // Reopening the panel (no hash in the URL) returns to the guide, the same section and place.
  await page.close();
  const reopened = await context.newPage();
  await reopened.setViewportSize({ width: 360, height: 500 });
  await reopened.goto(extensionUrl('sidepanel.html'));
  await expect(reopened.getByRole('heading', { level: 2 })).toHaveText('Step-by-Step Solutions and Strategies');
  await expect.poll(() => reopened.evaluate(() => Math.round(window.scrollY))).toBe(700);
});

test('sections marked read are counted and remembered', async ({ openExtensionPage }) => {
  const page = await openGuide(openExtensionPage);
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await page.getByRole('button', { name: /^Next/ }).click();
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByTestId('read-progress')).toHaveText(`2 of ${titles.length} read`);
  await page.reload();
  await expect(page.getByTestId('read-progress')).toHaveText(`2 of ${titles.length} read`);
});

test('a citation leads to its reference; DOI links open in a new tab', async ({ openExtensionPage }) => {
  const page = await openGuide(openExtensionPage, '#/guide/gut-immune-connection');
  await page.getByRole('link', { name: 'Fasano A, 2012' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('References & Scientific Sources');
  const entry = page.locator('#ref-fasano-2012');
  await expect(entry).toBeFocused();
  const doi = entry.getByRole('link', { name: /doi:10\.1007\/s12016-011-8291-x/ });
  await expect(doi).toHaveAttribute('target', '_blank');
  await expect(doi).toHaveAttribute('href', 'https://doi.org/10.1007/s12016-011-8291-x');
  await page.getByRole('button', { name: /Back to “The Gut-Immune Connection”/ }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('The Gut-Immune Connection');
});

test('the guide can be read with the keyboard alone', async ({ openExtensionPage }) => {
  const page = await openGuide(openExtensionPage);
  const contents = page.getByRole('button', { name: 'Contents' });
  await contents.focus();
  await page.keyboard.press('Enter');
  const myths = page.getByRole('link', { name: 'Top Myths Debunked' });
  for (let i = 0; i < 40 && !(await myths.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Top Myths Debunked');
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  await page.getByRole('searchbox').focus();
  await page.keyboard.type('bone broth');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('section-view')).toBeVisible();
});

for (const width of [320, 600]) {
  test(`every section reads without sideways scrolling at ${width} px`, async ({ openExtensionPage }) => {
    const page = await openGuide(openExtensionPage);
    await page.setViewportSize({ width, height: 700 });
    for (let i = 0; i < titles.length; i++) {
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
        titles[i],
      ).toBe(true);
      const next = page.getByRole('button', { name: /^Next/ });
      if (await next.count()) await next.click();
    }
  });
}

test('Contents lists the five steps, and one opens its section at that heading', async ({ openExtensionPage }) => {
  const page = await openGuide(openExtensionPage);
  await page.getByRole('button', { name: 'Contents' }).click();
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: '2. Repair Your Gut Lining' }).click();
  await expect(page.locator('#five-steps--repair-your-gut-lining')).toBeInViewport();
});

test('the disclaimer is one click away in the popup too', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Not medical advice' }).click();
  const dialog = popup.getByRole('dialog', { name: 'About this guide' });
  await expect(dialog).toContainText('It is not medical advice');
  await expect(dialog).toContainText('Always consult your healthcare provider before starting new supplements.');
  await expect(dialog).toContainText('blood in stool, please see a healthcare provider promptly');
  await popup.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(popup.getByRole('button', { name: 'Not medical advice' })).toBeFocused();
});

test('the disclaimer is one click away from every view', async ({ openExtensionPage }) => {
  const page = await openGuide(openExtensionPage);
  for (const view of ['Today', 'Guide', 'Journal', 'Your data']) {
    await page.getByRole('navigation', { name: 'Gutwise sections' }).getByRole('link', { name: view }).click();
    await page.getByRole('button', { name: 'Not medical advice' }).click();
    const dialog = page.getByRole('dialog', { name: 'About this guide' });
    await expect(dialog).toContainText('It is not medical advice');
    await expect(dialog).toContainText('blood in stool, please see a healthcare provider promptly');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});
