/**
 * The popup's app, loaded by its first script (main.ts) after the first frame. It takes over the DOM that script
 * drew from the last copy (hydration: same elements, no visible change), honours what was pressed meanwhile, and
 * leaves a fresh copy of its first frame for the next open whenever the symptom list changes (app/popup.tsx).
 */
import { hydrate, render } from 'preact';
import { createPopup } from '../../app/popup';
import type { EarlyFrame } from './first-frame';

export function startPopup(root: HTMLElement, early: EarlyFrame, build: string): void {
  const popup = createPopup(build);
  // Stop the first script's listeners and take over in one task, so no press is lost or handled twice.
  const presses = early.handOver();
  (early.drawn ? hydrate : render)(popup.view, root);
  popup.replay(presses);
  if (!early.drawn) popup.keepFirstFrame();
}
