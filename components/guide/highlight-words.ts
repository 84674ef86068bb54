import { queryWords, wordsPattern } from '../../domain/guide-search';

const HIGHLIGHT_NAME = 'gutwise-search';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

/**
 * Highlights the words in `root` with the CSS Custom Highlight API: it paints ranges without touching
 * the DOM, so the section's HTML stays exactly as built. Returns the first match's element and a cleanup.
 */
export function highlightWords(root: HTMLElement, query: string): { first?: HTMLElement; clear: () => void } | undefined {
  const pattern = wordsPattern(queryWords(query));
  if (!pattern) return undefined;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(new RegExp(pattern.source, pattern.flags))) {
      const range = document.createRange();
      range.setStart(node, match.index ?? 0);
      range.setEnd(node, (match.index ?? 0) + match[0].length);
      ranges.push(range);
    }
  }
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  if (registry && Highlight && ranges.length) registry.set(HIGHLIGHT_NAME, new Highlight(...ranges));
  const firstNode = ranges[0]?.startContainer.parentElement ?? undefined;
  return { first: firstNode, clear: () => registry?.delete(HIGHLIGHT_NAME) };
}
