/**
 * Search and filters over the whole history: words in notes, tags, activities and symptom names, and
 * filters by kind and by tag. Every word typed must appear (in any order, ignoring case and accents).
 * Items are prepared once (their searchable text folded) so a search over years of history is a scan of
 * plain strings.
 */
import { foldText, tagKey } from './journal-tags';
import { kindOf, type ItemKind, type TimelineItem } from './journal-timeline';

export type KindFilter = ItemKind | 'all';

export interface JournalQuery {
  text: string;
  kind: KindFilter;
  /** A tag key (see tagKey), or '' for any. */
  tag: string;
}

export const EMPTY_QUERY: JournalQuery = { text: '', kind: 'all', tag: '' };

/** Whether the query narrows anything (otherwise the timeline shows instead of results). */
export function isActiveQuery(query: JournalQuery): boolean {
  return query.text.trim() !== '' || query.kind !== 'all' || query.tag !== '';
}

/** An item with what search looks at, computed once. */
export interface PreparedItem {
  item: TimelineItem;
  day: string;
  kind: ItemKind;
  tagKeys: readonly string[];
  /** Folded text: note, tags, activity, plus the words the UI gives (e.g. the symptom's name). */
  text: string;
}

/** Prepares an item of `day`; `words` are extra searchable words in the user's language (symptom name). */
export function prepareItem(item: TimelineItem, day: string, words = ''): PreparedItem {
  const parts: string[] = [words];
  let tagKeys: string[] = [];
  if (item.type === 'entry') {
    const entry = item.entry;
    parts.push(entry.note);
    if (entry.kind === 'food') {
      tagKeys = entry.tags.map(tagKey);
      parts.push(...entry.tags);
    }
    if (entry.kind === 'movement') parts.push(entry.activity);
  } else {
    parts.push(item.log.note);
  }
  return { item, day, kind: kindOf(item), tagKeys, text: foldText(parts.join('\n')) };
}

/** The folded words of a query's text. */
export function queryWords(text: string): string[] {
  return foldText(text).split(/\s+/).filter(Boolean);
}

/** Whether a prepared item passes the query (words already folded). */
export function matches(prepared: PreparedItem, words: readonly string[], query: JournalQuery): boolean {
  if (query.kind !== 'all' && prepared.kind !== query.kind) return false;
  if (query.tag && !prepared.tagKeys.includes(query.tag)) return false;
  for (const word of words) if (!prepared.text.includes(word)) return false;
  return true;
}

export interface SearchResult {
  /** Matching items, newest first, at most `limit`. */
  items: PreparedItem[];
  /** How many match in all. */
  total: number;
}

/**
 * Searches days given newest first, each day's items oldest first (as the timeline keeps them). Returns the
 * newest `limit` matches and the total count.
 */
export function search(daysNewestFirst: Iterable<readonly PreparedItem[]>, query: JournalQuery, limit: number): SearchResult {
  const words = queryWords(query.text);
  const items: PreparedItem[] = [];
  let total = 0;
  for (const day of daysNewestFirst) {
    for (let i = day.length - 1; i >= 0; i--) {
      const prepared = day[i]!;
      if (!matches(prepared, words, query)) continue;
      total += 1;
      if (items.length < limit) items.push(prepared);
    }
  }
  return { items, total };
}
