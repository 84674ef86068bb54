/**
 * The extension API object of the browser we run in: Firefox's `browser` (also WXT's fake browser in tests),
 * else Chrome's `chrome`; both return promises in MV3. Read natively, as @wxt-dev/storage does, not through
 * webextension-polyfill: the popup must stay small. `T` is the part of the API the caller uses.
 */
export function extensionApi<T>(global: { browser?: unknown; chrome?: unknown } = globalThis as never): T | undefined {
  const { browser, chrome } = global as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
  return (browser?.runtime?.id ? browser : chrome) as T | undefined;
}
