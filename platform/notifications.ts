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

/** Notifications through `api()` (default: this browser's, looked up on each call since it appears once granted). */
export function createNotifications(
  api: () => NotificationsApi | undefined = () => (browser as unknown as { notifications?: NotificationsApi }).notifications,
  // Chrome requires an icon on every notification: the extension's own.
  iconUrl: () => string = () => browser.runtime.getURL('/icon/128.png'),
): NotificationPort {
  return {
    async show(id, { title, message }) {
      const notifications = api();
      if (!notifications) return false;
      await notifications.create(id, { type: 'basic', iconUrl: iconUrl(), title, message });
      return true;
    },
    async clear(id) {
      await api()?.clear(id);
    },
  };
}

/** The notifications permission on `api` (default: this browser's `permissions`). */
export function createNotificationPermission(
  api: PermissionsApi = browser.permissions as unknown as PermissionsApi,
): PermissionPort {
  return {
    has: () => api.contains(NOTIFICATIONS),
    request: () => api.request(NOTIFICATIONS),
    remove: () => api.remove(NOTIFICATIONS).catch(() => false),
  };
}
