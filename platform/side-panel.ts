/**
 * Opens Gutwise's side panel (Chrome `sidePanel`, Firefox `sidebarAction`). Both browsers accept the
 * call only synchronously inside a user gesture, so anything async (the window id) is fetched first.
 */
import { browser } from 'wxt/browser';

interface ChromeSidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarApi {
  open(): Promise<void>;
}

/** The parts of the browser this adapter uses; tests pass a fake. */
export interface SidePanelHost {
  sidePanel?: ChromeSidePanelApi;
  sidebarAction?: FirefoxSidebarApi;
  currentWindowId(): Promise<number | undefined>;
  /** Last resort where the browser refuses: the same page in a tab. */
  openPageInTab(path: string): Promise<unknown>;
}

export interface SidePanelOpener {
  /** Call once before any click (e.g. on mount) so `open` can run synchronously. */
  prepare(): Promise<void>;
  /** Call synchronously from a click or key handler. */
  open(): Promise<void>;
}

const PANEL_PAGE = 'sidepanel.html';

/** The host of the browser we run in. */
export function browserSidePanelHost(): SidePanelHost {
  const api = browser as unknown as { sidePanel?: ChromeSidePanelApi; sidebarAction?: FirefoxSidebarApi };
  const chromeApi = (globalThis as { chrome?: { sidePanel?: ChromeSidePanelApi } }).chrome?.sidePanel;
  return {
    sidePanel: chromeApi ?? api.sidePanel,
    sidebarAction: api.sidebarAction,
    currentWindowId: async () => (await browser.windows.getCurrent()).id,
    openPageInTab: (path) => browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/sidepanel.html') }),
  };
}

/** Creates an opener bound to `host`. */
export function createSidePanelOpener(host: SidePanelHost = browserSidePanelHost()): SidePanelOpener {
  let windowId: number | undefined;
  return {
    async prepare() {
      windowId = await host.currentWindowId();
    },
    open() {
      const attempt =
        host.sidebarAction?.open() ??
        (host.sidePanel && windowId !== undefined ? host.sidePanel.open({ windowId }) : undefined);
      if (!attempt) return host.openPageInTab(PANEL_PAGE).then(() => undefined);
      return attempt.catch(() => host.openPageInTab(PANEL_PAGE).then(() => undefined));
    },
  };
}
