import { devToolsPort, expect, test } from './fixtures';

interface DevToolsTarget {
  url: string;
  type: string;
}

test('the popup button opens the real side panel, not a tab', async ({
  context,
  openExtensionPage,
  userDataDir,
  extensionUrl,
}) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Open the side panel' }).click();
  const panelUrl = extensionUrl('sidepanel.html');
  // The real side panel is not among context.pages(); Chromium's DevTools target list shows it.
  await expect
    .poll(async () => {
      const response = await fetch(`http://127.0.0.1:${devToolsPort(userDataDir)}/json/list`);
      const targets = (await response.json()) as DevToolsTarget[];
      return targets.some((target) => target.url.startsWith(panelUrl));
    })
    .toBe(true);
  // Had the browser refused, the fallback would have opened the page as a tab instead.
  expect(context.pages().map((page) => page.url())).not.toContain(panelUrl);
});
