/**
 * Search across the guide's sections. Every word of the query must appear in a section (any order,
 * any case); results keep reading order and carry a short snippet around the first hit.
 */
export interface SearchableSection {
  id: string;
  title: string;
  text: string;
}

/** A piece of snippet text; `hit` pieces are shown highlighted. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchResult {
  sectionId: string;
  title: string;
  /** Number of times the query's words occur in the section. */
  hits: number;
  snippet: SnippetPart[];
}

const SNIPPET_RADIUS = 60;

/** Splits a query into lower-case words; punctuation around words is ignored. */
export function queryWords(query: string): string[] {
  return [
    ...new Set(
      query
        .toLowerCase()
        .split(/\s+/)
        .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter(Boolean),
    ),
  ];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-insensitive pattern matching any of the words, for highlighting. Undefined when no words. */
export function wordsPattern(words: readonly string[]): RegExp | undefined {
  if (!words.length) return undefined;
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(escapeRegExp).join('|'), 'giu');
}

/** Splits `text` into plain and hit parts for the given pattern. */
export function highlightParts(text: string, pattern: RegExp): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), hit: false });
    parts.push({ text: match[0], hit: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}

function snippetAround(text: string, index: number, pattern: RegExp): SnippetPart[] {
  let start = Math.max(0, index - SNIPPET_RADIUS);
  let end = Math.min(text.length, index + SNIPPET_RADIUS * 2);
  // Cut at word boundaries so the snippet never starts or ends mid-word.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > index ? text.lastIndexOf(' ', end) : end;
  const body = text.slice(start, end).trim();
  const parts = highlightParts(body, pattern);
  if (start > 0) parts.unshift({ text: '… ', hit: false });
  if (end < text.length) parts.push({ text: ' …', hit: false });
  return parts;
}

/** Sections containing every word of `query`, in reading order. An empty query finds nothing. */
export function searchGuide(sections: readonly SearchableSection[], query: string): SearchResult[] {
  const words = queryWords(query);
  const pattern = wordsPattern(words);
  if (!pattern) return [];
  const results: SearchResult[] = [];
  for (const section of sections) {
    const lower = section.text.toLowerCase();
    if (!words.every((word) => lower.includes(word))) continue;
    const matches = [...section.text.matchAll(new RegExp(pattern.source, pattern.flags))];
    const first = matches[0]?.index ?? 0;
    results.push({
      sectionId: section.id,
      title: section.title,
      hits: matches.length,
      snippet: snippetAround(section.text, first, pattern),
    });
  }
  return results;
}
