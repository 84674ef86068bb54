/**
 * The toolbar badge and button title. Chrome MV3 has `action`, Firefox MV2 `browserAction`; both take
 * the same calls. One badge for every tab and window: the plan does not depend on the page.
 */
import { browser } from 'wxt/browser';

export interface BadgePort {
  /** Sets the badge text ('' hides it) and the button's tooltip, which screen readers announce. */
  show(text: string, title: string): Promise<void>;
}

/** The parts of `action` / `browserAction` the badge uses. */
export interface ActionApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setTitle(details: { title: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
}

/** The badge colour: the accent green, dark enough for white text in light and dark toolbars. */
export const BADGE_COLOR = '#1d6b52';

/** The action API of the browser we run in. */
export function browserActionApi(): ActionApi {
  const api = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  const action = api.action ?? api.browserAction;
  if (!action) throw new Error('This browser has neither action nor browserAction');
  return action;
}

/** A badge on `api` (default: this browser's toolbar button). */
export function createBadge(api: ActionApi = browserActionApi()): BadgePort {
  return {
    async show(text, title) {
      await Promise.all([
        api.setBadgeBackgroundColor({ color: BADGE_COLOR }),
        api.setBadgeText({ text }),
        api.setTitle({ title }),
      ]);
    },
  };
}
