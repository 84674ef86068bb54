import { expect, test } from './fixtures';
import { axeViolations } from './axe';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colours`, () => {
    test.use({ colorScheme });

    test('the popup has no axe violations', async ({ openExtensionPage }) => {
      const page = await openExtensionPage('popup.html');
      await expect(page.getByRole('button').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    // A few full scans per test: each takes seconds on a busy 2-core machine, and a test's time is its own.
    test('the guide section, its contents and search have no axe violations', async ({ openExtensionPage }) => {
      const page = await openExtensionPage('sidepanel.html#/guide/real-life-examples');
      await expect(page.getByTestId('section-view')).toBeVisible();
      expect(await axeViolations(page), 'guide section with a red-flag note').toEqual([]);

      await page.getByRole('button', { name: 'Contents' }).click();
      expect(await axeViolations(page), 'contents').toEqual([]);

      await page.getByRole('searchbox').fill('sleep');
      await expect(page.getByRole('status')).toBeVisible();
      expect(await axeViolations(page), 'search results').toEqual([]);
    });

    test('the references and the disclaimer have no axe violations', async ({ openExtensionPage }) => {
      const page = await openExtensionPage('sidepanel.html#/guide/references');
      await expect(page.getByRole('heading', { level: 2 })).toHaveText('References & Scientific Sources');
      expect(await axeViolations(page), 'references').toEqual([]);

      await page.getByRole('button', { name: 'Not medical advice' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await axeViolations(page), 'disclaimer dialog').toEqual([]);
    });

    test('Today, the journal and Your data have no axe violations', async ({ openExtensionPage }) => {
      const page = await openExtensionPage('sidepanel.html#/today');
      for (const view of ['Today', 'Journal', 'Your data']) {
        await page.getByRole('navigation', { name: 'Gutwise sections' }).getByRole('link', { name: view }).click();
        expect(await axeViolations(page), view).toEqual([]);
      }
    });
  });
}
