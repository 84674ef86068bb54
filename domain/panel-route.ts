/** Where the side panel is: a view, and for the guide an optional section. Kept in the URL hash. */
export type PanelView = 'today' | 'guide' | 'journal' | 'insights' | 'data';

export interface PanelRoute {
  view: PanelView;
  /** Guide section id when view is 'guide'. */
  sectionId?: string;
  /** Heading anchor inside that section (see GuideSection.anchors). */
  anchor?: string;
  /** Journal only: open ready to write a new entry (`#/journal/new`, the plan's day 4). */
  compose?: boolean;
}

export const PANEL_VIEWS: readonly PanelView[] = ['today', 'guide', 'journal', 'insights', 'data'];

/** The value if it names a view, otherwise undefined (for stored and cached views). */
export const validatePanelView = (value: unknown): PanelView | undefined =>
  PANEL_VIEWS.includes(value as PanelView) ? (value as PanelView) : undefined;

/** Parses `#/guide/leaky-gut` style hashes; anything unknown gives undefined. */
export function parseRoute(hash: string): PanelRoute | undefined {
  const [view, sectionId, anchor] = hash.replace(/^#\/?/, '').split('/');
  if (!PANEL_VIEWS.includes(view as PanelView)) return undefined;
  if (view === 'journal' && sectionId === 'new') return { view: 'journal', compose: true };
  if (view !== 'guide' || !sectionId) return { view: view as PanelView };
  const route: PanelRoute = { view: 'guide', sectionId: decodeURIComponent(sectionId) };
  if (anchor) route.anchor = decodeURIComponent(anchor);
  return route;
}

/** The hash for a route, the inverse of parseRoute. */
export function formatRoute(route: PanelRoute): string {
  if (route.view === 'journal' && route.compose) return '#/journal/new';
  if (route.view !== 'guide' || !route.sectionId) return `#/${route.view}`;
  const section = `#/guide/${encodeURIComponent(route.sectionId)}`;
  return route.anchor ? `${section}/${encodeURIComponent(route.anchor)}` : section;
}
