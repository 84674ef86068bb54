/**
 * Reminder notifications behind the optional `notifications` permission: Gutwise asks for it only when the
 * user turns the reminder on (from that click), and gives it back when they turn it off. Without the
 * permission `browser.notifications` does not exist, so every call checks first.
 */
import { browser } from 'wxt/browser';

export interface NotificationPort {
  /** Shows (or replaces) notification `id`; false when the permission is missing. */
  show(id: string, content: { title: string; message: string }): Promise<boolean>;
  clear(id: string): Promise<void>;
}

export interface PermissionPort {
  has(): Promise<boolean>;
  /** Must be called synchronously from a click or key handler: browsers only ask inside a user gesture. */
  request(): Promise<boolean>;
  remove(): Promise<boolean>;
}

interface NotificationsApi {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
  clear(id: string): Promise<boolean>;
}
interface PermissionsApi {
  contains(p: { permissions: string[] }): Promise<boolean>;
  request(p: { permissions: string[] }): Promise<boolean>;
  remove(p: { permissions: string[] }): Promise<boolean>;
}

const NOTIFICATIONS = { permissions: ['notifications'] };

/** A 64 px green disc with a white check mark (Chrome requires an icon on every notification). */
export const REMINDER_ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAABKklEQVR42u2bMRaDMAxDuUgv1Wv0/nO7loEGiiRbifQeu/8fIDH2tiWJLI/X833mWQ54KiEoaDsZbPC2ItTgrURUw5dJ6AJeIqIrvERCd3iqBBd4igQ3eKgEV3iYhKUFuMPfkjAL/N8SugN9By7ACZ4iwQ3+rISp4WESnOGnFXAltwTMDj+UsAK8jYCrmUoAE/5QwCrwhxJWgocKQBXEfOnRBCALU8JDBCALVMPfFoAstAJeIuBMwVXwMgG/Cq+Ep78DRgDV8NSvwAhE+a2XnAaZkTdIVSe4SnjaZcgFnnobdICnd4Ws4VG3wq7w0qZoR3j5vwFLeHRzpAt86f9BO3hGi6wSfvkZgYzIREDG5DIomVHZDEtnXD4LE1mZydJU1uayOJnV2STZ5QMoJ98gZsaBqAAAAABJRU5ErkJggg==';

/** Notifications through `api()` (default: this browser's, looked up on each call since it appears once granted). */
export function createNotifications(
  api: () => NotificationsApi | undefined = () => (browser as unknown as { notifications?: NotificationsApi }).notifications,
): NotificationPort {
  return {
    async show(id, { title, message }) {
      const notifications = api();
      if (!notifications) return false;
      await notifications.create(id, { type: 'basic', iconUrl: REMINDER_ICON, title, message });
      return true;
    },
    async clear(id) {
      await api()?.clear(id);
    },
  };
}

/** The notifications permission on `api` (default: this browser's `permissions`). */
export function createNotificationPermission(api: PermissionsApi = browser.permissions as unknown as PermissionsApi): PermissionPort {
  return {
    has: () => api.contains(NOTIFICATIONS),
    request: () => api.request(NOTIFICATIONS),
    remove: () => api.remove(NOTIFICATIONS).catch(() => false),
  };
}
