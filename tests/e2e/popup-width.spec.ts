/**
 * The popup is 360 px wide: a long plan task is cut to one line with an ellipsis inside it, and nothing
 * (the "Open the side panel" button, the symptom grid) is pushed past its right edge.
 */
import { planCodec } from '../../domain/synced-fields';
import { expect, test } from './fixtures';
import { seedSyncedValue } from './storage-peek';

test('a long plan task does not widen the popup past its 360 px', async ({ openExtensionPage, serviceWorker }) => {
  const start = await serviceWorker.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - 4);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await seedSyncedValue(
    serviceWorker,
    'plan',
    planCodec,
    { cycle: { number: 1, start, marks: {}, pauses: [], reflection: '' }, routine: null, cyclesStarted: 1 },
    2,
  );
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 360, height: 640 });
  const line = popup.locator('.popup-plan-text');
  await expect(line).toContainText('Day 5');
  const overflow = await popup.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    beyond: [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > 360.5)
      .map((element) => element.className || element.tagName),
  }));
  expect(overflow).toEqual({ page: 360, beyond: [] });
  // The task is cut inside its line, where its tooltip holds the whole of it.
  expect(await line.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
});
