import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../domain/panel-route';

describe('panel routes', () => {
  it('round-trips every kind of route', () => {
    for (const route of [
      { view: 'today' },
      { view: 'journal' },
      { view: 'journal', compose: true },
      { view: 'guide', sectionId: 'five-steps' },
      { view: 'guide', sectionId: 'five-steps', anchor: 'repair-your-gut-lining' },
    ] as const) {
      expect(parseRoute(formatRoute(route))).toEqual(route);
    }
  });

  it('ignores unknown or empty hashes', () => {
    expect(parseRoute('')).toBeUndefined();
    expect(parseRoute('#/settings')).toBeUndefined();
    expect(parseRoute('#/guide')).toEqual({ view: 'guide' });
    expect(parseRoute('#/journal/other')).toEqual({ view: 'journal' });
  });
});
