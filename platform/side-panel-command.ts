/**
 * The keyboard shortcut that opens the side panel. Firefox opens its sidebar itself for the special
 * `_execute_sidebar_action` command (wxt.config.ts); Chrome has no such command, so the background answers
 * the named command by calling `sidePanel.open` at once, inside the shortcut's user gesture.
 */

/** The manifest command name (Chrome). */
export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';

interface CommandTab {
  windowId?: number;
}

/** The parts of the browser this uses; tests pass a fake. */
export interface SidePanelCommandHost {
  onCommand: { addListener(listener: (command: string, tab?: CommandTab) => void): void };
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
}

/** The host of the browser we run in (Chrome's own `chrome.*`: sidePanel is Chrome-only). */
export function browserCommandHost(): SidePanelCommandHost | undefined {
  type ChromeApi = { commands?: { onCommand: SidePanelCommandHost['onCommand'] }; sidePanel?: SidePanelCommandHost['sidePanel'] };
  const chromeApi = (globalThis as { chrome?: ChromeApi }).chrome;
  if (!chromeApi?.commands || !chromeApi.sidePanel) return undefined;
  return { onCommand: chromeApi.commands.onCommand, sidePanel: chromeApi.sidePanel };
}

/** Registers the listener (call synchronously inside defineBackground). */
export function registerSidePanelCommand(host: SidePanelCommandHost | undefined = browserCommandHost()): void {
  if (!host?.sidePanel) return;
  const sidePanel = host.sidePanel;
  host.onCommand.addListener((command, tab) => {
    if (command !== OPEN_SIDE_PANEL_COMMAND || tab?.windowId === undefined) return;
    // No await before this call: Chrome accepts it only within the shortcut's gesture.
    sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  });
}
