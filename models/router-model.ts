import { signal, type Signal } from '@preact/signals';
import { formatRoute, parseRoute, type PanelRoute } from '../domain/panel-route';

/** The window parts the router touches; tests pass a fake. */
export interface HashHost {
  location: { hash: string };
  history: { replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
}

export interface RouterModel {
  route: Signal<PanelRoute>;
  go(route: PanelRoute): void;
}

/** Keeps `route` and the URL hash in step, so deep links (e.g. `sidepanel.html#/journal`) work. */
export function createRouterModel(host: HashHost, fallback: PanelRoute): RouterModel {
  const route = signal<PanelRoute>(parseRoute(host.location.hash) ?? fallback);
  host.addEventListener('hashchange', () => {
    const next = parseRoute(host.location.hash);
    if (next) route.value = next;
  });
  return {
    route,
    go(next) {
      route.value = next;
      host.history.replaceState(null, '', formatRoute(next));
    },
  };
}
