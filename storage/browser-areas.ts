/**
 * The extension's storage areas (`local`, `sync`) as KeyValueAreas, resolved on first use: importing this
 * module touches no browser API, so the background can import it at the top level.
 */
import { extensionApi } from '../platform/extension-api';
import { browserArea, type KeyValueArea } from './key-value-area';

type RawArea = Parameters<typeof browserArea>[0];
export type AreaName = 'local' | 'sync';

/** The raw `browser.storage.<name>` area (Firefox's `browser`, else Chrome's `chrome`; both return promises). */
export function nativeArea(name: AreaName): RawArea & Record<string, unknown> {
  const api = extensionApi<{ storage: Record<AreaName, unknown> }>();
  if (!api) throw new Error('No extension storage in this context');
  return api.storage[name] as RawArea & Record<string, unknown>;
}

/** An area whose underlying browser area is looked up on each call (so a test's fake browser is honoured). */
export function lazyArea(name: AreaName): KeyValueArea {
  const area = () => browserArea(nativeArea(name));
  return {
    get: (keys) => area().get(keys),
    set: (items) => area().set(items),
    remove: (keys) => area().remove(keys),
    keys: () => area().keys(),
    watch: (key, callback) => area().watch(key, callback),
  };
}
