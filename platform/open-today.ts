/**
 * Opens the side panel on the Today view from the background (a reminder click). Chrome's `sidePanel.open`
 * and Firefox's `sidebarAction.open` accept the call only inside a user gesture, so it is made synchronously
 * in the click handler; where the browser refuses anyway, the same page opens in a tab at `#/today`.
 */
import { browser } from 'wxt/browser';

/** chrome.windows.WINDOW_ID_CURRENT: no await for a window id, which would lose the gesture. */
const WINDOW_ID_CURRENT = -2;
export const TODAY_PAGE = 'sidepanel.html#/today';

export interface OpenTodayHost {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  openTab(path: string): Promise<unknown>;
  /** Makes the panel open on Today (it reopens on the last view otherwise). */
  rememberToday(): Promise<unknown>;
}

/** The host of the browser we run in; `rememberToday` comes from the caller (it is storage). */
export function browserOpenTodayHost(rememberToday: () => Promise<unknown>): OpenTodayHost {
  const api = browser as unknown as Pick<OpenTodayHost, 'sidePanel' | 'sidebarAction'>;
  return {
    sidePanel: api.sidePanel,
    sidebarAction: api.sidebarAction,
    openTab: (path) => browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/sidepanel.html') }),
    rememberToday,
  };
}

/** Call synchronously from the click handler. Resolves once the panel or the tab is open. */
export function openToday(host: OpenTodayHost): Promise<void> {
  const remembered = host.rememberToday().catch(() => undefined);
  let attempt: Promise<void> | undefined;
  try {
    attempt = host.sidebarAction?.open() ?? host.sidePanel?.open({ windowId: WINDOW_ID_CURRENT });
  } catch {
    attempt = undefined;
  }
  const fallback = () => remembered.then(() => host.openTab(TODAY_PAGE)).then(() => undefined);
  return attempt ? attempt.then(() => undefined, fallback) : fallback();
}
