import { describe, expect, it, vi } from 'vitest';
import { OPEN_SIDE_PANEL_COMMAND, registerSidePanelCommand, type SidePanelCommandHost } from '../../platform/side-panel-command';

function fakeHost(open = vi.fn(async () => undefined)) {
  const listeners: ((command: string, tab?: { windowId?: number }) => void)[] = [];
  const host: SidePanelCommandHost = { onCommand: { addListener: (l) => listeners.push(l) }, sidePanel: { open } };
  return { host, open, fire: (command: string, tab?: { windowId?: number }) => listeners.forEach((l) => l(command, tab)) };
}

describe('side panel keyboard shortcut', () => {
  it('opens the side panel of the window the shortcut was pressed in, synchronously (inside the gesture)', () => {
    const { host, open, fire } = fakeHost();
    registerSidePanelCommand(host);
    fire(OPEN_SIDE_PANEL_COMMAND, { windowId: 7 });
    // Checked right after the event, with no await in between: a later call would lose the user gesture.
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('ignores other commands and a command without a window', () => {
    const { host, open, fire } = fakeHost();
    registerSidePanelCommand(host);
    fire('_execute_action', { windowId: 7 });
    fire(OPEN_SIDE_PANEL_COMMAND, undefined);
    expect(open).not.toHaveBeenCalled();
  });

  it('survives the browser refusing', async () => {
    const { host, fire } = fakeHost(vi.fn(async () => Promise.reject(new Error('No user gesture'))));
    registerSidePanelCommand(host);
    expect(() => fire(OPEN_SIDE_PANEL_COMMAND, { windowId: 1 })).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('registers nothing where there is no side panel API (Firefox uses _execute_sidebar_action)', () => {
    const addListener = vi.fn();
    registerSidePanelCommand({ onCommand: { addListener } });
    expect(addListener).not.toHaveBeenCalled();
  });
});
