// The popup's first script, a few hundred bytes: it draws the symptom buttons from the copy the app left, and
// loads the app (Preact, models, storage) only after that frame, to take over the same DOM.
import '../../components/styles.css';
import '../../components/popup/popup.css';
import '../../components/log/log.css';
import '../../components/popup/today-task-line.css';
import { firstFrameKey, readFirstFrame } from '../../storage/first-frame-copy';
import { drawFirstFrame } from './first-frame';

const root = document.getElementById('app')!;
// This script's file name changes with every build of the app (its content names the app's file), so a copy
// made by another version is never drawn.
const build = document.querySelector<HTMLScriptElement>('script[src]')?.src ?? '';
const key = firstFrameKey(build, navigator.language);
const early = drawFirstFrame(root, readFirstFrame(key));
const start = () => void import('./app').then((app) => app.startPopup(root, early, build));
// With a copy on screen the app waits for that frame to be painted; without one it is the first frame.
if (early.drawn) requestAnimationFrame(() => setTimeout(start));
else start();
