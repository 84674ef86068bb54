/**
 * The popup's app taking over the page its first script (main.ts) drew. Loaded after the first frame, as a
 * chunk of its own that imports the first script's state from the file the page already ran.
 */
import { build, early, root } from './main';
import { startPopup } from './app';

startPopup(root, early, build);
