import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every WCAG 2.x A/AA rule axe knows, plus its best practices. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colours`, () => {
    test.use({ colorScheme });

    test('the popup has no axe violations', async ({ openExtensionPage }) => {
      const page = await openExtensionPage('popup.html');
      await expect(page.getByRole('button').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    // A few full scans per test: each takes seconds on a busy 2-core machine, and a test's time is its own.
    test('the guide section, its contents and search have no axe violations', async ({ openExtensionPage }) => {
      const page = await openExtensionPage('sidepanel.html#/guide/real-life-examples');
      await expect(page.getByTestId('section-view')).toBeVisible();
      expect(await violations(page), 'guide section with a red-flag note').toEqual([]);

      await page.getByRole('button', { name: 'Contents' }).click();
      expect(await violations(page), 'contents').toEqual([]);

      await page.getByRole('searchbox').fill('sleep');
      await expect(page.getByRole('status')).toBeVisible();
      expect(await violations(page), 'search results').toEqual([]);
    });

    test('the references and the disclaimer have no axe violations', async ({ openExtensionPage }) => {
      const page = await openExtensionPage('sidepanel.html#/guide/references');
      await expect(page.getByRole('heading', { level: 2 })).toHaveText('References & Scientific Sources');
      expect(await violations(page), 'references').toEqual([]);

      await page.getByRole('button', { name: 'Not medical advice' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await violations(page), 'disclaimer dialog').toEqual([]);
    });

    test('Today, the journal and Your data have no axe violations', async ({ openExtensionPage }) => {
      const page = await openExtensionPage('sidepanel.html#/today');
      for (const view of ['Today', 'Journal', 'Your data']) {
        await page.getByRole('navigation', { name: 'Gutwise sections' }).getByRole('link', { name: view }).click();
        expect(await violations(page), view).toEqual([]);
      }
    });
  });
}
