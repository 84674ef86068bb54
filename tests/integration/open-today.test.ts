import { describe, expect, it } from 'vitest';
import { openToday, TODAY_PAGE, type OpenTodayHost } from '../../platform/open-today';

/** A host that records what was opened; `panel` decides how the browser answers sidePanel.open. */
function host(panel: 'opens' | 'refuses' | 'throws' | 'missing', firefox = false) {
  const calls: string[] = [];
  const h: OpenTodayHost = {
    openTab: async (path) => void calls.push(`tab:${path}`),
    rememberToday: async () => void calls.push('remember'),
  };
  const open = () => {
    calls.push('panel');
    if (panel === 'throws') throw new Error('sidePanel.open() may only be called in response to a user gesture.');
    return panel === 'opens' ? Promise.resolve() : Promise.reject(new Error('refused'));
  };
  if (panel !== 'missing') {
    if (firefox) h.sidebarAction = { open };
    else h.sidePanel = { open: ({ windowId }) => (calls.push(`window:${windowId}`), open()) };
  }
  return { h, calls };
}

describe('opening Today from a reminder click', () => {
  it('opens the real side panel (current window, no await before it) and remembers Today as its view', async () => {
    const { h, calls } = host('opens');
    await openToday(h);
    expect(calls).toEqual(['remember', 'window:-2', 'panel']);
  });

  it("uses Firefox's sidebar where there is one", async () => {
    const { h, calls } = host('opens', true);
    await openToday(h);
    expect(calls).toEqual(['remember', 'panel']);
  });

  it.each(['refuses', 'throws', 'missing'] as const)(
    'falls back to the panel page in a tab at #/today when the browser %s',
    async (answer) => {
      const { h, calls } = host(answer);
      await openToday(h);
      expect(calls.at(-1)).toBe(`tab:${TODAY_PAGE}`);
      expect(TODAY_PAGE).toBe('sidepanel.html#/today');
    },
  );
});
