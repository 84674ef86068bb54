/**
 * The popup's first frame as its app last left it (app/popup.tsx writes it): the popup's first script draws it
 * before any app code loads, so this module stays as small as that script.
 */
import { firstFrameKey, readFirstFrame } from '../storage/first-frame-copy';

/** What a copy of the first frame is kept under: the app's `build`, the browser's language and the list copy now. */
export const popupFirstFrameKey = (build: string): string => firstFrameKey(build, navigator.language);

/** The copy left by the app of `build` in the browser's language, if there is one. */
export const popupFirstFrame = (build: string): string | undefined => readFirstFrame(popupFirstFrameKey(build));
