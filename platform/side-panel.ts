/**
 * Opens Gutwise's side panel (Chrome `sidePanel`, Firefox `sidebarAction`). Both browsers accept the
 * call only synchronously inside a user gesture, so anything async (the window id) is fetched first.
 */
import { extensionApi } from './extension-api';

/** The extension API without webextension-polyfill: Firefox's `browser`, else Chrome's `chrome` (MV3 promises). */
interface NativeApi {
  sidePanel?: ChromeSidePanelApi;
  sidebarAction?: FirefoxSidebarApi;
  windows: { getCurrent(): Promise<{ id?: number }> };
  tabs: { create(options: { url: string }): Promise<unknown> };
  runtime: { id?: string; getURL(path: string): string };
}

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

/**
 * The host of the browser we run in. The popup uses this adapter, and the popup must open fast: the
 * native API spares it the polyfill (its size: README, Benchmarks) for the three calls made here.
 */
export function browserSidePanelHost(global: { browser?: NativeApi; chrome?: NativeApi } = globalThis as never): SidePanelHost {
  const api = extensionApi<NativeApi>(global)!;
  return {
    sidePanel: api.sidePanel,
    sidebarAction: api.sidebarAction,
    currentWindowId: async () => (await api.windows.getCurrent()).id,
    openPageInTab: (path) => api.tabs.create({ url: api.runtime.getURL(`/${path}`) }),
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
        host.sidebarAction?.open() ?? (host.sidePanel && windowId !== undefined ? host.sidePanel.open({ windowId }) : undefined);
      if (!attempt) return host.openPageInTab(PANEL_PAGE).then(() => undefined);
      return attempt.catch(() => host.openPageInTab(PANEL_PAGE).then(() => undefined));
    },
  };
}
