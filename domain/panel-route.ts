/** Where the side panel is: a view, and for the guide an optional section. Kept in the URL hash. */
export type PanelView = 'today' | 'guide' | 'journal' | 'data';

export interface PanelRoute {
  view: PanelView;
  /** Guide section id when view is 'guide'. */
  sectionId?: string;
}

export const PANEL_VIEWS: readonly PanelView[] = ['today', 'guide', 'journal', 'data'];

/** Parses `#/guide/leaky-gut` style hashes; anything unknown gives undefined. */
export function parseRoute(hash: string): PanelRoute | undefined {
  const [view, sectionId] = hash.replace(/^#\/?/, '').split('/');
  if (!PANEL_VIEWS.includes(view as PanelView)) return undefined;
  return sectionId && view === 'guide' ? { view: 'guide', sectionId: decodeURIComponent(sectionId) } : { view: view as PanelView };
}

/** The hash for a route, the inverse of parseRoute. */
export function formatRoute(route: PanelRoute): string {
  return route.view === 'guide' && route.sectionId ? `#/guide/${encodeURIComponent(route.sectionId)}` : `#/${route.view}`;
}
