// The popup's first script, about a kilobyte gzip: it draws the symptom buttons from the copy the app left, and
// loads the app (Preact, models, storage) only after that frame, to take over the same DOM (take-over.ts).
import '../../components/styles.css';
import '../../components/popup/popup.css';
import '../../components/log/log.css';
import '../../components/popup/today-task-line.css';
import { popupFirstFrame } from '../../app/popup-first-frame';
import { drawFirstFrame } from './first-frame';
// Not `import('./take-over')`: see build/lazy-chunk.ts for what that keeps out of this script.
import loadTakeOver from './take-over?lazy-chunk';

export const root = document.getElementById('app')!;
// This script's file name changes with every build of the app (its content names the app's file), so a copy
// made by another version is never drawn.
export const build = document.querySelector<HTMLScriptElement>('script[src]')?.src ?? '';
export const early = drawFirstFrame(root, popupFirstFrame(build));
const takeOver = () => void loadTakeOver();
// With a copy on screen the app waits until that frame is painted and the page is idle, so neither its loading
// nor its running can come before the first frame; without a copy the app draws the first frame itself.
if (early.drawn) requestAnimationFrame(() => setTimeout(() => requestIdleCallback(takeOver, { timeout: 200 })));
else takeOver();
